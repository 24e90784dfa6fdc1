/**
 * Number tokens for the number/ and text/ rules: numeric and time ranges, Arabic numbers written
 * with 十/百/千, Chinese-numeral counts and the Arabic counts of the same kind. Each scan is one
 * linear regex pass over `doc.norm`, memoised per document so several rules share it.
 * Offsets are offsets into `doc.text` (norm has the same length).
 */
import type { PolicyDocument, Span } from './model';
import type { NumberStore } from './lexer';
import { cnToNumber, numeralValue } from './numerals';
import { memo } from './analysis';
import { endsWithOneOf, hasAnyOf, isDigit, isHanCode, isOneOf, isSpaceOrTab } from './chars';
import { YEAR_RANGE_CONNECTORS, firstCharTable, isAsciiLetter, skipForward, startsWithWord, wordAt } from './vocabulary';

export { memo };


/** A CJK unified ideograph (BMP, with extension A). */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

// ---------------------------------------------------------------------------------------------
// Ranges: NUMBER unit? CONNECTOR NUMBER unit?

export type Connector = 'hyphen' | 'dash' | 'tilde' | 'dao' | 'dunhao';

export interface NumRange {
  range: Span;
  a: { range: Span; value: string; unit: string };
  conn: { range: Span; kind: Connector; text: string };
  b: { range: Span; value: string };
  /** The character(s) after the second number (its unit), "" when none. */
  bUnit: string;
  bUnitRange: Span;
  /** A span of time (years, months, days, hours): takes the 一字线 —. */
  time: boolean;
}

/** The connectors a range may be written with (range-mark reads which), and 、 (三、五个). */
const CONNECTORS = YEAR_RANGE_CONNECTORS + '、';
/**
 * 1 for the char codes of CONNECTORS. The scans of this file run over every Arabic number of a text (260 000
 * in 1 MB of 9元): they test char codes, not one-character strings.
 */
const CONNECTOR_CODE = new Uint8Array(0x10000);
for (const ch of CONNECTORS) CONNECTOR_CODE[ch.charCodeAt(0)] = 1;

/** An ASCII digit at s[i]. */
function digitAt(s: string, i: number): boolean { const c = s.charCodeAt(i); return c >= 48 && c <= 57; }
/** Past the spaces and tabs at `at`. */
function blanksEnd(s: string, at: number): number {
  for (let c = s.charCodeAt(at); c === 32 || c === 9; c = s.charCodeAt(++at));
  return at;
}

/** The longest unit that may stand at `at`: 2 for two Han characters, 1 for one or for % ‰, else 0 (a shorter one is tried too). */
function unitLength(s: string, at: number): number {
  const c = s.charCodeAt(at);
  if (c === 37 || c === 0x2030) return 1;
  if (!isHanCode(c)) return 0;
  return isHanCode(s.charCodeAt(at + 1)) ? 2 : 1;
}

interface RangeParts { end: number; aEnd: number; aUnitRaw: string; connText: string; bv: string; bUnitRaw: string }

/**
 * A range whose first number is the lexer's number k: the number, an optional unit of up to two Han
 * characters (or % ‰), an optional inclusive mark (含) closing the first bound, a connector, the
 * second number (not followed by a digit or a full stop) and its unit of up to two characters.
 * The first unit is tried longest first, then without it (5年至10年, 5至10).
 */
function rangeAt(norm: string, nums: NumberStore, k: number): RangeParts | undefined {
  // The lexer's numbers: their digits, a decimal part included, end at digitsEnd.
  const aEnd = nums.digitsEnd[k];
  const unitStart = blanksEnd(norm, aEnd);
  // The unit's possible ends, longest first, then no unit at all (no array per number: a scan over every number).
  for (let n = unitLength(norm, unitStart); n >= 0; n--) {
    const aUnitEnd = n > 0 ? unitStart + n : aEnd;
    const c = afterInclusiveMark(norm, blanksEnd(norm, aUnitEnd));
    if (!CONNECTOR_CODE[norm.charCodeAt(c)]) continue;
    const bStart = blanksEnd(norm, c + 1);
    if (!digitAt(norm, bStart)) continue;
    // A digit after a connector and blanks starts a number token (the tokens between lie in the few characters of the unit).
    let j = k + 1;
    while (j < nums.length && nums.start[j] < bStart) j++;
    if (j === nums.length || nums.start[j] !== bStart) continue;
    const bEnd = nums.digitsEnd[j];
    if (norm.charCodeAt(bEnd) === 46) continue;
    const u = blanksEnd(norm, bEnd);
    const bUnitRaw = norm.slice(u, u + unitLength(norm, u));
    return { end: u + bUnitRaw.length, aEnd, aUnitRaw: norm.slice(aEnd, aUnitEnd), connText: norm[c], bv: norm.slice(bStart, bEnd), bUnitRaw };
  }
  return undefined;
}
/**
 * After an inclusive mark (含) / （含） that closes the first bound (25亿元(含)-30亿元, 80分（含）～84分), and the
 * blanks after it; `at` itself when there is none.
 */
