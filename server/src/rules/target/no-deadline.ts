/** target/no-deadline — a goal section whose numbers carry no time point (到20XX年, 20XX年底前, N年内). */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { goalSections } from '../../core/goals';

const DOCS: RuleDocs = {
  title: { zh: '目标缺少时间节点', en: 'Goals without a time point' },
  explanation: {
    zh: '量化目标应当写明完成时间（到20XX年、20XX年底前），或在标题中给出规划期。',
    en: 'Quantified goals state when they are to be met (到20XX年, 20XX年底前), or the title gives the plan period.',
  },
  details: {
    zh: '目标部分有量化指标，但整个部分没有“到20XX年”“20XX年底前”“N年内”等时间节点，且标题中也没有规划期时报告。',
    en: 'A goal section with numbers but no time point anywhere in it (到20XX年, 20XX年底前, N年内), in a document whose title gives no plan period.',
  },
  good: ['二、工作目标\n到2022年，全市人工智能产业规模超过1200亿元。'],
  bad: ['二、工作目标\n全市人工智能产业规模超过1200亿元。'],
  fix: { zh: '—', en: '' },
  source: { tier: 'practice', zh: '起草实务：目标须有完成时限', en: 'Drafting practice: goals carry a deadline' },
};

const MESSAGES: Messages = {
  'target/no-deadline': {
    zh: '“{section}”中的量化目标没有时间节点：请写明“到20XX年”或“20XX年底前”',
    en: 'The quantified goals in "{section}" have no time point: add 到20XX年 or 20XX年底前',
  },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'target/no-deadline', category: 'target', severity: 'warning', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    // A plan period in the title dates every goal in it.
    if (doc.period) return;
    for (const s of goalSections(doc)) {
      if (!s.hasQuantified || s.hasDeadline) continue;
      ctx.report({ range: s.heading.lineRange, args: { section: s.heading.title } });
    }
  },
};
export default rule;
