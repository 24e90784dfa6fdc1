/**
 * Length-preserving normalisation for matching.
 *
 * Every rule matches on `norm`, a copy of the document in which
 *  - full-width ASCII forms (U+FF01–U+FF5E) become their ASCII twins (（ → (, ： → :, ０ → 0),
 *  - the ideographic space U+3000 becomes a plain space,
 *  - traditional characters become simplified ones (one code unit for one code unit),
 * so that one regular expression covers simplified and traditional, full- and half-width text.
 * Because each UTF-16 code unit maps to exactly one code unit, an offset in `norm` is the same
 * offset in the original text: findings and fixes always land on the drafter's own characters.
 */
import t2sData from '../../data/t2s.json';
import s2tData from '../../data/s2t.json';
import { hasNonWhite, isWhiteCode } from './chars';

/** Code unit → normalised code unit, for every BMP code unit (a flat table: one load per char). */
const TABLE = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) TABLE[c] = c;
for (let c = 0xff01; c <= 0xff5e; c++) TABLE[c] = c - 0xfee0;
TABLE[0x3000] = 0x20;
const T2S = new Map<number, number>();
for (const [from, to] of Object.entries(t2sData as Record<string, string>)) {
  T2S.set(from.charCodeAt(0), to.charCodeAt(0));
}
// Variants the OpenCC character table leaves alone but policy texts use for the same word.
T2S.set('於'.charCodeAt(0), '于'.charCodeAt(0));
for (const [from, to] of T2S) TABLE[from] = to;
/** 1 for the code units T2S maps (a flat table: looksTraditional reads up to 20 000 characters per document). */
const IS_TRADITIONAL = new Uint8Array(0x10000);
for (const from of T2S.keys()) IS_TRADITIONAL[from] = 1;

const S2T = new Map<number, number>();
for (const [from, to] of Object.entries(s2tData as Record<string, string>)) {
  S2T.set(from.charCodeAt(0), to.charCodeAt(0));
}

/**
 * 1 for the simplified code units that stand for more than one character of traditional script
 * (干: 乾 幹; 发: 發 髮; 后: 後 and 后 itself): a word read on `norm` there may be another word in the
 * drafter's script.
 */
const MANY_TRADITIONAL = new Uint8Array(0x10000);
{
  const seen = new Uint16Array(0x10000);
  for (const to of T2S.values()) {
    // The simplified character written as it is in traditional script is a form of its own
    // unless the simplified-to-traditional table always rewrites it.
    if (!seen[to]) seen[to] = S2T.has(to) && S2T.get(to) !== to ? 0 : 1;
    if (++seen[to] > 1) MANY_TRADITIONAL[to] = 1;
  }
}

/**
 * The word at [start, end) of `text` reads as the same word on its simplified twin `norm`: each
 * character is written as it is in both scripts (出, 只) or comes from the one traditional character of
 * its simplified form (決 → 决), not from one of several (乾 or 幹 → 干).
 */
export function oneTraditionalForm(text: string, norm: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (MANY_TRADITIONAL[norm.charCodeAt(i)] && text.charCodeAt(i) !== norm.charCodeAt(i)) return false;
  return true;
}

/** Every character of a simplified `s` has one traditional form: toDocumentScript writes it without a choice. */
export function oneTraditionalWriting(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (MANY_TRADITIONAL[s.charCodeAt(i)]) return false;
  return true;
}

/**
 * Text around [start, end) (`reach` characters either side) is written in traditional script: a
 * simplified text that quotes traditional names (an index, a table) is still simplified elsewhere.
 */
export function traditionalAround(text: string, start: number, end: number, reach = 40): boolean {
  const to = Math.min(text.length, end + reach);
  for (let i = Math.max(0, start - reach); i < to; i++) if (IS_TRADITIONAL[text.charCodeAt(i)]) return true;
  return false;
}

/** Texts up to this length are decoded by String.fromCharCode (well under any engine's argument limit). */
const SHORT_DECODE_MAX = 1024;

/** Normalise `text` for matching. The result has exactly the same length as `text`. */
export function normalizeForMatching(text: string): string {
  const n = text.length;
  let buf: Uint16Array | undefined;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const r = TABLE[c];
    if (r !== c) {
      if (!buf) {
        buf = new Uint16Array(n);
        for (let k = 0; k < i; k++) buf[k] = text.charCodeAt(k);
      }
      buf[i] = r;
    } else if (buf) buf[i] = c;
  }
  if (!buf) return text;
  // A title or a clause (most calls) is made without a Buffer; a document in one decode.
  if (n <= SHORT_DECODE_MAX) return String.fromCharCode.apply(null, buf as unknown as number[]);
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf16le');
}

