/**
 * Character classes and small string scans the core decides by, in one place: spaces, Han
 * characters, digits, sets of punctuation, Markdown decoration. Each is a plain loop over the string
 * (linear, no backtracking) with the meaning of the character class it stands for written beside it.
 */

/** A space or a tab ([ \t]). */
export function isSpaceOrTab(ch: string | undefined): boolean { return ch === ' ' || ch === '\t'; }

/** White space as a regular expression's \s means it (and String.prototype.trim): spaces, tabs, line ends, U+3000 … */
export function isWhiteCode(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
export function isWhite(ch: string | undefined): boolean { return ch !== undefined && ch.length > 0 && isWhiteCode(ch.charCodeAt(0)); }

/** A line terminator ("." in a regular expression stops at one): \n, \r, U+2028, U+2029. */
export function isLineBreakCode(c: number): boolean { return c === 10 || c === 13 || c === 0x2028 || c === 0x2029; }

/** A CJK unified ideograph of the basic block ([\u4e00-\u9fff]). */
export function isHanCode(c: number): boolean { return c >= 0x4e00 && c <= 0x9fff; }
export function isHan(ch: string | undefined): boolean { return ch !== undefined && ch.length > 0 && isHanCode(ch.charCodeAt(0)); }

/** An ASCII digit (\d). */
export function isDigitCode(c: number): boolean { return c >= 48 && c <= 57; }
export function isDigit(ch: string | undefined): boolean { return ch !== undefined && ch.length > 0 && isDigitCode(ch.charCodeAt(0)); }

/** Some character of s[start, end) is not white space (/\S/). */
export function hasNonWhite(s: string, start = 0, end = s.length): boolean {
  for (let i = start; i < end; i++) if (!isWhiteCode(s.charCodeAt(i))) return true;
  return false;
}

/** The length of s[start, end) without its leading and trailing white space (String.prototype.trim's length, without the copy). */
export function trimmedLength(s: string, start = 0, end = s.length): number {
  while (start < end && isWhiteCode(s.charCodeAt(start))) start++;
  while (end > start && isWhiteCode(s.charCodeAt(end - 1))) end--;
  return end - start;
}

/** Every character of s[start, end) is one of `chars` (true for an empty range). */
export function allOf(s: string, chars: string, start = 0, end = s.length): boolean {
  for (let i = start; i < end; i++) if (!chars.includes(s[i])) return false;
  return true;
}

/** Every character is white space or one of `chars`. */
export function allWhiteOr(s: string, chars = ''): boolean {
  for (let i = 0; i < s.length; i++) if (!isWhiteCode(s.charCodeAt(i)) && !chars.includes(s[i])) return false;
  return true;
}

/** Index of the first character of s[from, to) that is one of `chars`, or -1. */
export function indexOfAny(s: string, chars: string, from = 0, to = s.length): number {
  // Char codes, not s[i]: a string per character read was the cost of this helper on long texts.
  const end = Math.min(to, s.length), n = chars.length;
  for (let i = Math.max(0, from); i < end; i++) {
    const c = s.charCodeAt(i);
    for (let k = 0; k < n; k++) if (chars.charCodeAt(k) === c) return i;
  }
  return -1;
}

/** Some character of `s` is one of `chars`. */
export function hasAnyOf(s: string, chars: string): boolean { return indexOfAny(s, chars) >= 0; }

/** `ch` is a single character of `chars` (the test of one character against a class). */
export function isOneOf(ch: string | undefined, chars: string): boolean { return ch !== undefined && ch.length === 1 && chars.includes(ch); }

/** The last character of `s` is one of `chars` (/[…]$/). */
export function endsWithOneOf(s: string, chars: string): boolean { return s.length > 0 && chars.includes(s[s.length - 1]); }

/** `s` without the leading characters that are in `chars` (/^[…]+/). */
export function trimStartOf(s: string, chars: string): string {
  let i = 0;
  while (i < s.length && chars.includes(s[i])) i++;
  return i ? s.slice(i) : s;
}

/** `s` without the trailing characters that are in `chars` (/[…]+$/). */
export function trimEndOf(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && chars.includes(s[e - 1])) e--;
  return e < s.length ? s.slice(0, e) : s;
}

