/**
 * target/blank — a number left blank or as a placeholder in a goal (力争5年内有 家…, 达到××%, XX个,
 * ____亿元, □□家, 【】名): the core's placeholders marked `number` (a unit follows).
 * RULES.md §7 TGT-BLANK (error). The fix selects the blank as a snippet placeholder to fill in.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';

const DOCS: RuleDocs = {
  title: { zh: '目标数值留空', en: 'Blank target number' },
  explanation: {
    zh: '征求意见稿中留空或用××代替的数值，定稿前必须填写。',
    en: 'Numbers left blank or written ×× in a draft must be filled in before the final version.',
  },
  details: {
    zh: '数值位置留空（动词与量词之间只有空格，如“有 家”）或以“××”“XX”“○○”“____”“□□”“【】”占位（如“达到××%”“XX个”“____亿元”“□□家”）时报告。占位符后面须是量词或金额单位；“××人民政府”“××项目”中的占位是名称，由 text/placeholder 报告。定稿前必须填写。',
    en: 'A number left blank (only spaces between a verb and a measure word, 有 家) or written as a placeholder (××%, XX个, ____亿元, □□家, 【】名) before a measure word or money unit. A mark before a word (××人民政府, ××项目) holds a name and is text/placeholder\'s.',
  },
  good: ['力争到2020年全市20家特色小镇列入省级创建名单'],
  bad: ['力争5年内有 家特色小镇获省级认定', '达到××%', '到2025年，全市数字经济规模达到____亿元', '培育龙头企业□□家', '引进人才【】名'],
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
      if (!p.number) continue;
      ctx.report({
        range: p.range,
        fix: { titleId: 'fix/target-blank', edits: [{ start: p.range.start, end: p.range.end, newText: '${1:N}' }], snippet: true },
      });
    }
  },
};
export default rule;
