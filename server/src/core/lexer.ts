/**
 * The lexical layer: one linear pass over the normalised text of a document version yields its
 * numbers, quantities, money, percentages, dates, deadlines by month, year and numeric ranges, 发文字号,
 * 《》 titles, quotes and brackets, sentences, their parts (cut at ；) and clauses. Offsets are offsets
 * into the original text (`norm` has the same length). A hand-written scanner over char codes: every
 * loop advances, every look-ahead is bounded, so the cost is linear in the length of the text.
 *
 * Consumers ask the tokens instead of re-scanning `norm` with a regex or a loop of their own:
 * `tokensIn(span, kind)`, `sentenceAt(offset)`, `partAt(offset)`, `clauseAt(offset)` use binary search;
 * a reader of many tokens may walk the stores (`nums`, `moneyStore`, `numRangeStore`) without objects.
 * It imports only numerals.ts and vocabulary.ts: Span and DocNumber are defined here (model.ts re-exports them).
 */
import { numeralValue } from './numerals';
import {
  CN_NUMERAL_CHARS, CURRENCY_UNITS, firstCharTable, MAGNITUDES, MEASURE_WORDS, MONEY_MEASURES, MONEY_NOUNS, MONEY_QUALIFIERS, RANGE_CONNECTORS,
  YEAR_RANGE_CONNECTORS,
} from './vocabulary';

/** A stretch of the text: offsets into it (`norm` has the same length), its end excluded. */
export interface Span { start: number; end: number }

/** A 发文字号 as written, with the spans of its parts (core/citations.ts attaches it to the title it follows). */
export interface DocNumber {
  range: Span;
  /** 机关代字 as written ("" when absent). */
  agency: string;
  agencyRange: Span;
  openBracket: string;
  closeBracket: string;
  openRange: Span;
  closeRange: Span;
  year: string;
  yearRange: Span;
  /** "第" when written before the serial. */
  di: boolean;
  diRange?: Span;
  /** "字" written between the year and the serial (〔1992〕字第36号). */
  zi: boolean;
  ziRange?: Span;
  /** As written: Arabic digits, or Chinese numerals (wrong). */
  serial: string;
  serialRange: Span;
  /** 号 or 號; "" when missing. */
  hao: string;
  /** Whitespace found inside the number. */
  hasSpace: boolean;
  /** A 令号 (国务院令第707号) uses 第 legitimately. */
  isOrder: boolean;
}

export interface NumberToken extends Span {
  /** Value, magnitude included (1.5万 → 15000). NaN when the numeral cannot be read. */
  value: number;
  /** The numeral as written in `norm`. */
  text: string;
  /** Written in Chinese numerals only. */
  chinese: boolean;
  /** Arabic: the magnitude word written after the digits (万, 千万 …), '' when none. */
  magnitude: string;
  /** Arabic: end of the digits (before spaces and the magnitude). */
  digitsEnd: number;
}

export interface QuantityToken extends Span { number: NumberToken; unit: string; unitRange: Span }

export interface MoneyToken extends Span {
  /** Value in 元; for a range its upper end. */
  yuan: number;
  /** Lower end of a range, in 元. */
  minYuan?: number;
  /** Unit as written after the (upper) number: 元, 万元, 亿元, 万 (no 元) … */
  unit: string;
  /** 万/亿 money written without 元 (recognised by a money word near it). */
  missingYuan: boolean;
  lo?: NumberToken;
  /** A range: the unit written after its lower number (万元, 万, 元, '' — 10万至100万元 has 万). */
  loUnit?: string;
  hi: NumberToken;
  /** The range connector as written (-, ~, —, 至 …). */
  dash?: string;
}

export interface PercentToken extends Span { number: NumberToken; value: number; permille: boolean }

export interface DateToken extends Span {
  year: number;
  month?: number;
  day?: number;
  /** 底, 末, 前, 底前, 末前, 以前 as written after the date, '' when none. */
  suffix: string;
  chinese: boolean;
  yearRange: Span;
}

export interface YearRangeToken extends Span { from: number; to: number }

/**
 * A deadline by month, from its month to 前: 6月底前, 5月15日前, 3月中旬前, 10月以前 (Arabic numerals, no
 * blank inside). A year may stand before it (2025年6月底前 is also a date): the reader looks.
 */
export interface DeadlineToken extends Span {
  month: number;
  day?: number;
  /** 底, 末, 初, 上旬, 中旬 or 下旬 after the month; '' when none (5月前, 5月15日前). */
  part: string;
}

export interface NumRangeToken extends Span { lo: NumberToken; hi: NumberToken; dash: string; unit: string }

export interface PairToken extends Span {
  open: string;
  close: string;
  /** Nesting depth among tokens of the same family (0 = outermost). */
  depth: number;
}

export interface TokenLists {
  numbers: NumberToken[];
  quantities: QuantityToken[];
  money: MoneyToken[];
  percents: PercentToken[];
  dates: DateToken[];
  yearRanges: YearRangeToken[];
  numRanges: NumRangeToken[];
  deadlines: DeadlineToken[];
  docNumbers: DocNumber[];
  /** 《》 titles, nested ones included (depth > 0), ordered by start. */
  titles: PairToken[];
  quotes: PairToken[];
  brackets: PairToken[];
  sentences: Span[];
  /** A sentence cut at ； (对A给予50万元；对B给予20万元。 has two): where an amount's beneficiary and support are read. */
  parts: Span[];
  clauses: Span[];
}

export type TokenKind = keyof TokenLists;
/**
 * What the token scanner fills in. Number and money tokens are kept as typed arrays (NumberStore,
 * MoneyStore); their objects, and the percentages, numeric ranges and quantities made from them, are made
 * when first read, as are sentences, clauses, quotes and brackets (no rule reads them).
 */
interface Scanned {
  nums: NumberStore;
  money: MoneyStore;
  /** Numeric ranges: for each, the index of its lower number, its end and the connector's offset. */
  numRanges: number[];
  dates: DateToken[];
  yearRanges: YearRangeToken[];
  docNumbers: DocNumber[];
  titles: PairToken[];
}

