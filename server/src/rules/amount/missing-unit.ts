/** amount/missing-unit — 万/亿 money written without 元 (给予最高不超过1000万的支持 → 1000万元). */
import type { Rule, RuleDocs, Messages } from '../../core/contract';

const DOCS: RuleDocs = {
  title: { zh: '金额写全单位', en: 'Money carries 元' },
  explanation: { zh: '以万、亿计的金额应写“万元”“亿元”。', en: 'Amounts in 万/亿 are written 万元/亿元.' },
  details: {
    zh: '以万、亿计的金额应写“万元”“亿元”。\n\n以“万”“亿”“千万”结尾、上下文是资金（奖励、补助、奖补、贷款……，中间可隔“的”“不等”“一次性”）或以金额计的量（销售收入、固定资产投资、纳税、罚款……）的金额缺少“元”时报告；“最高人民法院”“最高信用等级”“最高分值”“5000万人”等不是金额。金额范围只在后一个数值后写“元”（1万～3万元）是规范写法，不报告。',
    en: 'Amounts in 万/亿 are written 万元/亿元.\n\nMoney in 万/亿/千万 without 元 (the clause speaks of 奖励, 补助, 奖补, 贷款 …, possibly after 的, 不等, 一次性, or of a quantity measured in money: 销售收入, 固定资产投资, 纳税, 罚款 …); 最高人民法院, 最高信用等级, 最高分值 and 5000万人 are not money. A range that writes 元 only after its upper end (1万～3万元) is correct and not reported.',
  },
  good: ['给予最高不超过1000万元的支持', '给予人民币1万元至3万元奖励', '给予企业10万—100万元资金支持', '新增城镇就业10万人，给予一次性奖补'],
  bad: ['给予最高不超过1000万的支持', '给予每个项目20万一次性奖补', '给予企业5万-200万不等的一次性奖励', '可申请最高不超过15万的创业担保贷款', '对年销售收入超过2000万的企业，给予一次性奖励10万元'],
  fix: { zh: '补上“元”。', en: 'adds 元.' },
  source: { tier: 'standard', zh: 'GB/T 15835-2011（计量单位完整）', en: 'GB/T 15835-2011 (units written in full)' },
};

const MESSAGES: Messages = {
  'amount/missing-unit': { zh: '金额“{amount}”缺少“元”', en: 'The amount "{amount}" lacks 元' },
  'fix/add-yuan': { zh: '改为“{fixed}”', en: 'Use "{fixed}"' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'amount/missing-unit', category: 'amount', severity: 'warning', fixable: true },
  check(ctx) {
    for (const a of ctx.doc.amounts) {
      if (!a.missingYuan) continue;
      // 200万 元: the 元 is there but cut off by spaces; the fix closes the gap instead of adding a second 元.
      const gap = /^[ \t\u3000]+元/.exec(ctx.doc.norm.slice(a.range.end, a.range.end + 8));
      const edit = gap
        ? { start: a.range.end, end: a.range.end + gap[0].length - 1, newText: '' }
        : { start: a.range.end, end: a.range.end, newText: '元' };
      ctx.report({
        range: a.range, args: { amount: a.text },
        fix: { titleId: 'fix/add-yuan', titleArgs: { fixed: a.text + '元' }, edits: [edit] },
      });
    }
  },
};
export default rule;
