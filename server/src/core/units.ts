/**
 * Unit names: canonical names, aliases and names outdated by institutional reform (server/data/units.json,
 * extended by the profile's units), unit references in a document, and completion.
 */
import data from '../../data/units.json';
import type { PolicyDocument, Span, UnitRef, LeadClause } from './model';
import { normalizeForMatching } from './normalize';

interface Entry { canonical: string; aliases?: string[]; renamed?: { name: string; since: number }[] }

export interface UnitInfo {
  /** Key shared by every spelling of one unit. */
  key: string;
  canonical: string;
  /** The name is outdated from this year (机构改革). */
  outdatedSince?: number;
}

const PREFIXES = ['市', '区', '县', '省'];
const TABLE = new Map<string, UnitInfo>();

function addEntry(e: Entry, prefix = ''): void {
  const canon = e.canonical.replace('{p}', prefix);
  const key = canon;
  TABLE.set(normalizeForMatching(canon), { key, canonical: canon });
  for (const a of e.aliases ?? []) TABLE.set(normalizeForMatching(a.replace('{p}', prefix)), { key, canonical: canon });
  for (const r of e.renamed ?? []) TABLE.set(normalizeForMatching(r.name.replace('{p}', prefix)), { key, canonical: canon, outdatedSince: r.since });
}
for (const e of data.national as Entry[]) addEntry(e);
for (const e of data.local as Entry[]) for (const p of PREFIXES) if (!(p === '省' && TABLE.has(e.canonical.replace('{p}', '省')))) addEntry(e, p);
for (const e of data.provincial as Entry[]) addEntry(e);
for (const list of Object.values(data.cities as Record<string, Entry[]>)) for (const e of list) addEntry(e);

/** Strip what is not part of a name: trailing 等, 牵头, 负责, quotes and spaces. */
export function cleanUnitName(name: string): string {
  return name.replace(/[ \t\u3000]/g, '').replace(/(牵头|负责|配合|参与){1,3}$/, '').replace(/等$/, '');
}

/**
 * What the table knows about a unit name; unknown names get a key of their own spelling with
 * optional 和 removed (人力资源和社会保障局 = 人力资源社会保障局).
 */
export function unitInfo(name: string): UnitInfo {
  const n = normalizeForMatching(cleanUnitName(name));
  const hit = TABLE.get(n);
  if (hit) return hit;
  // A city-prefixed name (广州市发展改革委): look the generic 市… entry up.
  const m = /^(.{2,8}?[市区县省])(.+)$/.exec(n);
  if (m) {
    const generic = TABLE.get((m[1].endsWith('省') ? '省' : m[1].slice(-1)) + m[2]);
    if (generic) return { key: m[1] + generic.key.slice(1), canonical: m[1] + generic.canonical.slice(1), outdatedSince: generic.outdatedSince };
  }
  return { key: n.replace(/和(?=社会保障|城乡建设|改革)/g, ''), canonical: n };
}

export interface UnitUse { ref: UnitRef; role: 'lead' | 'partner'; clause: LeadClause; info: UnitInfo }

const usesCache = new WeakMap<PolicyDocument, UnitUse[]>();
/** Every unit named in the document's lead clauses. */
export function unitUses(doc: PolicyDocument): UnitUse[] {
  let uses = usesCache.get(doc);
  if (!uses) {
    uses = [];
    for (const c of doc.leadClauses) {
      for (const ref of c.lead) uses.push({ ref, role: 'lead', clause: c, info: unitInfo(ref.name) });
      for (const ref of c.partners) uses.push({ ref, role: 'partner', clause: c, info: unitInfo(ref.name) });
    }
    usesCache.set(doc, uses);
  }
  return uses;
}

/** The range of a unit's name in the text, without a trailing 等/牵头. */
export function nameRange(doc: PolicyDocument, ref: UnitRef): Span {
  const clean = cleanUnitName(doc.text.slice(ref.range.start, ref.range.end));
  const at = doc.text.indexOf(clean, ref.range.start);
  return at >= 0 && at < ref.range.end ? { start: at, end: at + clean.length } : ref.range;
}

/** Unit names for completion: those already used in the document first (most used first), then the configured and known ones. */
export function unitCompletions(doc: PolicyDocument | undefined, prefix: string, extra: readonly string[] = []): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (n: string) => { if (n && !seen.has(n) && n.startsWith(prefix)) { seen.add(n); out.push(n); } };
  if (doc) {
    const counts = new Map<string, number>();
    for (const u of unitUses(doc)) {
      const n = cleanUnitName(u.ref.name);
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    for (const [n] of [...counts].sort((a, b) => b[1] - a[1])) push(n);
  }
  for (const n of extra) push(n);
  const level = doc && /(国务院|国办)/.test(doc.organ ?? doc.title ?? '') ? 'national' : 'local';
  if (level === 'national') for (const e of data.national as Entry[]) push(e.canonical);
  for (const e of data.local as Entry[]) push(e.canonical.replace('{p}', '市'));
  for (const e of data.national as Entry[]) push(e.canonical);
  return out;
}
