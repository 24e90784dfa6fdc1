/**
 * structure/heading-sequence — heading numbers run 1, 2, 3 … with no gap, duplicate, wrong order or
 * restart; items may run on across their parents or restart under each, but one way per document.
 * The fix renumbers this heading and the later ones at its level. It is lazy: a finding carries only
 * `{ kind: 'renumber', at }` and the (up to 200) edits are computed when the fix is asked for, so a
 * text with thousands of misnumbered headings does not carry millions of edits.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { PolicyDocument } from '../../core/model';
import { renumberEdits, SequenceProblem, sequenceProblems, toCnNumber } from '../../core/structure';
import { derived } from '../../core/analysis';
import { isHan, isWhite } from '../../core/chars';
import { skipForward } from '../../core/vocabulary';

const RENUMBER = 'renumber';

/** The problems of a document by heading offset, computed once per document for any number of fixes. */
const problemsByOffset = derived('sequence-problems-by-offset', (doc: PolicyDocument) => {
  const m = new Map<number, SequenceProblem>();
  for (const p of sequenceProblems(doc)) if (p.kind !== 'mode') m.set(p.heading.markerRange.start, p);
  return m;
});
function problemAt(doc: PolicyDocument, at: number): SequenceProblem | undefined {
  return problemsByOffset(doc).get(at);
}

/** Longest heading title read as a heading whose numeral is missing (、重点工作). */
const MAX_BARE_TITLE = 30;
interface BareHeading { at: number; title: string; expected: number }

/**
 * Lines that start with 、 and a short title: a 一、 heading whose numeral was lost (、重点工作). No line
 * starts with a 顿号 (GB/T 15834), and a short one with no full stop is a heading. The number it should
 * carry is the previous 一、 heading's plus one.
 */
function bareHeadings(doc: PolicyDocument): BareHeading[] {
  const out: BareHeading[] = [];
  const { norm } = doc;
  const cn = doc.allHeadings.filter((h) => h.style === 'cn');
  let k = 0;
  for (const line of doc.lines) {
    if (line.blank) continue;
    const at = skipForward(norm, line.start, isWhite, line.end);
    if (norm[at] !== '、' || !isHan(norm[at + 1])) continue;
    const text = norm.slice(at + 1, line.end).trimEnd();
    const stop = text.indexOf('。');
    const title = stop >= 0 ? text.slice(0, stop) : text;
    if (title.length > MAX_BARE_TITLE || (stop >= 0 && stop < text.length - 1)) continue;
    while (k < cn.length && cn[k].markerRange.start < at) k++;
    out.push({ at, title, expected: k > 0 ? cn[k - 1].number + 1 : 1 });
  }
  return out;
}

const DOCS: RuleDocs = {
  title: { zh: '标题序号连续', en: 'Heading numbers in sequence' },
  explanation: {
    zh: '同级标题序号应连续，不跳号、不重复、不倒序；“1.”类序号可跨上级标题连续编号，也可在每个上级标题下重新编号，但全文只用一种方式。',
    en: 'Sibling headings count 1, 2, 3… with no gap, duplicate or reversal; items may run on across parents or restart under each, one way per document.',
  },
  details: {
    zh: '同级标题序号应连续，不跳号、不重复、不倒序；“1.”类序号可跨上级标题连续编号，也可在每个上级标题下重新编号，但全文只用一种方式。\n\n同一层级、同一上级下的标题序号应为 1、2、3……；报告跳号、重复、倒序和中途重新从 1 开始。“1.”类序号可以跨上级标题连续编号，也可以在每个上级标题下重新编号，但全文应统一。附件或新文件之后重新编号不报告：重新从“一、”开始的标题之前（且在上一个同级标题之后）有“附件”行或以“方案、计划、措施、办法、清单、通知”等结尾的短标题行时，视为新文件开始；“三、保障措施”这类标题行本身不算新文件标题。跟随实际写出的序号继续检查，一处错误只报一次。以顿号开头的短行（“、重点工作”）是丢了序号的一级标题，按上一个“一、”类标题补号。',
    en: 'Sibling headings count 1, 2, 3… with no gap, duplicate or reversal; items may run on across parents or restart under each, one way per document.\n\nSibling headings count 1, 2, 3…; gaps, duplicates, reversals and restarts are reported. Items may run on across parents or restart under each, one way per document. A new run after an attachment or a new document is fine: a 附件 line or a short title line (…方案, …措施, …清单, …通知) after the previous top-level heading and before the restart marks a new document ; heading lines such as 三、保障措施 are not titles. Checking follows the numbers as written, so one mistake is one finding. A short line that starts with 、 (、重点工作) is a top-level heading that lost its numeral; the number expected follows the previous 一、 heading.',
  },
  good: ['一、总体要求\n二、重点任务\n三、保障措施', '一、重点任务\n（一）培育企业\n1.培育龙头企业\n2.培育专精特新企业\n（二）建设平台\n3.建设创新平台'],
  bad: ['一、总体要求\n二、重点任务\n四、保障措施', '一、重点任务\n（一）培育企业\n（二）建设平台\n（二）引进人才', '一、总体思路\n、重点工作'],
  fix: {
    zh: '从该标题起按正确序号重新编号同级标题（最多 200 个；编辑内容在请求修复时才计算）；丢了序号的标题补上序号。每条规则在一个文件中最多逐一列出 1000 处问题，其余合并为一条提示。',
    en: 'Renumbers this heading and its later siblings (up to 200); the edits are computed when the fix is asked for. A heading that lost its numeral gets it back. At most 1000 findings of a rule are listed per file; one more finding counts the rest.',
  },
  source: {
    tier: 'standard',
    zh: 'GB/T 9704-2012 第7.3.3条（结构层次序数）',
    en: 'GB/T 9704-2012 §7.3.3 (numbering of levels)',
  },
};