export interface Tokens extends TokenLists {
  /** The number tokens as typed arrays (what `numbers` makes its objects from). */
  readonly nums: NumberStore;
  /** The money tokens as typed arrays (what `money` makes its objects from). */
  readonly moneyStore: MoneyStore;
  /**
   * The numeric ranges as recorded (what `numRanges` makes its objects from), three numbers each: the
   * index in `nums` of its lower number (the upper one is the next), its end, its connector's offset.
   */
  readonly numRangeStore: Int32Array;
  /** The sentence containing `offset` (its end excluded), if any. */
  sentenceAt(offset: number): Span | undefined;
  /** The part of a sentence (cut at ；) containing `offset`, if any. */
  partAt(offset: number): Span | undefined;
  /** The clause containing `offset`, if any. */
  clauseAt(offset: number): Span | undefined;
  /** Tokens of a kind that lie inside `span`, in order. */
  tokensIn<K extends TokenKind>(span: Span, kind: K): TokenLists[K];
}

// -------------------------------------------------------------------------------------------------
// Token stores: number and money tokens as parallel typed arrays

/** The magnitude words an Arabic number may carry (万, 千万 …): a number token's form names one by index. */
const MAGNITUDE_WORDS = Object.keys(MAGNITUDES);
/** Forms of a number token: an Arabic number without magnitude, Chinese numerals, an Arabic number with MAGNITUDE_WORDS[form - ARABIC_MAGNITUDE]. */
const ARABIC = 0, CHINESE = 1, ARABIC_MAGNITUDE = 2;

/** A typed array twice as long holding the same values first. */
function doubled<A extends Int32Array | Float64Array | Uint8Array | Uint16Array>(a: A): A {
  const b = new (a.constructor as new (n: number) => A)(a.length * 2);
  b.set(a as never);
  return b;
}

/**
 * The number tokens of a document, in order, as parallel typed arrays (token k: start[k], end[k] …). A text
 * may hold 260 000 of them (9元9元…): an object per token, then one per money token, was most of the
 * lexer's time and of its garbage. `Tokens.numbers` makes the NumberToken objects when first read.
 */
export class NumberStore {
  length = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** Arabic: end of the digits (before spaces and the magnitude); Chinese: the end. */
  digitsEnd = new Int32Array(64);
  /** Value, magnitude included (1.5万 → 15000); NaN when the numeral cannot be read. */
  value = new Float64Array(64);
  /** ARABIC, CHINESE, or ARABIC_MAGNITUDE + the index of its magnitude word. */
  form = new Uint8Array(64);
  constructor(readonly norm: string) {}
  push(start: number, end: number, digitsEnd: number, value: number, form: number): void {
    const k = this.length++;
    if (k === this.start.length) {
      this.start = doubled(this.start); this.end = doubled(this.end); this.digitsEnd = doubled(this.digitsEnd);
      this.value = doubled(this.value); this.form = doubled(this.form);
    }
    this.start[k] = start; this.end[k] = end; this.digitsEnd[k] = digitsEnd; this.value[k] = value; this.form[k] = form;
  }
  chinese(k: number): boolean { return this.form[k] === CHINESE; }
  /** A calendar year: four Arabic digits without magnitude or decimals, reading 1900–2099 (2023 in 2023—2025年, in （2018-2022）). */
  isYear(k: number): boolean {
    const v = this.value[k];
    return this.form[k] === ARABIC && this.digitsEnd[k] - this.start[k] === 4 && v >= 1900 && v < 2100 && Number.isInteger(v);
  }
  /** The magnitude word written after the digits ('' when none, and for Chinese numerals). */
  magnitude(k: number): string { const f = this.form[k]; return f >= ARABIC_MAGNITUDE ? MAGNITUDE_WORDS[f - ARABIC_MAGNITUDE] : ''; }
  /** A magnitude word holding 万 or 亿. */
  big(k: number): boolean { const m = this.magnitude(k); return m.includes('万') || m.includes('亿'); }
  /** Index of the first token starting at or after `at` (binary search). */
  firstAtOrAfter(at: number): number {
    let lo = 0, hi = this.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.start[mid] < at) lo = mid + 1; else hi = mid; }
    return lo;
  }
  /** The token as an object. */
  token(k: number): NumberToken {
    const start = this.start[k], end = this.end[k];
    return { start, end, value: this.value[k], text: this.norm.slice(start, end), chinese: this.form[k] === CHINESE, magnitude: this.magnitude(k), digitsEnd: this.digitsEnd[k] };
  }
}

/** MoneyStore flags: 元 written after the (upper) number; 元 written after the lower number of a range. */
const YUAN = 1, LO_YUAN = 2;

/**
 * The money tokens of a document, in order, as parallel typed arrays over the number store: `hi[k]` and
 * `lo[k]` index its numbers (lo -1 when it is no range), and what follows from them is read there — its
 * start (its first number's), its value in 元 (its upper number's), a range's lower end (its lower number's
 * value, times the upper one's magnitude when it has none: 13～17万元). Its unit is the upper number's
 * magnitude word and 元 when written (万元, 元, 万 without 元); a Chinese amount is always written with 元.
 */
export class MoneyStore {
  length = 0;
  end = new Int32Array(16);
  hi = new Int32Array(16);
  lo = new Int32Array(16);
  flags = new Uint8Array(16);
  /** A range's connector (-, ~, —, 至 …) as a char code. */
  dash = new Uint16Array(16);
  constructor(readonly nums: NumberStore) {}
  push(end: number, hi: number, flags: number, lo = -1, dash = 0): void {
    const k = this.length++;
    if (k === this.end.length) {
      this.end = doubled(this.end); this.hi = doubled(this.hi); this.lo = doubled(this.lo); this.flags = doubled(this.flags); this.dash = doubled(this.dash);
    }
    this.end[k] = end; this.hi[k] = hi; this.lo[k] = lo; this.flags[k] = flags; this.dash[k] = dash;
  }
  start(k: number): number { const lo = this.lo[k]; return this.nums.start[lo >= 0 ? lo : this.hi[k]]; }
  /** Value in 元; for a range its upper end. */
  yuan(k: number): number { return this.nums.value[this.hi[k]]; }
  /** Lower end of a range, in 元; undefined when it is none. */
  minYuan(k: number): number | undefined {
    const { nums } = this, lo = this.lo[k];
    if (lo < 0) return undefined;
    return nums.form[lo] !== ARABIC ? nums.value[lo] : nums.value[lo] * (MAGNITUDES[nums.magnitude(this.hi[k])] ?? 1);
  }
  /** 万/亿 money written without 元 (recognised by a money word near it). */
  missingYuan(k: number): boolean { return !(this.flags[k] & YUAN); }
  unit(k: number): string { return this.nums.magnitude(this.hi[k]) + (this.flags[k] & YUAN ? '元' : ''); }
  /** A range: the unit written after its lower number (万元, 万, 元, ''). */
  loUnit(k: number): string { return this.nums.magnitude(this.lo[k]) + (this.flags[k] & LO_YUAN ? '元' : ''); }
  /** The token as an object, numbers from `numbers` (the number store's objects). */
  token(k: number, numbers: readonly NumberToken[]): MoneyToken {
    const start = this.start(k), end = this.end[k], hi = numbers[this.hi[k]];
    if (this.lo[k] < 0) return { start, end, yuan: this.yuan(k), unit: this.unit(k), missingYuan: this.missingYuan(k), hi };
    return {
      start, end, yuan: this.yuan(k), minYuan: this.minYuan(k), unit: this.unit(k), missingYuan: this.missingYuan(k),
      lo: numbers[this.lo[k]], loUnit: this.loUnit(k), hi, dash: String.fromCharCode(this.dash[k]),
    };
  }
}

