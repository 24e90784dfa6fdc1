/** target/no-deadline — a goal section whose numbers carry no time point (到20XX年, 20XX年底前, N年内). */
import type { Rule } from '../types';
import { goalSections } from '../../core/goals';

const rule: Rule = {
  meta: { id: 'target/no-deadline', category: 'target', severity: 'warning', source: 'house style [custom] (目标量化)', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    // A plan period in the title dates every goal in it.
    if (doc.period) return;
    for (const s of goalSections(doc)) {
      if (!s.hasQuantified || s.hasDeadline) continue;
      ctx.report({ range: s.heading.lineRange, args: { section: s.heading.title } });
    }
  },
};
export default rule;
