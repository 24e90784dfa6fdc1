/**
 * lead-unit/inconsistent-name — one unit written two ways in one document (市人力资源和社会保障局 /
 * 市人力资源社会保障局; 发展改革委 / 发改委), or by a name institutional reform retired before the
 * document's period (市经信委 after 2019). Names and aliases: server/data/units.json.
 */
import type { Rule } from '../types';
import { currentName, documentCity, nameRange, profileTable, unitUses, UnitUse } from '../../core/units';
import { toDocumentScript } from '../../core/normalize';

const rule: Rule = {
  meta: { id: 'lead-unit/inconsistent-name', category: 'lead-unit', severity: 'warning', source: '《党政机关公文处理工作条例》第九条（全称或规范化简称）; house style [custom]', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    // policyLint.profile.units: "正式名称|别名|旧名@2019" (see units.ts).
    const raw = ctx.options.units;
    // The list itself (not a copy), so the parsed table is cached across keystrokes.
    const extra = Array.isArray(raw) && raw.every((x) => typeof x === 'string') ? raw as string[] : undefined;
    const uses = unitUses(doc, extra);
    if (!uses.length) return;
    const lookup = { city: documentCity(doc), extra: extra?.length ? profileTable(extra) : undefined };
    // The document's year: its period or date, else the latest document it cites (it cannot be older).
    // With none of these the year is unknown and retired names are not judged.
    const cited = doc.docNumbers.map((d) => Number(d.year)).filter((y) => y > 1949 && y < 2100);
    const year = doc.period?.start ?? doc.date?.year ?? (cited.length ? Math.max(...cited) : undefined);
    const byKey = new Map<string, UnitUse[]>();
    for (const u of uses) {
      const list = byKey.get(u.info.key) ?? [];
      list.push(u);
      byKey.set(u.info.key, list);
    }
    const reported = new Set<UnitUse>();
    for (const list of byKey.values()) {
      const outdated = year === undefined ? [] : list.filter((u) => u.info.outdatedSince !== undefined && year >= u.info.outdatedSince);
      for (const u of outdated) {
        const r = nameRange(doc, u.ref);
        const canonical = toDocumentScript(currentName(u.info, year!, lookup), doc.traditional);
        ctx.report({
          range: r, messageId: 'lead-unit/inconsistent-name-outdated',
          args: { name: doc.text.slice(r.start, r.end), canonical, since: u.info.outdatedSince! },
          fix: { titleId: 'fix/rename-unit', titleArgs: { name: canonical }, edits: [{ start: r.start, end: r.end, newText: canonical }] },
        });
        reported.add(u);
      }
      const spellings = new Map<string, number>();
      for (const u of list) if (!reported.has(u)) spellings.set(u.clean, (spellings.get(u.clean) ?? 0) + 1);
      if (spellings.size < 2) continue;
      const canonicalName = list[0].info.canonical;
      const dominant = [...spellings].sort((a, b) => b[1] - a[1] || (a[0] === canonicalName ? -1 : b[0] === canonicalName ? 1 : 0))[0][0];
      for (const u of list) {
        if (reported.has(u) || u.clean === dominant) continue;
        const r = nameRange(doc, u.ref);
        ctx.report({
          range: r, messageId: 'lead-unit/inconsistent-name',
          args: { name: doc.text.slice(r.start, r.end), dominant },
          fix: { titleId: 'fix/rename-unit', titleArgs: { name: dominant }, edits: [{ start: r.start, end: r.end, newText: dominant }] },
        });
      }
    }
  },
};
export default rule;
