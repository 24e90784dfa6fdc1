/**
 * Learning a profile from a unit's own past documents (policy-lint learn, the editor's
 * “从本单位往年文件学习”): unit names and their short forms, 机关代字 → organ, serial numbers per 代字 and
 * year, a library of issued documents (title ↔ 发文字号 ↔ date), customary section titles and validity
 * habits per kind. Two steps, so the first can run on worker threads: `learnFacts(text, source)` reads
 * one document (plain, serialisable facts), `combineFacts(facts)` counts and groups them, and
 * `learnedProfile(learned)` writes the `profile` settings shape. Nothing here touches the network or
 * the file system.
 */
import type { DocNumber, DocumentKind, PolicyDocument } from './model';
import { parseDocument } from './document';
import { cleanUnitName, documentCity, unitInfo } from './units';
import { comparableTitle, normalizeForMatching } from './normalize';
import { validityOf } from './structure';
import { combine, hasWord, isBlank, wordAt } from './vocabulary';
import { dateLine } from './numerals';
import { indexOfAny, isSpaceOrTab, isWhite, removeChars, isDigit } from './chars';
import { isUnitLike } from './lead';

/** Where a unit name was seen. */
export type UnitRole = 'lead' | 'partner' | 'addressee' | 'signature' | 'copy' | 'short-form';

/** What one document tells: every field plain data (crosses a worker boundary). */
export interface DocFacts {
  source: string;
  kind: DocumentKind;
  title?: string;
  /** The title of the document an 印发/转发 notice carries. */
  innerTitle?: string;
  /** The document's own 发文字号, canonical (穗府办〔2023〕5号). */
  number?: string;
  agency?: string;
  year?: number;
  serial?: number;
  /** 成文日期, YYYY-MM-DD. */
  date?: string;
  /** The signing organs (落款), the first one the issuer. */
  signers: string[];
  units: { name: string; role: UnitRole; key: string }[];
  /** Short forms declared in the text: 市人力资源和社会保障局（以下简称市人社局）. */
  shortForms: { full: string; short: string }[];
  /** Well-formed citations 《title》（文号）. */
  citations: { title: string; number: string }[];
  /** Top-level section titles. */
  sections: string[];
  validityYears?: number;
}

export interface LibraryEntry {
  title: string;
  number: string;
  /** 成文日期 (YYYY-MM-DD) when the entry comes from the document itself. */
  date?: string;
  /** The files it was seen in (the document itself, or documents citing it), at most a few. */
  seen?: string[];
  /** How many times it was seen. */
  count?: number;
}

export interface SupersededEntry {
  title?: string;
  number?: string;
  /** What replaced it: a title, a number or both, as the text to cite. */
  replacedBy?: string;
  /** Since when (a year or a date). */
  since?: string;
  /** Where this is stated (built-in entries). */
  source?: string;
}

export interface LearnedUnit { name: string; aliases: string[]; count: number; roles: UnitRole[]; sources: string[] }
export interface LearnedCode { code: string; organ: string; count: number; sources: string[]; serials: Record<string, number[]> }

export interface Learned {
  documents: number;
  units: LearnedUnit[];
  docCodes: LearnedCode[];
  library: LibraryEntry[];
  /** Document kind → customary top-level section titles with counts (most used first). */
  sections: Record<string, { title: string; count: number }[]>;
  /** Document kind → 有效期 in years with counts. */
  validity: Record<string, { years: number; count: number }[]>;
}

const MAX_SOURCES = 5;

/** Words that make a listed name generic rather than one unit (各区政府, 有关部门). */
const GENERIC_STARTS = ['各', '有关', '相关', '其他', '其余', '全体', '本', '我', '你', '贵', '各级', '其'];
/** Ends of what is no unit even though it ends like one (一委, 办). */
const NOT_UNIT_WORDS = ['同志', '委员', '代表', '先生', '女士', '主任', '局长', '市长'];
/** Classes of places, not one unit (各区（县级市）). */
const PLACE_CLASSES = ['县级市', '区县', '县区', '县市区', '市区', '省市', '市县', '市州', '乡镇'];

