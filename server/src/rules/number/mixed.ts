/**
 * number/mixed — an Arabic number does not take 十, 百 or 千 as a unit (GB/T 15835-2011 §5.3):
 * 1000万 or 1千万 → 1000万; 3亿4千5百万 → 3.45亿. 万 and 亿 may stay as characters. 千瓦, 千克 and
 * 百分点 are units and are not numerals. The fix writes the value in Arabic digits with the largest
 * 万/亿 the drafter used.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { formatArabic, mixedNumbers } from '../../core/tokens';
import { toDocumentScript } from '../../core/normalize';

const DOCS: RuleDocs = {
  title: { zh: '阿拉伯数字与“十百千”混用', en: 'Arabic digits mixed with 十/百/千' },
  explanation: {
    zh: '阿拉伯数字不能与“十、百、千”等汉字数词连用；“万”“亿”可作单位。',
    en: 'Arabic digits do not take 十, 百 or 千 as units; 万 and 亿 may.',
  },
  details: {
    zh: '阿拉伯数字不能与“十、百、千”连用；“万”“亿”可以作单位。千瓦、千克、百分点等是计量单位，不报告。',
    en: 'Arabic digits do not take 十, 百 or 千 as units; 万 and 亿 may. 千瓦, 千克 and 百分点 are units and are not reported.',
  },
  good: ['1000万以上', '3.45亿'],
  bad: ['1千万以上', '4千', '3亿4千5百万'],
  fix: {
    zh: '改写为阿拉伯数字，保留原文用到的最大单位“万”或“亿”（1千万 → 1000万，3亿4千5百万 → 3.45亿）。',
    en: 'Rewrites the number in Arabic digits, keeping the largest 万/亿 used (1千万 → 1000万, 3亿4千5百万 → 3.45亿).',
  },
  source: { tier: 'standard', zh: 'GB/T 15835-2011 第5.3条', en: 'GB/T 15835-2011 §5.3' },
};

const MESSAGES: Messages = {
  'number/mixed': {
    zh: '阿拉伯数字不能与“十、百、千”混用：“{number}”应写作“{fixed}”',
    en: 'Do not mix Arabic digits with 十/百/千: write "{number}" as "{fixed}"',
  },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'number/mixed', category: 'number', severity: 'error', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const n of mixedNumbers(doc)) {
      const norm = doc.norm.slice(n.range.start, n.range.end);
      const big = norm.includes('亿') ? '亿' : norm.includes('万') ? '万' : '';
      const fixed = toDocumentScript(formatArabic(n.value, big), doc.traditional);
      ctx.report({
        range: n.range,
        args: { number: n.text, fixed },
        fix: { titleId: 'fix/number-to', titleArgs: { fixed }, edits: [{ start: n.range.start, end: n.range.end, newText: fixed }] },
      });
    }
  },
};
export default rule;
