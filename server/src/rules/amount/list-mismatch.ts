/**
 * amount/list-mismatch — a 分别 list whose items and amounts differ in number (国家级、省级、市级分别给予
 * 最高1亿元、2000万元 → 3 items, 2 amounts). Only unambiguous enumerations (no 及/和/或 inside an item).
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { tierLists } from '../../core/money';

const DOCS: RuleDocs = {
  title: { zh: '“分别”前后项数一致', en: '分别 lists pair up' },
  explanation: {
    zh: '“A、B、C分别给予X、Y、Z”中前后项数应相等；项内含“及、和、或”等无法确定项数时不检查。',
    en: 'In "A、B、C分别给予X、Y、Z" the counts match; items joined by 及/和/或 are not judged.',
  },
  details: {
    zh: '“A、B、C分别给予X、Y、Z”中前后项数应相等；项内含“及、和、或”等无法确定项数时不检查。\n\n“分别”之前的顿号列表与之后的金额个数不同时报告。',
    en: 'In "A、B、C分别给予X、Y、Z" the counts match; items joined by 及/和/或 are not judged.\n\nThe 、-list before 分别 and the amounts after it differ in number.',
  },
  good: ['按国家级、省级、市级分别给予最高1亿元、2000万元和800万元资金支持'],
  bad: ['国家级、省级、市级分别给予最高1亿元、2000万元'],
  fix: { zh: '无。', en: 'none.' },
  source: {
    tier: 'practice',
    zh: '起草实务：“分别”前后项数一致',
    en: 'Drafting practice: the items before and after 分别 match in number',
  },
};

const MESSAGES: Messages = {
  'amount/list-mismatch': {
    zh: '“分别”前列了 {items} 项，后面却有 {amounts} 个金额',
    en: 'The 分别 list has {items} items but {amounts} amounts',
  },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'amount/list-mismatch', category: 'amount', severity: 'error', fixable: false },
  check(ctx) {
    for (const l of tierLists(ctx.doc)) {
      if (l.labels.length === l.amounts.length || l.amounts.length < 2 && l.labels.length < 2) continue;
      if (l.labels.some((x) => /(及|和|或|与|以及|等)/.test(x))) continue;
      ctx.report({ range: l.range, args: { items: l.labels.length, amounts: l.amounts.length } });
    }
  },
};
export default rule;