/** A name worth learning: Han characters, letters, digits and balanced brackets, 3–30 characters, unit-like. */
export function learnableName(name: string): boolean {
  if (name.length < 3 || name.length > 30) return false;
  let depth = 0;
  for (const ch of name) {
    const c = ch.charCodeAt(0);
    const han = (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
    if (han || (c >= 48 && c <= 57) || ch === '·') continue;
    if (ch === '（' || ch === '(') { depth++; continue; }
    if (ch === '）' || ch === ')') { if (--depth < 0) return false; continue; }
    return false;
  }
  if (depth !== 0) return false;
  for (const w of GENERIC_STARTS) if (name.startsWith(w)) return false;
  if (hasWord(name, NOT_UNIT_WORDS) || PLACE_CLASSES.includes(name)) return false;
  if (name.endsWith('等') || name.endsWith('单位') || name.endsWith('部门')) return false;
  return isUnitLike(name);
}

/** 发文字号 in its canonical form: 代字〔year〕serial号. Undefined unless well formed. */
export function canonicalNumber(d: DocNumber): string | undefined {
  const agency = removeChars(normalizeForMatching(d.agency), isSpaceOrTab);
  if (!agency || !digits(d.year, 4, 4) || !digits(d.serial, 1, 5) || !d.hao || d.zi) return undefined;
  return `${agency}〔${d.year}〕${Number(d.serial)}号`;
}

/** `s` is `min` to `max` ASCII digits. */
function digits(s: string, min: number, max: number): boolean {
  return s.length >= min && s.length <= max && [...s].every(isDigit);
}

/** `s` without blanks (space, tab, U+3000). */
function noBlanks(s: string): string { return removeChars(s, isBlank); }

/** A key for comparing numbers however they are bracketed and spaced. */
export function numberKey(n: string): string {
  return dropLeadingZeros(removeChars(normalizeForMatching(n), (ch) => isWhite(ch) || '[]【】()﹝﹞〈〉〔〕第'.includes(ch)));
}

/**
 * Leading zeros of a number after a non-digit dropped (〔2023〕05号 → 〔2023〕5号): a run of zeros after a
 * non-digit goes when a digit follows it, and all but one zero go when none does.
 */
function dropLeadingZeros(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '0' || i === 0 || isDigit(s[i - 1])) { out += s[i]; continue; }
    let k = i;
    while (s[k] === '0') k++;
    if (!isDigit(s[k])) out += '0';
    i = k - 1;
  }
  return out;
}

/** A key for comparing titles: normalised script and width, no spaces, no quotation marks. */
export function titleKey(t: string): string {
  return comparableTitle(t);
}

/** `s` cut at runs of two or more blanks (organs set side by side), each piece without blanks. */
function splitAtGaps(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isBlank(s[i]) || !isBlank(s[i + 1])) continue;
    out.push(s.slice(start, i));
    while (isBlank(s[i])) i++;
    start = i;
    i--;
  }
  out.push(s.slice(start));
  return out.map(noBlanks);
}

/** Words before which the 和 of a bureau's full name is left out of its key (人力资源和社会保障局). */
const KEY_DROPS_AND_BEFORE = ['社会保障', '城乡建设', '改革', '信息化'];
/** Organ names a 版头 line ends with (某某人民政府文件): such a title is no title. */
const MASTHEAD_WORDS = combine(['政府', '办公室', '办公厅', '委员会'], ['文件']);

function lineText(doc: PolicyDocument, i: number): string {
  const l = doc.lines[i];
  return doc.norm.slice(l.start, l.end).trim();
}

/** A line that is only a date (2019年1月12日, 二〇〇六年十月十八日). */
/** `s` cut at each character of `chars`. */
function splitAt(s: string, chars: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) if (chars.includes(s[i])) { out.push(s.slice(start, i)); start = i + 1; }
  out.push(s.slice(start));
  return out;
}

/** Split a list of names on 、，, and strip 。 and spaces. */
function splitNames(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of s) {
    if (ch === '、' || ch === ',' || ch === '，' || ch === ';' || ch === '；') { out.push(cur); cur = ''; }
    else if (ch !== '。' && ch !== ' ' && ch !== '\t' && ch !== '\u3000' && ch !== '.') cur += ch;
  }
  out.push(cur);
  return out.filter((x) => x);
}

/** The local prefix of the issuing organ (菏泽市人民政府 → 菏泽市), for grouping 菏泽市财政局 with 市财政局. */
function localPrefix(organ: string | undefined): string | undefined {
  if (!organ) return undefined;
  for (let i = 1; i < Math.min(organ.length, 9); i++) {
    const c = organ[i];
    if ((c === '市' || c === '县' || c === '区' || c === '州' || c === '盟' || c === '旗') && i >= 1) return organ.slice(0, i + 1);
  }
  return undefined;
}

