/** amount/tier-order — a 分别 list by level gives a lower level more than a higher one (市级 more than 省级). */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { levelRank, tierLists } from '../../core/money';

const DOCS: RuleDocs = {
  title: { zh: '级别越高支持越多', en: 'Higher levels get more' },
  explanation: {
    zh: '按级别（国家级、省级、市级、区级）给予的支持，低级别不应高于高级别。',
    en: 'Support by level: a lower level does not get more than a higher one.',
  },
  details: {
    zh: '按级别（国家级、省级、市级、区级）给予的支持，低级别不应高于高级别。\n\n按国家、省、市、区（县）级别排列的“分别”列表中，低级别金额高于高级别时报告。',
    en: 'Support by level: a lower level does not get more than a higher one.\n\nIn a 分别 list by level, a lower level\'s amount above a higher level\'s.',
  },
  good: ['国家级、省级、市级分别给予1亿元、2000万元、800万元'],
  bad: ['国家级、省级、市级分别给予100万元、50万元、80万元'],
  fix: { zh: '无。', en: 'none.' },
  source: { tier: 'practice', zh: '起草实务：级别越高，支持越多', en: 'Drafting practice: higher levels get more support' },
};

const MESSAGES: Messages = {
  'amount/tier-order': {
    zh: '{lower}（{amount}）高于{higher}（{other}）：级别越高，支持应越多',
    en: '{lower} ({amount}) gets more than {higher} ({other})',
  },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'amount/tier-order', category: 'amount', severity: 'warning', fixable: false },
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