/** True when the text holds more traditional-only characters than a stray conversion artefact. */
export function looksTraditional(text: string): boolean {
  let trad = 0;
  const limit = Math.min(text.length, 20000);
  for (let i = 0; i < limit; i++) {
    if (IS_TRADITIONAL[text.charCodeAt(i)] && ++trad >= 8) return true;
  }
  return false;
}

/**
 * Write simplified replacement text in the document's own script: a fix for a traditional-script
 * document gives 號 where a simplified one gives 号.
 */
export function toDocumentScript(text: string, traditional: boolean): string {
  if (!traditional) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const t = S2T.get(c);
    out += String.fromCharCode(t ?? c);
  }
  return out;
}

/** What stands in for a character that is not prose in `norm`: matches no rule's pattern (not a space, not Han, not punctuation). */
export const MASK_CHAR = '\uFFFC';

/** A fence opening a line: up to three spaces, then three or more backticks or tildes. Its run and where the run ends. */
function fenceAt(line: string): { fence: string; end: number } | undefined {
  let i = 0;
  while (i < 4 && line[i] === ' ') i++;
  if (i > 3 || (line[i] !== '`' && line[i] !== '~')) return undefined;
  let e = i;
  while (line[e] === line[i]) e++;
  return e - i >= 3 ? { fence: line.slice(i, e), end: e } : undefined;
}
const URL_RE = /(?:https?|ftp):\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+|www\.[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g;
const AUTOLINK_RE = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[^\s<>@]+@[^\s<>]+>/g;

/**
 * Spans of a text that are not prose and are never checked: Markdown code fences (``` and ~~~, closed;
 * an unclosed fence is left alone so a stray one in plain text does not hide the rest), inline code
 * (`…` on one line), link and image targets ([text](target) — the text stays prose), autolinks
 * (<https://…>) and bare URLs (ASCII only, so 号 or （ after a URL is prose). Sorted, not overlapping.
 * Linear time: each line and each character is looked at a bounded number of times.
 */
export function nonProseSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const add = (start: number, end: number) => { if (end > start) out.push({ start, end }); };
  // Lines, and fenced blocks.
  const starts: number[] = [];
  for (let i = 0; i <= text.length; i = text.indexOf('\n', i) + 1 || text.length + 1) starts.push(i);
  const lineEnd = (k: number) => {
    const next = k + 1 < starts.length ? starts[k + 1] - 1 : text.length;
    return next > starts[k] && text[next - 1] === '\r' ? next - 1 : next;
  };
  const inFence = new Uint8Array(starts.length);
  let open = -1;
  let fence = '';
  for (let k = 0; k < starts.length; k++) {
    // Only a line whose first character after up to three spaces is ` or ~ can be a fence (fenceAt):
    // the others are passed over without a slice.
    const e = lineEnd(k);
    let f = starts[k];
    while (f - starts[k] < 4 && f < e && text.charCodeAt(f) === 32) f++;
    if (f - starts[k] > 3 || f >= e || (text.charCodeAt(f) !== 0x60 && text.charCodeAt(f) !== 0x7e)) continue;
    const line = text.slice(starts[k], e);
    const m = fenceAt(line);
    if (open < 0) {
      if (m && !(m.fence[0] === '`' && line.slice(m.end).includes('`'))) { open = k; fence = m.fence; }
    } else if (m && m.fence[0] === fence[0] && m.fence.length >= fence.length && !hasNonWhite(line, m.end)) {
      for (let j = open; j <= k; j++) inFence[j] = 1;
      add(starts[open], lineEnd(k));
      open = -1;
    }
  }
  // An unclosed fence masks nothing (its lines are checked as ordinary lines below).
  // The next backtick and the next ]( at or after a line's start: found once, not once per line.
  let tick = -2, link = -2;
  for (let k = 0; k < starts.length; k++) {
    if (inFence[k]) continue;
    const s = starts[k], e = lineEnd(k);
    if (tick !== -1 && tick < s) tick = text.indexOf('`', s);
    if (tick >= 0 && tick < e) inlineCode(text, s, e, add);
    if (link !== -1 && link < s) link = text.indexOf('](', s);
    if (link >= 0 && link < e) linkTargets(text, link, e, add);
  }
  for (const re of [AUTOLINK_RE, URL_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      add(m.index, re === URL_RE ? urlEnd(text, m.index, m.index + m[0].length) : m.index + m[0].length);
    }
  }
  return merge(out);
}

