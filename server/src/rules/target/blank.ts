/**
 * target/blank — a number left blank or as a placeholder in a goal (力争5年内有 家…, 达到××%, XX个).
 * RULES.md §7 TGT-BLANK (error). The fix selects the blank as a snippet placeholder to fill in.
 */
import type { Rule } from '../types';

const MEASURE_AFTER = /^[ \t]*(%|‰|个|家|项|名|亿元|万元|元|人|所|座|条|倍)/;

const rule: Rule = {
  meta: { id: 'target/blank', category: 'target', severity: 'error', source: 'house style [custom] (定稿前须填写数值)', fixable: true },
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
