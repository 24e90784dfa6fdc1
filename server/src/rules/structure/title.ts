/**
 * structure/title — the form of the document's own title, which 《党政机关公文处理工作条例》第九条
 * composes of 发文机关名称、事由和文种:
 *  - punctuation at the end of the title line (关于…的通知。) — fix deletes it;
 *  - the whole title in 书名号 (《关于…的通知》): the document's own title is not a cited name — fix
 *    deletes the marks;
 *  - a 文种 that is not one of the fifteen (…的请示报告, …的申请报告, …的请示函, …的汇报; …的申请 as
 *    information);
 *  - no 文种 at all (a 关于 line followed directly by the 主送机关 line);
 *  - the same 文种 twice (…的通知的通知) outside 印发/转发/批转 notices, which wrap another document;
 *  - 转发 twice (关于转发市住建局转发《…》的通知): relay the original;
 *  - 关于对… (two prepositions; information, only with the option guanyuDui: the State Council's
 *    General Office has used it);
 *  - 紧急/特急 written into the title (…的紧急通知) instead of the 紧急程度 element (information).
 * The head of the text is read line by line for the first three, since a title that ends in a
 * punctuation mark or sits in 《》 is not recognised as the title by the document model.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { Line, PolicyDocument } from '../../core/model';
import { pageChrome } from '../../core/chrome';
import { WRAP_VERBS, charIn, hasWord, isBlank, skipBack, skipForward, wordAt, wordBefore } from '../../core/vocabulary';

const KINDS = '(?:通知|意见|报告|请示|批复|函|决定|通报|公告|通告|决议|公报|议案|纪要|命令|方案|办法|规定|细则|答复|请示报告|请示函|汇报)';
/** 关于…<文种> followed by a punctuation mark, with no clause punctuation inside: a title line. */
const TITLE_PUNCT = new RegExp(`^[^。，,；;《》\\n]{0,60}关于[^。，,；;\\n]{2,120}${KINDS}([。.，,；;：:！!])$`);
/** The whole title in 书名号. */
const TITLE_MARKS = new RegExp(`^《([^《》。，,；;\\n]{0,60}关于[^《》。，,；;\\n]{2,120}${KINDS})》$`);
/** A 文种 that is not one of the fifteen, at the end of a title line. */
const MADE_UP = /^[^。，,；;《》\n]{0,60}关于[^。，,；;\n]{2,120}的(请示报告|申请报告|请示函|汇报|申请)$/;
/** Made-up kinds reported as information: 关于…的申请 is also how a person or a company heads an application. */
const MADE_UP_INFO = ['申请'];
/** Kinds doubled at the end of a title (…的通知的通知) outside 印发/转发 notices. */
const DOUBLED_KINDS = ['通知', '通报', '请示', '报告', '批复', '函'];
/** 转发 twice within this many characters of one line: a relayed document that is itself a relay. */
const RELAY_SPAN = 200;
/** A 关于 line that ends in no kind at all, followed by the 主送机关 line. */
const NO_KIND_LINE = /^[^。，,；;《》\n]{0,60}关于[^。，,；;\n]{2,120}$/;
const ENDS_KIND = new RegExp(`(?:${KINDS.slice(3, -1)}|计划|措施|政策|规划|纲要|说明|条例|要点|清单|标准|规则|制度|章程|须知|指南|名单|意见稿|\\))$`);
const ADDRESSEE_LINE = /^[^。；;\n]{2,80}[:：]$/;
const URGENCY = ['紧急', '特急', '加急'];
const URGENT_KINDS = ['通知', '请示', '报告', '函', '通报'];

/** 紧急通知 at the end of a title, or 紧急/特急(：) opening it: [start, end). */
function urgentMark(t: string): [number, number] | undefined {
  const kind = wordBefore(t, t.length, URGENT_KINDS);
  const urgency = kind ? wordBefore(t, t.length - kind.length, URGENCY) : '';
  const tail = urgency ? t.length - kind.length - urgency.length : -1;
  if (tail === 0) return [0, t.length];
  const head = wordAt(t, 0, ['紧急', '特急']);
  if (head) return [0, head.length + (charIn(t[head.length], ':：') ? 1 : 0)];
  return tail > 0 ? [tail, t.length] : undefined;
}