/**
 * The grouping key of a unit name: the table's key, with the document's own place name added to a
 * name that leaves it out (市财政局 in a 菏泽市 document is 菏泽市财政局), so that units of two places
 * never share a key.
 */
function groupKey(name: string, city: string | undefined, prefix: string | undefined): string {
  let key = unitInfo(name, { city }).key;
  if (prefix && !key.startsWith(prefix) && key.length > 2 && key[0] === prefix[prefix.length - 1]) key = prefix + key.slice(1);
  let out = '';
  for (let i = 0; i < key.length; i++) if (key[i] !== '和' || !wordAt(key, i + 1, KEY_DROPS_AND_BEFORE)) out += key[i];
  return out;
}

/** What one document says about its issuer, its units, its number and the documents it cites. */
export function learnFacts(text: string, source: string): DocFacts {
  const doc = parseDocument(text);
  const facts: DocFacts = { source, kind: doc.kind, signers: [], units: [], shortForms: [], citations: [], sections: [] };
  if (doc.title) facts.title = noBlanks(doc.title);
  if (doc.innerTitle) facts.innerTitle = noBlanks(doc.innerTitle);
  else if (facts.title && facts.title.endsWith('的通知')) {
    // 关于印发X的通知 without 《》: X is cited on its own too.
    const t = facts.title;
    const at = Math.max(t.lastIndexOf('印发'), t.lastIndexOf('转发'));
    if (at >= 0 && t.length - 3 - (at + 2) >= 4) facts.innerTitle = t.slice(at + 2, t.length - 3);
  }
  if (doc.docNumber) {
    const n = canonicalNumber(doc.docNumber);
    if (n) {
      facts.number = n;
      facts.agency = normalizeForMatching(doc.docNumber.agency);
      facts.year = Number(doc.docNumber.year);
      facts.serial = Number(doc.docNumber.serial);
    }
  }
  if (doc.date) facts.date = `${doc.date.year}-${String(doc.date.month).padStart(2, '0')}-${String(doc.date.day).padStart(2, '0')}`;

  // 落款: the organ lines directly above a date line (a joint document has several), the last date
  // line first; a notice that 印发 a plan signs above the plan.
  const signers: string[] = [];
  for (let i = 0; i < doc.lines.length; i++) {
    if (doc.lines[i].blank || !dateLine(lineText(doc, i))) continue;
    const here: string[] = [];
    for (let j = i - 1; j >= 0 && here.length < 8; j--) {
      if (doc.lines[j].blank) continue;
      const s = noBlanks(lineText(doc, j));
      // Several organs on one line, separated by spaces in the original.
      const parts = splitAtGaps(lineText(doc, j));
      if (parts.length > 1 && parts.every(learnableName)) { here.unshift(...parts); continue; }
      if (!learnableName(s)) break;
      here.unshift(s);
    }
    if (here.length) { signers.length = 0; signers.push(...here); }
  }
  if (!signers.length && doc.organ && learnableName(noBlanks(doc.organ))) signers.push(noBlanks(doc.organ));
  // No signature in the copy: the organ that opens the title (国务院办公厅关于…).
  if (!signers.length && doc.title) {
    const t = noBlanks(normalizeForMatching(doc.title));
    const at = t.indexOf('关于');
    if (at >= 3 && learnableName(t.slice(0, at))) signers.push(t.slice(0, at));
  }
  facts.signers = signers;

  const city = documentCity(doc);
  const prefix = localPrefix(signers[0]);
  const add = (raw: string, role: UnitRole) => {
    const name = cleanUnitName(normalizeForMatching(raw).trim());
    if (learnableName(name)) facts.units.push({ name, role, key: groupKey(name, city, prefix) });
  };
  for (const s of signers) add(s, 'signature');
  for (const c of doc.leadClauses) {
    for (const u of c.lead) add(u.name, 'lead');
    for (const u of c.partners) add(u.name, 'partner');
  }
  // 主送: the first line after the title and number that ends with a colon and lists organs.
  const afterHead = Math.max(doc.titleRange?.end ?? 0, doc.docNumber?.range.end ?? 0);
  if (afterHead > 0) {
    for (let i = doc.lineIndex.positionAt(afterHead).line + 1, seen = 0; i < doc.lines.length && seen < 3; i++) {
      if (doc.lines[i].blank) continue;
      seen++;
      const s = lineText(doc, i);
      if (!(s.endsWith(':') || s.endsWith('：')) || s.length > 200) continue;
      // 各省、自治区、直辖市人民政府 is a class of organs: a comma part with 各 in it is skipped whole.
      for (const part of splitAt(s.slice(0, -1), ',，')) if (!part.includes('各')) for (const n of splitNames(part)) add(n, 'addressee');
      break;
    }
  }
  // 抄送: A，B，C。
  for (let i = Math.max(0, doc.lines.length - 40); i < doc.lines.length; i++) {
    const s = lineText(doc, i);
    const at = s.indexOf('抄送');
    if (at < 0 || at > 2) continue;
    const colon = indexOfAny(s.slice(at + 2, at + 4), ':：');
    if (colon < 0) continue;
    for (const n of splitNames(s.slice(at + 3 + colon))) add(n, 'copy');
  }
  // Declared short forms: 全称（以下简称简称）.
  const norm = doc.norm;
  for (let at = norm.indexOf('以下简称'); at >= 0; at = norm.indexOf('以下简称', at + 4)) {
    const open = norm.lastIndexOf('(', at);
    if (open < 0 || at - open > 2) continue;
    let end = at + 4;
    while (end < norm.length && end - at < 24 && norm[end] !== ')' && norm[end] !== '\n') end++;
    if (norm[end] !== ')') continue;
    let a = at + 4, z = end;
    while (a < z && ':：为"“'.includes(norm[a])) a++;
    while (z > a && '"”'.includes(norm[z - 1])) z--;
    const short = cleanUnitName(norm.slice(a, z));
    let start = open;
    // Back to punctuation or a word that ends the text before a name (的, 由, 是, 第…条).
    while (start > 0 && open - start < 24 && !'，。、；：,.;:()《》“”"\n \t的由对是在向将把与及或条章'.includes(norm[start - 1])) start--;
    const full = cleanUnitName(norm.slice(start, open));
    if (learnableName(full) && learnableName(short) && short.length < full.length) {
      facts.shortForms.push({ full, short });
      add(short, 'short-form');
    }
  }
  // Well-formed citations: 《title》（代字〔year〕serial号）.
  for (const c of doc.citations) {
    if (!c.title || !c.docNumber) continue;
    const number = canonicalNumber(c.docNumber);
    const title = noBlanks(doc.text.slice(c.titleRange!.start + 1, c.titleRange!.end - 1));
    if (number && title.length >= 4 && !title.includes('\n')) facts.citations.push({ title, number });
  }
  for (const h of doc.headings) {
    const t = removeChars(normalizeForMatching(h.title), ' \t。.:：');
    if (t.length >= 2 && t.length <= 12) facts.sections.push(t);
  }
  const v = validityOf(doc).period;
  if (v && v.years > 0 && v.years <= 100) facts.validityYears = v.years;
  return facts;
}

