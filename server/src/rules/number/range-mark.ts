/**
 * number/range-mark — the connector of a range (GB/T 15834-2011 §4.13.3, GB/T 15835-2011 §5.1.3).
 * A numeric range takes the 浪纹线 ～ (5%～20%); a span of time takes the 一字线 — (2023—2025年,
 * 5月—6月). The hyphen - / － is never a range connector: error in a numeric range, warning in a
 * span of time. A numeric range joined with — is allowed by GB/T 15835 but GB/T 15834 prefers ～:
 * information. Numeric dates (2023-07-21), codes (GB/T 15834-2011), numbered items (第3-5条, 图1-2)
 * and clock times are left alone. The fix rewrites the connector only.
 */
import type { Rule } from '../types';
import { numericRanges } from '../../core/tokens';

/** Words before a number that make "3-5" a numbering (第3-5条, 图1-2), not a range. */
const NUMBERING_BEFORE = /(第|图|表|式|附件|附表|编号|序号|No\.?)[ \t]*$/;
/** Units after the second number that make it an address or a code (3-5号楼, 1-2栋). */
const NUMBERING_UNIT = /^[号栋楼层室幢]/;
const CODE_BEFORE = /[A-Za-z][A-Za-z/]{0,30}[ \t]{0,3}$/;

const rule: Rule = {
  meta: { id: 'number/range-mark', category: 'number', severity: 'error', source: 'GB/T 15834-2011 §4.13.3; GB/T 15835-2011 §5.1.3', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const tilde = doc.halfWidthPunctuation ? '~' : '～';
    for (const r of numericRanges(doc)) {
      const kind = r.conn.kind;
      if (kind !== 'hyphen' && kind !== 'dash') continue;
      const before = doc.norm.slice(Math.max(0, r.range.start - 8), r.range.start);
      if (NUMBERING_BEFORE.test(before) || CODE_BEFORE.test(before)) continue;
      if (NUMBERING_UNIT.test(r.bUnit) && !/[号日]/.test(r.a.unit)) continue;
      if (r.time) {
        if (kind === 'dash') continue;
        ctx.report({
          range: r.range, messageId: 'number/range-mark-time', severity: 'warning',
          args: { range: doc.text.slice(r.range.start, r.range.end) },
          fix: { titleId: 'fix/range-mark', titleArgs: { mark: '—' }, edits: [{ start: r.conn.range.start, end: r.conn.range.end, newText: '—' }] },
        });
        continue;
      }
      // A numeric range needs a unit to be sure it is one (3-5 alone may be anything).
      if (!r.bUnit && !r.a.unit) continue;
      ctx.report({
        range: r.range,
        messageId: kind === 'dash' ? 'number/range-mark-dash' : 'number/range-mark',
        severity: kind === 'dash' ? 'information' : undefined,
        args: { range: doc.text.slice(r.range.start, r.range.end) },
        fix: { titleId: 'fix/range-mark', titleArgs: { mark: tilde }, edits: [{ start: r.conn.range.start, end: r.conn.range.end, newText: tilde }] },
      });
    }
  },
};
export default rule;
