/** amount/tier-order — a 分别 list by level gives a lower level more than a higher one (市级 more than 省级). */
import type { Rule } from '../types';
import { levelRank, tierLists } from '../../core/money';

const rule: Rule = {
  meta: { id: 'amount/tier-order', category: 'amount', severity: 'warning', source: 'house style [custom]（级别越高，支持越多）', fixable: false },
  check(ctx) {
    for (const l of tierLists(ctx.doc)) {
      if (l.labels.length !== l.amounts.length) continue;
      const ranks = l.labels.map(levelRank);
      if (ranks.some((r) => r === undefined) || new Set(ranks).size !== ranks.length) continue;
      for (let i = 0; i < l.amounts.length; i++) {
        for (let j = 0; j < l.amounts.length; j++) {
          if (ranks[i]! < ranks[j]! && l.amounts[i].yuan < l.amounts[j].yuan) {
            ctx.report({ range: l.amounts[j].range, args: { lower: l.labels[j], higher: l.labels[i], amount: l.amounts[j].text, other: l.amounts[i].text } });
          }
        }
      }
    }
  },
};
export default rule;
