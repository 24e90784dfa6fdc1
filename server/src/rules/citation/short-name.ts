/**
 * citation/short-name — a short title is defined once, as （以下简称《决定》）, and then used that way:
 * flags a short name used before its definition, one defined twice differently or without 《》 beside
 * others with 《》, and a bare 《行动计划》-style short name never defined.
 */
import type { Rule } from '../types';

// On doc.norm: ，；） are already , ; ).
const DEF = /以下简称[:：]?[ \t]*(《[^《》\n]{1,20}》|“[^“”\n]{1,20}”|[^,。;、)\n]{1,12})/g;
const GENERIC_SHORT = /^(决定|意见|办法|通知|方案|计划|行动计划|规划|细则|措施|若干措施|实施方案|指导意见|纲要)$/;

/** Words that end a document's name (原办法, 新规划 …). */
const DOC_WORD = /(办法|决定|意见|通知|方案|计划|规划|条例|细则|措施|规定|纲要|政策|通报|批复)$/;
/** The definition follows a 《title》 (《X》(以下简称原办法)) or its number bracket, or the name is a document's. */
function namesDocument(norm: string, d: { name: string; at: number }): boolean {
  if (DOC_WORD.test(d.name)) return true;
  return /》[ \t]*\([^()》]{0,30}以下简称[:：]?[ \t]*$/.test(norm.slice(Math.max(0, d.at - 40), d.at));
}

const rule: Rule = {
  meta: { id: 'citation/short-name', category: 'citation', severity: 'warning', source: 'house style [custom]（简称先定义、后使用，全文一致）', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    const n = doc.norm;
    const defs: { name: string; marked: boolean; at: number; end: number }[] = [];
    DEF.lastIndex = 0;
    for (let m = DEF.exec(n); m; m = DEF.exec(n)) {
      const raw = m[1].trim();
      const marked = raw.startsWith('《');
      const name = raw.replace(/^[《“]|[》”]$/g, '');
      defs.push({ name, marked, at: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    }
    // Defined without 《》 beside definitions with 《》 (corpus 036: 以下简称原办法 / 以下简称《办法》).
    // Only a short name for a document counts: 保障对象（以下简称对象） names a term, not a title.
    if (defs.some((d) => d.marked)) {
      for (const d of defs) if (!d.marked && !/^(本|该)/.test(d.name) && namesDocument(n, d)) ctx.report({ range: { start: d.at, end: d.end }, messageId: 'citation/short-name-marks', args: { name: d.name } });
    }
    // One name, two definitions.
    const seen = new Map<string, number>();
    for (const d of defs) {
      if (seen.has(d.name)) ctx.report({ range: { start: d.at, end: d.end }, messageId: 'citation/short-name-twice', args: { name: d.name } });
      else seen.set(d.name, d.at);
    }
    // Short 《X》 used before its definition, or never defined.
    for (const c of doc.citations) {
      if (!c.titleRange || !c.title || c.docNumber) continue;
      const def = defs.find((d) => d.name === c.title && d.marked);
      if (def) {
        if (c.titleRange.start < def.at && !(c.titleRange.start >= def.at - 1 && c.titleRange.end <= def.end)) {
          ctx.report({ range: c.titleRange, messageId: 'citation/short-name-before', args: { name: c.title } });
        }
      } else if (GENERIC_SHORT.test(c.title)) {
        ctx.report({ range: c.titleRange, messageId: 'citation/short-name-undefined', args: { name: c.title } });
      }
    }
  },
};
export default rule;
