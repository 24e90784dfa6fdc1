/**
 * lead-unit/open-list — the lead is open-ended: a list closed with 等, or a generic 各有关单位/有关部门
 * as the lead. (Open lists are fine for partners: 配合单位：各有关单位.)
 */
import type { Rule } from '../types';
import { normalizeForMatching } from '../../core/normalize';

const GENERIC = /^(各)?(有关|相关)(单位|部门|方面|机构)$|^各(有关|相关)?(单位|部门)$/;

const rule: Rule = {
  meta: { id: 'lead-unit/open-list', category: 'lead-unit', severity: 'warning', source: 'house style [custom] (牵头单位须明确)', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    for (const c of doc.leadClauses) {
      if (c.form === 'prose' || c.lead.length === 0) continue;
      const last = c.lead[c.lead.length - 1];
      const lastText = normalizeForMatching(doc.text.slice(last.range.start, last.range.end)).replace(/(牵头|负责){1,3}$/, '');
      if (/等$/.test(lastText) || /等$/.test(last.name)) {
        ctx.report({ range: last.range, messageId: 'lead-unit/open-list-etc', args: { unit: last.name.replace(/等$/, '') } });
        continue;
      }
      for (const u of c.lead) {
        if (GENERIC.test(normalizeForMatching(u.name))) ctx.report({ range: u.range, messageId: 'lead-unit/open-list-generic', args: { unit: u.name } });
      }
    }
  },
};
export default rule;