// -------------------------------------------------------------------------------------------------
// Character classes (char codes)

const SPACE = 32, TAB = 9, LF = 10, CR = 13, SEMICOLON = 59;
function isDigit(c: number): boolean { return c >= 48 && c <= 57; }
function isWs(c: number): boolean { return c === SPACE || c === TAB; }
export function isHanCode(c: number): boolean { return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf); }

/** 1 for the char codes of the Chinese numerals (a table load per character of a numeral run, not a hash look-up). */
const CN_NUMERAL = new Uint8Array(0x10000);
for (const ch of CN_NUMERAL_CHARS) CN_NUMERAL[ch.charCodeAt(0)] = 1;
/** Chinese digits only (no unit characters): a year written 二〇二四. */
const CN_DIGIT = new Set<number>([...'〇零一二三四五六七八九'].map((ch) => ch.charCodeAt(0)));

/** Sentence ends: 。 ! ? (！？ are half-width after normalisation). ； ends a clause only. */
function isSentenceEnd(c: number): boolean { return c === 0x3002 || c === 33 || c === 63 || c === 0xff01 || c === 0xff1f; }
/** Clause breaks besides sentence ends: ， ； ： and their half-width forms. */
function isClauseBreak(c: number): boolean { return c === 44 || c === 59 || c === 58 || c === 0xff0c || c === 0xff1b || c === 0xff1a; }

/** Range connectors between two amounts or numbers (5万-200万元, 13~17万元, 100至200万元). */
const AMOUNT_DASHES = new Set<number>([...RANGE_CONNECTORS].map((ch) => ch.charCodeAt(0)));
/** Range connectors between two years (also −, ―, 〜). */
const RANGE_DASHES = new Set<number>([...YEAR_RANGE_CONNECTORS].map((ch) => ch.charCodeAt(0)));

/**
 * Words grouped by their first character, longest first: a prefix test costs a few comparisons; most
 * positions start no word, which the first-character table says with one load (no hash look-up).
 */
interface WordIndex { first: Uint8Array; lists: Map<number, string[]> }
function byFirstChar(words: readonly string[]): WordIndex {
  const m = new Map<number, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const c = w.charCodeAt(0);
    const list = m.get(c) ?? [];
    list.push(w);
    m.set(c, list);
  }
  return { first: firstCharTable(words), lists: m };
}
const MEASURE_INDEX = byFirstChar(MEASURE_WORDS);
const MONEY_NOUN_INDEX = byFirstChar(MONEY_NOUNS);
/** The words that make a 万/亿 amount without 元 in their clause money: money nouns and quantities measured in money. */
const MONEY_CLAUSE_INDEX = byFirstChar([...MONEY_NOUNS, ...MONEY_MEASURES]);
const MONEY_QUALIFIER_INDEX = byFirstChar(MONEY_QUALIFIERS);
const MAGNITUDE_INDEX = byFirstChar(Object.keys(MAGNITUDES));
const CURRENCY_INDEX = byFirstChar(CURRENCY_UNITS);

function wordIn(index: WordIndex, s: string, at: number): string {
  const c = s.charCodeAt(at);
  if (!index.first[c]) return '';
  const list = index.lists.get(c);
  if (!list) return '';
  for (const w of list) if (s.startsWith(w, at)) return w;
  return '';
}

/** Skip at most one run of spaces/tabs starting at `i` (bounded by `max`). */
function skipWs(s: string, i: number, max = 8): number {
  const stop = Math.min(s.length, i + max);
  while (i < stop && isWs(s.charCodeAt(i))) i++;
  return i;
}

// -------------------------------------------------------------------------------------------------
// Money context (as core/amounts.ts decided it): the clause around, up to 80 characters each way.

/** , ; 。 : \n \r — the clause breaks of the amount context. */
function isContextBreak(c: number): boolean { return c === 44 || c === 59 || c === 0x3002 || c === 58 || c === LF || c === CR; }

export function moneyContext(norm: string, start: number, end: number): Span {
  let a = start;
  while (a > 0 && !isContextBreak(norm.charCodeAt(a - 1)) && start - a < 80) a--;
  let b = end;
  while (b < norm.length && !isContextBreak(norm.charCodeAt(b)) && b - end < 80) b++;
  return { start: a, end: b };
}

/**
 * moneyContext for amounts taken in document order, each character read at most once: the last break
 * before an amount and the first one after it carry over from one amount to the next. (moneyContext
 * alone reads up to 160 characters per amount: 80 times over in a run of 9元9元….) Out-of-order
 * calls fall back to moneyContext.
 */
export class ContextSweep {
  /** The last break before `scannedTo` (positions below it are read), or -1. */
  private lastBreak = -1;
  private scannedTo = 0;
  /** A break at or after the previous amount's end (the first one), or -1. */
  private nextBreak = -1;
  /** No break in [previous end, clearTo). */
  private clearTo = 0;
  private lastStart = 0;
  private lastEnd = 0;
  /** The clause found by the last call of `around` (two numbers, not an object per amount). */
  clauseStart = 0;
  clauseEnd = 0;
  constructor(private readonly norm: string) {}

  /** The clause of the amount [start, end), as moneyContext finds it: into clauseStart and clauseEnd. */
  around(start: number, end: number): void {
    const norm = this.norm;
    if (start < this.lastStart || end < this.lastEnd) {
      const c = moneyContext(norm, start, end);
      this.clauseStart = c.start;
      this.clauseEnd = c.end;
      return;
    }
    this.lastStart = start;
    this.lastEnd = end;
    // Only the 80 characters before `start` matter.
    for (let p = Math.max(this.scannedTo, start - 80); p < start; p++) if (isContextBreak(norm.charCodeAt(p))) this.lastBreak = p;
    this.scannedTo = Math.max(this.scannedTo, start);
    const a = Math.max(0, this.lastBreak + 1, start - 80);
    const stop = Math.min(norm.length, end + 80);
    if (this.nextBreak < end) {
      let q = Math.max(end, this.clearTo);
      while (q < stop && !isContextBreak(norm.charCodeAt(q))) q++;
      if (q < stop) this.nextBreak = q;
      this.clearTo = Math.max(this.clearTo, q);
    }
    this.clauseStart = a;
    this.clauseEnd = this.nextBreak >= end ? Math.min(this.nextBreak, stop) : stop;
  }
}