function afterInclusiveMark(s: string, at: number): number {
  const open = s.charCodeAt(at), close = s.charCodeAt(at + 2);
  if ((open !== 40 && open !== 0xff08) || s[at + 1] !== '含' || (close !== 41 && close !== 0xff09)) return at;
  return blanksEnd(s, at + 3);
}
const CONNECTOR_KIND: Record<string, Connector> = {
  '-': 'hyphen', '–': 'hyphen', '−': 'hyphen', '—': 'dash', '―': 'dash', '~': 'tilde', '〜': 'tilde', 至: 'dao', 到: 'dao', '、': 'dunhao',
};
/** Two-character units of the second number of a range (else its unit is one character). */
const TWO_CHAR_UNITS = ['万元', '亿元', '个月', '公里', '千米', '千克', '平方', '星级'];

/** A calendar year written with four digits, 19xx or 20xx. */
export function isYearText(s: string): boolean {
  return s.length === 4 && (s.startsWith('19') || s.startsWith('20')) && isDigit(s[2]) && isDigit(s[3]);
}

function scanRanges(doc: PolicyDocument): NumRange[] {
  const { norm } = doc;
  const out: NumRange[] = [];
  // From each Arabic number of the lexer not inside a range already read (nor after a full stop).
  let resume = 0;
  const nums = doc.tokens.nums;
  for (let k = 0; k < nums.length; k++) {
    const start = nums.start[k];
    if (nums.chinese(k) || start < resume || norm.charCodeAt(start - 1) === 46) continue;  // not after a full stop
    const m = rangeAt(norm, nums, k);
    if (!m) continue;
    resume = m.end;
    // 1万元、2万元 lists amounts: a 、 after a unit never joins a range (no rule reads one: an approximate
    // 三、五个 has no unit after its first number). Its second number may start a range of its own.
    if (m.connText === '、' && m.aUnitRaw.trim()) { resume = m.aEnd; continue; }
    const prev = norm[start - 1] ?? '';
    // Inside a longer number, a code (GB/T 15834-2011, G1-2), a date (2023-07-21) or a time (9:00-17:00).
    if (isDigit(prev) || isAsciiLetter(prev) || isOneOf(prev, '.-/:_—~〜')) { resume = m.aEnd; continue; }
    const { aUnitRaw, connText, bv, bUnitRaw } = m;
    const av = norm.slice(start, m.aEnd);
    let end = m.end;
    const bEndRaw = end - bUnitRaw.length;
    const afterB = firstAfter(norm, bEndRaw, 3, isSpaceOrTab);
    if (!bUnitRaw && isOneOf(afterB, '-/')) continue;          // 2023-07-21, 1-2-3
    const aUnit = aUnitRaw.trim();
    const aEnd = start + av.length;
    const connStart = norm.indexOf(connText, m.aEnd + aUnitRaw.length);
    // —— is a 破折号, not a connector.
    if (connText === '—' && (norm[connStart + 1] === '—' || norm[connStart - 1] === '—')) continue;
    const bStart = norm.indexOf(bv, connStart + connText.length);
    const bEnd = bStart + bv.length;
    // The unit of the second number: one character, or a two-character unit (万元, 个月, 公里).
    const bUnit = startsWithWord(bUnitRaw, TWO_CHAR_UNITS) ? bUnitRaw.slice(0, 2) : bUnitRaw.slice(0, 1);
    const bUnitStart = bUnit ? end - bUnitRaw.length : bEnd;
    end = bUnitStart + bUnit.length;
    const time = isTimeSpan(av, aUnit, bv, bUnit);
    out.push({
      range: { start, end },
      a: { range: { start, end: aEnd }, value: av, unit: aUnit },
      conn: { range: { start: connStart, end: connStart + connText.length }, kind: CONNECTOR_KIND[connText], text: doc.text.slice(connStart, connStart + connText.length) },
      b: { range: { start: bStart, end: bEnd }, value: bv },
      bUnit, bUnitRange: { start: bUnitStart, end: bUnitStart + bUnit.length },
      time,
    });
    // A range may end where the next one starts (5万—10万元、10万—20万元): resume after the second number.
    resume = bEnd;
  }
  return out;
}

