/**
 * target/count-mismatch — a declared count that does not match what is enumerated ("三部分共十五条"
 * then 共四条/共四条/共四条/共三条; "以下五个方面" then four headings). Only unambiguous enumerations.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { declaredCounts } from '../../core/goals';

const DOCS: RuleDocs = {
  title: { zh: '声明数量与实际不符', en: 'Declared count does not match' },
  explanation: {
    zh: '“共十五条”“以下五个方面”等声明的数量，应与随后列出的条目数一致；仅在列举明确时检查。',
    en: 'A declared count (共十五条, 以下五个方面) matches what is listed; checked only where the enumeration is unambiguous.',
  },
  details: {
    zh: '检查三类明确的数量声明：“三部分共十五条”（部分数＝随后同级标题数，条数＝随后各“共N条”之和）；“以下五个方面”（随后同级标题数）；“包括A、B、C，共三条”（仅当列举只用顿号分隔、不含“及/和/与”等歧义连接词时）。“打造8个产业集群”之类的表述不是列举，不检查。',
    en: 'Three unambiguous forms: 三部分共十五条 (parts = following sibling headings; total = sum of the later 共N条), 以下五个方面 (following headings), and 包括A、B、C，共三条 when the list is split by 、 only. Claims such as 打造8个产业集群 are not enumerations.',
  },
  good: ['主要包括三部分共十五条内容（共四条、共四条、共四条、共三条）', '重点从以下四个方面推进：\n一、加强规划引导\n二、加大财政支持\n三、强化人才保障\n四、优化营商环境'],
  bad: ['主要包括三部分共十六条内容（共四条、共四条、共四条、共三条）', '重点从以下五个方面推进：\n一、加强规划引导\n二、加大财政支持\n三、强化人才保障\n四、优化营商环境'],
  fix: { zh: '—', en: '' },
  source: {
    tier: 'practice',
    zh: '起草实务：总述的数目与分项一致',
    en: 'Drafting practice: announced counts match the items that follow',
  },
};

const MESSAGES: Messages = {
  'target/count-mismatch': {
    zh: '数量不一致：文中称{declared}{what}，实际列出{actual}{what}',
    en: 'Count mismatch: the text declares {declared} ({what}) but enumerates {actual}',
  },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'target/count-mismatch', category: 'target', severity: 'warning', fixable: false },
  check(ctx) {
    for (const c of declaredCounts(ctx.doc)) {
      ctx.report({ range: c.range, args: { declared: c.declared, actual: c.actual, what: c.what } });
    }
  },
};
export default rule;