/**
 * Money nouns in the clauses of the 万/亿 amounts without 元, taken in document order: each position of
 * the text is read once however many clauses overlap it (a run of 1万1万1万… stays linear), and nothing
 * the size of the text is allocated. `has(span)`: a money noun lies wholly inside the span; the spans'
 * starts and ends only grow from one call to the next (moneyContext of amounts in order).
 */
class NounSweep {
  private scanned = 0;
  /** Start and length of the shortest noun at each position read that has one, in order. */
  private readonly pos: number[] = [];
  private readonly len: number[] = [];
  private head = 0;
  constructor(private readonly norm: string) {}
  has(span: Span): boolean {
    const { norm, pos, len } = this;
    for (let i = Math.max(this.scanned, span.start); i < span.end; i++) {
      const c = norm.charCodeAt(i);
      if (!MONEY_CLAUSE_INDEX.first[c]) continue;
      const list = MONEY_CLAUSE_INDEX.lists.get(c);
      if (!list) continue;
      let shortest = 0;
      for (const w of list) if ((!shortest || w.length < shortest) && norm.startsWith(w, i)) shortest = w.length;
      if (shortest) { pos.push(i); len.push(shortest); }
    }
    this.scanned = Math.max(this.scanned, span.end);
    while (this.head < pos.length && pos[this.head] < span.start) this.head++;
    // A noun that does not fit ends past span.end, so it starts in its last few characters: the loop is short.
    for (let k = this.head; k < pos.length && pos[k] < span.end; k++) if (pos[k] + len[k] <= span.end) return true;
    return false;
  }
}
/** hasMoneyNoun for spans in any order (a scan of the span). */
function hasMoneyNoun(norm: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) {
    const c = norm.charCodeAt(i);
    const list = MONEY_CLAUSE_INDEX.first[c] ? MONEY_CLAUSE_INDEX.lists.get(c) : undefined;
    if (list) for (const w of list) if (i + w.length <= span.end && norm.startsWith(w, i)) return true;
  }
  return false;
}

// -------------------------------------------------------------------------------------------------
// The scanner

const PAIRS: Record<string, string> = { '〔': '〕', '[': ']', '【': '】', '(': ')', '﹝': '﹞', '〈': '〉' };
const BRACKET_OPEN = '([{【〔〈﹝「『';
const BRACKET_CLOSE = ')]}】〕〉﹞」』';
const DOCNO_OPEN_CHARS = '〔[【(﹝〈';
const DOCNO_OPEN = new Set<number>([...DOCNO_OPEN_CHARS].map((ch) => ch.charCodeAt(0)));
/** 1 for a UTF-16 code unit the scanner passes over (no digit, numeral, line break, 《》 or opening bracket of a 文号). */
const PLAIN = new Uint8Array(0x10000).fill(1);
for (const ch of `0123456789${CN_NUMERAL_CHARS}\n\r《》${DOCNO_OPEN_CHARS}`) PLAIN[ch.charCodeAt(0)] = 0;

export function lex(text: string, norm: string): Tokens {
  const n = norm.length;
  const nums = new NumberStore(norm);
  const lists: Scanned = { nums, money: new MoneyStore(nums), numRanges: [], dates: [], yearRanges: [], docNumbers: [], titles: [] };
  const titleStack: number[] = [];

  let i = 0;
  while (i < n) {
    const c = norm.charCodeAt(i);
    // Most characters (Han text, Latin letters) start no token: one table lookup.
    if (PLAIN[c]) { i++; continue; }
    if (isDigit(c)) { i = scanArabic(norm, i, nums); continue; }
    if (CN_NUMERAL[c]) { i = scanChinese(norm, i, nums); continue; }
    if (c === LF || c === CR) {
      // Titles do not run over a line break.
      titleStack.length = 0;
      i++;
      continue;
    }
    if (c === 0x300a) titleStack.push(i); // 《
    else if (c === 0x300b) { // 》
      if (titleStack.length) {
        const at = titleStack.pop()!;
        lists.titles.push({ start: at, end: i + 1, open: '《', close: '》', depth: titleStack.length });
      }
    } else if (DOCNO_OPEN.has(c)) {
      const d = docNumberAt(text, norm, i);
      if (d) lists.docNumbers.push(d);
    }
    i++;
  }
  lists.titles.sort(byStart);
  combine(norm, lists);
  return withHelpers(lists, norm);
}

/**
 * Quotes (“…”, ‘…’, "…") and brackets of `norm`, each family paired with a stack of its own that a line
 * break empties; ordered by start. Made when first read.
 */
function pairSpans(norm: string): { quotes: PairToken[]; brackets: PairToken[] } {
  const quotes: PairToken[] = [], brackets: PairToken[] = [];
  const bracketStack: { at: number; close: string }[] = [];
  const quoteStack: { at: number; close: string }[] = [];
  let asciiQuote = -1;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === LF || c === CR) { bracketStack.length = 0; quoteStack.length = 0; asciiQuote = -1; continue; }
    if (!PAIR_MARK[c]) continue;
    const ch = norm[i];
    if (ch === '“' || ch === '‘') quoteStack.push({ at: i, close: ch === '“' ? '”' : '’' });
    else if (ch === '”' || ch === '’') {
      const top = quoteStack[quoteStack.length - 1];
      if (top && top.close === ch) {
        quoteStack.pop();
        quotes.push({ start: top.at, end: i + 1, open: norm[top.at], close: ch, depth: quoteStack.length });
      }
    } else if (ch === '"') {
      if (asciiQuote < 0) asciiQuote = i;
      else { quotes.push({ start: asciiQuote, end: i + 1, open: '"', close: '"', depth: 0 }); asciiQuote = -1; }
    } else {
      const o = BRACKET_OPEN.indexOf(ch);
      if (o >= 0) bracketStack.push({ at: i, close: BRACKET_CLOSE[o] });
      else {
        const top = bracketStack[bracketStack.length - 1];
        if (top && top.close === ch) {
          bracketStack.pop();
          brackets.push({ start: top.at, end: i + 1, open: norm[top.at], close: ch, depth: bracketStack.length });
        }
      }
    }
  }
  quotes.sort(byStart);
  brackets.sort(byStart);
  return { quotes, brackets };
}
/** 1 for the quote marks and brackets pairSpans pairs. */
const PAIR_MARK = new Uint8Array(0x10000);
for (const ch of `“”‘’"${BRACKET_OPEN}${BRACKET_CLOSE}`) PAIR_MARK[ch.charCodeAt(0)] = 1;

