/**
 * amount/range — money ranges: a hyphen as the connector (3-5万元), a reversed range (200—100万元), or
 * the unit missing on the first number (13～17万元). The fix writes 13万元～17万元.
 */
import type { Rule } from '../types';

const rule: Rule = {
  meta: { id: 'amount/range', category: 'amount', severity: 'warning', source: 'GB/T 15835-2011 §5.1.3（数值范围用“～”，单位不省略）', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const a of doc.amounts) {
      if (a.kind !== 'range' || a.minYuan === undefined || !/元$/.test(a.unit)) continue;
      const n = doc.norm.slice(a.range.start, a.range.end);
      const m = /^(\d+(?:\.\d+)?)[ \t]*(千万|百万|十万|亿|万)?(元)?[ \t]*([-~—–至到])[ \t]*(\d+(?:\.\d+)?)[ \t]*(千万|百万|十万|亿|万)?(元)$/.exec(n);
      if (!m) continue;
      const [, lo, loMag, , dash, hi, hiMag] = m;
      const reversed = a.minYuan > a.yuan;
      const hyphen = dash === '-';
      const unitless = !loMag && !!hiMag;
      if (!reversed && !hyphen && !unitless) continue;
      const fixed = `${lo}${loMag ?? hiMag ?? ''}元～${hi}${hiMag ?? ''}元`;
      ctx.report({
        range: a.range, messageId: reversed ? 'amount/range-reversed' : hyphen ? 'amount/range-hyphen' : 'amount/range-unit', args: { range: a.text, fixed },
        fix: reversed ? undefined : { titleId: 'fix/amount-range', titleArgs: { fixed }, edits: [{ start: a.range.start, end: a.range.end, newText: fixed }] },
      });
    }
  },
};
export default rule;
