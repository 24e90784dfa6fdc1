/**
 * Unit names: canonical names, aliases and names outdated by institutional reform (server/data/units.json,
 * extended by the profile's units), unit references in a document, and completion.
 */
import data from '../../data/units.json';
import { derived } from './analysis';
import type { PolicyDocument, Span, UnitRef, LeadClause } from './model';
import { normalizeForMatching } from './normalize';
import { isDigit, isHan, isLineBreakCode, removeChars, stripSuffix } from './chars';
import { hasWord, wordBefore } from './vocabulary';

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

/** Verbs written after a unit name in a clause (A牵头, B负责配合): not part of the name. */
const NAME_TRAILING_VERBS = ['牵头', '负责', '配合', '参与'];

/** Strip what is not part of a name: trailing 等, 牵头, 负责 (up to three such verbs), quotes and spaces. */
export function cleanUnitName(name: string): string {
  let n = removeChars(name, ' \t\u3000');
  for (let k = 0; k < 3; k++) {
    const v = wordBefore(n, n.length, NAME_TRAILING_VERBS);
    if (!v) break;
    n = n.slice(0, n.length - v.length);
  }
  return stripSuffix(n, '等');
}

/** "旧名@2019": a name and the year it was retired from (…@ and four digits at the end), else the name alone. */
function retiredName(entry: string): { name: string; since?: number } {
  const at = entry.length - 5;
  if (at < 0 || entry[at] !== '@') return { name: entry };
  for (let i = at + 1; i < entry.length; i++) if (!isDigit(entry[i])) return { name: entry };
  return { name: entry.slice(0, at), since: Number(entry.slice(at + 1)) };
}

/** A name with its retirement year removed ("正式名称@2019" → 正式名称). */
function withoutYear(entry: string): string { return retiredName(entry).name; }

/**
 * Units from settings (policyLint.profile.units): "正式名称", or "正式名称|别名|别名", where an alias
 * written "旧名@2019" is a name retired from that year. Parsed once per list.
 */
export function profileTable(entries: readonly string[]): Map<string, UnitInfo> {
  if (profileCache && profileCache.entries === entries) return profileCache.table;
  const table = new Map<string, UnitInfo>();
  for (const raw of entries) {
    const parts = raw.split('|').map((x) => x.trim()).filter((x) => x);
    if (!parts.length) continue;
    const canonical = withoutYear(parts[0]);
    const key = normalizeForMatching(canonical);
    table.set(key, { key, canonical });
    for (const a of parts.slice(1)) {
      // A retired alias needs a name before the @ on one line (^(.+?)@(\d{4})$).
      const r = retiredName(a);
      const m = r.since !== undefined && r.name.length > 0 && ![...r.name].some((ch) => isLineBreakCode(ch.charCodeAt(0)));
      table.set(normalizeForMatching(m ? r.name : a), { key, canonical, outdatedSince: m ? r.since : undefined });
    }
  }
  profileCache = { entries, table };
  return table;
}
let profileCache: { entries: readonly string[]; table: Map<string, UnitInfo> } | undefined;

/** The canonical name of a profile entry ("正式名称|别名" → 正式名称), for completion. */
export function profileName(entry: string): string {
  return withoutYear(entry.split('|')[0].trim());
}

const CITIES = Object.keys(data.cities as Record<string, Entry[]>);

/** The city whose own table applies (广州, 深圳), from the issuing organ or the title. */
export function documentCity(doc: PolicyDocument): string | undefined {
  const head = normalizeForMatching((doc.organ ?? '') + (doc.title ?? '') + (doc.innerTitle ?? '') + doc.text.slice(0, 300));
  return CITIES.find((c) => head.includes(c));
}

/**
 * What the table knows about a unit name; unknown names get a key of their own spelling with
 * optional 和 removed (人力资源和社会保障局 = 人力资源社会保障局). In a document of a city with its own
 * table, "市科技创新委" is looked up as that city's unit. Settings come first.
 */
