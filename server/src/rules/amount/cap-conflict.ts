/**
 * amount/cap-conflict — the same funded thing given two different caps or amounts in one document
 * (body vs summary, measure vs 附则, a restated measure). Different beneficiaries or levels are not a
 * conflict; items of one 分别 list are not compared with each other.
 */
import type { Rule } from '../types';
import { moneyItems, MoneyItem } from '../../core/money';

const rule: Rule = {
  meta: { id: 'amount/cap-conflict', category: 'amount', severity: 'error', source: 'house style [custom]（同一事项补助标准一致）', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    const byKey = new Map<string, MoneyItem[]>();
    for (const i of moneyItems(doc)) {
      if (i.amount.kind !== 'cap' && i.amount.kind !== 'fixed' && i.amount.kind !== 'tiered') continue;
      if (i.amount.kind === 'tiered' && !i.level) continue;
      // A key needs enough text to name a thing: 单个项目 alone is too generic.
      const name = i.key.split('|')[0];
      if (name.length < 6 || !/(企业|中心|平台|项目|机构|人才|园区|基地|团队|单位|品种|产品)/.test(name)) continue;
      const list = byKey.get(i.key) ?? [];
      list.push(i);
      byKey.set(i.key, list);
    }
    for (const list of byKey.values()) {
      if (list.length < 2) continue;
      const first = list[0];
      for (const other of list.slice(1)) {
        if (other.sentence.start === first.sentence.start) continue;
        if (other.amount.yuan === first.amount.yuan) continue;
        ctx.report({
          range: other.amount.range,
          args: { amount: other.amount.text, other: first.amount.text, line: doc.lineIndex.positionAt(first.amount.range.start).line + 1, what: other.beneficiary + (other.level ? `（${other.level}）` : '') },
        });
      }
    }
  },
};
export default rule;