function pushSource(list: string[], source: string): void {
  if (list.length < MAX_SOURCES && !list.includes(source)) list.push(source);
}

/** Count and group the facts of many documents. */
export function combineFacts(all: readonly DocFacts[]): Learned {
  // Units: by group key; each spelling counted.
  const groups = new Map<string, { spellings: Map<string, number>; count: number; roles: Set<UnitRole>; sources: string[] }>();
  const unitGroup = (key: string) => {
    let g = groups.get(key);
    if (!g) { g = { spellings: new Map(), count: 0, roles: new Set(), sources: [] }; groups.set(key, g); }
    return g;
  };
  // Declared short forms join their full name's group.
  const shortOf = new Map<string, string>();
  for (const f of all) for (const s of f.shortForms) {
    const full = f.units.find((u) => u.name === s.full)?.key ?? s.full;
    shortOf.set(f.units.find((u) => u.name === s.short)?.key ?? s.short, full);
  }
  for (const f of all) for (const u of f.units) {
    const g = unitGroup(shortOf.get(u.key) ?? u.key);
    g.spellings.set(u.name, (g.spellings.get(u.name) ?? 0) + 1);
    g.count++;
    g.roles.add(u.role);
    pushSource(g.sources, f.source);
  }
  for (const f of all) for (const s of f.shortForms) {
    // A declared full name that was never listed is still the group's spelling.
    const key = shortOf.get(f.units.find((u) => u.name === s.short)?.key ?? s.short);
    if (key) { const g = unitGroup(key); if (!g.spellings.has(s.full)) g.spellings.set(s.full, 0); }
  }
  const units: LearnedUnit[] = [];
  for (const g of groups.values()) {
    // Only a role other than a declared short form makes a unit (a short form alone names nothing new).
    if (g.roles.size === 1 && g.roles.has('short-form')) continue;
    const spellings = [...g.spellings].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
    units.push({ name: spellings[0][0], aliases: spellings.slice(1).map((s) => s[0]), count: g.count, roles: [...g.roles].sort(), sources: g.sources });
  }
  units.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));

  // 代字 → organ: the first signer of the documents numbered with it (most often).
  const codes = new Map<string, { organs: Map<string, number>; count: number; sources: string[]; serials: Map<number, Set<number>> }>();
  for (const f of all) {
    if (!f.agency || !f.number) continue;
    let c = codes.get(f.agency);
    if (!c) { c = { organs: new Map(), count: 0, sources: [], serials: new Map() }; codes.set(f.agency, c); }
    c.count++;
    pushSource(c.sources, f.source);
    if (f.signers[0]) c.organs.set(f.signers[0], (c.organs.get(f.signers[0]) ?? 0) + 1);
    if (f.year && f.serial) {
      let s = c.serials.get(f.year);
      if (!s) { s = new Set(); c.serials.set(f.year, s); }
      s.add(f.serial);
    }
  }
  const docCodes: LearnedCode[] = [];
  for (const [code, c] of codes) {
    const organ = [...c.organs].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    if (!organ) continue;
    const serials: Record<string, number[]> = {};
    for (const [y, s] of [...c.serials].sort((a, b) => a[0] - b[0])) serials[String(y)] = [...s].sort((a, b) => a - b);
    docCodes.push({ code, organ, count: c.count, sources: c.sources, serials });
  }
  docCodes.sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));

  // Library: the documents' own headers, then every well-formed citation.
  const library = new Map<string, LibraryEntry>();
  const addEntry = (title: string, number: string, source: string, date?: string) => {
    const k = titleKey(title) + '\u0000' + numberKey(number);
    let e = library.get(k);
    if (!e) { e = { title, number, seen: [], count: 0 }; library.set(k, e); }
    if (date && !e.date) e.date = date;
    e.count = (e.count ?? 0) + 1;
    pushSource(e.seen!, source);
  };
  for (const f of all) {
    // A head whose title took in the 版头 or the number (某某人民政府文件 某政发〔2023〕2号 …) gives no title.
    const headTitle = (t: string | undefined) => t && t.length >= 4 && !t.includes('〔') && !hasWord(t, MASTHEAD_WORDS);
    if (f.number && headTitle(f.title)) addEntry(f.title!, f.number, f.source, f.date);
    if (f.number && headTitle(f.innerTitle)) addEntry(f.innerTitle!, f.number, f.source, f.date);
    for (const c of f.citations) addEntry(c.title, c.number, f.source);
  }

  const sections: Learned['sections'] = {};
  const validity: Learned['validity'] = {};
  const sectionCounts = new Map<string, Map<string, number>>();
  const validityCounts = new Map<string, Map<number, number>>();
  for (const f of all) {
    if (f.kind === 'unknown') continue;
    let s = sectionCounts.get(f.kind);
    if (!s) { s = new Map(); sectionCounts.set(f.kind, s); }
    for (const t of new Set(f.sections)) s.set(t, (s.get(t) ?? 0) + 1);
    if (f.validityYears) {
      let v = validityCounts.get(f.kind);
      if (!v) { v = new Map(); validityCounts.set(f.kind, v); }
      v.set(f.validityYears, (v.get(f.validityYears) ?? 0) + 1);
    }
  }
  for (const [kind, s] of sectionCounts) {
    // Customary: used by at least two documents of the kind.
    const list = [...s].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 20);
    if (list.length) sections[kind] = list.map(([title, count]) => ({ title, count }));
  }
  for (const [kind, v] of validityCounts) validity[kind] = [...v].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([years, count]) => ({ years, count }));

  return {
    documents: all.length, units, docCodes,
    library: [...library.values()].sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || (a.title < b.title ? -1 : 1)),
    sections, validity,
  };
}

