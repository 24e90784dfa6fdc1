/**
 * What each amount funds: the beneficiary (对X给予…, 单个项目…, the i-th label of a 分别 list), a key
 * for comparing caps across the document, and 分别 lists with their labels. Computed lazily from the
 * model and memoised per document.
 */
import type { Amount, Measure, PolicyDocument, Span } from './model';
import { derived } from './analysis';
import { firstCharTable, GRANT_VERBS, hasWord, METRIC_WORDS, MONEY_NOUNS, MONEY_QUALIFIERS, SUPPORT_KINDS, wordAt, wordsRe } from './vocabulary';

export interface MoneyItem {
  amount: Amount;
  /** What is funded, as written (normalised script). */
  beneficiary: string;
  /** Level in a 分别 list (国家级, 省级 …) when the amount is one of its items. */
  level?: string;
  /** Comparison key: beneficiary + level + period, without spaces and filler words. */
  key: string;
  measure?: Measure;
  /** Its sentence, cut at ； (the lexer's part of a sentence: trimmed, its final mark included). */
  sentence: Span;
  /**
   * Money given (a grant, award, subsidy, loan or its cap), as opposed to an amount that measures
   * something — an eligibility threshold (营业收入超过1亿元的企业) or a target (总规模超1200亿元). Only
   * money given goes into the funding summary.
   */
  funding: boolean;
}

export interface TierList {
  /** The labels before 分别 (国家级、省级、市级). */
  labels: string[];
  labelsRange: Span;
  amounts: Amount[];
  range: Span;
}

/**
 * Filler removed from a beneficiary to make its comparison key: these words, and 按 的 为 元 万 亿, ASCII
 * digits, . % , 、 and white space. No word starts with one of the single characters and at most one word
 * starts at any position, so a left-to-right scan removes exactly what the global alternation
 * /(最高|不超过|…|元|万|亿|\d|\.|%|,|、|\s)/g would.
 */
const FILLER_WORDS = ['最高', '不超过', '不高于', '累计', '一次性', '分别', '给予', '资金', '金额', '额度', '总额', '每年', '每家', '补助额', '奖励额', '标准'];
const FILLER_BY_FIRST = new Map<number, string[]>();
for (const w of FILLER_WORDS) FILLER_BY_FIRST.set(w.charCodeAt(0), [...(FILLER_BY_FIRST.get(w.charCodeAt(0)) ?? []), w]);
/** Per char code: 0 kept, 1 a filler character, 2 the first character of a filler word. */
const FILLER_CLASS = new Uint8Array(65536);
for (const c of '按的为元万亿.%,、0123456789') FILLER_CLASS[c.charCodeAt(0)] = 1;
for (let c = 0; c < 65536; c++) if (isSpace(c)) FILLER_CLASS[c] = 1;
for (const c of FILLER_BY_FIRST.keys()) FILLER_CLASS[c] = 2;
/** JavaScript's \s (and what String.prototype.trim removes). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** Length of the filler at `i` of `s` that ends by `end`; 0 when the character is kept. */
function fillerAt(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  const cls = FILLER_CLASS[c];
  if (cls === 1) return 1;
  if (cls === 2) for (const w of FILLER_BY_FIRST.get(c)!) if (i + w.length <= end && s.startsWith(w, i)) return w.length;
  return 0;
}
/** `s` without its filler. */
export function stripFiller(s: string): string {
  let out = '';
  for (let i = 0; i < s.length;) {
    const l = fillerAt(s, i, s.length);
    if (l) i += l; else out += s[i++];
  }
  return out;
}

/**
 * The filler scan of a stretch of the text, done once: the kept characters, how many precede each
 * position, and which positions the scan stops at (not inside a filler word). The filler-free form of
 * any span inside it is then a slice of `kept`, after at most a few characters scanned at either end —
 * constant work per amount where a scan of its beneficiary (up to LOOKBACK characters) was not.
 */
