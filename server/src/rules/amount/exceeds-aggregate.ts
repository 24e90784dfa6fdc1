/**
 * amount/exceeds-aggregate — within one measure, a per-item cap (单个项目/每家企业 最高…) larger than
 * the aggregate it draws on (每年安排…, 累计/总额不超过…).
 */
import type { Rule } from '../types';

const PER_ITEM = /(单个|每个|每家|每项|单品种|每人|每户)/;
const AGGREGATE = /(每年安排|安排|专项资金|总额|总计|合计)/;

const rule: Rule = {
  meta: { id: 'amount/exceeds-aggregate', category: 'amount', severity: 'error', source: 'house style [custom]（单项上限不超过总额）', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    // Amounts are in document order: walk them once alongside the measures.
    const amounts = [...doc.amounts].sort((a, b) => a.range.start - b.range.start);
    const firstAt = (pos: number) => { let lo = 0, hi = amounts.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (amounts[mid].range.start < pos) lo = mid + 1; else hi = mid; } return lo; };
    for (const m of doc.measures) {
      const inM: typeof amounts = [];
      for (let i = firstAt(m.range.start); i < amounts.length && amounts[i].range.start < m.range.end; i++) if (amounts[i].range.end <= m.range.end) inM.push(amounts[i]);
      const aggregates = inM.filter((a) => AGGREGATE.test(a.context) && !PER_ITEM.test(a.context) && (a.kind === 'fixed' || a.kind === 'cap'));
      if (!aggregates.length) continue;
      const total = Math.min(...aggregates.map((a) => a.yuan));
      for (const a of inM) {
        if (aggregates.includes(a) || !PER_ITEM.test(a.context) || a.kind !== 'cap') continue;
        if (a.yuan > total) ctx.report({ range: a.range, args: { amount: a.text, total: aggregates.find((x) => x.yuan === total)!.text } });
      }
    }
  },
};
export default rule;