/** The first character of s[at, at + width) for which `skip` does not hold, or undefined. */
function firstAfter(s: string, at: number, width: number, skip: (ch: string) => boolean): string | undefined {
  const stop = Math.min(s.length, at + width);
  const j = skipForward(s, at, skip, stop);
  return j < stop ? s[j] : undefined;
}

function isTimeSpan(a: string, aUnit: string, b: string, bUnit: string): boolean {
  if (isYearText(a) && isYearText(b) && Number(b) >= Number(a) && (aUnit === '' || aUnit === '年') && !isOneOf(bUnit[0], '万亿%‰元')) return true;
  const na = Number(a), nb = Number(b);
  const u = bUnit[0] ?? '';
  const au = aUnit[aUnit.length - 1] ?? '';
  if ((au === '月' || (!aUnit && u === '月')) && aUnit !== '个月' && na >= 1 && nb <= 12) return true;
  if ((au === '日' || au === '号' || (!aUnit && (u === '日' || u === '号'))) && na >= 1 && nb <= 31) return true;
  if ((au === '时' || (!aUnit && u === '时')) && nb <= 24) return true;
  return false;
}

/** Numeric and time ranges of the document, in order. */
export function numericRanges(doc: PolicyDocument): NumRange[] {
  return memo(doc, 'ranges', scanRanges);
}

// ---------------------------------------------------------------------------------------------
// Arabic numbers mixed with 十/百/千 (1千万, 3亿4千5百万).

export interface MixedNumber { range: Span; value: number; text: string }

/**
 * Per char code: the characters of a number that mixes Arabic digits with 十/百/千/万/亿 (a run of them from
 * a digit) — 2 for 十 百 千, which such a number holds, 1 for the digits, the full stop, 万 and 亿.
 */
const MIXED_CHAR = new Uint8Array(0x10000);
for (const ch of '0123456789.万亿') MIXED_CHAR[ch.charCodeAt(0)] = 1;
for (const ch of '十百千') MIXED_CHAR[ch.charCodeAt(0)] = 2;
/** 千瓦, 千克, 千米 … and 百分点 are units, not numerals. */
const NOT_NUMERAL_AFTER = '瓦克米卡伏帕赫焦兆分';

function scanMixed(doc: PolicyDocument): MixedNumber[] {
  const { norm } = doc;
  const out: MixedNumber[] = [];
  // From each Arabic number of the lexer that no earlier run covers (3亿4千5百万 is one run of three tokens).
  let done = 0;
  const nums = doc.tokens.nums;
  for (let k = 0; k < nums.length; k++) {
    const start = nums.start[k];
    if (nums.chinese(k) || start < done || norm.charCodeAt(start - 1) === 46) continue;  // not after a full stop
    let hundreds = false;
    done = start;
    for (let c = norm.charCodeAt(done); MIXED_CHAR[c]; c = norm.charCodeAt(++done)) if (MIXED_CHAR[c] === 2) hundreds = true;
    // No 十/百/千 in the run: none in the number read from it either.
    if (!hundreds) continue;
    if (isAsciiLetter(norm[start - 1])) continue;
    // A full stop not followed by a digit ends the number (29.百名: a list number).
    let s = norm.slice(start, done);
    for (let k = s.indexOf('.'); k >= 0; k = s.indexOf('.', k + 1)) if (!isDigit(s[k + 1])) { s = s.slice(0, k); break; }
    if (twoDotsApart(s)) continue;                                      // 1.2.3: a section number
    // Drop a trailing 十/百/千 that starts a unit (10亿千瓦).
    while (endsWithOneOf(s, '十百千') && isOneOf(norm[start + s.length], NOT_NUMERAL_AFTER)) s = s.slice(0, -1);
    if (!hasAnyOf(s, '十百千')) continue;
    const value = mixedValue(s);
    if (!Number.isFinite(value) || value <= 0) continue;
    out.push({ range: { start, end: start + s.length }, value, text: doc.text.slice(start, start + s.length) });
  }
  return out;
}

/** Two full stops with only digits between them (1.2.3). */
function twoDotsApart(s: string): boolean {
  for (let k = s.indexOf('.'); k >= 0; k = s.indexOf('.', k + 1)) if (s[skipForward(s, k + 1, isDigit)] === '.') return true;
  return false;
}