/**
 * Sentence punctuation after a URL is prose ("见 http://x.cn/a." ends at a); a ) or ] that closes a
 * bracket opened inside the URL belongs to it (…/a(2020)).
 */
function urlEnd(text: string, start: number, end: number): number {
  let round = 0, square = 0;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '(') round++; else if (c === ')') round--;
    else if (c === '[') square++; else if (c === ']') square--;
  }
  while (end > start) {
    const c = text[end - 1];
    if (c === ')' && round < 0) { round++; end--; continue; }
    if (c === ']' && square < 0) { square++; end--; continue; }
    if (`.,;:!?'"`.includes(c)) { end--; continue; }
    break;
  }
  return end;
}

/** Inline code on one line: a run of n backticks up to the next run of exactly n. */
function inlineCode(text: string, s: number, e: number, add: (a: number, b: number) => void): void {
  const runs: { at: number; n: number }[] = [];
  for (let i = s; i < e; i++) {
    if (text.charCodeAt(i) !== 0x60) continue;
    let j = i;
    while (j < e && text.charCodeAt(j) === 0x60) j++;
    runs.push({ at: i, n: j - i });
    i = j - 1;
  }
  // next[r]: the next run with the same length, found backwards in one pass.
  const next = new Int32Array(runs.length).fill(-1);
  const seen = new Map<number, number>();
  for (let r = runs.length - 1; r >= 0; r--) {
    next[r] = seen.get(runs[r].n) ?? -1;
    seen.set(runs[r].n, r);
  }
  for (let r = 0; r < runs.length; r++) {
    const c = next[r];
    if (c < 0) continue;
    add(runs[r].at, runs[c].at + runs[c].n);
    r = c;
  }
}

/** Link and image targets on one line from `first` (a ]( ): ](target) with balanced parentheses, no white space. */
function linkTargets(text: string, first: number, e: number, add: (a: number, b: number) => void): void {
  for (let i = first; i >= 0 && i < e; i = text.indexOf('](', i + 1)) {
    let depth = 0;
    let j = i + 2;
    for (; j < e; j++) {
      const c = text[j];
      if (c === '(') depth++;
      else if (c === ')') { if (depth === 0) break; depth--; }
      else if (c === ' ' || c === '\t') break;
    }
    if (j < e && text[j] === ')') add(i + 2, j);
    // A target is never scanned twice: the next ]( is looked for after this one's end.
    i = Math.max(i, j - 1);
  }
}

function merge(spans: { start: number; end: number }[]): { start: number; end: number }[] {
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { start: number; end: number }[] = [];
  for (const sp of spans) {
    const last = out[out.length - 1];
    if (last && sp.start <= last.end) last.end = Math.max(last.end, sp.end);
    else out.push({ ...sp });
  }
  return out;
}

/** `norm` with the spans replaced by MASK_CHAR, code unit for code unit (line breaks kept). */
export function maskSpans(norm: string, spans: readonly { start: number; end: number }[]): string {
  if (!spans.length) return norm;
  let out = '';
  let pos = 0;
  for (const sp of spans) {
    out += norm.slice(pos, sp.start);
    for (let i = sp.start; i < sp.end; i++) {
      const c = norm[i];
      out += c === '\n' || c === '\r' ? c : MASK_CHAR;
    }
    pos = sp.end;
  }
  return out + norm.slice(pos);
}

/** Quotation marks a cited title may carry or lose (straight, curly, corner) — none of them tells two titles apart. */
const TITLE_QUOTES = '“”"\'‘’「」『』';

/**
 * A title as it is compared — a citation with the library, a file with its related files: normalised for
 * matching, with no white space or quotation marks, and the inner marks of a nested title (〈〉, <>) read as 《》.
 */
export function comparableTitle(t: string): string {
  const n = normalizeForMatching(t);
  // Runs of characters kept as they are are copied whole (a string per character read and joined was
  // the cost of this on every title of a long text).
  let out = '';
  let from = 0;
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    const drop = isWhiteCode(c) || TITLE_QUOTES.includes(n[i]);
    const bracket = c === 0x3008 || c === 60 ? '《' : c === 0x3009 || c === 62 ? '》' : '';
    if (!drop && !bracket) continue;
    out += n.slice(from, i) + (drop ? '' : bracket);
    from = i + 1;
  }
  return from === 0 ? n : out + n.slice(from);
}
