/** Chinese and Arabic numeral helpers. */

import { isDigit, isSpaceOrTab } from './chars';
import { CN_BIG_UNIT_VALUES, CN_DIGIT_VALUES, CN_SMALL_UNIT_VALUES } from './vocabulary';

/** Per char code: the value of a Chinese digit (〇 零 一 … 玖), else -1. */
const DIGIT_VALUE = new Int8Array(0x10000).fill(-1);
for (const [ch, v] of Object.entries(CN_DIGIT_VALUES)) DIGIT_VALUE[ch.charCodeAt(0)] = v;
/** Per char code: the value of 十 百 千 (and 拾 佰 仟), else 0. */
const SMALL_UNIT_VALUE = new Uint16Array(0x10000);
for (const [ch, v] of Object.entries(CN_SMALL_UNIT_VALUES)) SMALL_UNIT_VALUE[ch.charCodeAt(0)] = v;
/** Per char code: the value of 万 and 亿, else 0. */
const BIG_UNIT_VALUE = new Float64Array(0x10000);
for (const [ch, v] of Object.entries(CN_BIG_UNIT_VALUES)) BIG_UNIT_VALUE[ch.charCodeAt(0)] = v;

/**
 * The one number parser. Value of a numeral written with Arabic digits (half-width, after
 * normalisation), Chinese digits, or both, with 十/百/千/万/亿 (and the financial forms):
 * 二十三 → 23, 一亿 → 1e8, 1.5万 → 15000, 3千万 → 3e7, 10万亿 → 1e13, 3亿4千5百万 → 3.45e8,
 * 三亿四千五百万 → 3.45亿 (万 closes only the part after the last 亿; 亿 closes everything before it).
 * Without unit characters Chinese digits read digit by digit (二〇一九 → 2019). NaN when `s` is not
 * a numeral (or mixes Arabic and Chinese digits without a unit between them). `from` and `to` read the
 * numeral written in s[from, to) (the lexer's tokens: no string per token).
 */
export function numeralValue(s: string, from = 0, to = s.length): number {
  if (from >= to) return NaN;
  let yi = 0, wan = 0, section = 0, digit = 0, sawDigit = false, hasUnit = false, plain = 0, arabic = false, chinese = false;
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      // An Arabic run, with an optional decimal part, is one digit of the Chinese reading.
      let j = i;
      while (j < to && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      if (j + 1 < to && s.charCodeAt(j) === 46 && s.charCodeAt(j + 1) >= 48 && s.charCodeAt(j + 1) <= 57) {
        j++;
        while (j < to && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      }
      if (sawDigit || chinese) return NaN;
      digit = Number(s.slice(i, j)); sawDigit = true; arabic = true; plain = digit;
      i = j;
      continue;
    }
    i++;
    const d = DIGIT_VALUE[c];
    if (d >= 0) {
      if (arabic && sawDigit) return NaN;
      chinese = true; digit = d; sawDigit = true; plain = plain * 10 + d;
      continue;
    }
    hasUnit = true;
    const su = SMALL_UNIT_VALUE[c];
    if (su) {
      section += (sawDigit ? digit : 1) * su;
      digit = 0; sawDigit = false;
      continue;
    }
    const bu = BIG_UNIT_VALUE[c];
    if (!bu) return NaN;
    if (bu === 1e4) wan = (wan + section + digit) * 1e4;
    else { yi = (yi + wan + section + digit) * 1e8; wan = 0; }
    section = 0; digit = 0; sawDigit = false;
  }
  if (!hasUnit) return arabic ? digit : plain;
  return yi + wan + section + digit;
}

/**
 * Value of a Chinese numeral (simplified script; normalise first): 二十三 → 23, 一亿 → 1e8,
 * 二〇一九 → 2019 (digit-by-digit when it has no unit characters). NaN when it is not a numeral
 * (Arabic digits included: use numeralValue for mixed numerals).
 */
export function cnToNumber(s: string): number {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c >= 48 && c <= 57) return NaN; }
  return numeralValue(s);
}

/** Arabic (half-width after normalisation) or Chinese numeral → number. */
export function anyToNumber(s: string): number {
  if (isDecimal(s)) return Number(s);
  return cnToNumber(s);
}

