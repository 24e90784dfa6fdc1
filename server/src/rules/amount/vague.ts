/**
 * amount/vague — money support with no amount, ratio or cap: 给予一定的/适当/相应 补助/奖励/扶持,
 * 予以补贴 and nothing else. Explicit 一事一议 and 不设上限 are statements, not vagueness.
 */
import type { Rule } from '../types';

const VAGUE = /(给予|予以)(一定的?|适当的?|相应的?)(比例的?|数额的?|金额的?)?(财政|资金|政府)?[^,，。；;\n和与及、]{0,8}?(补助|补贴|奖励|扶持|支持|资助|奖补|津贴)/g;
const BARE = /(给予|予以)(补助|补贴|奖励|资助|奖补)(?=[。；;])|每月给予[^,，。；;\d\n]{1,10}(津贴|补贴)(?=[。；;])/g;
const EXPLICIT = /(一事一议|不设上限|上不封顶)/;

const rule: Rule = {
  meta: { id: 'amount/vague', category: 'amount', severity: 'warning', source: 'house style [custom]（资金支持须明确金额、比例或上限）', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const n = doc.norm;
    for (const re of [VAGUE, BARE]) {
      re.lastIndex = 0;
      for (let m = re.exec(n); m; m = re.exec(n)) {
        // The sentence: skip when it states an amount, a ratio, or 一事一议 / 不设上限.
        let s = m.index, e = m.index + m[0].length;
        while (s > 0 && !/[。；;\n]/.test(n[s - 1])) s--;
        while (e < n.length && !/[。；;\n]/.test(n[e])) e++;
        const sentence = n.slice(s, e);
        if (EXPLICIT.test(sentence)) continue;
        // 按市级标准…给予补助 / 制定专项政策…给予资助: the amount is set elsewhere.
        if (re === BARE && /(标准|政策|规定|办法|细则|方面)/.test(sentence)) continue;
        if (re === BARE && (doc.amounts.some((a) => a.range.start >= s && a.range.end <= e) || doc.ratios.some((r) => r.range.start >= s && r.range.end <= e))) continue;
        const vague = re === VAGUE ? m[2] : '';
        const at = re === VAGUE ? m.index + m[1].length : m.index + m[0].length;
        ctx.report({
          range: { start: m.index, end: m.index + m[0].length }, args: { text: doc.text.slice(m.index, m.index + m[0].length) },
          fix: re === VAGUE
            ? { titleId: 'fix/amount-cap', edits: [{ start: at, end: at + vague.length, newText: '最高不超过${1:50}万元的' }], snippet: true }
            : undefined,
        });
      }
    }
  },
};
export default rule;
