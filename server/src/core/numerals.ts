/** Chinese and Arabic numeral helpers. */

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CN_NUMERAL_CLASS = '〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟';

/**
 * Value of a Chinese numeral (simplified script; normalise first): 二十三 → 23, 一亿 → 1e8,
 * 二〇一九 → 2019 (digit-by-digit when it has no unit characters). NaN when it is not a numeral.
 */
export function cnToNumber(s: string): number {
  if (!s) return NaN;
  let hasUnit = false;
  for (const ch of s) {
    if (SMALL_UNITS[ch] !== undefined || BIG_UNITS[ch] !== undefined) hasUnit = true;
    else if (DIGITS[ch] === undefined) return NaN;
  }
  if (!hasUnit) {
    let v = 0;
    for (const ch of s) v = v * 10 + DIGITS[ch];
    return v;
  }
  // 亿 closes everything before it; 万 closes only the part after the last 亿 (三亿四千五百万 = 3.45亿).
  let yi = 0, wan = 0, section = 0, digit = 0, sawDigit = false;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) { digit = d; sawDigit = true; continue; }
    const su = SMALL_UNITS[ch];
    if (su !== undefined) {
      section += (sawDigit ? digit : 1) * su;
      digit = 0; sawDigit = false;
      continue;
    }
    if (ch === '万') {
      wan = (wan + section + digit) * 1e4;
    } else {
      yi = (yi + wan + section + digit) * 1e8;
      wan = 0;
    }
    section = 0; digit = 0; sawDigit = false;
  }
  return yi + wan + section + digit;
}

/** Arabic (half-width after normalisation) or Chinese numeral → number. */
export function anyToNumber(s: string): number {
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  return cnToNumber(s);
}

export const MONEY_UNIT_FACTOR: Record<string, number> = {
  '': 1, 十: 10, 百: 100, 千: 1e3, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8, 十亿: 1e9, 百亿: 1e10, 千亿: 1e11, 万亿: 1e12,
};