export function unitInfo(name: string, opts: { city?: string; extra?: Map<string, UnitInfo> } = {}): UnitInfo {
  // Names repeat across a document's clauses: memoise the table lookups (not those with settings).
  if (opts.extra) return lookup(name, opts);
  const k = (opts.city ?? '') + '\u0000' + name;
  let info = INFO_CACHE.get(k);
  if (!info) {
    if (INFO_CACHE.size > 20000) INFO_CACHE.clear();
    info = lookup(name, opts);
    INFO_CACHE.set(k, info);
  }
  return info;
}
const INFO_CACHE = new Map<string, UnitInfo>();

function lookup(name: string, opts: { city?: string; extra?: Map<string, UnitInfo> }): UnitInfo {
  const n = normalizeForMatching(cleanUnitName(name));
  const own = opts.extra?.get(n);
  if (own) return own;
  if (opts.city && n.startsWith('市')) {
    const hit = TABLE.get(opts.city + n);
    // Written as the document writes it: without the city.
    if (hit) return { key: hit.key, canonical: hit.canonical.startsWith(opts.city) ? hit.canonical.slice(opts.city.length) : hit.canonical, outdatedSince: hit.outdatedSince };
  }
  const hit = TABLE.get(n);
  if (hit) return hit;
  // A city-prefixed name (广州市发展改革委): look the generic 市… entry up.
  const m = cityPrefix(n);
  if (m) {
    const generic = TABLE.get((m.place.endsWith('省') ? '省' : m.place.slice(-1)) + m.rest);
    if (generic) return { key: m.place + generic.key.slice(1), canonical: m.place + generic.canonical.slice(1), outdatedSince: generic.outdatedSince };
  }
  return { key: withoutOptionalHe(n), canonical: n };
}

/**
 * A place name and the rest of a unit name (广州市 + 发展改革委): the shortest head of 3 to 9 characters
 * ending in 市, 区, 县 or 省, with some name after it, all on one line (^(.{2,8}?[市区县省])(.+)$).
 */
function cityPrefix(n: string): { place: string; rest: string } | undefined {
  for (let i = 0; i < n.length && i <= 8; i++) {
    if (isLineBreakCode(n.charCodeAt(i))) return undefined;
    if (i >= 2 && '市区县省'.includes(n[i]) && i + 1 < n.length) {
      const rest = n.slice(i + 1);
      if (![...rest].some((ch) => isLineBreakCode(ch.charCodeAt(0)))) return { place: n.slice(0, i + 1), rest };
    }
  }
  return undefined;
}

/** Words after which a 和 in a unit name is optional (人力资源和社会保障局 = 人力资源社会保障局). */
const OPTIONAL_HE_BEFORE = ['社会保障', '城乡建设', '改革'];
function withoutOptionalHe(n: string): string {
  let out = '';
  for (let i = 0; i < n.length; i++) {
    if (n[i] === '和' && OPTIONAL_HE_BEFORE.some((w) => n.startsWith(w, i + 1))) continue;
    out += n[i];
  }
  return out;
}

/**
 * The current name in a given year: follows renames (银监会 → 银保监会 in 2018 → 金融监管总局 in 2023),
 * so a 2019 document is told 银保监会, a 2024 one 金融监管总局.
 */
export function currentName(info: UnitInfo, year: number, opts: { city?: string; extra?: Map<string, UnitInfo> } = {}): string {
  let canonical = info.canonical;
  for (let i = 0; i < 4; i++) {
    const next = unitInfo(canonical, opts);
    if (next.outdatedSince === undefined || year < next.outdatedSince || next.canonical === canonical) break;
    canonical = next.canonical;
  }
  return canonical;
}

export interface UnitUse {
  ref: UnitRef; role: 'lead' | 'partner'; clause: LeadClause; info: UnitInfo;
  /** The name without trailing 等/牵头/负责 (cleanUnitName). */
  clean: string;
}

