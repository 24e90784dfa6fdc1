/**
 * text/placeholder — placeholders left in a draft: ××/XX (XX市, XX比例), 20XX, 〔 〕 with no year,
 * （文号）, 【待定】/（待补充）, TODO/TBD, 〔2024〕号 with no serial. Warning while drafting, error in
 * the final-review preset. A template's 你（们） (感谢你（们）…) is one too. Blank numbers in goals (有 家, 达到××%) are target/blank's findings and
 * are not reported twice. The fix selects the placeholder so it can be typed over.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { inSpans, isHan, memo } from '../../core/tokens';
import type { PolicyDocument, Span } from '../../core/model';
import { allChars, charIn, endsWithWord } from '../../core/vocabulary';
import { backslashChars } from '../_chars';
import { hasNonWhite, isLineBreakCode } from '../../core/chars';

// Placeholders the core's list does not hold.
const EXTRA_RE = /【[^】\n]{0,8}?(?:待定|待补充|待完善|待确认|待填写?|暂缺)[^】\n]{0,8}?】|[([][ \t]*(?:待定|待补充|待完善|待确认|待填写?)[ \t]*[)\]]|(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])|〕[ \t]*(?=号)|[([][ \t]*…{2,}[ \t]*[)\]]|[你您][ \t]*\([ \t]*们[ \t]*\)|[ \t\u3000]{1,6}(?=[万亿]?元|%|[个家项名所座])/g;
/** Words before a blank count (给予 个): a blank before 元 or % needs only a Han character before it. */
const COUNT_VERBS_BEFORE = ['给予', '奖励', '补助', '资助', '新增', '培育', '引进', '认定', '累计', '建成', '建设'];

/** ×× / XX / ○○: two or more of one kind of mark. */
function isMarkRun(s: string): boolean {
  return s.length >= 2 && (allChars(s, (c) => charIn(c, '×Xx')) || allChars(s, (c) => c === '○'));
}

function scan(doc: PolicyDocument): Span[] {
  const out: Span[] = [];
  for (const p of doc.placeholders) {
    // A blank number (有 家, 达到××%, ____亿元) is target/blank's finding.
    if (p.number) continue;
    // An anonymised name (王××代表, 联系人：张××) is not a placeholder: one Han character, a mark.
    if (isMarkRun(doc.norm.slice(p.range.start, p.range.end))
      && isHan(doc.norm.charCodeAt(p.range.start - 1)) && !isHan(doc.norm.charCodeAt(p.range.start - 2))) continue;
    out.push(p.range);
  }
  const core = doc.placeholders.map((p) => p.range);
  let lastEnd = -1;
  EXTRA_RE.lastIndex = 0;
  for (let m = EXTRA_RE.exec(doc.norm); m; m = EXTRA_RE.exec(doc.norm)) {
    let { index: start } = m;
    let end = start + m[0].length;
    const c0 = m[0].charCodeAt(0);
    if (c0 === 0x20 || c0 === 0x09 || c0 === 0x3000) {
      // A blank: after a Han character, before 元/% or after a verb before a count word.
      if (!isHan(doc.norm.charCodeAt(start - 1))) continue;
      if (charIn(doc.norm[end], '个家项名所座') && !endsWithWord(doc.norm.slice(Math.max(0, start - 2), start), COUNT_VERBS_BEFORE)) continue;
    }
    if (m[0].startsWith('〕')) {
      // 〔2024〕号: the serial is missing; point at the gap after the bracket.
      start += 1;
      if (end === start) { start -= 1; end += 1; }
    }
    if (start < lastEnd || inSpans(core, start) || inSpans(core, end - 1)) continue;
    out.push({ start, end });
    lastEnd = end;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Placeholders text/placeholder reports, and the blanks target/blank reports (ocr-debris skips both). */
export function placeholderSpans(doc: PolicyDocument): Span[] {
  return memo(doc, 'placeholders', scan);
}

const DOCS: RuleDocs = {
  title: { zh: '遗留占位符', en: 'Placeholder left in the draft' },
  explanation: {
    zh: '起草时用“××”“XX”“20XX”“〔 〕”“（文号）”“【待定】”等占位的内容，定稿前必须替换。起草阶段为警告，“final-review”预设下为错误。目标数值留空由 target/blank 报告。',
    en: 'Text held by a placeholder (××, XX, 20XX, 〔 〕, （文号）, 【待定】, TODO) must be replaced before the text is final. A warning while drafting, an error in the final-review preset. Blank target numbers are target/blank\'s.',
  },
  details: {
    zh: '起草时留下的占位符：××、XX（XX市、XX比例）、20XX、空的〔 〕、（文号）、【待定】（待补充）、TODO/TBD、缺顺序号的“〔2024〕号”、数额留空（给予 万元）、答复模板中未选定的“你（们）”。目标中的数值留空（有 家、达到××%）由 target/blank 报告，本规则不重复报告。',
    en: 'Placeholders left while drafting: ××, XX, 20XX, an empty 〔 〕, （文号）, 【待定】, TODO/TBD, 〔2024〕号 with no serial, a blank amount (给予 万元), a reply template\'s unchosen 你（们）. Blank numbers in goals are target/blank\'s findings and are not reported twice.\n\n\n\n\nThe `final-review` preset makes it an error.',
  },
  good: ['根据《大兴区促进产业高质量发展的指导意见》（京兴政发〔2020〕3号）', '由市、区两级财政按照1:1比例分担'],
  bad: ['根据大兴区促进产业高质量发展的指导意见(文号)', '按照XX比例分担', '于20XX年底前完成', '【待定】', '感谢你（们）对交通运输工作的关心和支持。'],
  fix: { zh: '选中占位符，直接输入实际内容。', en: 'Selects the placeholder so it can be typed over.' },
  source: {
    tier: 'practice',
    zh: '起草实务：定稿前须替换占位符',
    en: 'Drafting practice: placeholders are replaced before the final draft',
  },
};

const MESSAGES: Messages = {
  'text/placeholder': {
    zh: '草稿中遗留占位符“{text}”，定稿前须替换为实际内容',
    en: 'The placeholder "{text}" is left in the draft; replace it before the text is final',
  },
  'text/placeholder-blank': {
    zh: '草稿中留空未填：“{context}”中缺少内容，定稿前须填写',
    en: 'A blank is left in the draft: "{context}" lacks its figure; fill it in before the text is final',
  },
  'fix/placeholder': { zh: '选中占位符以填写内容', en: 'Select the placeholder to fill it in' },
};

/** The blank with up to two characters on each side, within its line. */
function around(text: string, r: { start: number; end: number }): string {
  let a = r.start;
  while (a > 0 && r.start - a < 2 && !isLineBreakCode(text.charCodeAt(a - 1))) a--;
  let b = r.end;
  while (b < text.length && b - r.end < 2 && !isLineBreakCode(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'text/placeholder', category: 'text', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const r of placeholderSpans(doc)) {
      const text = doc.text.slice(r.start, r.end);
      const escaped = backslashChars(text, '$}\\');
      // A blank (给予 万元) shows as nothing in the message: quote the characters around it instead.
      const blank = !hasNonWhite(text);
      ctx.report({
        range: r,
        ...(blank ? { messageId: 'text/placeholder-blank', args: { context: around(doc.text, r) } } : { args: { text } }),
        fix: { titleId: 'fix/placeholder', edits: [{ start: r.start, end: r.end, newText: `\${1:${escaped}}` }], snippet: true },
      });
    }
  },
};
export default rule;