const MESSAGES: Messages = {
  'structure/heading-sequence': { zh: '标题序号不连续', en: 'Heading numbers are not in sequence' },
  'structure/heading-sequence-gap': {
    zh: '标题序号“{marker}”跳号，应为第{expected}项',
    en: 'Heading "{marker}" skips a number; expected {expected}',
  },
  'structure/heading-sequence-duplicate': {
    zh: '标题序号“{marker}”重复，应为第{expected}项',
    en: 'Heading "{marker}" repeats a number; expected {expected}',
  },
  'structure/heading-sequence-order': {
    zh: '标题序号“{marker}”顺序错误，应为第{expected}项',
    en: 'Heading "{marker}" is out of order; expected {expected}',
  },
  'structure/heading-sequence-restart': {
    zh: '标题序号“{marker}”重新从1开始，应为第{expected}项',
    en: 'Heading "{marker}" restarts at 1; expected {expected}',
  },
  'structure/heading-sequence-mode': {
    zh: '编号方式不统一：本文件有的部分连续编号、有的部分每节重新编号（“{marker}”）',
    en: 'Numbering is continuous in some sections and restarts in others ("{marker}"): use one way per document',
  },
  'structure/heading-sequence-missing': {
    zh: '标题“、{title}”缺少序号，应为“{numeral}、”',
    en: 'The heading "、{title}" has lost its number; expected {numeral}、',
  },
  'fix/heading-numeral': { zh: '补上序号“{numeral}”', en: 'Insert the number {numeral}' },
  'fix/renumber': { zh: '从此处起重新编号（从{expected}开始）', en: 'Renumber from here (starting at {expected})' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'structure/heading-sequence', category: 'structure', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const bare = bareHeadings(doc);
    /** The first bare heading that stands for each number. */
    const bareAt = new Map<number, number>();
    for (const b of bare) {
      if (!bareAt.has(b.expected)) bareAt.set(b.expected, b.at);
      const numeral = toCnNumber(b.expected);
      ctx.report({
        range: { start: b.at, end: b.at + 1 }, messageId: 'structure/heading-sequence-missing', args: { title: b.title, numeral },
        fix: { titleId: 'fix/heading-numeral', titleArgs: { numeral }, edits: [{ start: b.at, end: b.at, newText: numeral }] },
      });
    }
    for (const p of sequenceProblems(doc)) {
      // 一、 … 、重点工作 … 三、: the gap at 三 is the lost numeral, reported above.
      if (p.kind === 'gap' && p.heading.style === 'cn' && (bareAt.get(p.expected) ?? Infinity) < p.heading.markerRange.start) continue;
      const marker = doc.text.slice(p.heading.markerRange.start, p.heading.markerRange.end);
      if (p.kind === 'mode') {
        ctx.report({ range: p.heading.markerRange, messageId: 'structure/heading-sequence-mode', args: { marker }, severity: 'information' });
        continue;
      }
      // The problem heading itself is always renumbered (its number differs from the expected one).
      const fixable = p.heading.number !== p.expected;
      ctx.report({
        range: p.heading.markerRange,
        messageId: `structure/heading-sequence-${p.kind}`,
        args: { marker, expected: p.expected },
        fix: fixable ? { titleId: 'fix/renumber', titleArgs: { expected: p.expected }, edits: [], lazy: { kind: RENUMBER, at: p.heading.markerRange.start } } : undefined,
      });
    }
  },
  resolveFix(doc, lazy) {
    if (lazy.kind !== RENUMBER) return undefined;
    const p = problemAt(doc, lazy.at);
    if (!p) return undefined;
    const edits = renumberEdits(doc, p);
    return edits.length ? edits : undefined;
  },
};
export default rule;
