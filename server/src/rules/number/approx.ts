/**
 * number/approx — an approximate number made of two adjacent numerals is written in Chinese with
 * no 顿号 (GB/T 15835-2011 §4.2): 一两个, 两三年; not 1到2个 or 2、3个 (warning). Another range
 * written with 到/至 between bare Arabic numbers (3到5个) is better joined with ～ (information,
 * RULES.md RANGE-DAO). 2016年至2018年 in running text is fine. Fixes: 1到2 → 一两, 3到5 → 3～5.
 */
import type { Rule } from '../types';
import { numericRanges } from '../../core/tokens';
import { toDocumentScript } from '../../core/normalize';

const CN = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九'];
/** Measure words after the second number that make N到M a count (not a date or a numbering). */
const COUNT_UNIT = /^(个|家|名|人|次|场|期|天|年|种|所|座|项|批|台|套|倍|万|亿|户|位|篇|部|件|条|款|周|小时|分钟)/;

const rule: Rule = {
  meta: { id: 'number/approx', category: 'number', severity: 'warning', source: 'GB/T 15835-2011 §4.2', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const tilde = doc.halfWidthPunctuation ? '~' : '～';
    for (const r of numericRanges(doc)) {
      const k = r.conn.kind;
      if ((k !== 'dao' && k !== 'dunhao') || r.a.unit || r.time) continue;
      if (!COUNT_UNIT.test(r.bUnit)) continue;
      if (/第[ \t]*$/.test(doc.norm.slice(Math.max(0, r.range.start - 2), r.range.start))) continue;
      const a = Number(r.a.value), b = Number(r.b.value);
      const adjacent = /^\d$/.test(r.a.value) && /^\d$/.test(r.b.value) && b === a + 1 && a >= 1;
      const span = { start: r.a.range.start, end: r.b.range.end };
      if (k === 'dunhao') {
        // 2、3个 is approximate only for adjacent numerals; 2、5个 is a list.
        if (!adjacent || /[、,，]/.test(doc.norm[r.b.range.end] ?? '') || /\d[ \t]*、[ \t]*$/.test(doc.norm.slice(Math.max(0, span.start - 3), span.start))) continue;
        if (/^(条|款|项)/.test(r.bUnit)) continue;
      }
      const written = doc.text.slice(span.start, span.end);
      if (adjacent && !/^(条|款)/.test(r.bUnit)) {
        const fixed = toDocumentScript(CN[a] + CN[b], doc.traditional);
        ctx.report({
          range: span, args: { range: written, fixed },
          fix: { titleId: 'fix/number-to', titleArgs: { fixed }, edits: [{ start: span.start, end: span.end, newText: fixed }] },
        });
      } else if (k === 'dao') {
        ctx.report({
          range: span, messageId: 'number/approx-dao', severity: 'information', args: { range: written, mark: tilde },
          fix: { titleId: 'fix/range-mark', titleArgs: { mark: tilde }, edits: [{ start: r.conn.range.start, end: r.conn.range.end, newText: tilde }] },
        });
      }
    }
  },
};
export default rule;