interface FillerScan { start: number; kept: string; keptBefore: Int32Array; boundary: Uint8Array }
function fillerScan(norm: string, start: number, end: number): FillerScan {
  const n = end - start;
  const keptBefore = new Int32Array(n + 1);
  const boundary = new Uint8Array(n + 1);
  const parts: string[] = [];
  let k = 0, from = start, i = start;
  while (i < end) {
    boundary[i - start] = 1;
    keptBefore[i - start] = k;
    const l = fillerAt(norm, i, end);
    if (!l) { k++; i++; continue; }
    if (i > from) parts.push(norm.slice(from, i));
    for (let j = 1; j < l; j++) keptBefore[i - start + j] = k;
    i += l;
    from = i;
  }
  if (end > from) parts.push(norm.slice(from, end));
  boundary[n] = 1;
  keptBefore[n] = k;
  return { start, kept: parts.join(''), keptBefore, boundary };
}
/**
 * stripFiller(norm.slice(s, e)) for a span inside the scan. A scan from `s` meets the stretch's scan at
 * its first boundary (a filler word straddling `s` is not matched from `s`); from there on both take the
 * same steps up to the last boundary at or before `e`, since every word they match between ends there.
 */
function stripSpan(norm: string, scan: FillerScan, s: number, e: number): string {
  const { start, boundary, keptBefore } = scan;
  let out = '';
  let i = s;
  while (i < e && !boundary[i - start]) {
    const l = fillerAt(norm, i, e);
    if (l) i += l; else out += norm[i++];
  }
  if (i >= e) return out;
  let p = e;
  while (!boundary[p - start]) p--;
  out += scan.kept.slice(keptBefore[i - start], keptBefore[p - start]);
  while (p < e) {
    const l = fillerAt(norm, p, e);
    if (l) p += l; else out += norm[p++];
  }
  return out;
}

/** stripSpan(norm, scan, s, e).length, without making the string. */
function keptLength(norm: string, scan: FillerScan, s: number, e: number): number {
  const { start, boundary, keptBefore } = scan;
  let n = 0;
  let i = s;
  while (i < e && !boundary[i - start]) {
    const l = fillerAt(norm, i, e);
    if (l) i += l; else { n++; i++; }
  }
  if (i >= e) return n;
  let p = e;
  while (!boundary[p - start]) p--;
  n += keptBefore[p - start] - keptBefore[i - start];
  while (p < e) {
    const l = fillerAt(norm, p, e);
    if (l) p += l; else { n++; p++; }
  }
  return n;
}

const LEVELS = ['国家级', '国家', '省级', '省', '市级', '市', '区级', '区', '县级', '县'];
/** Rank of a level (lower = higher level): 国家 0, 省 1, 市 2, 区/县 3. */
export function levelRank(label: string): number | undefined {
  if (/国家|国际|全国/.test(label)) return 0;
  if (/省/.test(label)) return 1;
  if (/市/.test(label)) return 2;
  if (/[区县]/.test(label)) return 3;
  return undefined;
}

/** The sentence of an amount at `at`: the lexer's part of a sentence (a sentence cut at ；) holding it. */
function sentenceAround(doc: PolicyDocument, at: number): Span {
  return doc.tokens.partAt(at) ?? { start: at, end: at };
}

/**
 * How far before an amount its beneficiary (对X…) and the labels of its 分别 list are looked for:
 * a bound keeps the work per amount constant in a sentence of any length.
 */
const LOOKBACK = 300;

/** Where words start in the scanned stretches, in order (at most one of a list can start at a position). */
interface Marks { pos: number[]; word: string[] }
function marks(): Marks { return { pos: [], word: [] }; }
/** Index of the first mark at or after `from` that ends by `to`, or -1. */
function firstFit(m: Marks, from: number, to: number): number {
  let lo = 0, hi = m.pos.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (m.pos[mid] < from) lo = mid + 1; else hi = mid; }
  for (let k = lo; k < m.pos.length && m.pos[k] < to; k++) if (m.pos[k] + m.word[k].length <= to) return k;
  return -1;
}
/** Position of the last mark in [from, to), or -1. */
function lastIn(m: Marks, from: number, to: number): number {
  let lo = 0, hi = m.pos.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (m.pos[mid] < to) lo = mid + 1; else hi = mid; }
  return lo > 0 && m.pos[lo - 1] >= from ? m.pos[lo - 1] : -1;
}