/** `s` without any character for which `drop` holds. */
export function removeChars(s: string, drop: string | ((ch: string) => boolean)): string {
  // Most names and titles hold none of the characters to drop: the string itself, not a copy built a character at a time.
  if (typeof drop === 'string' && indexOfAny(s, drop) < 0) return s;
  const test = typeof drop === 'string' ? (ch: string) => drop.includes(ch) : drop;
  let out = '';
  for (const ch of s) if (!test(ch)) out += ch;
  return out;
}

/** `s` without white space (/\s+/g → ''). */
export function removeWhite(s: string): string { return removeChars(s, isWhite); }

/** How many times `sub` occurs in `s`, not overlapping. */
export function countOf(s: string, sub: string): number {
  let c = 0;
  for (let at = s.indexOf(sub); at >= 0; at = s.indexOf(sub, at + sub.length)) c++;
  return c;
}

/** `s` without its suffix, if it has it. */
export function stripSuffix(s: string, suffix: string): string { return s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s; }

/** Markdown emphasis marks ** and __ removed (/\*\*|__/g, scanned left to right). */
export function stripEmphasis(s: string): string {
  if (!s.includes('**') && !s.includes('__')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if ((s[i] === '*' || s[i] === '_') && s[i + 1] === s[i]) { i++; continue; }
    out += s[i];
  }
  return out;
}

/** The lines of `s`, split at \r\n, \r or \n. */
export function splitLines(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\n' && c !== '\r') continue;
    out.push(s.slice(start, i));
    if (c === '\r' && s[i + 1] === '\n') i++;
    start = i + 1;
  }
  out.push(s.slice(start));
  return out;
}

/**
 * End of the Markdown decoration at the start of a line: spaces, a heading mark (# to ###### and a
 * space) or, with `quote`, a quote mark (> and spaces); with `emphasis` then ** or __ and spaces.
 * The pattern ^[ \t]*(#{1,6}[ \t]+|>[ \t]*)?((\*\*|__)?[ \t]*)? in one forward pass.
 */
export function markdownPrefixEnd(s: string, opts: { quote?: boolean; emphasis?: boolean } = {}): number {
  let i = 0;
  while (isSpaceOrTab(s[i])) i++;
  let h = i;
  while (s[h] === '#' && h - i < 7) h++;
  if (h > i && h - i <= 6 && isSpaceOrTab(s[h])) {
    i = h;
    while (isSpaceOrTab(s[i])) i++;
  } else if (opts.quote && s[i] === '>') {
    i++;
    while (isSpaceOrTab(s[i])) i++;
  }
  if (opts.emphasis) {
    if ((s[i] === '*' || s[i] === '_') && s[i + 1] === s[i]) i += 2;
    while (isSpaceOrTab(s[i])) i++;
  }
  return i;
}

/** Letters of a pinyin gloss: a–z and the vowels with tone marks. */
const PINYIN_LETTERS = 'abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';

/** Length of a pinyin gloss "(yè)" — 1 to 6 pinyin letters in round brackets — starting at `i`, or 0. */
export function pinyinGlossAt(s: string, i: number): number {
  if (s[i] !== '(') return 0;
  let k = i + 1;
  while (k < s.length && k - i <= 7 && PINYIN_LETTERS.includes(s[k])) k++;
  const n = k - i - 1;
  return n >= 1 && n <= 6 && s[k] === ')' ? n + 2 : 0;
}

/** `s` without the pinyin glosses a script converter left after characters (工业(yè) → 工业). */
export function removePinyinGlosses(s: string): string {
  if (!s.includes('(')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const g = pinyinGlossAt(s, i);
    if (g) { i += g - 1; continue; }
    out += s[i];
  }
  return out;
}

