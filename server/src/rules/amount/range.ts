/**
 * amount/range — a money range that runs backwards (200—100万元). The connector (3-5万元 → ～) and the
 * unit on the first number (13～17万元 → 13万～17万元) are number/range-mark and number/range-unit's,
 * with their fixes, so a money range is never reported three times.
 */
import type { Rule } from '../types';

const rule: Rule = {
  meta: { id: 'amount/range', category: 'amount', severity: 'warning', source: 'GB/T 15835-2011 §5.1.3（数值范围用“～”，单位不省略）', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    for (const a of doc.amounts) {
      if (a.kind !== 'range' || a.minYuan === undefined || !/元$/.test(a.unit)) continue;
      // 200—100万元: the first number takes the unit of the second, so it reads 200万 > 100万.
      if (a.minYuan <= a.yuan) continue;
      ctx.report({ range: a.range, messageId: 'amount/range-reversed', args: { range: a.text } });
    }
  },
};
export default rule;
