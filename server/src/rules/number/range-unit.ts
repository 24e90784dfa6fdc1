/**
 * number/range-unit — in a range, %, 万 and 亿 are written on both numbers (GB/T 15835-2011 §5.1.3):
 * 15%～30% (not 15～30%), 13万元～17万元 or 13万～17万元 (not 13～17万元). A plain unit of measure
 * (元, kg) may be left off the first number. The fix inserts the missing %, 万 or 亿 after the first
 * number, in the drafter's own width and script.
 */
import type { Rule } from '../types';
import { numericRanges } from '../../core/tokens';

const YEAR = /^(19|20)\d\d$/;

const rule: Rule = {
  meta: { id: 'number/range-unit', category: 'number', severity: 'error', source: 'GB/T 15835-2011 §5.1.3', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const r of numericRanges(doc)) {
      if (r.conn.kind === 'dunhao' || r.a.unit || r.time) continue;
      const unit = r.bUnit[0] ?? '';
      if (!/[%‰万亿]/.test(unit)) continue;
      if (YEAR.test(r.a.value)) continue;
      if (/(第|图|表)[ \t]*$/.test(doc.norm.slice(Math.max(0, r.range.start - 3), r.range.start))) continue;
      // The unit as the drafter wrote it: ％ or %, 萬 or 万.
      const written = doc.text.slice(r.bUnitRange.start, r.bUnitRange.start + 1);
      ctx.report({
        range: r.range,
        args: { unit: written, range: doc.text.slice(r.range.start, r.range.end) },
        fix: {
          titleId: 'fix/range-unit',
          titleArgs: { unit: written },
          edits: [{ start: r.a.range.end, end: r.a.range.end, newText: written }],
        },
      });
    }
  },
};
export default rule;
