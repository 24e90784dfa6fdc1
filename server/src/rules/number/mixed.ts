/**
 * number/mixed — an Arabic number does not take 十, 百 or 千 as a unit (GB/T 15835-2011 §5.3):
 * 1000万 or 1千万 → 1000万; 3亿4千5百万 → 3.45亿. 万 and 亿 may stay as characters. 千瓦, 千克 and
 * 百分点 are units and are not numerals. The fix writes the value in Arabic digits with the largest
 * 万/亿 the drafter used.
 */
import type { Rule } from '../types';
import { formatArabic, mixedNumbers } from '../../core/tokens';
import { toDocumentScript } from '../../core/normalize';

const rule: Rule = {
  meta: { id: 'number/mixed', category: 'number', severity: 'error', source: 'GB/T 15835-2011 §5.3', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const n of mixedNumbers(doc)) {
      const norm = doc.norm.slice(n.range.start, n.range.end);
      const big = norm.includes('亿') ? '亿' : norm.includes('万') ? '万' : '';
      const fixed = toDocumentScript(formatArabic(n.value, big), doc.traditional);
      ctx.report({
        range: n.range,
        args: { number: n.text, fixed },
        fix: { titleId: 'fix/number-to', titleArgs: { fixed }, edits: [{ start: n.range.start, end: n.range.end, newText: fixed }] },
      });
    }
  },
};
export default rule;
