/**
 * citation/doc-number-bracket — the year of a 发文字号 sits in 六角括号 〔〕 (GB/T 9704-2012 §7.2.5).
 * Flags [] ［］ 【】 () （） ﹝﹞ 〈〉 round the year; the fix rewrites both brackets.
 */
import type { Rule } from '../types';

const rule: Rule = {
  meta: {
    id: 'citation/doc-number-bracket',
    category: 'citation',
    severity: 'error',
    source: 'GB/T 9704-2012 §7.2.5',
    fixable: true,
  },
  check(ctx) {
    const { doc } = ctx;
    for (const d of doc.docNumbers) {
      if (d.openBracket === '〔' && d.closeBracket === '〕') continue;
      const number = doc.text.slice(d.range.start, d.range.end);
      const fixed = number.slice(0, d.openRange.start - d.range.start) + '〔'
        + number.slice(d.openRange.end - d.range.start, d.closeRange.start - d.range.start) + '〕'
        + number.slice(d.closeRange.end - d.range.start);
      ctx.report({
        range: d.range,
        args: { open: d.openBracket, close: d.closeBracket, number },
        fix: {
          titleId: 'fix/doc-number-bracket',
          titleArgs: { fixed },
          edits: [
            { start: d.openRange.start, end: d.openRange.end, newText: '〔' },
            { start: d.closeRange.start, end: d.closeRange.end, newText: '〕' },
          ],
        },
      });
    }
  },
};
export default rule;
