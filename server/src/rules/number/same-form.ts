/**
 * number/same-form — 同类别同形式 (GB/T 15835-2011 §4.3): numbers of one kind in one document are
 * written in one form. A count written in Chinese numerals (连续二年, 五百亿级, 一万元) is flagged
 * when the same document writes that kind of quantity (年, 亿, 万元 …) in Arabic digits (连续5年,
 * 500亿级, 1万元). Never flagged: fixed expressions and names (一律, 第一, “十四五”, 三年行动计划,
 * quoted slogans), approximate numbers (三五天, 一两个, 十余年), sessions (十三届全国人大五次会议),
 * Chinese dates (二〇〇六年). The fix writes the number in Arabic digits.
 */
import type { Rule } from '../types';
import { arabicKinds, cnCounts, formatArabic } from '../../core/tokens';
import { toDocumentScript } from '../../core/normalize';

/** Whether the sentence round [start, end) holds an Arabic number. */
function sentenceHasArabic(norm: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 200), to = Math.min(norm.length, end + 200);
  const before = norm.slice(from, start);
  const after = norm.slice(end, to);
  const b = before.search(/[。\n][^。\n]*$/);
  const a = after.search(/[。\n]/);
  return /\d/.test(before.slice(b + 1)) || /\d/.test(a < 0 ? after : after.slice(0, a));
}

const rule: Rule = {
  meta: { id: 'number/same-form', category: 'number', severity: 'warning', source: 'GB/T 15835-2011 §4.3', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const counts = cnCounts(doc);
    if (!counts.length) return;
    const kinds = arabicKinds(doc);
    for (const c of counts) {
      // 五百亿级 beside 6个 in one sentence: a magnitude in Chinese among Arabic counts (corpus 038).
      if (!kinds.has(c.key) && !(c.big && c.value % 10 ** (c.big === '亿' ? 8 : 4) === 0 && c.value >= 10 ** (c.big === '亿' ? 9 : 5) && sentenceHasArabic(doc.norm, c.range.start, c.range.end))) continue;
      const fixed = toDocumentScript(formatArabic(c.value, c.big), doc.traditional);
      const numeral = doc.text.slice(c.range.start, c.range.end);
      ctx.report({
        range: c.range,
        args: { numeral, fixed, kind: c.key },
        fix: { titleId: 'fix/number-to', titleArgs: { fixed }, edits: [{ start: c.range.start, end: c.range.end, newText: fixed }] },
      });
    }
  },
};
export default rule;
