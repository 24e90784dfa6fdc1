/**
 * amount/list-mismatch — a 分别 list whose items and amounts differ in number (国家级、省级、市级分别给予
 * 最高1亿元、2000万元 → 3 items, 2 amounts). Only unambiguous enumerations (no 及/和/或 inside an item).
 */
import type { Rule } from '../types';
import { tierLists } from '../../core/money';

const rule: Rule = {
  meta: { id: 'amount/list-mismatch', category: 'amount', severity: 'error', source: 'house style [custom]（“分别”前后项数一致）', fixable: false },
  check(ctx) {
    for (const l of tierLists(ctx.doc)) {
      if (l.labels.length === l.amounts.length || l.amounts.length < 2 && l.labels.length < 2) continue;
      if (l.labels.some((x) => /(及|和|或|与|以及|等)/.test(x))) continue;
      ctx.report({ range: l.range, args: { items: l.labels.length, amounts: l.amounts.length } });
    }
  },
};
export default rule;
