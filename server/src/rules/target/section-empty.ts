/** target/section-empty — a goal section with no quantified target at all (information). */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { goalSections, planEndYear } from '../../core/goals';
import { targetTemplateFix } from './template';
import { isWhiteSpace, skipBack } from '../../core/vocabulary';

const DOCS: RuleDocs = {
  title: { zh: '目标部分无量化指标', en: 'Goal section without a quantified target' },
  explanation: {
    zh: '目标部分应至少包含一项带数值和单位的指标。',
    en: 'A goal section contains at least one indicator with a number and a unit.',
  },
  details: {
    zh: '“工作目标”“发展目标”等目标部分中没有任何带数值和单位的指标时提示。',
    en: 'A goal section (工作目标, 发展目标 …) with no indicator that has a number and a unit.',
  },
  good: ['二、发展目标\n到2025年，体育竞赛表演产业总规模达到2万亿元。\n三、主要任务'],
  bad: ['三、发展目标\n推动综合保税区发展成为具有全球影响力和竞争力的加工制造中心。\n四、主要任务'],
  fix: { zh: '在目标部分末尾插入“到${年份}年，${指标}达到${数值}${单位}。”。', en: '' },
  source: {
    tier: 'practice',
    zh: '起草实务：目标部分须有可考核的目标',
    en: 'Drafting practice: a goal section states measurable goals',
  },
};

const MESSAGES: Messages = {
  'target/section-empty': { zh: '目标部分“{section}”没有任何量化指标', en: 'The goal section "{section}" has no quantified target' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'target/section-empty', category: 'target', severity: 'information', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const s of goalSections(doc)) {
      if (s.hasQuantified) continue;
      // Insert the template at the end of the section's text.
      let end = s.heading.sectionRange.end;
      end = skipBack(doc.text, end, isWhiteSpace, s.body.start);
      ctx.report({ range: s.heading.lineRange, args: { section: s.heading.title }, fix: targetTemplateFix(doc, Math.max(end, s.heading.lineRange.end), planEndYear(doc)) });
    }
  },
};
export default rule;