/** Value of a numeral that mixes Arabic digits with 十/百/千/万/亿 (1千万 → 1e7, 3亿4千5百万 → 3.45e8): the one parser. */
export function mixedValue(s: string): number { return numeralValue(s); }

/** Arabic numbers mixed with 十/百/千 in the document. */
export function mixedNumbers(doc: PolicyDocument): MixedNumber[] {
  return memo(doc, 'mixed', scanMixed);
}

/**
 * Write a value in Arabic digits with 万 or 亿 as the only characters (GB/T 15835 §5.3):
 * `big` is the largest of 万/亿 the drafter used (1e7 with 万 → 1000万, 3.45e8 with 亿 → 3.45亿).
 */
export function formatArabic(value: number, big: '' | '万' | '亿'): string {
  const f = big === '亿' ? 1e8 : big === '万' ? 1e4 : 1;
  const n = Number((value / f).toPrecision(12));
  return String(n) + big;
}

// ---------------------------------------------------------------------------------------------
// 同类别同形式: Chinese-numeral counts beside Arabic counts of the same kind.

export interface CnCount {
  range: Span;
  /** The numeral as written (simplified after normalisation). */
  numeral: string;
  value: number;
  /** 万 or 亿 when the numeral ends with one. */
  big: '' | '万' | '亿';
  /** Kind of quantity: 年, 个月, 天, 元, 万, 亿 … */
  key: string;
}

/** Measure words of the counts compared for 同类别同形式. */
const COUNT_MEASURES = ['个月', '万元', '亿元', '元', '年', '天', '倍', '亩', '公里', '吨', '人', '次'];
/** The numerals of a Chinese count (the financial forms 壹贰… aside). */
const COUNT_NUMERALS = '〇零一二两三四五六七八九十百千万亿';
const COUNT_NUMERAL_CODES = new Set([...COUNT_NUMERALS].map((c) => c.charCodeAt(0)));
/** 1 for the first character of a measure word of COUNT_MEASURES (most numbers have none after them). */
const COUNT_MEASURE_FIRST = firstCharTable(COUNT_MEASURES);
const WAN = '万'.charCodeAt(0), YI = '亿'.charCodeAt(0);

function keyOf(big: string, measure: string): string {
  if (big) return big;
  if (measure === '万元' || measure === '亿元') return measure[0];
  return measure;
}

/** Kinds of quantity the document writes in Arabic digits (years of the calendar excluded). */
export function arabicKinds(doc: PolicyDocument): Set<string> {
  return memo(doc, 'arabic-kinds', (d) => {
    const { norm } = d;
    const kinds = new Set<string>();
    const nums = d.tokens.nums;
    for (let k = 0; k < nums.length; k++) {
      if (nums.chinese(k) || norm.charCodeAt(nums.start[k] - 1) === 46) continue;   // 1.2.3: a section number
      // The number's own 万/亿 only (not 千万: that is no count of 万), then a measure word.
      let at = blanksEnd(norm, nums.digitsEnd[k]);
      const bigCode = norm.charCodeAt(at);
      const big = bigCode === WAN || bigCode === YI ? norm[at] : '';
      if (big) at++;
      const measure = COUNT_MEASURE_FIRST[norm.charCodeAt(at)] ? wordAt(norm, at, COUNT_MEASURES) : '';
      if (!big && !measure) continue;
      const after = at + measure.length;
      if (measure === '年' && !big) {
        const v = norm.slice(nums.start[k], nums.digitsEnd[k]);
        if (v.length === 4 || integerDigits(v) >= 4 || firstAfter(norm, after, 4, digitOrSpace) === '月') continue;
      }
      kinds.add(keyOf(big, measure));
    }
    return kinds;
  });
}

function digitOrSpace(ch: string): boolean { return ch === ' ' || isDigit(ch); }

/** Digits before the decimal point of a number written \d+(.\d+)?. */
function integerDigits(v: string): number { const dot = v.indexOf('.'); return dot < 0 ? v.length : dot; }

/** Quoted (“…”) and title (《…》) spans of the document: numerals there are names. */
export function quotedSpans(doc: PolicyDocument): Span[] {
  return memo(doc, 'quoted', (d) => {
    const out: Span[] = [];
    const re = /“[^”\n]{0,60}”|《[^》\n]{0,120}》|"[^"\n]{0,60}"/g;
    for (let m = re.exec(d.norm); m; m = re.exec(d.norm)) out.push({ start: m.index, end: m.index + m[0].length });
    return out;
  });
}