/** Digits with an optional decimal part (/^\d+(\.\d+)?$/). */
function isDecimal(s: string): boolean {
  const dot = s.indexOf('.');
  const int = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? '1' : s.slice(dot + 1);
  return int.length > 0 && frac.length > 0 && allDigits(int) && allDigits(frac);
}
function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isDigit(s[i])) return false;
  return true;
}

/** Chinese digits of a written year (二〇一九), and the numerals of a month or a day (十二, 二十六). */
const CN_YEAR_DIGITS = '〇零一二三四五六七八九';
const CN_DAY_NUMERALS = '一二三四五六七八九十';

/** A written date: its numerals as written, where it starts, and whether it is in Chinese numerals. */
export interface WrittenDate { start: number; year: string; month: string; day: string; chinese: boolean; iso: boolean }

/**
 * The date that ends at `end` in `s`, read backwards: 2018年7月26日 (spaces or tabs allowed between the
 * parts), 二〇〇六年九月七日, or with `iso` 2025-12-16. Four digits of year, one or two of month and day
 * (one to three Chinese numerals). Bounded: a date is short, spaces aside.
 */
export function dateEndingAt(s: string, end: number, iso = false): WrittenDate | undefined {
  const spacesBack = (i: number) => { while (i > 0 && isSpaceOrTab(s[i - 1])) i--; return i; };
  const runBack = (i: number, ok: (ch: string) => boolean, max: number) => { const e = i; while (i > 0 && e - i < max && ok(s[i - 1])) i--; return i; };
  const cnDay = (ch: string) => CN_DAY_NUMERALS.includes(ch);
  if (s[end - 1] === '日') {
    // Arabic: digits, 年, digits, 月, digits, 日 — spaces between the parts.
    let i = spacesBack(end - 1);
    const d = runBack(i, isDigit, 2);
    if (d < i) {
      const day = s.slice(d, i);
      i = spacesBack(d);
      if (s[i - 1] !== '月') return undefined;
      i = spacesBack(i - 1);
      const m = runBack(i, isDigit, 2);
      if (m === i) return undefined;
      const month = s.slice(m, i);
      i = spacesBack(m);
      if (s[i - 1] !== '年') return undefined;
      i = spacesBack(i - 1);
      const y = runBack(i, isDigit, 4);
      if (i - y !== 4) return undefined;
      return { start: y, year: s.slice(y, i), month, day, chinese: false, iso: false };
    }
    // Chinese: 二〇〇六年九月七日, no spaces.
    i = end - 1;
    const dc = runBack(i, cnDay, 3);
    if (dc === i || s[dc - 1] !== '月') return undefined;
    const mc = runBack(dc - 1, cnDay, 3);
    if (mc === dc - 1 || s[mc - 1] !== '年') return undefined;
    const yc = runBack(mc - 1, (ch) => CN_YEAR_DIGITS.includes(ch), 4);
    if (mc - 1 - yc !== 4) return undefined;
    return { start: yc, year: s.slice(yc, mc - 1), month: s.slice(mc, dc - 1), day: s.slice(dc, i), chinese: true, iso: false };
  }
  if (!iso) return undefined;
  // 2025-12-16
  const d = runBack(end, isDigit, 2);
  if (d === end || s[d - 1] !== '-') return undefined;
  const m = runBack(d - 1, isDigit, 2);
  if (m === d - 1 || s[m - 1] !== '-') return undefined;
  const y = runBack(m - 1, isDigit, 4);
  if (m - 1 - y !== 4) return undefined;
  return { start: y, year: s.slice(y, m - 1), month: s.slice(m, d - 1), day: s.slice(d, end), chinese: false, iso: true };
}

/** A line that is only a date (spaces or tabs around it): 2018年7月26日, 二〇〇六年九月七日. */
export function dateLine(s: string): WrittenDate | undefined {
  let b = 0, e = s.length;
  while (b < e && isSpaceOrTab(s[b])) b++;
  while (e > b && isSpaceOrTab(s[e - 1])) e--;
  const d = dateEndingAt(s, e);
  return d && d.start === b ? d : undefined;
}
