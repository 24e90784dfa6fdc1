/**
 * structure/heading-end — headings of one level that stand alone on their lines end one way: all
 * with 。 or all without (一、修改部分政策依据。 beside 二、修改相关行业主管部门名称). Only a level whose
 * headings are all alone on their lines is compared (a run-in heading, （一）主要内容。正文…, closes with
 * 。 by nature); the form used less is reported, on a tie the headings with 。 (a heading on a line
 * of its own takes no full stop). 第X章/第X条 are not headings of this kind; the last line of the text
 * (perhaps cut off) is not judged.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { Heading, PolicyDocument } from '../../core/model';
import { isWhite } from '../../core/chars';
import { skipBack } from '../../core/vocabulary';
import { isHan } from '../../core/tokens';

const DOCS: RuleDocs = {
  title: { zh: '同级标题末尾标点一致', en: 'Headings of one level end alike' },
  explanation: {
    zh: '单独成行的同级标题，末尾要么都用句号，要么都不用。',
    en: 'Headings of one level that stand on their own lines either all end with 。 or none does.',
  },
  details: {
    zh: '单独成行的同级标题，末尾要么都用句号，要么都不用。\n\n只比较全部单独成行的同一级标题；标题后接正文的（“（一）主要内容。正文……”）句号是必需的，该级不比较。报告用得较少的写法；一样多时报告带句号的（单独成行的标题一般不加句号）。“第×章”“第×条”不在此列；全文最后一行（可能被截断）不判断。',
    en: 'Headings of one level that stand on their own lines either all end with 。 or none does.\n\nOnly a level whose headings all stand alone is compared; a run-in heading (（一）主要内容。text…) needs its 。, and its level is not compared. The form used less is reported; on a tie, the headings with 。 (a heading on a line of its own usually takes none). 第X章 and 第X条 are not compared; the last line of the text (perhaps cut off) is not judged.',
  },
  good: ['一、修改部分政策依据\n根据新文件修改依据。\n二、修改相关行业主管部门名称\n按照新的部门名称修改。'],
  bad: ['一、修改部分政策依据。\n根据新文件修改依据。\n二、修改相关行业主管部门名称\n按照新的部门名称修改。'],
  fix: { zh: '删去或补上句号，与同级其他标题一致。', en: 'Removes or adds the 。 to match the level\'s other headings.' },
  source: { tier: 'practice', zh: '起草实务：同级标题格式一致', en: 'Drafting practice: headings of one level alike' },
};

const MESSAGES: Messages = {
  'structure/heading-end': { zh: '同级标题末尾标点不一致', en: 'Headings of one level end differently' },
  'structure/heading-end-stop': {
    zh: '标题“{marker}”末尾有句号，本文同级标题（如“{other}”）没有',
    en: 'Heading "{marker}" ends with 。 while its level\'s other headings (e.g. "{other}") do not',
  },
  'structure/heading-end-none': {
    zh: '标题“{marker}”末尾没有句号，本文同级标题（如“{other}”）有',
    en: 'Heading "{marker}" has no 。 while its level\'s other headings (e.g. "{other}") do',
  },
  'fix/heading-end-remove': { zh: '删去句号', en: 'Remove the 。' },
  'fix/heading-end-add': { zh: '补上句号', en: 'Add 。' },
};

interface End { h: Heading; stop: boolean; at: number }

/** How a heading alone on its line ends (with 。 or with a Han character), or undefined (run-in, other marks). */
function endOf(doc: PolicyDocument, h: Heading): End | undefined {
  const n = doc.norm;
  // The line's end, white space and Markdown's closing ** or __ aside (**一、修改部分政策依据。**).
  const bare = skipBack(n, skipBack(n, h.lineRange.end, isWhite, h.titleRange.end), (c) => c === '*' || c === '_', h.titleRange.end);
  const e = skipBack(n, bare, isWhite, h.titleRange.end);
  const t = skipBack(n, h.titleRange.end, isWhite, h.titleRange.start);
  if (t === h.titleRange.start || !isHan(n.charCodeAt(t - 1))) return undefined;
  if (e === h.titleRange.end || e === t) return { h, stop: false, at: t };
  return e === h.titleRange.end + 1 && n[h.titleRange.end] === '。' ? { h, stop: true, at: h.titleRange.end } : undefined;
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'structure/heading-end', category: 'structure', severity: 'information', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const last = [...doc.lines].reverse().find((l) => !l.blank);
    const byStyle = new Map<string, (End | undefined)[]>();
    for (const h of doc.allHeadings) {
      if (h.style === 'chapter' || h.style === 'article' || (last && h.lineRange.start === last.start)) continue;
      const list = byStyle.get(h.style) ?? [];
      list.push(endOf(doc, h));
      byStyle.set(h.style, list);
    }
    for (const list of byStyle.values()) {
      if (list.length < 2 || list.some((x) => !x)) continue;
      const ends = list as End[];
      const stops = ends.filter((x) => x.stop).length;
      if (!stops || stops === ends.length) continue;
      const reportStop = stops * 2 <= ends.length;
      const other = ends.find((x) => x.stop !== reportStop)!.h;
      for (const x of ends) {
        if (x.stop !== reportStop) continue;
        ctx.report({
          range: x.h.lineRange,
          messageId: reportStop ? 'structure/heading-end-stop' : 'structure/heading-end-none',
          args: { marker: x.h.marker + x.h.title, other: doc.text.slice(other.lineRange.start, other.lineRange.end).trim() },
          fix: reportStop
            ? { titleId: 'fix/heading-end-remove', edits: [{ start: x.at, end: x.at + 1, newText: '' }] }
            : { titleId: 'fix/heading-end-add', edits: [{ start: x.at, end: x.at, newText: '。' }] },
        });
      }
    }
  },
};
export default rule;