/** 转发…转发 on one line: from the first 转发 to the farthest second one. */
function relayMark(t: string): [number, number] | undefined {
  for (let i = t.indexOf('转发'); i >= 0; i = t.indexOf('转发', i + 1)) {
    const nl = t.indexOf('\n', i + 2);
    const j = t.lastIndexOf('转发', Math.min(i + 2 + RELAY_SPAN, nl < 0 ? t.length : nl));
    if (j >= i + 3) return [i, j + 2];
  }
  return undefined;
}

/** A title without its trailing note in brackets: 关于…的通知（征求意见稿） → 关于…的通知. */
export function titleWithoutNote(t: string): string {
  // At most eight blanks after the note, at most thirty characters in it (no bracket, no line break), at most eight blanks before it.
  const c = skipBack(t, t.length, isBlank);
  if (t.length - c > 8 || t[c - 1] !== ')') return t;
  const open = skipBack(t, c - 1, (ch) => !charIn(ch, '()\n'), Math.max(0, c - 32)) - 1;
  if (open < 0 || t[open] !== '(' || c - open - 2 > 30) return t;
  return t.slice(0, open - Math.min(8, open - skipBack(t, open, isBlank)));
}


const DOCS: RuleDocs = {
  title: { zh: '公文标题', en: 'Document title' },
  explanation: {
    zh: '标题由发文机关名称、事由和文种组成：标题末尾不加标点，本文标题不加书名号，文种用法定的15种之一（不用“请示报告”“申请报告”“请示函”“汇报”），同一文种不叠用（印发、转发通知除外）；标题中写“紧急”的为提示。',
    en: 'A title is 发文机关 + 事由 + 文种: no punctuation at its end, no 书名号 around the document\'s own title, one of the fifteen 文种 (not 请示报告, 申请报告, 请示函, 汇报), no doubled 文种 (except 印发/转发 notices); 紧急 in the title is information.',
  },
  details: {
    zh: '标题由发文机关名称、事由和文种组成：标题末尾不加标点，本文标题不加书名号，文种用法定的15种之一（不用“请示报告”“申请报告”“请示函”“汇报”），同一文种不叠用（印发、转发通知除外）；标题中写“紧急”的为提示。\n\n- **标题末尾的标点**（关于……的通知。）：快速修复删除标点。\n- **本文标题加书名号**（《关于……的通知》）：书名号用于引用的文件名，本文标题不加；快速修复删除书名号。\n- **非法定文种**：请示与报告是两个文种，不合称“请示报告”，请求批准也不写“申请报告”（用“请示”）；向不相隶属机关请求批准用“函”，不写“请示函”；“汇报”不是文种，用“报告”。标题以“的申请”结尾的作为提示报告：机关向上级请求批准用“请示”，向不相隶属机关用“函”（个人、企业的申请书不是公文）。\n- **缺少文种**：“关于……”一行之后紧接主送机关行（……：），标题没有文种。\n- **文种叠用**（……的通知的通知）：印发、转发、批转通知包着另一份文件，不报告。\n- **“转发”叠用**（关于转发市住房和建设局转发《……》的通知）：层层转发时直接转发原件，标题只保留一个“转发”。\n- **缺少“关于印发”**（《……行动计划》的通知）：标题以书名号开头、书名号后紧接“的通知”，印发或转发的动词和发文机关都漏了，应写作“××关于印发《……》的通知”（不自动修改：印发还是转发需人工判断）。\n- **“关于对”**：“关于”“对”两个介词叠用，一般删去“对”或改写事由。国务院办公厅文件中也有此用法（关于对真抓实干成效明显地方进一步加大激励支持力度的通知），默认不检查；选项 guanyuDui: true 时作为提示报告。\n- **“紧急”写入标题**（……的紧急通知）：紧急程度是版头的格式要素，标注在版心左上角，不写入标题（提示）。',
    en: 'A title is 发文机关 + 事由 + 文种.\n\n- Punctuation at the end of a title: the fix deletes it.\n- The document\'s own title in 《》: 书名号 mark cited names; the fix deletes them.\n- Not one of the fifteen 文种: 请示 and 报告 are two kinds, and a request for approval is a 请示, not a 申请报告; a request to a non-superior is a 函; 汇报 is a 报告. A title ending in 的申请 is information: an organ asks its superior with a 请示 and others with a 函 (an application by a person or a company is no 公文).\n- No kind: a 关于 line followed directly by the addressee line (……：) names no 文种.\n- The same 文种 twice: 印发/转发/批转 notices wrap another document and are not reported.\n- 转发 twice (a relay of a relay): relay the original, with one 转发.\n- No 关于印发 (《…行动计划》的通知): a title that opens with 《 and has 的通知 right after 》 lost the issuer and the verb; write ××关于印发《…》的通知 (no fix: 印发 or 转发 is for the drafter to say).\n- 关于对 (two prepositions): the State Council\'s General Office has used it, so it is checked only with the option guanyuDui: true (information).\n- 紧急 in the title: urgency is the 紧急程度 element of the header (information).',
  },
  good: ['示例市人民政府关于加快发展服务业的通知\n\n各区人民政府：', '示例市人民政府办公厅关于转发市发展改革委关于做好节能工作的通知的通知'],
  bad: ['示例市人民政府关于加快发展服务业的通知。\n\n各区人民政府：', '《示例市人民政府关于加快发展服务业的通知》\n\n各区人民政府：',
    '示例县交通局关于申请维修资金的请示报告\n\n县人民政府：', '示例县交通局关于维修农村公路的申请报告\n\n县人民政府：', '示例市人民政府关于做好防汛工作的通知的通知\n\n各区人民政府：',
    '《示例市数字经济发展三年行动计划（2023—2025年）》的通知\n\n各区人民政府：'],
  fix: { zh: '删除标题末尾的标点或本文标题外的书名号；其他问题需人工改写。', en: 'Deletes the punctuation at the end of the title or the 书名号 around it; the rest needs rewording.' },
  source: {
    tier: 'regulation',
    zh: '《党政机关公文处理工作条例》第八条（公文种类）、第九条（标题由发文机关名称、事由和文种组成）；GB/T 9704-2012 第7.2.3条（紧急程度）；起草实务：标题末尾不加标点、本文标题不加书名号',
    en: 'Regulations on Handling Party and Government Documents art. 8 (kinds), art. 9 (title = issuer, subject, kind); GB/T 9704-2012 §7.2.3 (urgency); drafting practice: no punctuation or 书名号 around the title',
  },
};

