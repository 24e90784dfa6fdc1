/**
 * The library of issued documents (title ↔ 发文字号 ↔ date): the profile's learned entries
 * (policyLint.profile.library, written by `policy-lint learn`) and a few built-in ones
 * (server/data/superseded.json), and the table of repealed or replaced documents and standards.
 * Used by citation/number-mismatch, citation/superseded and the hover on a citation.
 */
import data from '../../data/superseded.json';
import type { Citation, PolicyDocument, Span } from './model';
import { canonicalNumber, LibraryEntry, numberKey, SupersededEntry, titleKey } from './learn';
import { hasWord } from './vocabulary';

export type { LibraryEntry, SupersededEntry };

/** The built-in entries: documents of the superseded table with their numbers. */
export const BUILTIN_LIBRARY: readonly LibraryEntry[] = (data.library as LibraryEntry[]).map((e) => ({ ...e, seen: [] }));
/** The built-in table of repealed or replaced documents. */
export const BUILTIN_SUPERSEDED: readonly SupersededEntry[] = data.documents as SupersededEntry[];
/** Standards replaced by a later edition: code, the old year, the replacement. */
export const SUPERSEDED_STANDARDS: readonly { code: string; old: string; replacedBy: string; since: string; source: string }[] = data.standards;

export interface LibraryIndex {
  byTitle: Map<string, LibraryEntry[]>;
  byNumber: Map<string, LibraryEntry[]>;
}

const indexCache = new WeakMap<readonly LibraryEntry[], LibraryIndex>();
const EMPTY: readonly LibraryEntry[] = [];

/** The library of the profile (the list itself, so the index is built once per settings) and the built-in entries. */
export function libraryIndex(entries: readonly LibraryEntry[] = EMPTY): LibraryIndex {
  const hit = indexCache.get(entries);
  if (hit) return hit;
  const index: LibraryIndex = { byTitle: new Map(), byNumber: new Map() };
  for (const e of [...BUILTIN_LIBRARY, ...entries]) {
    const t = titleKey(e.title), n = numberKey(e.number);
    const byT = index.byTitle.get(t) ?? [];
    if (!byT.some((x) => numberKey(x.number) === n)) byT.push(e);
    index.byTitle.set(t, byT);
    const byN = index.byNumber.get(n) ?? [];
    if (!byN.some((x) => titleKey(x.title) === t)) byN.push(e);
    index.byNumber.set(n, byN);
  }
  indexCache.set(entries, index);
  return index;
}

/** Library entries from rule options (validated: objects with a title and a number). */
export function libraryOption(v: unknown): readonly LibraryEntry[] {
  if (!Array.isArray(v)) return EMPTY;
  return v.every((e) => typeof e === 'object' && e !== null && typeof (e as LibraryEntry).title === 'string' && typeof (e as LibraryEntry).number === 'string') ? v as LibraryEntry[] : EMPTY;
}

/**
 * Two titles name the same document: equal once normalised, or one is the other wrapped in its
 * 印发 notice (关于印发X的通知 ↔ X), or one is the other with its organ in front.
 */
export function sameTitle(a: string, b: string): boolean {
  const x = titleKey(a), y = titleKey(b);
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 6 && long.includes(short);
}

/** A citation's title and number as the text writes them. */
export function citationParts(doc: PolicyDocument, c: Citation): { title?: string; number?: string; numberText?: string; numberRange?: Span } {
  const title = c.titleRange ? doc.text.slice(c.titleRange.start + 1, c.titleRange.end - 1) : undefined;
  const d = c.docNumber;
  return { title, number: d ? canonicalNumber(d) : undefined, numberText: d ? doc.text.slice(d.range.start, d.range.end) : undefined, numberRange: d?.range };
}

/** The library entries for a citation: by its title, else by its number. */
export function libraryEntriesFor(doc: PolicyDocument, c: Citation, entries: readonly LibraryEntry[] = EMPTY): LibraryEntry[] {
  const index = libraryIndex(entries);
  const { title, number } = citationParts(doc, c);
  const byTitle = title ? index.byTitle.get(titleKey(title)) : undefined;
  if (byTitle?.length) return byTitle;
  return number ? index.byNumber.get(numberKey(number)) ?? [] : [];
}

/** Words that make a mention of an old document historical, not a citation in force (原《…》同时废止). */
const HISTORIC_WORDS = ['废止', '停止执行', '不再执行', '失效', '代替', '替代', '取代', '修订', '修改', '已被', '原《', '原国家', '原GB', '原 GB', '此前', '曾经', '以前', '之前'];

/** The sentence holding `span`: from the previous 。；! ? or line break to the next. */
export function sentenceAround(norm: string, span: Span): string {
  let a = span.start, b = span.end;
  while (a > 0 && !'。;!?\n\r'.includes(norm[a - 1]) && span.start - a < 300) a--;
  while (b < norm.length && !'。;!?\n\r'.includes(norm[b]) && b - span.end < 300) b++;
  return norm.slice(a, b);
}

/** The mention is historical: its sentence says the document was repealed, replaced or revised. */
export function historicMention(doc: PolicyDocument, span: Span): boolean {
  return hasWord(sentenceAround(doc.norm, span), HISTORIC_WORDS);
}

/** The year the document speaks from: its date, its period's start, or its own number's year. */
export function documentYear(doc: PolicyDocument): number | undefined {
  return doc.date?.year ?? (doc.docNumber ? Number(doc.docNumber.year) || undefined : undefined) ?? doc.period?.start;
}

export interface StandardMention { range: Span; code: string; year: string; replacedBy: string; since: string; source: string }

/**
 * Mentions of a replaced standard edition: GB/T 9704-1999 (GB/T or GB, a space or none, - — – or －,
 * the old year). Found with indexOf, one pass per standard.
 */
export function replacedStandards(doc: PolicyDocument): StandardMention[] {
  const out: StandardMention[] = [];
  const n = doc.norm;
  for (const s of SUPERSEDED_STANDARDS) {
    const digits = s.code.replace(/^\D+/, '');
    for (let at = n.indexOf(digits); at >= 0; at = n.indexOf(digits, at + digits.length)) {
      // Back over spaces to GB/T or GB.
      let b = at;
      while (b > 0 && (n[b - 1] === ' ' || n[b - 1] === '\t')) b--;
      const start = n.startsWith('GB/T', b - 4) ? b - 4 : n.startsWith('GB', b - 2) ? b - 2 : -1;
      if (start < 0) continue;
      let e = at + digits.length;
      while (n[e] === ' ' || n[e] === '\t') e++;
      if (!'-—–－'.includes(n[e] ?? 'x') || n[e] === undefined) continue;
      e++;
      while (n[e] === ' ' || n[e] === '\t') e++;
      if (!n.startsWith(s.old, e) || /\d/.test(n[e + s.old.length] ?? '')) continue;
      out.push({ range: { start, end: e + s.old.length }, code: s.code, year: s.old, replacedBy: s.replacedBy, since: s.since, source: s.source });
    }
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}