/** The words the beneficiary and the kind of support are read from (the alternations of the former regexes). */
const WORDS = {
  dui: ['对'],
  comma: [',', '，'],
  /** /[,，]|(给予|奖励|补助|资助|补贴|按)/: where 对X ends. */
  duiStop: [',', '，', '给予', '奖励', '补助', '资助', '补贴', '按'],
  /** The first characters of /(单个|每个|…|每品种)/. */
  each: ['单', '每'],
  /** Where the clause's own words end and what it grants begins. */
  support: GRANT_VERBS,
  /** The kind of support (the same list as SUPPORT_KIND below). */
  kind: SUPPORT_KINDS,
};
type MarkName = keyof typeof WORDS;
const MARK_NAMES = Object.keys(WORDS) as MarkName[];
/**
 * The words of WORDS by their first character, each with the index of its list in MARK_NAMES, in list
 * order then alternation order (built once, not per document).
 */
const MARK_WORDS_BY_FIRST = new Map<number, { list: number; word: string }[]>();
MARK_NAMES.forEach((name, list) => {
  for (const word of WORDS[name]) MARK_WORDS_BY_FIRST.set(word.charCodeAt(0), [...(MARK_WORDS_BY_FIRST.get(word.charCodeAt(0)) ?? []), { list, word }]);
});

/** 1 at the first character of every word of WORDS (a load per character before the map). */
const MARK_FIRST = firstCharTable(Object.values(WORDS).flat());

/**
 * The text around the amounts of a document, read once: the stretches within LOOKBACK before each
 * amount and its clause after it, merged, with the filler scan and the marks of WORDS. Every look-up
 * per amount is then a binary search, not a scan of up to LOOKBACK characters.
 */
interface MoneyText { norm: string; scans: FillerScan[]; marks: Record<MarkName, Marks> }
function moneyText(doc: PolicyDocument, windows: Span[]): MoneyText {
  const norm = doc.norm;
  const merged: Span[] = [];
  for (const w of [...windows].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else merged.push({ ...w });
  }
  const byFirst = MARK_WORDS_BY_FIRST;
  // The marks of each list, by its index in MARK_NAMES (an array element per word found, not a property looked up by name).
  const lists = MARK_NAMES.map(() => marks());
  for (const r of merged) {
    for (let i = r.start; i < r.end; i++) {
      const c = norm.charCodeAt(i);
      if (!MARK_FIRST[c]) continue;
      const cands = byFirst.get(c);
      if (!cands) continue;
      let taken = -1;
      for (let k = 0; k < cands.length; k++) {
        const { list, word } = cands[k];
        // One mark per list and position: the first word of the list (in alternation order) found here.
        if (list === taken || !norm.startsWith(word, i)) continue;
        const m = lists[list];
        if (m.pos[m.pos.length - 1] === i) continue;
        m.pos.push(i);
        m.word.push(word);
        taken = list;
      }
    }
  }
  const ms = Object.fromEntries(MARK_NAMES.map((name, k) => [name, lists[k]])) as Record<MarkName, Marks>;
  return { norm, scans: merged.map((r) => fillerScan(norm, r.start, r.end)), marks: ms };
}
function scanOf(t: MoneyText, at: number): FillerScan {
  let lo = 0, hi = t.scans.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (t.scans[mid].start <= at) lo = mid; else hi = mid - 1; }
  return t.scans[lo];
}

/** The start of [s, e) past the white space String.prototype.trim removes. */
function trimStart(norm: string, s: number, e: number): number {
  while (s < e && isSpace(norm.charCodeAt(s))) s++;
  return s;
}
/** The end of [s, e) before the white space String.prototype.trim removes. */
function trimEnd(norm: string, s: number, e: number): number {
  while (e > s && isSpace(norm.charCodeAt(e - 1))) e--;
  return e;
}

/** 并 且 可 将 opening a clause (a char-code test: a one-character string of a Han character is a new string). */
const LEAD_PARTICLES = new Set([...'并且可将'].map((c) => c.charCodeAt(0)));

const EACH_RE = /(单个|每个|每家|每项|每户|每人|单品种|单一|每品种)[^\s,，]{0,12}?(?=最高|不超过|补助|奖励|资助|贴息|给予|累计|$)/;

/** The beneficiary of an amount: 对X(，)给予 / X最高… within its sentence, as a span of the text. */
/**
 * The beneficiary of amount k: 对X(，)给予 / X最高… within its sentence, as a span of the text written to
 * bStart[k] and bEnd[k] (no object per amount).
 */
