/**
 * target/outside-period — a target year outside the plan period in the title ((2023—2025年) with
 * 到2027年), or a deadline before the document's own date. RULES.md §7 TGT-IN-PERIOD.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';

const DOCS: RuleDocs = {
  title: { zh: '目标年份超出规划期', en: 'Target year outside the plan period' },
  explanation: {
    zh: '标题给出规划期（如2023—2025年）时，目标年份应在规划期内；目标时间也不应早于成文日期。',
    en: 'When the title gives a plan period (e.g. 2023—2025年), target years fall inside it and not before the document date.',
  },
  details: {
    zh: '标题给出规划期（如“（2023—2025年）”）时，“到20XX年”“20XX年底前”中的年份应在规划期内；没有规划期时，目标年份不应早于成文日期的年份。',
    en: 'When the title gives a plan period, target years (到20XX年, 20XX年底前) fall inside it; otherwise no target year precedes the document date.',
  },
  good: ['示例市制造强市三年行动计划（2023—2025年）\n一、发展目标\n到2025年，规模以上工业增加值年均增长8%。'],
  bad: ['示例市制造强市三年行动计划（2023—2025年）\n一、发展目标\n到2027年，规模以上工业增加值年均增长8%。'],
  fix: { zh: '—', en: '' },
  source: {
    tier: 'practice',
    zh: '起草实务：目标年份在规划期内',
    en: 'Drafting practice: goal years fall inside the plan period',
  },
};

const MESSAGES: Messages = {
  'target/outside-period': {
    zh: '目标年份{year}年超出规划期（{start}—{end}年）',
    en: 'The target year {year} lies outside the plan period ({start}–{end})',
  },
  'target/outside-period-past': {
    zh: '目标年份{year}年早于本文件成文日期（{date}）',
    en: 'The target year {year} is before the date of this document ({date})',
  },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'target/outside-period', category: 'target', severity: 'warning', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.targets) {
      if (t.year === undefined || !t.yearRange) continue;
      if (doc.period && (t.year > doc.period.end || t.year < doc.period.start)) {
        ctx.report({ range: t.yearRange, messageId: 'target/outside-period', args: { year: t.year, start: doc.period.start, end: doc.period.end } });
      } else if (doc.date && t.year < doc.date.year) {
        ctx.report({ range: t.yearRange, messageId: 'target/outside-period-past', args: { year: t.year, date: `${doc.date.year}年${doc.date.month}月${doc.date.day}日` } });
      }
    }
  },
};
export default rule;
