/**
 * target/blank — a number left blank or as a placeholder in a goal (力争5年内有 家…, 达到××%, XX个).
 * RULES.md §7 TGT-BLANK (error). The fix selects the blank as a snippet placeholder to fill in.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';

const MEASURE_AFTER = /^[ \t]*(%|‰|个|家|项|名|亿元|万元|元|人|所|座|条|倍)/;

const DOCS: RuleDocs = {
  title: { zh: '目标数值留空', en: 'Blank target number' },
  explanation: {
    zh: '征求意见稿中留空或用××代替的数值，定稿前必须填写。',
    en: 'Numbers left blank or written ×× in a draft must be filled in before the final version.',
  },
  details: {
    zh: '数值位置留空（动词与量词之间只有空格，如“有 家”）或以“××”“XX”占位（如“达到××%”“XX个”）时报告。定稿前必须填写。',
    en: 'A number left blank (only spaces between a verb and a measure word, 有 家) or written as a placeholder (××%, XX个).',
  },
  good: ['力争到2020年全市20家特色小镇列入省级创建名单'],
  bad: ['力争5年内有 家特色小镇获省级认定', '达到××%'],
  fix: { zh: '把空缺处替换为可填写的占位符并选中它。', en: '' },
  source: {
    tier: 'practice',
    zh: '起草实务：定稿前须填写数值',
    en: 'Drafting practice: numbers are filled in before the final draft',
  },
};

const MESSAGES: Messages = {
  'target/blank': {
    zh: '目标数值留空或为占位符，定稿前须填写具体数值',
    en: 'A target number is blank or a placeholder; fill it in before the draft is final',
  },
  'fix/target-blank': { zh: '选中空缺处填写数值', en: 'Select the blank to fill in the number' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'target/blank', category: 'target', severity: 'error', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const p of doc.placeholders) {
      const isBlank = /^[ \t\u3000]+$/.test(p.text);
      const isNumberMark = /^([×Xx]{2,}|○{2,})$/.test(doc.norm.slice(p.range.start, p.range.end))
        && MEASURE_AFTER.test(doc.norm.slice(p.range.end, p.range.end + 4));
      if (!isBlank && !isNumberMark) continue;
      ctx.report({
        range: p.range,
        fix: { titleId: 'fix/target-blank', edits: [{ start: p.range.start, end: p.range.end, newText: '${1:N}' }], snippet: true },
      });
    }
  },
};
export default rule;