function beneficiaryOf(t: MoneyText, a: Amount, sentence: Span, bStart: Int32Array, bEnd: Int32Array, k: number): void {
  const { norm, marks: m } = t;
  const at = a.range.start;
  const from = Math.max(sentence.start, at - LOOKBACK);
  const dui = lastIn(m.dui, from, at);
  if (dui >= 0) {
    const stop = firstFit(m.duiStop, dui + 1, at);
    const e = stop >= 0 ? m.duiStop.pos[stop] : at;
    const bs = trimStart(norm, dui + 1, e), be = trimEnd(norm, bs, e);
    if (be - bs >= 2) { bStart[k] = bs; bEnd[k] = be; return; }
  }
  // 单个项目最高补助额不超过500万元 / 每家企业单一年度补助金额累计不超过200万元
  const comma = lastIn(m.comma, from, at);
  const clause = comma >= 0 ? comma + 1 : from;
  // Every alternative of EACH_RE starts with 单 or 每: the regex runs from the first of them, if any.
  const f = firstFit(m.each, clause, at);
  if (f >= 0) {
    const each = m.each.pos[f];
    const e = EACH_RE.exec(norm.slice(each, at));
    if (e) { bStart[k] = each + e.index; bEnd[k] = each + e.index + e[0].length; return; }
  }
  const s = firstFit(m.support, clause, at);
  let b = clause;
  const end = s >= 0 ? m.support.pos[s] : at;
  // ^(并|且|可|将|其中)
  if (end - b >= 2 && norm.startsWith('其中', b)) b += 2;
  else if (end > b && LEAD_PARTICLES.has(norm.charCodeAt(b))) b += 1;
  const os = trimStart(norm, b, end), oe = trimEnd(norm, os, end);
  bStart[k] = os;
  bEnd[k] = oe;
  // Two characters kept at least, or the clause names no one (the string is made only then).
  const scan = scanOf(t, os);
  // 按采购额的2%给予最高200万元资助: a clause opening with 按 gives the basis of the sum, not who receives it.
  const basis = norm.startsWith(BASIS, os);
  if (!basis && keptLength(norm, scan, os, oe) >= 2 && stripSpan(norm, scan, os, oe).replace(APPLY, '').length >= 2) return;
  // The clause names no one (可申请最高不超过15万元的创业担保贷款): the condition before it does —
  // "符合…条件的人员自主创业的，可申请…" — the clause of the same sentence that ends in 的.
  if (comma > from) {
    const prevComma = lastIn(m.comma, from, comma);
    const ps = trimStart(norm, prevComma >= 0 ? prevComma + 1 : from, comma), pe = trimEnd(norm, ps, comma);
    if (pe - ps >= 5 && norm.charCodeAt(pe - 1) === DE) { bStart[k] = ps; bEnd[k] = pe - 1; }
  }
}
const DE = '的'.charCodeAt(0);
const BASIS = '按';

/** Amounts of a beneficiary's description kept in its comparison key (年营业收入不低于1亿元的企业). */
const MAX_THRESHOLDS = 3;

