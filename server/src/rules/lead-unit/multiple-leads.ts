/**
 * lead-unit/multiple-leads — several units "负责"/"牵头" with no legend saying which one leads
 * (列第一位者为牵头单位, 排在第一位的部门为牵头部门) in the clause or anywhere in the document.
 */
import type { Rule } from '../types';
import { cleanUnitName } from '../../core/units';

const LEGEND = /(列第一位|排在第一位|排名第一|第一位的?(单位|部门)?为牵头|首位.{0,4}牵头)/;

const rule: Rule = {
  meta: { id: 'lead-unit/multiple-leads', category: 'lead-unit', severity: 'warning', source: 'house style [custom] (牵头单位唯一)', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    if (doc.leadClauses.some((c) => c.firstLeads) || LEGEND.test(doc.norm)) return;
    for (const c of doc.leadClauses) {
      // Verb forms only: 负责部门/责任单位 lists (corpus 006) name shared responsibility on purpose.
      if (c.form !== 'verb' && c.form !== 'list-legend') continue;
      const leads = new Set(c.lead.map((u) => cleanUnitName(u.name)).filter((n) => n && !/^各/.test(n)));
      if (leads.size < 2) continue;
      ctx.report({ range: c.range, args: { units: [...leads].join('、') } });
    }
  },
};
export default rule;
