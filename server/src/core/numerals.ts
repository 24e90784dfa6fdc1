/** Chinese and Arabic numeral helpers. */

import { CN_BIG_UNIT_VALUES, CN_DIGIT_VALUES, CN_NUMERAL_CHARS, CN_SMALL_UNIT_VALUES, MAGNITUDES } from './vocabulary';

export const CN_NUMERAL_CLASS = CN_NUMERAL_CHARS;

/**
 * The one number parser. Value of a numeral written with Arabic digits (half-width, after
 * normalisation), Chinese digits, or both, with 十/百/千/万/亿 (and the financial forms):
 * 二十三 → 23, 一亿 → 1e8, 1.5万 → 15000, 3千万 → 3e7, 10万亿 → 1e13, 3亿4千5百万 → 3.45e8,
 * 三亿四千五百万 → 3.45亿 (万 closes only the part after the last 亿; 亿 closes everything before it).
 * Without unit characters Chinese digits read digit by digit (二〇一九 → 2019). NaN when `s` is not
 * a numeral (or mixes Arabic and Chinese digits without a unit between them).
 */
export function numeralValue(s: string): number {
  if (!s) return NaN;
  let yi = 0, wan = 0, section = 0, digit = 0, sawDigit = false, hasUnit = false, plain = 0, arabic = false, chinese = false;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      // An Arabic run, with an optional decimal part, is one digit of the Chinese reading.
      let j = i;
      while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      if (s.charCodeAt(j) === 46 && j + 1 < s.length && s.charCodeAt(j + 1) >= 48 && s.charCodeAt(j + 1) <= 57) {
        j++;
        while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      }
      if (sawDigit || chinese) return NaN;
      digit = Number(s.slice(i, j)); sawDigit = true; arabic = true; plain = digit;
      i = j;
      continue;
    }
    const ch = s[i++];
    const d = CN_DIGIT_VALUES[ch];
    if (d !== undefined) {
      if (arabic && sawDigit) return NaN;
      chinese = true; digit = d; sawDigit = true; plain = plain * 10 + d;
      continue;
    }
    hasUnit = true;
    const su = CN_SMALL_UNIT_VALUES[ch];
    if (su !== undefined) {
      section += (sawDigit ? digit : 1) * su;
      digit = 0; sawDigit = false;
      continue;
    }
    const bu = CN_BIG_UNIT_VALUES[ch];
    if (bu === undefined) return NaN;
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
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  return cnToNumber(s);
}

/** Factor of a magnitude word after an Arabic number ('' → 1). */
export const MONEY_UNIT_FACTOR: Readonly<Record<string, number>> = { '': 1, ...MAGNITUDES };