/** What a comparison key is made of, and the key. */
interface KeyParts { name: string; level?: string; period?: string; support: string; taken: number; values: Float64Array; key: string }
/** The first `n` values of a and b are the same (Object.is: NaN equals NaN, 0 and -0 differ). */
function sameValues(a: Float64Array, b: Float64Array, n: number): boolean {
  for (let i = 0; i < n; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function keyOf(beneficiary: string, level: string | undefined, period: string | undefined, support: string, keys: Map<string, string>): string {
  // 一次性 is a single payment, as is an award with no period: 一次性奖励50万元 restates 奖励50万元.
  const p = period === '一次性' ? '' : period ?? '';
  const key = (beneficiary + '|' + (level ?? '') + '|' + p + '|' + support).trim();
  // One string per distinct key: the items of one document share their keys (and the many copies are garbage at once).
  const known = keys.get(key);
  if (known !== undefined) return known;
  keys.set(key, key);
  return key;
}

/** Verbs of a clause that asks for or receives support, naming no one (可申请, 可享受). */
const APPLY = /(可|申请|享受|获得|申报)/g;

/** The kind of support an amount gives (补助, 奖励, 股权投资 …): amounts of different kinds are different things. */
const SUPPORT_KIND = new RegExp(`(${wordsRe(SUPPORT_KINDS).source})`);

/** 分别 lists: labels before 分别 and the amounts after it. */
export const tierLists = derived('tier-lists', (doc: PolicyDocument): TierList[] => {
  const lists: TierList[] = [];
  const byStart = inOrder(doc.amounts) ? doc.amounts : [...doc.amounts].sort((a, b) => a.range.start - b.range.start);
  for (let i = 0; i < byStart.length; i++) {
    const first = byStart[i];
    if (first.kind !== 'tiered') continue;
    const sent = sentenceAround(doc, first.range.start);
    // A tiered amount has 分别 in its clause (at most 80 characters before it, amounts.ts).
    const headStart = Math.max(sent.start, first.range.start - 100);
    const head = doc.norm.slice(headStart, first.range.start);
    const fen = head.lastIndexOf('分别');
    if (fen < 0) continue;
    const fenAt = headStart + fen;
    // Labels: the last 、-separated run before 分别 in the sentence (对新认定的国家级、省级、市级企业技术中心;
    // 对第一、第二、第三梯队的每位后备人才，市财政每年度分别…), looked for within LOOKBACK characters:
    // from the first clause break there (a run never crosses one, so the scan is the same as from
    // the sentence start).
    let segStart = sent.start;
    if (fenAt - sent.start > LOOKBACK) {
      segStart = fenAt - LOOKBACK;
      const brk = doc.norm.slice(segStart, fenAt).search(/[,，()（）]/);
      if (brk >= 0) segStart += brk + 1;
    }
    const seg = doc.norm.slice(segStart, fenAt);
    let run: RegExpExecArray | null = null;
    const RUN = /[^,，、()（）]{0,40}(?:、[^,，、()（）]{0,40}){1,20}/g;
    for (let r = RUN.exec(seg); r; r = RUN.exec(seg)) if (r[0].includes('、')) run = r;
    if (!run) continue;
    const parts = run[0].split('、').map((x) => x.trim()).filter(Boolean);
    const amounts: Amount[] = [];
    let j = i;
    while (j < byStart.length && byStart[j].kind === 'tiered' && byStart[j].range.start < sent.end) amounts.push(byStart[j++]);
    lists.push({ labels: parts, labelsRange: { start: segStart + run.index, end: fenAt }, amounts, range: { start: segStart + run.index, end: amounts[amounts.length - 1].range.end } });
    i = j - 1;
  }
  return lists;
});

/** The short level label of a list item (国家级 from 对新认定的国家级). */
function levelOf(label: string): string {
  for (const l of LEVELS) if (label.includes(l)) return l.replace(/级$/, '') + '级';
  return label.slice(-6);
}

/** The measure containing an offset: binary search over the measures in document order. */
export function measureAt(doc: PolicyDocument, at: number): Measure | undefined {
  const ms = doc.measures;
  let lo = 0, hi = ms.length - 1, found: Measure | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].range.start <= at) { found = ms[mid]; lo = mid + 1; } else hi = mid - 1;
  }
  return found && at < found.range.end ? found : undefined;
}

/** 。；;，,\n: where the clause of an amount begins. */
function isClauseBreak(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 59 || c === 0xff0c || c === 44 || c === 10 || c === 13;
}

/**
 * Where the clause of an amount begins for isFunding: after the last 。；;，,\n\r, at most 60 characters
 * back. For amounts in document order, each character read at most once.
 */
class FundingClauseSweep {
  private last = -1;
  private scanned = 0;
  constructor(private readonly norm: string) {}
  from(at: number): number {
    if (at < this.scanned) {
      // Out of order: read back from the amount.
      let f = at;
      while (f > 0 && at - f < 60 && !isClauseBreak(this.norm.charCodeAt(f - 1))) f--;
      return f;
    }
    for (let p = Math.max(this.scanned, at - 60); p < at; p++) if (isClauseBreak(this.norm.charCodeAt(p))) this.last = p;
    this.scanned = Math.max(this.scanned, at);
    return Math.max(0, this.last + 1, at - 60);
  }
}

/** The longest grant verb: a verb ending by `at` starts at most this far before it. */
const GRANT_VERB_MAX = Math.max(...GRANT_VERBS.map((v) => v.length));

/**
 * Money given: a money noun or grant verb right after the amount (50万元奖励, 20万元给予资助), a cap (最高500万元),
 * or a grant verb before it in its clause (from `from`) with no measure of size between (给予…50万元; not 给予年营业
 *收入超过1亿元的企业…). The verbs come from the marks: constant work per amount.
 */
