/**
 * lead-unit/open-list — the lead is open-ended: a list closed with 等, or a generic 各有关单位/有关部门
 * as the lead. (Open lists are fine for partners: 配合单位：各有关单位.)
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { normalizeForMatching } from '../../core/normalize';
import { endsWithWord, wordBefore } from '../../core/vocabulary';
import { statesFirstListedLeads } from '../../core/lead';

/** A generic lead: (各)有关单位, 相关部门, 有关方面, 各单位 … */
const GENERIC = new Set([
  ...['', '各'].flatMap((each) => ['有关', '相关'].flatMap((rel) => ['单位', '部门', '方面', '机构'].map((n) => each + rel + n))),
  '各单位', '各部门',
]);
/**
 * Every department of the issuing level (各市直部门, 市直各部门): all of them, so none in particular when it
 * is the only unit named; beside named units (市工业和信息化局、各市直部门) it only widens the list.
 */
const LEVEL_WIDE = new Set(['市', '区', '县'].flatMap((level) => [`各${level}直部门`, `各${level}直单位`, `${level}直各部门`, `${level}直各单位`]));
/** A list closed with 等 and a generic noun (人民银行等部门, 海关总署等有关部门): as open as one closed with 等. */
const OPEN_TAILS = ['等部门', '等单位', '等机构', '等有关部门', '等有关单位', '等相关部门', '等相关单位'];

/** The text without up to three 牵头/负责 at its end (市发改委牵头负责 → 市发改委). */
function withoutLeadVerbs(s: string): string {
  for (let k = 0; k < 3; k++) {
    const w = wordBefore(s, s.length, ['牵头', '负责']);
    if (!w) break;
    s = s.slice(0, -w.length);
  }
  return s;
}

const DOCS: RuleDocs = {
  title: { zh: '牵头单位须确定', en: 'The lead is definite' },
  explanation: {
    zh: '牵头单位不能以“等”结尾，也不能是“各有关单位”“有关部门”之类的泛称；配合单位可以。',
    en: 'A lead list may not end with 等, and the lead may not be a generic 各有关单位/有关部门; partners may.',
  },
  details: {
    zh: '牵头单位不能以“等”结尾，也不能是“各有关单位”“有关部门”之类的泛称；配合单位可以。\n\n牵头单位列表以“等”结尾（含“人民银行等部门”），或牵头单位是“各有关单位”“有关部门”之类的泛称时报告；“各市直部门”作为唯一的牵头（责任）单位时也报告。文中注明“列第一位者为牵头单位”时，“A、B等负责”中A是牵头单位、其余是配合单位，“等”只是配合单位的开放列举，不报告。',
    en: 'A lead list may not end with 等, and the lead may not be a generic 各有关单位/有关部门; partners may.\n\nReports a lead list ending in 等 (人民银行等部门 too), or a generic lead such as 各有关单位/有关部门; 各市直部门 (every department of the level) when it is the only unit named. When the document says the first-listed unit leads (列第一位者为牵头单位), A leads in \'A、B等负责\' and the others are partners: 等 only leaves the partners open and is not reported.',
  },
  good: ['（牵头单位：市科技局；配合单位：各有关单位）', '国务院关于加快推进农业机械化的指导意见\n三、重点任务\n（一）完善农机装备创新体系。（工业和信息化部、发展改革委、科技部、农业农村部等负责。列第一位者为牵头单位，下同）\n（二）推进全产业链协同发展。（工业和信息化部、发展改革委、商务部等负责）'],
  bad: ['（工业和信息化部、发展改革委、科技部等负责）', '（牵头单位：各有关单位）'],
  fix: { zh: '无（需写明具体单位）。', en: 'none (name the units).' },
  source: {
    tier: 'practice',
    zh: '起草实务：牵头单位须明确，不用“等”“有关部门”开放列举',
    en: 'Drafting practice: lead units are named, not left open with 等 or 有关部门',
  },
};

const MESSAGES: Messages = {
  'lead-unit/open-list': { zh: '牵头单位不明确', en: 'The lead is open-ended' },
  'lead-unit/open-list-etc': {
    zh: '牵头单位以“等”结尾，范围不明确：请列全牵头单位，或只列牵头单位、其余列为配合单位',
    en: 'The lead list ends with 等: name the lead units in full, or list the others as partners',
  },
  'lead-unit/open-list-generic': { zh: '“{unit}”不能作为牵头单位：请写明具体单位', en: '"{unit}" cannot lead: name the unit' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'lead-unit/open-list', category: 'lead-unit', severity: 'warning', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    const firstListedLeads = statesFirstListedLeads(doc);
    for (const c of doc.leadClauses) {
      if (c.form === 'prose' || c.lead.length === 0) continue;
      // Under 列第一位者为牵头单位 (下同), 'A、B等负责' names one lead, A; 等 opens the partners, which may be open.
      if (firstListedLeads && (c.form === 'verb' || c.form === 'list-legend')) {
        const lead = c.lead[0];
        if (GENERIC.has(normalizeForMatching(withoutLeadVerbs(lead.name)))) ctx.report({ range: lead.range, messageId: 'lead-unit/open-list-generic', args: { unit: lead.name } });
        continue;
      }
      const last = c.lead[c.lead.length - 1];
      const lastText = withoutLeadVerbs(normalizeForMatching(doc.text.slice(last.range.start, last.range.end)));
      if (lastText.endsWith('等') || last.name.endsWith('等') || !!endsWithWord(lastText, OPEN_TAILS)) {
        ctx.report({ range: last.range, messageId: 'lead-unit/open-list-etc', args: { unit: last.name.endsWith('等') ? last.name.slice(0, -1) : last.name } });
        continue;
      }
      for (const u of c.lead) {
        const name = normalizeForMatching(u.name);
        if (GENERIC.has(name) || (c.lead.length === 1 && LEVEL_WIDE.has(name))) ctx.report({ range: u.range, messageId: 'lead-unit/open-list-generic', args: { unit: u.name } });
      }
    }
  },
};
export default rule;
