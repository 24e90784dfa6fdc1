/**
 * citation/doc-number-serial — the serial number: no leading zero (不编虚位), no 第 (except a 令号 such
 * as 国务院令第707号), no 字 (〔1992〕字第36号, 科工法字[2000]851号).
 */
import type { Rule } from '../types';

const rule: Rule = {
  meta: { id: 'citation/doc-number-serial', category: 'citation', severity: 'error', source: 'GB/T 9704-2012 §7.2.5（发文顺序号不加“第”字，不编虚位）', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const d of doc.docNumbers) {
      if (/^0\d/.test(d.serial)) {
        const fixed = String(Number(d.serial));
        ctx.report({
          range: d.serialRange, messageId: 'citation/doc-number-serial-pad', args: { serial: d.serial, fixed },
          fix: { titleId: 'fix/doc-number-serial-pad', titleArgs: { fixed }, edits: [{ start: d.serialRange.start, end: d.serialRange.end, newText: fixed }] },
        });
      }
      if (d.di && !d.isOrder && d.diRange) {
        ctx.report({
          range: d.range, messageId: 'citation/doc-number-serial-di',
          fix: { titleId: 'fix/doc-number-serial-di', edits: [{ start: d.diRange.start, end: d.diRange.end, newText: '' }] },
        });
      }
      if (d.zi && d.ziRange) {
        ctx.report({
          range: d.range, messageId: 'citation/doc-number-serial-zi',
          fix: { titleId: 'fix/doc-number-serial-zi', edits: [{ start: d.ziRange.start, end: d.ziRange.end, newText: '' }] },
        });
      } else if (d.agency.length > 2 && /[发函法办电文]字$/.test(doc.norm.slice(d.agencyRange.start, d.agencyRange.end))) {
        // 科工法字[2000]851号: 字 after the code. (穗字〔2015〕4号 is 中共广州市委's own code: not flagged.)
        const at = d.agencyRange.end - 1;
        ctx.report({
          range: d.range, messageId: 'citation/doc-number-serial-zi',
          fix: { titleId: 'fix/doc-number-serial-zi', edits: [{ start: at, end: at + 1, newText: '' }] },
        });
      }
    }
  },
};
export default rule;