/** Whether `pos` lies inside one of the sorted spans. */
export function inSpans(spans: readonly Span[], pos: number): boolean {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

const CN_DIGITS = '一二三四五六七八九两';
/** Two digits side by side (三五天, 一两个): an approximate number. */
function adjacentDigits(numeral: string): boolean {
  for (let k = 1; k < numeral.length; k++) if (isOneOf(numeral[k - 1], CN_DIGITS) && isOneOf(numeral[k], CN_DIGITS)) return true;
  return false;
}
/** After N次, words that make it a session when 届 comes before (十三届二次会议, 十三届全国人大五次会议). */
const SESSION_AFTER_CI = ['会议', '全会', '全体会议', '代表大会', '常委会'];
/** A count followed by one of these names a plan or a campaign (三年行动, 五大工程). */
const NAME_AFTER_COUNT = ['行动', '计划', '规划', '攻坚', '工程'];

/**
 * The runs of COUNT_NUMERALS in the document, in order, found from the lexer's number tokens: every
 * such character lies in a Chinese numeral token or in the 万/亿 word of an Arabic one (5亿五千万: the
 * run 亿五千万 spans both).
 */
function countNumeralRuns(doc: PolicyDocument): Span[] {
  const { norm } = doc;
  const out: Span[] = [];
  let done = 0;
  const nums = doc.tokens.nums;
  for (let k = 0; k < nums.length; k++) {
    const chinese = nums.chinese(k), magnitude = nums.magnitude(k), end = nums.end[k];
    if (!chinese && !magnitude) continue;
    for (let p = Math.max(chinese ? nums.start[k] : end - magnitude.length, done); p < end; p++) {
      if (!COUNT_NUMERAL_CODES.has(norm.charCodeAt(p))) continue;
      let start = p, end = p + 1;
      while (start > 0 && COUNT_NUMERAL_CODES.has(norm.charCodeAt(start - 1))) start--;
      while (end < norm.length && COUNT_NUMERAL_CODES.has(norm.charCodeAt(end))) end++;
      const run = { start, end };
      out.push(run);
      done = run.end;
      p = run.end - 1;
    }
  }
  return out;
}

function scanCnCounts(doc: PolicyDocument): CnCount[] {
  const { norm } = doc;
  const out: CnCount[] = [];
  for (const { start, end } of countNumeralRuns(doc)) {
    const numeral = norm.slice(start, end);
    const measure = wordAt(norm, end, COUNT_MEASURES);
    const big = endsWithOneOf(numeral, '万亿') ? numeral[numeral.length - 1] as '万' | '亿' : '';
    if (!measure && !big) continue;
    if (!hasAnyOf(numeral, CN_DIGITS) && numeral[0] !== '十') continue;    // 百年老店, 千人计划, 万元
    if (hasAnyOf(numeral, '〇零') && measure === '年') continue;         // 二〇〇六年: a date
    if (adjacentDigits(numeral)) continue;                            // 三五天, 一两个: approximate
    // 次: 二次污染, 二次开发 are words (a count of two is 两次); 十三届全国人大五次会议 is a session (届 before
    // it), 每年召开两次会议 a count.
    if (measure === '次' && (numeral === '二' || (norm.slice(Math.max(0, start - 10), start).includes('届')
      && startsWithWord(norm.slice(end + 1, end + 6), SESSION_AFTER_CI)))) continue;
    const prev = norm[start - 1] ?? '';
    if (isOneOf(prev, '第上下初周星每月')) continue;                      // 第一, 上一年度, 初一
    if (isOneOf(prev, '前后') && isOneOf(norm[start - 2] ?? '', '”」’')) continue; // “十五”后两年: years of a named plan
    const rest = norm.slice(end + measure.length, end + measure.length + 3);
    if (isOneOf(rest[0], '余多几来左〇零一二两三四五六七八九十百千万') || startsWithWord(rest, NAME_AFTER_COUNT) || isOneOf(norm[end], '余多几来')) continue;
    const lead = norm.slice(Math.max(0, start - 2), start);
    if (numeral === '一' && !(endsWithOneOf(lead, '满连') || lead.endsWith('连续'))) continue; // 一年一度, 一次性
    const value = cnToNumber(numeral);
    if (!Number.isFinite(value)) continue;
    if (inSpans(quotedSpans(doc), start)) continue;
    out.push({ range: { start, end }, numeral, value, big, key: keyOf(big, measure) });
  }
  return out;
}

/** Chinese-numeral counts (连续二年, 五百亿级, 一万元) in the document. */
export function cnCounts(doc: PolicyDocument): CnCount[] {
  return memo(doc, 'cn-counts', scanCnCounts);
}
