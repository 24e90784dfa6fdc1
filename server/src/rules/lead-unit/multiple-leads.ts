/**
 * lead-unit/multiple-leads — several units "负责"/"牵头" with no legend saying which one leads
 * (列第一位者为牵头单位, 排在第一位的部门为牵头部门) in the clause or anywhere in the document.
 * Said once per document, as information, on the first such clause (the others are its related places):
 * many national texts list co-responsible units this way and read the first as the lead by convention,
 * so the one remedy — a legend in the first clause, 下同 — is one decision, not one per measure.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { cleanUnitName } from '../../core/units';
import { statesFirstListedLeads } from '../../core/lead';

const DOCS: RuleDocs = {
  title: { zh: '多个负责单位须指明牵头', en: 'Several responsible units need a lead' },
  explanation: {
    zh: '“A、B、C负责”时须说明谁牵头：写“A牵头，B、C配合”，或在文中注明“列第一位者为牵头单位”。',
    en: 'With "A、B、C负责", say who leads: "A牵头，B、C配合", or state 列第一位者为牵头单位 once.',
  },
  details: {
    zh: '“A、B、C负责”时须说明谁牵头：写“A牵头，B、C配合”，或在文中注明“列第一位者为牵头单位”。\n\n“A、B负责”“A、B牵头”列出多个单位、本条款和全文都没有“列第一位者为牵头单位”之类说明时，在第一处报告一次（提示级别），其余各处作为相关位置列出：不少国家层面文件按惯例以列第一位者为牵头，补一句说明即可。“负责部门：A、B”“责任单位：A、B”等标注式条款表示共同负责，不报告。',
    en: 'With "A、B、C负责", say who leads: "A牵头，B、C配合", or state 列第一位者为牵头单位 once.\n\nWhen clauses such as \'A、B负责\' list several units and neither the clause nor the document says the first-listed unit leads, this is reported once, as information, on the first such clause, with the others as related places: many national texts read the first-listed unit as the lead by convention, and one legend settles it. Labelled lists (负责部门：A、B) state shared responsibility and are not reported.',
  },
  good: ['示例市数据要素行动方案（2024—2026年）\n二、重点任务\n（一）培育数据企业。培育数据企业20家。（市发展改革委、市财政局负责。列第一位者为牵头单位，下同）', '示例市数据要素行动方案（2024—2026年）\n二、重点任务\n（一）建设数据平台。建成行业数据平台10个。（市科技局牵头，会同市工业和信息化局负责）'],
  bad: ['示例市数据要素行动方案（2024—2026年）\n二、重点任务\n（一）培育数据企业。培育数据企业20家。（市发展改革委、市财政局、市科技局负责）'],
  fix: {
    zh: '无（需确定牵头单位，或在首个条款中注明“列第一位者为牵头单位，下同”）。',
    en: 'none (decide the lead, or add 列第一位者为牵头单位，下同 to the first clause).',
  },
  source: { tier: 'practice', zh: '起草实务：每项任务只有一个牵头单位', en: 'Drafting practice: one lead unit per task' },
};

const MESSAGES: Messages = {
  'lead-unit/multiple-leads': {
    zh: '多个单位负责（{units}），但未说明由谁牵头（本文共{count}处）：请写明牵头单位，或在首处注明“列第一位者为牵头单位，下同”',
    en: 'Several units are responsible ({units}) with no lead named ({count} such clauses in this document): name the lead, or add 列第一位者为牵头单位，下同 to the first',
  },
  'lead-unit/multiple-leads-other': {
    zh: '同样未说明牵头单位：{units}',
    en: 'No lead named here either: {units}',
  },
};

/** At most this many other places are listed with the finding. */
const MAX_RELATED = 50;

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'lead-unit/multiple-leads', category: 'lead-unit', severity: 'information', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    if (statesFirstListedLeads(doc)) return;
    const found: { range: { start: number; end: number }; units: string }[] = [];
    for (const c of doc.leadClauses) {
      // Verb forms only: 负责部门/责任单位 lists (corpus 006) name shared responsibility on purpose.
      if (c.form !== 'verb' && c.form !== 'list-legend') continue;
      const leads = new Set(c.lead.map((u) => cleanUnitName(u.name)).filter((n) => n && !n.startsWith('各')));
      if (leads.size < 2) continue;
      found.push({ range: c.range, units: [...leads].join('、') });
    }
    if (!found.length) return;
    const [first, ...others] = found;
    ctx.report({
      range: first.range,
      args: { units: first.units, count: found.length },
      related: others.slice(0, MAX_RELATED).map((o) => ({ range: o.range, messageId: 'lead-unit/multiple-leads-other', args: { units: o.units } })),
    });
  },
};
export default rule;
