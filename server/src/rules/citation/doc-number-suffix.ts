/** citation/doc-number-suffix — the serial is in Arabic digits followed by 号 (號): not 〔2020〕七号, not 〔2020〕7. */
import type { Rule } from '../types';
import { cnToNumber } from '../../core/numerals';
import { toDocumentScript } from '../../core/normalize';

const rule: Rule = {
  meta: { id: 'citation/doc-number-suffix', category: 'citation', severity: 'error', source: 'GB/T 9704-2012 §7.2.5（在阿拉伯数字后加“号”字）', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const d of doc.docNumbers) {
      if (!/^\d+$/.test(d.serial)) {
        const n = cnToNumber(d.serial);
        ctx.report({
          range: d.serialRange, messageId: 'citation/doc-number-suffix-digits', args: { serial: d.serial },
          fix: Number.isFinite(n) && n > 0 ? { titleId: 'fix/doc-number-suffix-digits', titleArgs: { fixed: String(n) }, edits: [{ start: d.serialRange.start, end: d.serialRange.end, newText: String(n) }] } : undefined,
        });
      }
      if (!d.hao) {
        const hao = toDocumentScript('号', doc.traditional);
        ctx.report({
          range: d.range, messageId: 'citation/doc-number-suffix-hao',
          fix: { titleId: 'fix/doc-number-suffix-hao', titleArgs: { hao }, edits: [{ start: d.serialRange.end, end: d.serialRange.end, newText: hao }] },
        });
      }
    }
  },
};
export default rule;
