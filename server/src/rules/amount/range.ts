/**
 * amount/range — a money range that runs backwards (200—100万元). The connector (3-5万元 → ～) and the
 * unit on the first number (13～17万元 → 13万～17万元) are number/range-mark and number/range-unit's,
 * with their fixes, so a money range is never reported three times.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';

const DOCS: RuleDocs = {
  title: { zh: '金额范围前小后大', en: 'Money ranges run low to high' },
  explanation: {
    zh: '金额范围应前小后大。连接号（用“～”不用连字符）和前一个数的单位由 number/range-mark、number/range-unit 检查并修复。',
    en: 'A money range runs low to high. The connector and the unit of the first number are number/range-mark and number/range-unit, with fixes.',
  },
  details: {
    zh: '金额范围应前小后大。连接号（用“～”不用连字符）和前一个数的单位由 number/range-mark、number/range-unit 检查并修复。\n\n只检查前大后小（200—100万元）；连字符和缺单位由 number/range-mark、number/range-unit 报告并修复，同一范围不重复报告。',
    en: 'A money range runs low to high. The connector and the unit of the first number are number/range-mark and number/range-unit, with fixes.\n\nOnly a reversed range; hyphens and missing units are number/range-mark and number/range-unit\'s, so one range is not reported three times.',
  },
  good: ['100万元～200万元'],
  bad: ['200—100万元'],
  fix: { zh: '无（需确定正确的上下限）。', en: 'none (decide the bounds).' },
  source: {
    tier: 'standard',
    zh: 'GB/T 15835-2011 第5.1.3条（数值范围）',
    en: 'GB/T 15835-2011 §5.1.3 (numeric ranges)',
  },
};

const MESSAGES: Messages = {
  'amount/range': { zh: '金额范围格式不规范', en: 'Irregular money range' },
  'amount/range-hyphen': { zh: '金额范围“{range}”用了连字符，应写作“{fixed}”', en: 'The range "{range}" uses a hyphen: write "{fixed}"' },
  'amount/range-unit': {
    zh: '金额范围“{range}”前一个数缺少单位，应写作“{fixed}”',
    en: 'The first number of "{range}" lacks its unit: write "{fixed}"',
  },
  'amount/range-reversed': { zh: '金额范围“{range}”前大后小', en: 'The range "{range}" runs backwards' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'amount/range', category: 'amount', severity: 'warning', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    for (const a of doc.amounts) {
      if (a.kind !== 'range' || a.minYuan === undefined || !/元$/.test(a.unit)) continue;
      // 200—100万元: the first number takes the unit of the second, so it reads 200万 > 100万.
      if (a.minYuan <= a.yuan) continue;
      ctx.report({ range: a.range, messageId: 'amount/range-reversed', args: { range: a.text } });
    }
  },
};
export default rule;
