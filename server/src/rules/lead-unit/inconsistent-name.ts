/**
 * lead-unit/inconsistent-name — one unit written two ways in one document (市人力资源和社会保障局 /
 * 市人力资源社会保障局; 发展改革委 / 发改委), or by a name institutional reform retired before the
 * document's period (市经信委 after 2019). Names and aliases: server/data/units.json.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { currentName, documentCity, nameRange, profileTable, unitUses, UnitUse } from '../../core/units';
import { toDocumentScript } from '../../core/normalize';

const DOCS: RuleDocs = {
  title: { zh: '单位名称统一、现行', en: 'Unit names consistent and current' },
  explanation: {
    zh: '同一单位在一个文件中应使用同一名称（全称或规范化简称）；机构改革后应使用新名称。名称和别名表见 server/data/units.json（国家部委、广东、广州、深圳），可在 policyLint.profile.units 中补充（“正式名称|别名|旧名@年份”）。广州、深圳的文件按该市自己的表判断。',
    en: 'One unit, one name per document (full name or standard short name), and the current name after institutional reform. The table (national ministries, 广东, 广州, 深圳) is server/data/units.json; extend it with policyLint.profile.units ("canonical|alias|old name@year"). 广州 and 深圳 documents use their city\'s own table.',
  },
  details: {
    zh: '同一单位在一个文件中应使用同一名称（全称或规范化简称）；机构改革后应使用新名称。名称和别名表见 server/data/units.json（国家部委、广东、广州、深圳），可在 policyLint.profile.units 中补充。\n\n同一单位的不同写法（别名、有无“和”、简称）按名称表归为一组，报告少数派写法；文件年份（规划期、成文日期，或所引文件的最晚年份）在机构改革之后仍使用旧名称时报告。年份无法确定时不判断旧名称。\n\n广州、深圳的文件（发文机关、标题或开头含城市名）按该市自己的表判断“市……”名称，如广州 2019 年起“市科技创新委”为“市科学技术局”；其他城市不受影响。多次更名时给出该年份的现行名称：2019 年文件中的“银监会”应为“银保监会”，2024 年文件中应为“金融监管总局”。',
    en: 'One unit, one name per document (full name or standard short name), and the current name after institutional reform. The table (national ministries, 广东, 广州, 深圳) is server/data/units.json; extend it with policyLint.profile.units.\n\nSpellings of one unit (aliases, with or without 和, short names) are grouped by the name table and the minority spelling is reported; a name retired by institutional reform is reported when the document\'s year (its period, date, or the latest cited document) is after the reform. With no year, retired names are not judged.\n\n\nIn a 广州 or 深圳 document (the city in the organ, title or opening), "市…" names are looked up in that city\'s own table (广州 2019: 市科技创新委 → 市科学技术局); other cities are unaffected. Chains of renames give the name current in the document\'s year: 银监会 is 银保监会 in a 2019 document, 金融监管总局 in a 2024 one.',
  },
  good: ['示例市数据要素行动方案（2024—2026年）\n二、重点任务\n（一）扩大有效投资。（牵头单位：市发展改革委）\n（二）加快项目建设。（牵头单位：市发展改革委）'],
  bad: ['示例市数据要素行动方案（2024—2026年）\n二、重点任务\n（一）扩大有效投资。（牵头单位：市发改委）\n（二）加快项目建设。（牵头单位：市发展改革委）', '示例市制造业高质量发展实施方案（2020—2022年）\n二、重点任务\n（一）推进智能化改造。（牵头单位：市经信委）'],
  fix: {
    zh: '改为本文主要使用的写法或改革后的名称；“修复本文档中所有……问题”一次改全文。',
    en: 'renames to the dominant spelling or the current name; the fix-all action renames everywhere.',
  },
  source: {
    tier: 'regulation',
    zh: '《党政机关公文处理工作条例》第九条（使用全称或者规范化简称）；起草实务：全文名称一致',
    en: 'Regulations on the Handling of Party and Government Documents, art. 9 (full or standard short names); drafting practice: one name throughout',
  },
};

const MESSAGES: Messages = {
  'lead-unit/inconsistent-name': {
    zh: '单位名称“{name}”与本文其他处的写法“{dominant}”不一致',
    en: 'The unit name "{name}" differs from "{dominant}" used elsewhere in the document',
  },
  'lead-unit/inconsistent-name-outdated': {
    zh: '“{name}”是机构改革前的名称（{since}年起为“{canonical}”）',
    en: '"{name}" is a name from before the institutional reform ({canonical} since {since})',
  },
  'fix/rename-unit': { zh: '改为“{name}”', en: 'Rename to "{name}"' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'lead-unit/inconsistent-name', category: 'lead-unit', severity: 'warning', fixable: true },
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
