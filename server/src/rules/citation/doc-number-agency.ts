/** citation/doc-number-agency — a 发文字号 starts with the issuing organ's 机关代字 (〔2023〕8号 alone is not a number). */
import type { Rule } from '../types';

const rule: Rule = {
  meta: { id: 'citation/doc-number-agency', category: 'citation', severity: 'warning', source: '《党政机关公文处理工作条例》第九条（发文字号由发文机关代字、年份、发文顺序号组成）', fixable: false },
  check(ctx) {
    for (const d of ctx.doc.docNumbers) {
      if (d.agency === '') ctx.report({ range: d.range, args: { number: ctx.doc.text.slice(d.range.start, d.range.end) } });
    }
  },
};
export default rule;