const MESSAGES: Messages = {
  'structure/title': { zh: '标题格式不规范', en: 'Irregular title' },
  'structure/title-punct': { zh: '标题末尾不加标点符号：“{text}”', en: 'No punctuation at the end of a title: "{text}"' },
  'structure/title-marks': { zh: '本文标题不加书名号：“{text}”', en: 'The document\'s own title takes no 书名号: "{text}"' },
  'structure/title-kind': {
    zh: '“{kind}”不是法定文种：{advice}',
    en: '"{kind}" is not one of the fifteen kinds of document: {advice}',
  },
  'structure/title-doubled': { zh: '标题中文种叠用：“{text}”', en: 'The kind is doubled in the title: "{text}"' },
  'structure/title-no-kind': {
    zh: '标题缺少文种：“{text}”，标题由发文机关名称、事由和文种组成',
    en: 'The title names no kind of document: "{text}" (issuer, subject and kind)',
  },
  'structure/title-no-verb': {
    zh: '标题“{text}”缺少“关于印发”（或“关于转发”）和发文机关：印发、转发文件的通知写作“××关于印发《…》的通知”',
    en: 'The title "{text}" lacks 关于印发 (or 关于转发) and the issuer: a notice issuing a document is titled ××关于印发《…》的通知',
  },
  'structure/title-relay': {
    zh: '标题中“转发”叠用：层层转发时直接转发原件，标题只保留一个“转发”',
    en: '转发 twice in the title: relay the original document, with one 转发',
  },
  'structure/title-guanyu-dui': { zh: '标题中“关于”“对”两个介词叠用，一般删去“对”或改写事由', en: 'Two prepositions 关于对 in the title: usually drop 对 or reword' },
  'structure/title-urgent': {
    zh: '“{text}”：紧急程度在版头标注，一般不写入标题',
    en: '"{text}": urgency is marked in the header (紧急程度), usually not in the title',
  },
  'fix/title-punct': { zh: '删除标题末尾的标点', en: 'Delete the punctuation at the end of the title' },
  'fix/title-marks-remove': { zh: '删除标题外的书名号', en: 'Delete the 书名号 around the title' },
};

