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
    zh: '同一对象、同一事项在文中两处给出不同的上限或金额（正文与汇总、措施与附则、重复表述）时报告；不同对象（个人与小微企业）、不同级别或同一“分别”列表内的各项不比较。\n\n比较的对象由“对……给予”中的受益对象、级别、期间和支持方式（补助、奖励、股权投资……）确定；泛称（单个项目）过短时不比较。“一次性”与不写期间视为同一期间（一次性奖励50万元与奖励30万元相比较）。只写下限的奖补（不低于100万元）自成一项：两处下限不同，或另一处的上限、定额低于下限时报告；按单位计的标准（每亩补助300元、300元/吨）只与同一事项的单价比较，不与总额上限比较。作为门槛的下限（营业收入不低于1亿元的企业）不比较。',
    en: 'The same beneficiary and measure with two different caps in one document. Different beneficiaries, levels, or items of one 分别 list are not compared.\n\nThe compared key is the beneficiary (对…给予), level, period and kind of support (补助, 奖励, 股权投资 …); generic short keys are not compared. 一次性 and no period are the same period (一次性奖励50万元 is compared with 奖励30万元). A floor-only award (不低于100万元) is an item of its own: two different floors, or a cap or sum elsewhere below the floor, are reported; a per-unit rate (每亩补助300元, 300元/吨) is compared with rates for the same thing only, never with a total cap. A floor that is a threshold (营业收入不低于1亿元的企业) is not compared.',
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
    // Per comparison key: the first amount (cap, fixed, tiered item) and the first floor given for it.
    // Per-unit rates (每亩300元) are compared with rates only: their key is apart.
    const byKey = new Map<string, { amount?: MoneyItem; floor?: MoneyItem }>();
    for (const i of moneyItems(doc)) {
      const kind = i.amount.kind;
      if (kind !== 'cap' && kind !== 'fixed' && kind !== 'tiered' && kind !== 'floor' && kind !== 'rate') continue;
      if (kind === 'tiered' && !i.level) continue;
      // A floor or a rate counts only as money given (不低于100万元的奖励), not as a threshold (营业收入不低于1亿元的企业).
      if ((kind === 'floor' || kind === 'rate') && !i.funding) continue;
      // A key needs enough text to name a thing: 单个项目 alone is too generic.
      const bar = i.key.indexOf('|');
      const name = bar < 0 ? i.key : i.key.slice(0, bar);
      if (name.length < 6 || !/(企业|中心|平台|项目|机构|人才|人员|园区|基地|团队|单位|品种|产品)/.test(name)) continue;
      const key = kind === 'rate' ? i.key + '|rate' : i.key;
      const g = byKey.get(key) ?? {};
      byKey.set(key, g);
      const other = conflicting(i, g);
      if (kind === 'floor') g.floor ??= i; else g.amount ??= i;
      if (!other || other.sentence.start === i.sentence.start) continue;
      ctx.report({
        range: i.amount.range,
        args: { amount: i.amount.text, other: other.amount.text, line: doc.lineIndex.positionAt(other.amount.range.start).line + 1, what: i.beneficiary + (i.level ? `（${i.level}）` : '') },
      });
    }
  },
};

/**
 * The earlier item of the same key that `i` contradicts: two amounts (caps, fixed sums, rates) that
 * differ; two floors that differ; an amount below a floor (最高50万元 after 不低于100万元, or before it).
 * A floor with a higher cap or sum is a range, not a conflict.
 */
function conflicting(i: MoneyItem, g: { amount?: MoneyItem; floor?: MoneyItem }): MoneyItem | undefined {
  const y = i.amount.yuan;
  if (i.amount.kind === 'floor') {
    if (g.floor && g.floor.amount.yuan !== y) return g.floor;
    if (g.amount && g.amount.amount.yuan < y) return g.amount;
    return undefined;
  }
  if (g.amount && g.amount.amount.yuan !== y) return g.amount;
  if (g.floor && y < g.floor.amount.yuan) return g.floor;
  return undefined;
}
export default rule;