/** unitUses per profile unit list (settings may differ between callers of one document version). */
const usesByProfile = derived('unit-uses', () => new Map<readonly string[] | undefined, UnitUse[]>());
/** Every unit named in the document's lead clauses (`extra`: the profile's units from settings). */
export function unitUses(doc: PolicyDocument, extra?: readonly string[]): UnitUse[] {
  const cache = usesByProfile(doc);
  const cached = cache.get(extra);
  if (cached) return cached;
  const opts = { city: documentCity(doc), extra: extra?.length ? profileTable(extra) : undefined };
  const uses: UnitUse[] = [];
  for (const c of doc.leadClauses) {
    for (const ref of c.lead) uses.push({ ref, role: 'lead', clause: c, info: unitInfo(ref.name, opts), clean: cleanUnitName(ref.name) });
    for (const ref of c.partners) uses.push({ ref, role: 'partner', clause: c, info: unitInfo(ref.name, opts), clean: cleanUnitName(ref.name) });
  }
  cache.set(extra, uses);
  return uses;
}

/** The range of a unit's name in the text, without a trailing 等/牵头. */
export function nameRange(doc: PolicyDocument, ref: UnitRef): Span {
  const clean = cleanUnitName(doc.text.slice(ref.range.start, ref.range.end));
  const at = doc.text.indexOf(clean, ref.range.start);
  return at >= 0 && at < ref.range.end ? { start: at, end: at + clean.length } : ref.range;
}

/** A Latin letter, a digit, a bracket or a middle dot: the characters besides Han a unit name may hold. */
function isNameMark(ch: string): boolean {
  return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || isDigit(ch) || '（）()·'.includes(ch);
}

/**
 * A name from the document worth offering again: two or more Han characters, at most 40 characters,
 * letters, digits and balanced brackets only (no "）", no "（市" half a bracket, no punctuation).
 */
function offerable(name: string): boolean {
  if (name.length > 40 || !isHan(name[0])) return false;
  let han = 0, depth = 0;
  for (const ch of name) {
    if (!isHan(ch) && !/* letters, digits, brackets, middle dot */ isNameMark(ch)) return false;
    if (isHan(ch)) han++;
    else if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') { if (--depth < 0) return false; }
  }
  return han >= 2 && depth === 0;
}

/**
 * Unit names for completion: those already used in the document first (most used first), then the
 * configured and known ones. The name being typed at `at` is not offered back, nor is a name of the
 * document used once that is only the beginning of another candidate (half-typed text such as 市发
 * beside 市发展改革委), nor anything that is not a name.
 */
export function unitCompletions(doc: PolicyDocument | undefined, prefix: string, extra: readonly string[] = [], at?: number): string[] {
  const known: string[] = [];
  for (const n of extra) known.push(profileName(n));
  const level = doc && hasWord(doc.organ ?? doc.title ?? '', ['国务院', '国办']) ? 'national' : 'local';
  if (level === 'national') for (const e of data.national as Entry[]) known.push(e.canonical);
  for (const e of data.local as Entry[]) known.push(e.canonical.replace('{p}', '市'));
  for (const e of data.national as Entry[]) known.push(e.canonical);
  const fromDoc: string[] = [];
  if (doc) {
    const counts = new Map<string, number>();
    for (const u of unitUses(doc)) {
      if (at !== undefined && u.ref.range.start <= at && at <= u.ref.range.end) continue;
      if (!offerable(u.clean)) continue;
      counts.set(u.clean, (counts.get(u.clean) ?? 0) + 1);
    }
    const knownSet = new Set(known);
    // Sorted names: a name that begins another is directly followed by one it begins (linear after the sort).
    const sorted = [...counts.keys()].sort();
    const prefixOfAnother = new Set<string>();
    for (let i = 0; i + 1 < sorted.length; i++) if (sorted[i + 1].startsWith(sorted[i])) prefixOfAnother.add(sorted[i]);
    const isPrefixOfKnown = (n: string) => !knownSet.has(n) && known.some((k) => k.length > n.length && k.startsWith(n));
    for (const [n, count] of [...counts].sort((a, b) => b[1] - a[1])) {
      // Once, unknown and the beginning of another name: half-typed. (A short name used often is a name: 市委.)
      if (count === 1 && !knownSet.has(n) && (prefixOfAnother.has(n) || isPrefixOfKnown(n))) continue;
      fromDoc.push(n);
    }
  }
  const out: string[] = [];
  const seen = new Set<string>();
  for (const n of [...fromDoc, ...known]) if (n && !seen.has(n) && n.startsWith(prefix)) { seen.add(n); out.push(n); }
  return out;
}
