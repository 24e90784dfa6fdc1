/**
 * citation/short-name — a short title is defined once, as （以下简称《决定》）, and then used that way:
 * flags a short name used before its definition, one defined twice differently or without 《》 beside
 * others with 《》, and a bare 《行动计划》-style short name never defined.
 */
import type { Rule } from '../types';

const DEF = /以下简称[:：]?[ \t]*(《[^《》\n]{1,20}》|“[^“”\n]{1,20}”|[^，。；)）\n]{1,12})/g;
const GENERIC_SHORT = /^(决定|意见|办法|通知|方案|计划|行动计划|规划|细则|措施|若干措施|实施方案|指导意见|纲要)$/;

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
    if (defs.some((d) => d.marked)) {
      for (const d of defs) if (!d.marked && !/^(本|该)/.test(d.name)) ctx.report({ range: { start: d.at, end: d.end }, messageId: 'citation/short-name-marks', args: { name: d.name } });
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
