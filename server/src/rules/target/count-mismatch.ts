/**
 * target/count-mismatch — a declared count that does not match what is enumerated ("三部分共十五条"
 * then 共四条/共四条/共四条/共三条; "以下五个方面" then four headings). Only unambiguous enumerations.
 */
import type { Rule } from '../types';
import { declaredCounts } from '../../core/goals';

const rule: Rule = {
  meta: { id: 'target/count-mismatch', category: 'target', severity: 'warning', source: 'house style [custom]', fixable: false },
  check(ctx) {
    for (const c of declaredCounts(ctx.doc)) {
      ctx.report({ range: c.range, args: { declared: c.declared, actual: c.actual, what: c.what } });
    }
  },
};
export default rule;
