/** amount/missing-unit — 万/亿 money written without 元 (给予最高不超过1000万的支持 → 1000万元). */
import type { Rule } from '../types';

const rule: Rule = {
  meta: { id: 'amount/missing-unit', category: 'amount', severity: 'warning', source: 'GB/T 15835-2011（计量单位完整）; house style [custom]', fixable: true },
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