const ADVICE: Record<string, string> = {
  请示报告: '请示与报告是两个文种，请求批示用“请示”，汇报工作用“报告”',
  请示函: '向不相隶属机关请求批准用“函”，向上级机关请求用“请示”',
  汇报: '向上级汇报工作用“报告”',
  申请报告: '向上级机关请求批准用“请示”，报告不得夹带请示事项',
  申请: '向上级机关请求批准用“请示”，向不相隶属机关请求批准用“函”',
};

/** The first non-blank, non-chrome lines of the text, up to the first line of running prose. */
function headLines(doc: PolicyDocument): Line[] {
  const chrome = pageChrome(doc);
  const out: Line[] = [];
  for (const l of doc.lines) {
    if (out.length >= 8) break;
    if (l.blank || chrome.has(l.index)) continue;
    out.push(l);
  }
  return out;
}

/** A line's content without Markdown decoration and surrounding spaces, as an offset range. */
function content(doc: PolicyDocument, l: Line): { start: number; end: number; s: string } {
  const raw = doc.norm.slice(l.start, l.end);
  // Indentation, a Markdown heading mark (# …) and bold (**).
  let lead = skipForward(raw, 0, isBlank);
  const hashes = skipForward(raw, lead, (ch) => ch === '#');
  if (hashes - lead >= 1 && hashes - lead <= 6 && (raw[hashes] === ' ' || raw[hashes] === '\t')) lead = skipForward(raw, hashes, (ch) => ch === ' ' || ch === '\t');
  if (raw.startsWith('**', lead)) lead += 2;
  lead = skipForward(raw, lead, isBlank);
  const start = l.start + lead;
  let end = l.end;
  const space = (i: number) => i > start && isBlank(doc.norm[i - 1]);
  while (space(end)) end--;
  if (end - 2 >= start && doc.norm.slice(end - 2, end) === '**') end -= 2;
  while (space(end)) end--;
  return { start, end, s: doc.norm.slice(start, end) };
}

