/**
 * amount/exceeds-aggregate — within one measure, a per-item cap (单个项目/每家企业 最高…) larger than
 * the aggregate it draws on (每年安排…, 累计/总额不超过…).
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { Amount } from '../../core/model';

const PER_ITEM = /(单个|每个|每家|每项|单品种|每人|每户)/;
const AGGREGATE = /(每年安排|安排|专项资金|总额|总计|合计)/;

const DOCS: RuleDocs = {
  title: { zh: '单项上限不超过总额', en: 'Per-item cap within the total' },
  explanation: {
    zh: '同一措施中，单个项目、每家企业的上限不应超过该项资金的总额。',
    en: 'Within a measure, a per-item cap is not larger than the fund it draws on.',
  },
  details: {
    zh: '同一措施中，单个项目、每家企业的上限不应超过该项资金的总额。\n\n同一措施中“单个项目/每家企业……最高”的上限大于“每年安排/专项资金/总额”时报告。',
    en: 'Within a measure, a per-item cap is not larger than the fund it draws on.\n\nWithin a measure, a 单个/每家 cap larger than the 每年安排/专项资金/总额.',
  },
  good: ['二、政策措施\n1.市财政每年安排10亿元设立专项资金，单个项目最高补助不超过3000万元。'],
  bad: ['二、政策措施\n1.市财政每年安排500万元设立专项资金，单个项目最高补助不超过1000万元。'],
  fix: { zh: '无。', en: 'none.' },
  source: {
    tier: 'practice',
    zh: '起草实务：单项上限不超过总额',
    en: 'Drafting practice: a single cap does not exceed the total',
  },
};

const MESSAGES: Messages = {
  'amount/exceeds-aggregate': { zh: '单项上限{amount}超过了总额{total}', en: 'The per-item cap {amount} exceeds the total {total}' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'amount/exceeds-aggregate', category: 'amount', severity: 'error', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    // Amounts are in document order (from the lexer): walk them once alongside the measures.
    let amounts = doc.amounts;
    for (let k = 1; k < amounts.length; k++) {
      if (amounts[k].range.start < amounts[k - 1].range.start) { amounts = [...amounts].sort((a, b) => a.range.start - b.range.start); break; }
    }
    const firstAt = (pos: number) => { let lo = 0, hi = amounts.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (amounts[mid].range.start < pos) lo = mid + 1; else hi = mid; } return lo; };
    for (const m of doc.measures) {
      const inM: Amount[] = [];
      let from = Infinity, to = -1;
      for (let i = firstAt(m.range.start); i < amounts.length && amounts[i].range.start < m.range.end; i++) {
        const a = amounts[i];
        if (a.range.end > m.range.end) continue;
        inM.push(a);
        const context = a.contextRange;
        from = Math.min(from, context.start);
        to = Math.max(to, context.end);
      }
      // No aggregate word anywhere in the clauses of the measure's amounts: none in any one of them
      // (one scan of the measure, not one per amount).
      if (!inM.length || !AGGREGATE.test(doc.text.slice(from, to))) continue;
      // The kind first: each context is sliced from the text when read.
      const aggregates = new Set(inM.filter((a) => (a.kind === 'fixed' || a.kind === 'cap') && AGGREGATE.test(a.context) && !PER_ITEM.test(a.context)));
      if (!aggregates.size) continue;
      // The smallest aggregate (the first of equal ones); NaN when one cannot be read, as Math.min.
      let total = Infinity;
      let smallest: Amount | undefined;
      for (const x of aggregates) {
        if (Number.isNaN(x.yuan)) { total = NaN; break; }
        if (x.yuan < total) { total = x.yuan; smallest = x; }
      }
      for (const a of inM) {
        if (a.kind !== 'cap' || aggregates.has(a) || !PER_ITEM.test(a.context)) continue;
        if (a.yuan > total) ctx.report({ range: a.range, args: { amount: a.text, total: smallest!.text } });
      }
    }
  },
};
export default rule;