/** The profile entry of a learned unit: "名称|别名|别名" (see units.ts profileTable). */
export function unitEntry(u: LearnedUnit): string {
  return [u.name, ...u.aliases].join('|');
}

/** The learned knowledge in the settings' `profile` shape (.policylintrc.json). */
export function learnedProfile(l: Learned): Record<string, unknown> {
  const docCodes: Record<string, string> = {};
  for (const c of l.docCodes) docCodes[c.code] = c.organ;
  const serials: Record<string, Record<string, number[]>> = {};
  for (const c of l.docCodes) serials[c.code] = c.serials;
  return {
    units: l.units.map(unitEntry),
    docCodes,
    library: l.library.map((e) => ({ title: e.title, number: e.number, ...(e.date ? { date: e.date } : {}), ...(e.seen?.length ? { seen: e.seen } : {}) })),
    learned: {
      documents: l.documents,
      unitCounts: Object.fromEntries(l.units.map((u) => [u.name, u.count])),
      serials,
      sections: l.sections,
      validity: l.validity,
    },
  };
}

/** A unit spelling without its @year tag (名称@2023 → 名称). */
function withoutYearTag(p: string): string {
  return p.length >= 5 && p[p.length - 5] === '@' && digits(p.slice(-4), 4, 4) ? p.slice(0, -5) : p;
}