/** Only indentation and Markdown decoration (#, >, **) before the title on its line. */
function isBlankOrDecoration(s: string): boolean {
  for (const ch of s) if (!isBlank(ch) && ch !== '#' && ch !== '>' && ch !== '*') return false;
  return true;
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'structure/title', category: 'structure', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    let marked = false;
    for (const l of headLines(doc)) {
      const c = content(doc, l);
      const p = TITLE_PUNCT.exec(c.s);
      if (p) {
        const at = c.end - p[1].length;
        ctx.report({
          range: { start: at, end: c.end }, messageId: 'structure/title-punct', args: { text: doc.text.slice(c.start, c.end) },
          fix: { titleId: 'fix/title-punct', edits: [{ start: at, end: c.end, newText: '' }] },
        });
        break;
      }
      if (TITLE_MARKS.test(c.s)) {
        marked = true;
        ctx.report({
          range: { start: c.start, end: c.end }, messageId: 'structure/title-marks', args: { text: doc.text.slice(c.start, c.end) },
          fix: { titleId: 'fix/title-marks-remove', edits: [{ start: c.start, end: c.start + 1, newText: '' }, { start: c.end - 1, end: c.end, newText: '' }] },
        });
        break;
      }
      const k = MADE_UP.exec(c.s);
      if (k) {
        const at = c.end - k[1].length;
        ctx.report({ range: { start: at, end: c.end }, messageId: 'structure/title-kind', args: { kind: k[1], advice: ADVICE[k[1]] }, severity: MADE_UP_INFO.includes(k[1]) ? 'information' : undefined });
        break;
      }
      // A title without a 文种: the 主送机关 line follows a 关于 line that names no kind.
      if (NO_KIND_LINE.test(c.s) && !ENDS_KIND.test(c.s)) {
        const after = doc.lines.find((x) => x.start > l.end && !x.blank);
        if (after && ADDRESSEE_LINE.test(content(doc, after).s)) {
          ctx.report({ range: { start: c.start, end: c.end }, messageId: 'structure/title-no-kind', args: { text: doc.text.slice(c.start, c.end) } });
          break;
        }
      }
      // The title proper ends the search: what follows is the body.
      if (doc.titleRange && l.end >= doc.titleRange.end) break;
    }
    if (!doc.title || !doc.titleRange) return;
    const { start, end } = doc.titleRange;
    // The title in 《》 over several lines (《国务院关于… / …的通知》): the model reads the title inside them.
    if (!marked && doc.norm[start - 1] === '《' && doc.norm[end] === '》' && doc.title.length <= 180 && TITLE_MARKS.test(`《${doc.title}》`)) {
      const open = doc.lineIndex.starts[doc.lineIndex.positionAt(start - 1).line];
      if (isBlankOrDecoration(doc.norm.slice(open, start - 1))) {
        ctx.report({
          range: { start: start - 1, end: end + 1 }, messageId: 'structure/title-marks', args: { text: doc.text.slice(start - 1, end + 1) },
          fix: { titleId: 'fix/title-marks-remove', edits: [{ start: start - 1, end: start, newText: '' }, { start: end, end: end + 1, newText: '' }] },
        });
      }
    }
    const t = titleWithoutNote(doc.norm.slice(start, end));
    const kind = DOUBLED_KINDS.find((w) => t.endsWith(w + '的' + w));
    if (kind && !hasWord(t, WRAP_VERBS)) {
      const at = start + t.length - 2 * kind.length - 1;
      ctx.report({ range: { start: at, end: start + t.length }, messageId: 'structure/title-doubled', args: { text: doc.text.slice(at, start + t.length) } });
    }
    // 《…行动计划》的通知: a notice that issues a document but whose title lost 发文机关 + 关于印发
    // (the 《》 names the document, 的通知 the kind, and no verb joins them).
    if (t.startsWith('《') && t.endsWith('》的通知') && t.indexOf('》') === t.length - 4) {
      ctx.report({ range: { start, end: start + t.length }, messageId: 'structure/title-no-verb', args: { text: doc.text.slice(start, start + t.length) } });
    }
    // 关于对 only on request: higher offices have used it (国务院办公厅关于对…的通知).
    const r = relayMark(t);
    if (r) ctx.report({ range: { start: start + r[0], end: start + r[1] }, messageId: 'structure/title-relay' });
    const g = ctx.options.guanyuDui === true ? t.indexOf('关于对') : -1;
    if (g >= 0) ctx.report({ range: { start: start + g, end: start + g + 3 }, messageId: 'structure/title-guanyu-dui', severity: 'information' });
    const u = urgentMark(t);
    if (u) {
      const [a, b] = [start + u[0], start + u[1]];
      ctx.report({ range: { start: a, end: b }, messageId: 'structure/title-urgent', args: { text: doc.text.slice(a, b) }, severity: 'information' });
    }
  },
};
export default rule;