/** Per char code, the spans it ends: 1 a line break (ends all, left out of them), 2 。 ! ? (sentences), 3 ； (parts of sentences), 4 ， ： (clauses). */
const BREAK = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (c === LF || c === CR) BREAK[c] = 1;
  else if (isSentenceEnd(c)) BREAK[c] = 2;
  else if (c === SEMICOLON || c === 0xff1b) BREAK[c] = 3;
  else if (isClauseBreak(c)) BREAK[c] = 4;
}

/**
 * The sentences (level 2), their parts (3) or their clauses (4) of `norm`: a sentence ends at 。 ! ? or a
 * line break, a part also at ；, a clause also at ， ： (each trimmed of spaces, empty ones left out).
 * A pass of its own for each, run when they are first read: the characters that end them are never
 * part of a number, so the scan sees what the token scanner passes over.
 */
function spansOf(norm: string, level: 2 | 3 | 4): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < norm.length; i++) {
    const b = BREAK[norm.charCodeAt(i)];
    if (!b || b > level) continue;
    pushSpan(out, norm, start, b === 1 ? i : i + 1);
    start = i + 1;
  }
  pushSpan(out, norm, start, norm.length);
  return out;
}

function byStart(a: Span, b: Span): number { return a.start - b.start || b.end - a.end; }