/** `s` is a run of at least `min` copies of one of the characters of `chars` (××, XX, ○○○). */
export function isRunOf(s: string, chars: string, min = 1): boolean {
  if (s.length < min || !chars.includes(s[0])) return false;
  for (let i = 1; i < s.length; i++) if (s[i] !== s[0]) return false;
  return true;
}

/**
 * A title without the bracketed stages at its end — 办法（试行）, 方案(征求意见稿)(2023—2025年) — and the
 * white space around them: at most `maxGroups` groups of at most `maxInner` characters, none nested.
 */
export function withoutTrailingGroups(s: string, maxGroups = 4, maxInner = 40): string {
  const WHITE = ' \t\u3000';
  let t = trimEndOf(s, WHITE);
  for (let g = 0; g < maxGroups; g++) {
    const close = t.charCodeAt(t.length - 1);
    if (close !== 0x29 && close !== 0xff09) break; // ) ）
    let i = t.length - 2;
    const stop = Math.max(0, t.length - 2 - maxInner);
    for (; i >= stop; i--) {
      const c = t.charCodeAt(i);
      if (c === 0x28 || c === 0xff08 || c === 0x29 || c === 0xff09) break; // ( （ ) ）
    }
    const open = i >= stop ? t.charCodeAt(i) : 0;
    if (open !== 0x28 && open !== 0xff08) break;
    t = trimEndOf(t.slice(0, i), WHITE);
  }
  return t;
}

/** `s` cut to at most `max` characters for a message, ending in … when cut (never inside a surrogate pair). */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end) + '…';
}

/**
 * The code units a whole-text scan stops at (MARK_CHARS): line breaks, round and square brackets
 * (also 【】〔〕 and 《》), double and single quotes, and the characters garbled text starts with
 * (U+FFFD, 锟, 烫, 屯, UTF-8 read as Latin-1: Â Ã â å–é). A flat table: one load per character.
 */
export const MARK_CHARS = '\n\r\u2028\u2029()[]【】〔〕《》“”‘’\ufffd锟烫屯\u00c2\u00c3\u00e2\u00e5\u00e6\u00e7\u00e8\u00e9';
const IS_MARK = new Uint8Array(0x10000);
for (let k = 0; k < MARK_CHARS.length; k++) IS_MARK[MARK_CHARS.charCodeAt(k)] = 1;

/**
 * Where the characters of MARK_CHARS stand in `s`, in order (one pass). A scan that looks at some of
 * them only walks these places instead of every character (in policy text they are about 4 in 100).
 * The parse finds them once per document (PolicyDocument.marks).
 */
export function markPositions(s: string): Int32Array {
  let out = new Int32Array(Math.max(16, s.length >> 5));
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (!IS_MARK[s.charCodeAt(i)]) continue;
    if (n === out.length) { const grown = new Int32Array(2 * n); grown.set(out); out = grown; }
    out[n++] = i;
  }
  return out.subarray(0, n);
}

/**
 * Where the characters of `chars` stand in `s`, in order: one indexOf scan per character (native
 * code, many times faster than a loop over every character when they are rare), then a merge of the
 * sorted lists (linear: each place is compared with the head of each other list).
 */
export function positionsOf(s: string, chars: string): Int32Array {
  const lists: number[][] = [];
  let total = 0;
  for (let k = 0; k < chars.length; k++) {
    const list: number[] = [];
    for (let i = s.indexOf(chars[k]); i >= 0; i = s.indexOf(chars[k], i + 1)) list.push(i);
    if (list.length) { lists.push(list); total += list.length; }
  }
  if (lists.length === 1) return Int32Array.from(lists[0]);
  const out = new Int32Array(total);
  const head = new Int32Array(lists.length);
  for (let n = 0; n < total; n++) {
    let best = -1;
    for (let k = 0; k < lists.length; k++) {
      if (head[k] < lists[k].length && (best < 0 || lists[k][head[k]] < lists[best][head[best]])) best = k;
    }
    out[n] = lists[best][head[best]++];
  }
  return out;
}
