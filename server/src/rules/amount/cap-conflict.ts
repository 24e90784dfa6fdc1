/**
 * amount/cap-conflict — the same funded thing given two different caps or amounts in one document
 * (body vs summary, measure vs 附则, a restated measure). Different beneficiaries or levels are not a
 * conflict; items of one 分别 list are not compared with each other.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { moneyItems, MoneyItem } from '../../core/money';

const DOCS: RuleDocs = {
  title: { zh: '同一事项标准一致', en: 'One standard per funded thing' },
  explanation: {
    zh: '同一对象、同一事项在文中两处给出不同的上限或金额（正文与汇总、措施与附则、重复表述）时报告；不同对象（个人与小微企业）、不同级别或同一“分别”列表内的各项不比较。',
    en: 'The same beneficiary and measure with two different caps in one document. Different beneficiaries, levels, or items of one 分别 list are not compared.',
  },
  details: {
    zh: '同一对象、同一事项在文中两处给出不同的上限或金额（正文与汇总、措施与附则、重复表述）时报告；不同对象（个人与小微企业）、不同级别或同一“分别”列表内的各项不比较。\n\n比较的对象由“对……给予”中的受益对象、级别、期间和支持方式（补助、奖励、股权投资……）确定；泛称（单个项目）过短时不比较。',
    en: 'The same beneficiary and measure with two different caps in one document. Different beneficiaries, levels, or items of one 分别 list are not compared.\n\nThe compared key is the beneficiary (对…给予), level, period and kind of support (补助, 奖励, 股权投资 …); generic short keys are not compared.',
  },
  good: ['对新认定的国家级企业技术中心，按照5万元～200万元不等给予奖励，单个项目最高200万元。'],
  bad: ['对新认定的国家级企业技术中心给予一次性奖励50万元。\n对新认定的国家级企业技术中心，一次性奖励30万元。'],
  fix: { zh: '无（需确定正确标准）。', en: 'none (decide which is right).' },
  source: {
    tier: 'practice',
    zh: '起草实务：同一事项补助标准一致',
    en: 'Drafting practice: one subsidy standard for one thing',
  },
};

const MESSAGES: Messages = {
  'amount/cap-conflict': {
    zh: '“{what}”的标准{amount}与第 {line} 行的{other}不一致',
    en: 'The amount {amount} for "{what}" differs from {other} on line {line}',
  },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'amount/cap-conflict', category: 'amount', severity: 'error', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    const byKey = new Map<string, MoneyItem[]>();
    for (const i of moneyItems(doc)) {
      if (i.amount.kind !== 'cap' && i.amount.kind !== 'fixed' && i.amount.kind !== 'tiered') continue;
      if (i.amount.kind === 'tiered' && !i.level) continue;
      // A key needs enough text to name a thing: 单个项目 alone is too generic.
      const name = i.key.split('|')[0];
      if (name.length < 6 || !/(企业|中心|平台|项目|机构|人才|人员|园区|基地|团队|单位|品种|产品)/.test(name)) continue;
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
