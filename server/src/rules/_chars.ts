/**
 * Character tests that only some rules need (pinyin glosses, the article-number digits, the Han
 * ranges the OCR and punctuation rules look at). General ones (isWhiteSpace, isBlank, isDigit …)
 * are in core/vocabulary.ts.
 */
import { skipBack, skipForward } from '../core/vocabulary';

/** A Han character of the basic CJK block U+4E00–U+9FFF. */
export function isBasicHan(ch: string | undefined): boolean { return ch !== undefined && ch.length === 1 && ch >= '\u4e00' && ch <= '\u9fff'; }

/** A Han character of U+3400–U+9FFF (extension A and the basic block). */
export function isWideHan(ch: string | undefined): boolean { return ch !== undefined && ch.length === 1 && ch >= '\u3400' && ch <= '\u9fff'; }

/** The toned vowels of pinyin (ā á ǎ à … ǖ ǘ ǚ ǜ). */
export const TONE_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';

/** A lowercase pinyin letter without a tone mark: a–z or ü. */
export function isPlainPinyinLetter(ch: string | undefined): boolean { return ch === 'ü' || (ch !== undefined && ch.length === 1 && ch >= 'a' && ch <= 'z'); }

/** Any pinyin letter, toned or not. */
export function isPinyinLetter(ch: string | undefined): boolean { return isPlainPinyinLetter(ch) || (ch !== undefined && ch.length === 1 && TONE_VOWELS.includes(ch)); }

/** Chinese digits of a year written in numerals, with the circle ○ typed for 〇. */
export const CN_YEAR_DIGITS = '〇○零一二三四五六七八九';

/** The numerals of an article number (第十二条, 第一百条). */
export const ARTICLE_NUMERALS = '〇零一二三四五六七八九十百';

/** The end of a run of at most `max` characters of `s` from `at` for which `test` holds. */
export function runEnd(s: string, at: number, test: (ch: string) => boolean, max: number): number {
  return skipForward(s, at, test, Math.min(s.length, at + max));
}

/** A space or a tab. */
export function isSpaceOrTab(ch: string | undefined): boolean { return ch === ' ' || ch === '\t'; }

/** `s` without the spaces and tabs at its end. */
export function trimBlanksEnd(s: string): string { return s.slice(0, skipBack(s, s.length, isSpaceOrTab)); }

/** The last character of `s` before the spaces and tabs at its end (第 of "第 "), or undefined. */
export function lastBeforeBlanks(s: string): string | undefined { return s[skipBack(s, s.length, isSpaceOrTab) - 1]; }

/** `s` with a backslash before every character of `set` (escaping text for an LSP snippet). */
export function backslashChars(s: string, set: string): string {
  let out = '';
  for (const ch of s) out += set.includes(ch) ? '\\' + ch : ch;
  return out;
}
