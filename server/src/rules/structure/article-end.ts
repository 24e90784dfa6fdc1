/**
 * structure/article-end — an article (第X条) or a list that closes it ends with 。, not with the ；
 * that separates list items: “…在核心期刊发表论文15篇以上；” followed by 第六条 leaves 第五条 open.
 * Reported where the text before a 第X条 or 第X章 heading ends with a semicolon; the fix writes 。.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { isWhite } from '../../core/chars';
import { skipBack } from '../../core/vocabulary';

const DOCS: RuleDocs = {
  title: { zh: '条文以句号结束', en: 'An article ends with a full stop' },
  explanation: {
    zh: '一条（或条内列举的最后一项）结束时用句号“。”；分号只用在列举的各项之间。下一条、下一章之前不应以分号结尾。',
    en: 'An article, or the last item of its list, ends with 。; the semicolon only separates items. The text before the next 第X条 or 第X章 does not end with ；.',
  },
  good: ['4．在项目、人才等方面给予支持。\n第十条   依托单位的主要职责是：'],
  bad: ['4.   公开出版或完成过有重大影响的专著、成果报告，在核心期刊发表论文15篇以上；\n第六条   依托单位拥有3名以上有影响力的专家。'],
  fix: { zh: '把分号改为句号。', en: 'Replaces the semicolon with 。.' },
  source: {
    tier: 'standard',
    zh: 'GB/T 15834-2011 句号、分号（分号用于分项列举的各项之间，末项用句号）',
    en: 'GB/T 15834-2011, full stop and semicolon (the semicolon separates listed items; the last takes 。)',
  },
};

const MESSAGES: Messages = {
  'structure/article-end': { zh: '下一{unit}之前以分号结尾：本条（列举的最后一项）应以句号“。”结束', en: 'The text before the next {unit} ends with a semicolon: close the article (its last item) with 。' },
  'fix/article-end': { zh: '改为句号', en: 'Use 。' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'structure/article-end', category: 'structure', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const n = doc.norm;
    for (const h of doc.allHeadings) {
      if (h.style !== 'article' && h.style !== 'chapter') continue;
      // The last character written before the heading's line (Markdown's closing ** or __ aside: **4. …；**).
      const i = skipBack(n, skipBack(n, h.lineRange.start, isWhite), (c) => c === '*' || c === '_') - 1;
      if (i < 0 || (n[i] !== ';' && n[i] !== '；')) continue;
      ctx.report({
        range: { start: i, end: i + 1 },
        args: { unit: h.style === 'article' ? '条' : '章' },
        fix: { titleId: 'fix/article-end', edits: [{ start: i, end: i + 1, newText: '。' }] },
      });
    }
  },
};
export default rule;