function isFunding(t: MoneyText, a: Amount, from: number): boolean {
  const norm = t.norm;
  let i = a.range.end;
  for (let q = wordAt(norm, i, MONEY_QUALIFIERS); q && i < a.range.end + 8; q = wordAt(norm, i, MONEY_QUALIFIERS)) i += q.length;
  if (wordAt(norm, i, MONEY_NOUNS) || wordAt(norm, i, GRANT_VERBS)) return true; // 50万元奖励, 按每家20万元给予资助
  if (a.kind === 'cap') return true;
  // The end of the last grant verb wholly inside [from, start): the marks of the verbs (one per position,
  // no verb is a prefix of another), read back from the amount.
  const at = a.range.start;
  const m = t.marks.support;
  let lo = 0, hi = m.pos.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (m.pos[mid] < at) lo = mid + 1; else hi = mid; }
  let verbEnd = -1;
  for (let k = lo - 1; k >= 0 && m.pos[k] >= from && m.pos[k] + GRANT_VERB_MAX > verbEnd; k--) {
    const e = m.pos[k] + m.word[k].length;
    if (e <= at && e > verbEnd) verbEnd = e;
  }
  // 不超过 is a cap on what is given (予以不超过40万元), not a threshold (超过1亿元的企业).
  return verbEnd >= 0 && !hasWord(norm.slice(verbEnd, at).split('不超过').join(''), METRIC_WORDS);
}

/**
 * What the money items of a document share, and what is kept per item by its index k: the amount, its
 * sentence, its beneficiary's span, where its clause begins for isFunding, its level in a 分别 list (only
 * the amounts of such lists have one) and whether it is money given (0 not yet computed, 1 yes, 2 no).
 */
interface ItemContext {
  doc: PolicyDocument;
  text: MoneyText;
  amounts: readonly Amount[];
  sentences: Span[];
  bStart: Int32Array;
  bEnd: Int32Array;
  fundingFrom: Int32Array;
  levels: Map<number, string>;
  funding: Uint8Array;
}

/**
 * A money item: the comparison key, computed with the items; the rest is read from the shared context
 * when asked, and what only the hover and the funding summary show (the beneficiary as text, the measure,
 * whether it is money given) is computed then. Three fields per item: a document may hold 260 000.
 */
class Item implements MoneyItem {
  constructor(private readonly ctx: ItemContext, private readonly k: number, readonly key: string) {}
  get amount(): Amount { return this.ctx.amounts[this.k]; }
  get level(): string | undefined { return this.ctx.levels.get(this.k); }
  get sentence(): Span { return this.ctx.sentences[this.k]; }
  get beneficiary(): string { return this.ctx.doc.norm.slice(this.ctx.bStart[this.k], this.ctx.bEnd[this.k]); }
  get measure(): Measure | undefined { return measureAt(this.ctx.doc, this.amount.range.start); }
  get funding(): boolean {
    const { funding } = this.ctx;
    if (!funding[this.k]) funding[this.k] = isFunding(this.ctx.text, this.amount, this.ctx.fundingFrom[this.k]) ? 1 : 2;
    return funding[this.k] === 1;
  }
}

/** Whether the amounts are in document order (they are, from the lexer; checked in one pass rather than sorted). */
function inOrder(amounts: readonly Amount[]): boolean {
  for (let k = 1; k < amounts.length; k++) if (amounts[k].range.start < amounts[k - 1].range.start) return false;
  return true;
}