/** Push [start, end) trimmed of spaces, unless it is empty. */
function pushSpan(out: Span[], norm: string, start: number, end: number): void {
  while (start < end && isWs(norm.charCodeAt(start))) start++;
  while (end > start && isWs(norm.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

/** An Arabic number at `i` (a digit run, a decimal part, a magnitude word); past its percent sign, if any. */
function scanArabic(norm: string, i: number, nums: NumberStore): number {
  const start = i;
  // The value of an integer of up to 15 digits is summed as it is read (exact below 2^53): no slice per number.
  let int = 0;
  while (i < norm.length && isDigit(norm.charCodeAt(i))) { int = int * 10 + norm.charCodeAt(i) - 48; i++; }
  const intEnd = i;
  if (norm.charCodeAt(i) === 46 && isDigit(norm.charCodeAt(i + 1))) {
    i++;
    while (i < norm.length && isDigit(norm.charCodeAt(i))) i++;
  }
  const digitsEnd = i;
  const m = skipWs(norm, i);
  const magnitude = wordIn(MAGNITUDE_INDEX, norm, m);
  const end = magnitude ? m + magnitude.length : digitsEnd;
  const read = intEnd === digitsEnd && digitsEnd - start <= 15 ? int : Number(norm.slice(start, digitsEnd));
  const value = read * (magnitude ? MAGNITUDES[magnitude] : 1);
  nums.push(start, end, digitsEnd, value, magnitude ? ARABIC_MAGNITUDE + MAGNITUDE_WORDS.indexOf(magnitude) : ARABIC);
  if (magnitude) return end;
  const u = percentAfter(norm, end);
  return u >= 0 ? u + 1 : end;
}

/** The offset of the % or ‰ after an Arabic number without magnitude ending at `end` (after up to three spaces), or -1. */
function percentAfter(norm: string, end: number): number {
  const u = skipWs(norm, end, 3);
  const pc = norm.charCodeAt(u);
  return pc === 37 || pc === 0x2030 ? u : -1;
}

/** Percentages: the Arabic numbers without magnitude followed by % or ‰. Made from the numbers when first read. */
function percentsOf(norm: string, nums: NumberStore, numbers: readonly NumberToken[]): PercentToken[] {
  const out: PercentToken[] = [];
  for (let k = 0; k < nums.length; k++) {
    if (nums.form[k] !== ARABIC) continue;
    const u = percentAfter(norm, nums.end[k]);
    if (u >= 0) out.push({ start: nums.start[k], end: u + 1, number: numbers[k], value: nums.value[k], permille: norm.charCodeAt(u) === 0x2030 });
  }
  return out;
}

/** A run of Chinese numerals at `i` (一 in 统一 is a numeral token too: consumers decide). */
function scanChinese(norm: string, i: number, nums: NumberStore): number {
  const start = i;
  while (i < norm.length && CN_NUMERAL[norm.charCodeAt(i)]) i++;
  nums.push(start, i, i, numeralValue(norm, start, i), CHINESE);
  return i;
}

/**
 * Quantities: a number and the measure word right after it (after up to three spaces for an Arabic
 * one; a percentage is none). Made from the numbers when first read (only the comparison of versions reads them).
 */
function quantitiesOf(norm: string, numbers: readonly NumberToken[]): QuantityToken[] {
  const out: QuantityToken[] = [];
  for (const tok of numbers) {
    let at = tok.end;
    if (!tok.chinese) {
      at = skipWs(norm, tok.end, 3);
      const pc = norm.charCodeAt(at);
      if (!tok.magnitude && (pc === 37 || pc === 0x2030)) continue;
    }
    const unit = wordIn(MEASURE_INDEX, norm, at);
    if (unit) out.push({ start: tok.start, end: at + unit.length, number: tok, unit, unitRange: { start: at, end: at + unit.length } });
  }
  return out;
}

// -------------------------------------------------------------------------------------------------
// Second pass over the number tokens: money, ranges, dates.

function combine(norm: string, lists: Scanned): void {
  const { nums, money } = lists;
  const { start: st, end: en, value } = nums;
  let sweeps: { clauses: ContextSweep; nouns: NounSweep; start: number; end: number } | undefined;
  /** A money noun in the clause of [start, end) (moneyContext); calls come in document order. */
  const nouns = (start: number, end: number): boolean => {
    sweeps ??= { clauses: new ContextSweep(norm), nouns: new NounSweep(norm), start: -1, end: -1 };
    sweeps.clauses.around(start, end);
    const clause = { start: sweeps.clauses.clauseStart, end: sweeps.clauses.clauseEnd };
    if (clause.start < sweeps.start || clause.end < sweeps.end) return hasMoneyNoun(norm, clause);
    sweeps.start = clause.start;
    sweeps.end = clause.end;
    return sweeps.nouns.has(clause);
  };
  // Arabic amount candidates, left to right as a global regex would take them: a range consumes both
  // numbers. Money tokens come in the order of their numbers: the money store is in document order.
  for (let a = 0; a < nums.length; a++) {
    if (nums.form[a] === CHINESE) {
      chineseMoneyOrDate(norm, nums, a, lists);
      continue;
    }
    const aMag = nums.form[a] !== ARABIC;
    const aYuanAt = aMag ? en[a] : skipWs(norm, en[a]);
    const aYuan = wordIn(CURRENCY_INDEX, norm, aYuanAt);
    const afterA = aYuan ? aYuanAt + aYuan.length : en[a];
    const d = skipWs(norm, afterA);
    const b = a + 1;
    const dashCode = norm.charCodeAt(d);
    if (b < nums.length && nums.form[b] !== CHINESE && RANGE_DASHES.has(dashCode) && st[b] === skipWs(norm, d + 1)) {
      // 2021—2025年, 2021年-2025年: a year range, not an amount.
      if (nums.isYear(a) && nums.isYear(b)) {
        const aNian = norm[en[a]] === '年';
        const bNian = norm[en[b]] === '年';
        if (aNian || bNian) lists.yearRanges.push({ start: st[a], end: bNian ? en[b] + 1 : en[b], from: value[a], to: value[b] });
      }
      if (AMOUNT_DASHES.has(dashCode)) {
        const bMag = nums.form[b] !== ARABIC;
        const bYuanAt = bMag ? en[b] : skipWs(norm, en[b]);
        const bYuan = wordIn(CURRENCY_INDEX, norm, bYuanAt);
        const end = bYuan ? bYuanAt + bYuan.length : en[b];
        lists.numRanges.push(a, end, d);
        if (bYuan || (nums.big(b) && moneyWithoutYuan(norm, st[a], end, nouns))) money.push(end, b, (bYuan ? YUAN : 0) | (aYuan ? LO_YUAN : 0), a, dashCode);
        dateAt(norm, nums, a, lists);
        dateAt(norm, nums, b, lists);
        a++;
        continue;
      }
    }
    if (aYuan || (nums.big(a) && moneyWithoutYuan(norm, st[a], en[a], nouns))) money.push(afterA, a, aYuan ? YUAN : 0);
    dateAt(norm, nums, a, lists);
  }
  lists.dates.sort(byStart);
}

/** The numeric ranges recorded by combine (lower number, end, connector offset) as tokens. */
function numRangesOf(norm: string, recorded: readonly number[], nums: NumberStore, numberAt: (k: number) => NumberToken): NumRangeToken[] {
  const out: NumRangeToken[] = [];
  for (let r = 0; r < recorded.length; r += 3) {
    const a = recorded[r], end = recorded[r + 1], d = recorded[r + 2];
    out.push({ start: nums.start[a], end, lo: numberAt(a), hi: numberAt(a + 1), dash: norm[d], unit: norm.slice(skipWs(norm, nums.digitsEnd[a + 1]), end) });
  }
  return out;
}


/** Month, day or part of a month (底, 中旬 …) and 前: the deadlines by month. Made from the numbers when first read. */
function deadlinesOf(norm: string, nums: NumberStore): DeadlineToken[] {
  const out: DeadlineToken[] = [];
  for (let k = 0; k < nums.length; k++) {
    const month = nums.value[k];
    if (!smallNumberAt(nums, k, nums.start[k]) || norm[nums.end[k]] !== '月' || month < 1 || month > 12) continue;
    let p = nums.end[k] + 1;
    let day: number | undefined, part = '';
    if (smallNumberAt(nums, k + 1, p) && (norm[nums.end[k + 1]] === '日' || norm[nums.end[k + 1]] === '号') && nums.value[k + 1] >= 1 && nums.value[k + 1] <= 31) {
      day = nums.value[k + 1];
      p = nums.end[k + 1] + 1;
    } else if (norm[p] === '底' || norm[p] === '末' || norm[p] === '初') part = norm[p];
    else if ((norm[p] === '上' || norm[p] === '中' || norm[p] === '下') && norm[p + 1] === '旬') part = norm.slice(p, p + 2);
    p += part.length;
    if (norm[p] === '以') p++;
    if (norm[p] === '前') out.push({ start: nums.start[k], end: p + 1, month, day, part });
  }
  return out;
}

/**
 * 万/亿 without 元 is money when what follows says so: a money noun right after it (给予50万补助,
 * 最高50万奖励, 50万的奖励), or no measure word (50万人, 10万吨, 3万平方米 are counts) and a money
 * word in its clause (最高不超过1000万的支持, 给予奖励50万。).
 */
function moneyWithoutYuan(norm: string, start: number, end: number, nouns: (start: number, end: number) => boolean): boolean {
  // Qualifiers between the amount and its noun: 50万的奖励, 5万-200万不等的一次性奖励, 20万一次性奖补
  // (at most three, each a known word: the walk is bounded).
  let at = end;
  for (let k = 0, w = wordIn(MONEY_QUALIFIER_INDEX, norm, at); k < 3 && w; k++, w = wordIn(MONEY_QUALIFIER_INDEX, norm, at)) at += w.length;
  if (wordIn(MONEY_NOUN_INDEX, norm, at)) return true;
  const next = norm.charCodeAt(end);
  if (wordIn(MEASURE_INDEX, norm, end)) return false;
  // Another Han character or % after it: a word we do not know (万众, 万家灯火) is not money; a
  // qualifier (的, 不等, 一次性) is read on, and the clause decides.
  if ((isHanCode(next) || next === 37) && at === end && !'以及和或、'.includes(norm[end])) return false;
  return nouns(start, end);
}

/** Chinese numerals: N元 money (一万元), and 二〇二四年三月五日 dates. */
function chineseMoneyOrDate(norm: string, nums: NumberStore, k: number, lists: Scanned): void {
  const start = nums.start[k], end = nums.end[k], value = nums.value[k];
  const yuan = wordIn(CURRENCY_INDEX, norm, end);
  if (yuan && Number.isFinite(value) && value > 0) lists.money.push(end + yuan.length, k, YUAN);
  if (end - start === 4 && norm[end] === '年' && allChineseDigits(norm, start, end)) {
    // The Chinese number token right after token j - 1 and its character, ended by `ch`.
    const nxt = (j: number, ch: string) => j < nums.length && nums.form[j] === CHINESE && nums.start[j] === nums.end[j - 1] + 1
      && norm[nums.end[j]] === ch && nums.end[j] - nums.start[j] <= 3 ? j : -1;
    const mo = nxt(k + 1, '月');
    const dy = mo >= 0 ? nxt(k + 2, '日') : -1;
    const dateEnd = dy >= 0 ? nums.end[dy] + 1 : mo >= 0 ? nums.end[mo] + 1 : end + 1;
    lists.dates.push({
      start, end: dateEnd, year: value, month: mo >= 0 ? nums.value[mo] : undefined, day: dy >= 0 ? nums.value[dy] : undefined,
      suffix: '', chinese: true, yearRange: { start, end },
    });
  }
}

function allChineseDigits(norm: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!CN_DIGIT.has(norm.charCodeAt(i))) return false;
  return true;
}

const DATE_SUFFIXES = ['底前', '末前', '以前', '之前', '底', '末', '前'];

/** A number token with at most two digits and no magnitude, starting at `at`: a month or a day. */
function smallNumberAt(nums: NumberStore, j: number, at: number): boolean {
  return j < nums.length && nums.form[j] === ARABIC && nums.start[j] === at && nums.digitsEnd[j] - nums.start[j] <= 2;
}

/** 2025年, 2025年6月底前, 2024年3月5日 at number k (a 4-digit year followed by 年). */
function dateAt(norm: string, nums: NumberStore, k: number, lists: Scanned): void {
  if (k >= nums.length || !nums.isYear(k)) return;
  const nian = skipWs(norm, nums.end[k], 3);
  if (norm[nian] !== '年') return;
  let end = nian + 1;
  let month: number | undefined, day: number | undefined;
  if (smallNumberAt(nums, k + 1, skipWs(norm, end, 3))) {
    const yue = skipWs(norm, nums.end[k + 1], 3);
    const mv = nums.value[k + 1];
    if (norm[yue] === '月' && mv >= 1 && mv <= 12) {
      month = mv; end = yue + 1;
      if (smallNumberAt(nums, k + 2, skipWs(norm, end, 3))) {
        const ri = skipWs(norm, nums.end[k + 2], 3);
        const dv = nums.value[k + 2];
        if ((norm[ri] === '日' || norm[ri] === '号') && dv >= 1 && dv <= 31) { day = dv; end = ri + 1; }
      }
    }
  }
  const s = skipWs(norm, end, 3);
  let suffix = '';
  for (const w of DATE_SUFFIXES) if (norm.startsWith(w, s)) { suffix = w; break; }
  if (suffix) end = s + suffix.length;
  const start = nums.start[k];
  lists.dates.push({ start, end, year: nums.value[k], month, day, suffix, chinese: false, yearRange: { start, end: nums.digitsEnd[k] } });
}

// -------------------------------------------------------------------------------------------------
// 发文字号: agency · bracket · year · bracket · 字? · 第? · serial · 号?, and the wrong forms
// core/citations.ts findDocNumbers reports (other brackets, 字, 第, a Chinese serial, no 号).
// Whitespace once per gap, each gap scanned once: no backtracking.

/** Words that end the text before a 机关代字 (根据国发〔2015〕40号 → 国发). */
const AGENCY_STOP = /^.*(根据|按照|依据|依照|参照|贯彻|落实|印发|转发|执行|文件|精神|通知|意见|规定|以及|及|和|与|的|是|为|见|于|在|即|号)/;
const PINYIN_GLOSS_END = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)$/;
const CN_SERIAL = new Set<number>([...'零〇一二三四五六七八九十百'].map((ch) => ch.charCodeAt(0)));

function agencyStartBefore(norm: string, end: number): number {
  let i = end;
  let count = 0;
  while (i > 0 && count < 14) {
    const c = norm.charCodeAt(i - 1);
    if (isHanCode(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { i--; count++; continue; }
    if (c === 41) {
      const m = PINYIN_GLOSS_END.exec(norm.slice(Math.max(0, i - 9), i));
      if (m) { i -= m[0].length; count++; continue; }
    }
    break;
  }
  return i;
}

/** A run of spaces/tabs (unbounded, like [ \t]*: scanned once because the caller moves past it). */
function wsRun(s: string, i: number): number { while (i < s.length && isWs(s.charCodeAt(i))) i++; return i; }

/**
 * A number in round brackets with no 机关代字 is a 发文字号 only as the value of a label — at the
 * start of a line or after a colon (建议字:（2023）8号, 文号：（2019）3号) — and not followed by a noun:
 * "…的(2020)3号地块" names a plot.
 */
function labelledBareNumber(norm: string, openStart: number, end: number): boolean {
  let b = openStart;
  while (b > 0 && isWs(norm.charCodeAt(b - 1))) b--;
  const before = b > 0 ? norm[b - 1] : '\n';
  const after = norm.charCodeAt(end);
  return (before === '\n' || before === '\r' || before === ':' || before === '：') && !(after >= 0x4e00 && after <= 0x9fff);
}

export function docNumberAt(text: string, norm: string, openStart: number): DocNumber | undefined {
  const lb = norm[openStart];
  let i = wsRun(norm, openStart + 1);
  const yearStart = i;
  if (norm[i] === "'") i++;
  const digits = i;
  while (i < norm.length && isDigit(norm.charCodeAt(i)) && i - digits < 5) i++;
  const nd = i - digits;
  if (nd < 2 || nd > 4) return undefined;
  const rawYear = norm.slice(yearStart, i);
  const sp2Start = wsRun(norm, i);
  const closeStart = sp2Start;
  const rb = norm[closeStart];
  if (!rb || PAIRS[lb] !== rb) return undefined;
  i = closeStart + 1;
  const ziStart = wsRun(norm, i);
  const sp2 = ziStart > i;
  const zi = norm[ziStart] === '字';
  i = zi ? ziStart + 1 : ziStart;
  let j = wsRun(norm, i);
  const spz = zi && j > i;
  const diAt = j;
  const di = norm[j] === '第';
  if (di) j++;
  i = j;
  j = wsRun(norm, i);
  const sp3 = di && j > i;
  // Without 字 or 第 the gaps before the serial are one run of spaces.
  const serialStart = j;
  let k = serialStart;
  const arabicSerial = isDigit(norm.charCodeAt(k));
  if (arabicSerial) while (k < norm.length && isDigit(norm.charCodeAt(k)) && k - serialStart < 5) k++;
  else while (k < norm.length && CN_SERIAL.has(norm.charCodeAt(k)) && k - serialStart < 5) k++;
  if (k === serialStart) return undefined;
  const serial = norm.slice(serialStart, k);
  const haoAt = wsRun(norm, k);
  const hao = norm[haoAt] === '号';
  const sp4 = haoAt > k;
  // Without 号 only 〔year〕digits followed by the end of the phrase is a number (not 〔2020〕7月).
  if (!hao) {
    const after = norm.charCodeAt(haoAt);
    if (lb !== '〔' || !arabicSerial || (after >= 0x4e00 && after <= 0x9fff) || isDigit(after) || after === 37 || after === 46) return undefined;
  }
  const year = rawYear.replace("'", '');
  if (year.length === 3) return undefined;
  if (year.length === 4 && !/^(19|20)\d\d$/.test(year)) return undefined;
  let agencyEnd = openStart;
  while (agencyEnd > 0 && isWs(norm.charCodeAt(agencyEnd - 1))) agencyEnd--;
  const sp1 = agencyEnd < openStart;
  let agencyStart = agencyStartBefore(norm, agencyEnd);
  let agency = norm.slice(agencyStart, agencyEnd);
  const stop = AGENCY_STOP.exec(agency);
  if (stop) { agencyStart += stop[0].length; agency = agency.slice(stop[0].length); }
  // With no 机关代字 only the number's own brackets, or round ones as a label's value (core/citations.ts).
  if (!agency && lb !== '〔' && lb !== '[' && lb !== '【' && lb !== '﹝'
    && !(lb === '(' && hao && arabicSerial && !zi && !di && rawYear.length === 4 && labelledBareNumber(norm, openStart, haoAt + 1))) return undefined;
  const end = hao ? haoAt + 1 : k;
  const agencyText = text.slice(agencyStart, agencyStart + agency.length);
  return {
    range: { start: agency ? agencyStart : openStart, end },
    agency: agencyText,
    agencyRange: { start: agencyStart, end: agencyStart + agency.length },
    openBracket: text[openStart],
    closeBracket: text[closeStart],
    openRange: { start: openStart, end: openStart + 1 },
    closeRange: { start: closeStart, end: closeStart + 1 },
    year: rawYear,
    yearRange: { start: yearStart, end: yearStart + rawYear.length },
    di,
    diRange: di ? { start: diAt, end: diAt + 1 } : undefined,
    zi,
    ziRange: zi ? { start: ziStart, end: ziStart + 1 } : undefined,
    serial,
    serialRange: { start: serialStart, end: k },
    hao: hao ? text[end - 1] : '',
    hasSpace: (sp1 && !!agency) || sp2 || spz || sp3 || (hao && sp4) || yearStart > openStart + 1 || sp2Start > yearStart + rawYear.length,
    isOrder: /令$/.test(agency),
  };
}

// -------------------------------------------------------------------------------------------------
// Queries

/** Index of the last span starting at or before `at`, or -1. */
function lastStartingAtOrBefore(list: Span[], at: number): number {
  let lo = 0, hi = list.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** Index of the first span starting at or after `at`. */
function firstStartingAtOrAfter(list: Span[], at: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < at) lo = mid + 1; else hi = mid;
  }
  return lo;
}

function containing(list: Span[], at: number): Span | undefined {
  const k = lastStartingAtOrBefore(list, at);
  return k >= 0 && at < list[k].end ? list[k] : undefined;
}

function withHelpers(scanned: Scanned, norm: string): Tokens {
  const { nums, money } = scanned;
  const docSpans = scanned.docNumbers.map((d) => d.range);
  let sentences: Span[] | undefined, parts: Span[] | undefined, clauses: Span[] | undefined;
  let pairs: { quotes: PairToken[]; brackets: PairToken[] } | undefined;
  let numbers: NumberToken[] | undefined, moneyTokens: MoneyToken[] | undefined, percents: PercentToken[] | undefined;
  let numRanges: NumRangeToken[] | undefined, quantities: QuantityToken[] | undefined, deadlines: DeadlineToken[] | undefined;
  // Number objects made one by one (for the ranges) before all of them were: `numbers` takes the same objects.
  const some = new Map<number, NumberToken>();
  const numberAt = (k: number): NumberToken => {
    if (numbers) return numbers[k];
    let t = some.get(k);
    if (!t) some.set(k, (t = nums.token(k)));
    return t;
  };
  const tokens = {
    nums, moneyStore: money, numRangeStore: Int32Array.from(scanned.numRanges),
    dates: scanned.dates, yearRanges: scanned.yearRanges, docNumbers: scanned.docNumbers, titles: scanned.titles,
    // The token objects, made from the stores when first read.
    get numbers(): NumberToken[] { return (numbers ??= Array.from({ length: nums.length }, (_, k) => some.get(k) ?? nums.token(k))); },
    get money(): MoneyToken[] { return (moneyTokens ??= Array.from({ length: money.length }, (_, k) => money.token(k, tokens.numbers))); },
    get percents(): PercentToken[] { return (percents ??= percentsOf(norm, nums, tokens.numbers)); },
    get numRanges(): NumRangeToken[] { return (numRanges ??= numRangesOf(norm, scanned.numRanges, nums, numberAt)); },
    get quantities(): QuantityToken[] { return (quantities ??= quantitiesOf(norm, tokens.numbers)); },
    get deadlines(): DeadlineToken[] { return (deadlines ??= deadlinesOf(norm, nums)); },
    get sentences(): Span[] { return (sentences ??= spansOf(norm, 2)); },
    get parts(): Span[] { return (parts ??= spansOf(norm, 3)); },
    get clauses(): Span[] { return (clauses ??= spansOf(norm, 4)); },
    get quotes(): PairToken[] { return (pairs ??= pairSpans(norm)).quotes; },
    get brackets(): PairToken[] { return (pairs ??= pairSpans(norm)).brackets; },
    sentenceAt: (offset: number) => containing(tokens.sentences, offset),
    partAt: (offset: number) => containing(tokens.parts, offset),
    clauseAt: (offset: number) => containing(tokens.clauses, offset),
    tokensIn<K extends TokenKind>(span: Span, kind: K): TokenLists[K] {
      const list = (kind === 'docNumbers' ? docSpans : tokens[kind]) as Span[];
      const items = tokens[kind] as unknown[];
      const out: unknown[] = [];
      for (let k = firstStartingAtOrAfter(list, span.start); k < list.length && list[k].start < span.end; k++) {
        if (list[k].end <= span.end) out.push(items[k]);
      }
      return out as TokenLists[K];
    },
  };
  return tokens;
}
