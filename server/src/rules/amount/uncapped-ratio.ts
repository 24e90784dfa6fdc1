/**
 * amount/uncapped-ratio — a proportional subsidy (按…的20%给予补助) with no cap in the same measure or
 * sentence. Information when the document states a general cap elsewhere (每家企业每年累计不超过…).
 */
import type { Rule } from '../types';
import { measureAt } from '../../core/money';

const SUBSIDY = /(补助|补贴|奖励|资助|贴息|支持|奖补)/;
const GENERAL_CAP = /(每家|单个|同一)(企业|单位|项目)[^。；]{0,20}(累计|合计|总额)[^。；]{0,10}(不超过|最高)/;

const rule: Rule = {
  meta: { id: 'amount/uncapped-ratio', category: 'amount', severity: 'warning', source: 'house style [custom]（按比例补助须设上限）', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    const general = GENERAL_CAP.test(doc.norm);
    for (const r of doc.ratios) {
      const m = measureAt(doc, r.range.start);
      let s = r.range.start, e = r.range.end;
      while (s > 0 && !/[。；;\n]/.test(doc.norm[s - 1])) s--;
      while (e < doc.norm.length && !/[。；;\n]/.test(doc.norm[e])) e++;
      const sentence = doc.norm.slice(s, e);
      if (!SUBSIDY.test(sentence)) continue;
      if (/(一事一议|不设上限|上不封顶)/.test(sentence)) continue;
      const scope = m ? m.range : { start: s, end: e };
      const capped = doc.amounts.some((a) => (a.kind === 'cap' || a.kind === 'tiered' || a.kind === 'range') && a.range.start >= scope.start && a.range.end <= scope.end);
      if (capped) continue;
      ctx.report({ range: r.range, severity: general ? 'information' : undefined, args: { ratio: r.text } });
    }
  },
};
export default rule;