/** Every amount with its beneficiary, level and period, computed once per document version. */
export const moneyItems = derived('money-items', (doc: PolicyDocument): MoneyItem[] => {
  const levelOfAmount = new Map<Amount, string>();
  for (const list of tierLists(doc)) {
    if (list.labels.length !== list.amounts.length) continue;
    list.amounts.forEach((a, k) => levelOfAmount.set(a, levelOf(list.labels[k])));
  }
  const amounts = doc.amounts;
  const n = amounts.length;
  const items: MoneyItem[] = new Array(n);
  const norm = doc.norm;
  // The sentence of each amount (the lexer's parts of sentences, cut at ；), shared by its amounts: found
  // with a pointer over the parts when the amounts are in order, else by binary search.
  const sentences: Span[] = new Array(n);
  const ordered = inOrder(amounts);
  const parts = n ? doc.tokens.parts : [];
  for (let k = 0, p = 0; k < n; k++) {
    const at = amounts[k].range.start;
    if (!ordered) { sentences[k] = sentenceAround(doc, at); continue; }
    while (p < parts.length && parts[p].end <= at) p++;
    sentences[k] = p < parts.length && parts[p].start <= at ? parts[p] : { start: at, end: at };
  }
  const clauseStart = new FundingClauseSweep(norm);
  const fundingFrom = new Int32Array(n);
  // The stretches read around the amounts, merged as they come (their starts only grow when the amounts are in order).
  const windows: Span[] = [];
  // The clause of each amount (contextRange is made when read: once per amount).
  const contextStart = new Int32Array(n), contextEnd = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const a = amounts[k];
    fundingFrom[k] = clauseStart.from(a.range.start);
    const context = a.contextRange;
    contextStart[k] = context.start;
    contextEnd[k] = context.end;
    const start = Math.min(Math.max(sentences[k].start, a.range.start - LOOKBACK), context.start, fundingFrom[k]);
    const end = Math.max(a.range.start, context.end);
    const last = windows[windows.length - 1];
    if (ordered && last && start >= last.start && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  const text = moneyText(doc, windows);
  const levels = new Map<number, string>();
  if (levelOfAmount.size) for (let k = 0; k < n; k++) { const l = levelOfAmount.get(amounts[k]); if (l !== undefined) levels.set(k, l); }
  const ctx: ItemContext = {
    doc, text, amounts, sentences, bStart: new Int32Array(n), bEnd: new Int32Array(n), fundingFrom, levels, funding: new Uint8Array(n),
  };
  const kinds = text.marks.kind;
  let kindSentence: Span | undefined;
  let sentenceKind = '';
  const keys = new Map<string, string>();
  // Amounts inside the beneficiary, nearest first (their values, up to MAX_THRESHOLDS).
  const thresholdValues = new Float64Array(MAX_THRESHOLDS);
  let prev: KeyParts | undefined;
  for (let k = 0; k < n; k++) {
    const a = amounts[k];
    const sentence = sentences[k];
    beneficiaryOf(text, a, sentence, ctx.bStart, ctx.bEnd, k);
    const bs = ctx.bStart[k], be = ctx.bEnd[k];
    const level = levels.get(k);
    // The kind of support named in the sentence, once per sentence (several amounts share one).
    if (sentence !== kindSentence && (!kindSentence || kindSentence.start !== sentence.start)) {
      kindSentence = sentence;
      sentenceKind = SUPPORT_KIND.exec(norm.slice(sentence.start, sentence.end))?.[1] ?? '';
    }
    // The first word of a kind of support (股权投资|贴息|补助|…) in the clause: the former SUPPORT_KIND.exec.
    const f = firstFit(kinds, contextStart[k], contextEnd[k]);
    const support = f >= 0 ? kinds.word[f] : sentenceKind;
    // Amounts inside the beneficiary are thresholds that tell beneficiaries apart (年营业收入不低于1亿元的企业
    // and …不低于5000万元的企业): their values stay in the key, which loses digits and units otherwise.
    // At most the MAX_THRESHOLDS nearest: a beneficiary names one or two (a list of amounts is not one).
    let taken = 0;
    for (let j = k - 1; j >= 0 && taken < MAX_THRESHOLDS && amounts[j].range.start >= bs; j--) {
      if (amounts[j].range.end <= be) thresholdValues[taken++] = amounts[j].yuan;
    }
    const name = stripSpan(norm, scanOf(text, bs), bs, be);
    const period = a.period;
    // The key is a function of its parts: an amount whose parts are the previous amount's (a run of amounts
    // for one beneficiary) takes its key without making the strings again.
    if (!prev || prev.name !== name || prev.level !== level || prev.period !== period || prev.support !== support
      || prev.taken !== taken || !sameValues(prev.values, thresholdValues, taken)) {
      let thresholds = '';
      for (let t = 0; t < taken; t++) thresholds = thresholdValues[t] + '/' + thresholds;
      prev = { name, level, period, support, taken, values: thresholdValues.slice(), key: keyOf(name + thresholds, level, period, support, keys) };
    }
    items[k] = new Item(ctx, k, prev.key);
  }
  return items;
});
