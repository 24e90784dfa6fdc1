/** citation/future-date — a cited document dated after the document itself (its number's year is later than the document's year). */
import type { Rule } from '../types';

const rule: Rule = {
  meta: { id: 'citation/future-date', category: 'citation', severity: 'warning', source: 'house style [custom]（不能引用晚于本文的文件）', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    const own = doc.date?.year ?? (doc.docNumber && /^\d{4}$/.test(doc.docNumber.year) ? Number(doc.docNumber.year) : undefined);
    if (!own) return;
    for (const d of doc.docNumbers) {
      if (d === doc.docNumber || !/^\d{4}$/.test(d.year)) continue;
      if (Number(d.year) > own) ctx.report({ range: d.yearRange, args: { year: d.year, own } });
    }
  },
};
export default rule;