function isRecord(v: unknown): v is Record<string, unknown> { return typeof v === 'object' && v !== null && !Array.isArray(v); }

/**
 * A second run: the old profile's entries stay, the new ones are added. Units with a spelling in
 * common become one entry; docCodes already set keep their organ (the user may have corrected it);
 * library entries are merged by title and number; counts add up.
 */
export function mergeProfiles(oldRaw: unknown, fresh: Record<string, unknown>): Record<string, unknown> {
  const old = isRecord(oldRaw) ? oldRaw : {};
  const out: Record<string, unknown> = { ...old };
  // Units.
  const entries: string[][] = [];
  const bySpelling = new Map<string, string[]>();
  for (const raw of [...(Array.isArray(old.units) ? old.units : []), ...(Array.isArray(fresh.units) ? fresh.units : [])]) {
    if (typeof raw !== 'string') continue;
    const parts = raw.split('|').map((x) => x.trim()).filter((x) => x);
    if (!parts.length) continue;
    const hit = parts.map((p) => bySpelling.get(withoutYearTag(p))).find((x) => x);
    const entry = hit ?? [];
    if (!hit) entries.push(entry);
    for (const p of parts) {
      if (!entry.includes(p)) entry.push(p);
      bySpelling.set(withoutYearTag(p), entry);
    }
  }
  out.units = entries.map((e) => e.join('|'));
  out.docCodes = { ...(isRecord(fresh.docCodes) ? fresh.docCodes : {}), ...(isRecord(old.docCodes) ? old.docCodes : {}) };
  const lib = new Map<string, Record<string, unknown>>();
  for (const e of [...(Array.isArray(old.library) ? old.library : []), ...(Array.isArray(fresh.library) ? fresh.library : [])]) {
    if (!isRecord(e) || typeof e.title !== 'string' || typeof e.number !== 'string') continue;
    const k = titleKey(e.title) + '\u0000' + numberKey(e.number);
    const prev = lib.get(k);
    if (!prev) { lib.set(k, { ...e }); continue; }
    if (!prev.date && e.date) prev.date = e.date;
    const seen = [...(Array.isArray(prev.seen) ? prev.seen : []), ...(Array.isArray(e.seen) ? e.seen : [])].filter((x, i, a) => typeof x === 'string' && a.indexOf(x) === i);
    if (seen.length) prev.seen = seen.slice(0, MAX_SOURCES);
  }
  out.library = [...lib.values()];
  const oldLearned = isRecord(old.learned) ? old.learned : {};
  const freshLearned = isRecord(fresh.learned) ? fresh.learned : {};
  const counts: Record<string, number> = { ...(isRecord(oldLearned.unitCounts) ? oldLearned.unitCounts as Record<string, number> : {}) };
  for (const [k, v] of Object.entries(isRecord(freshLearned.unitCounts) ? freshLearned.unitCounts : {})) if (typeof v === 'number') counts[k] = (counts[k] ?? 0) + v;
  const serials: Record<string, Record<string, number[]>> = {};
  for (const src of [oldLearned.serials, freshLearned.serials]) {
    if (!isRecord(src)) continue;
    for (const [code, years] of Object.entries(src)) {
      if (!isRecord(years)) continue;
      const into = (serials[code] ??= {});
      for (const [y, list] of Object.entries(years)) {
        if (!Array.isArray(list)) continue;
        into[y] = [...new Set([...(into[y] ?? []), ...list.filter((n): n is number => typeof n === 'number')])].sort((a, b) => a - b);
      }
    }
  }
  out.learned = {
    ...oldLearned, ...freshLearned,
    documents: (typeof oldLearned.documents === 'number' ? oldLearned.documents : 0) + (typeof freshLearned.documents === 'number' ? freshLearned.documents : 0),
    unitCounts: counts,
    serials,
  };
  if (Array.isArray(old.superseded)) out.superseded = old.superseded;
  return out;
}
