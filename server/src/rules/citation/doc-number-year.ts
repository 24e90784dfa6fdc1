/** citation/doc-number-year — the year of a 发文字号 is written in full, 4 digits (〔2019〕, not 〔19〕 or 〔'19〕). */
import type { Rule } from '../types';

/** 19 → 2019, 87 → 1987: two digits up to this year's are this century. */
export function fullYear(two: string, now = new Date().getFullYear()): string {
  const n = Number(two);
  return String(n <= now % 100 ? 2000 + n : 1900 + n);
}

const rule: Rule = {
  meta: { id: 'citation/doc-number-year', category: 'citation', severity: 'error', source: 'GB/T 9704-2012 §7.2.5（年份应标全称）', fixable: true },
  check(ctx) {
    for (const d of ctx.doc.docNumbers) {
      const digits = d.year.replace("'", '');
      if (digits.length === 4 && d.year.length === 4) continue;
      const year = digits.length === 2 ? fullYear(digits) : undefined;
      ctx.report({
        range: d.yearRange, args: { year: d.year },
        fix: year ? { titleId: 'fix/doc-number-year', titleArgs: { year }, edits: [{ start: d.yearRange.start, end: d.yearRange.end, newText: year }] } : undefined,
      });
    }
  },
};
export default rule;
