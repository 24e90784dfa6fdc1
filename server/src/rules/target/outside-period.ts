/**
 * target/outside-period — a target year outside the plan period in the title ((2023—2025年) with
 * 到2027年), or a deadline before the document's own date. RULES.md §7 TGT-IN-PERIOD.
 */
import type { Rule } from '../types';

const rule: Rule = {
  meta: { id: 'target/outside-period', category: 'target', severity: 'warning', source: 'house style [custom] (目标在规划期内)', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.targets) {
      if (t.year === undefined || !t.yearRange) continue;
      if (doc.period && (t.year > doc.period.end || t.year < doc.period.start)) {
        ctx.report({ range: t.yearRange, messageId: 'target/outside-period', args: { year: t.year, start: doc.period.start, end: doc.period.end } });
      } else if (doc.date && t.year < doc.date.year) {
        ctx.report({ range: t.yearRange, messageId: 'target/outside-period-past', args: { year: t.year, date: `${doc.date.year}年${doc.date.month}月${doc.date.day}日` } });
      }
    }
  },
};
export default rule;
