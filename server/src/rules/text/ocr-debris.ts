/**
 * text/ocr-debris — debris left by OCR, PDF extraction or a script converter:
 *  - pinyin glosses after characters (區(qū), 發(fā); without tone marks: 扶持(gui)范发展, one syllable
 *    of the vocabulary's list, not an English word); fix: delete the gloss;
 *  - a circle ○ (U+25CB) typed for the zero 〇 in a Chinese-numeral year (二○二四年); fix: 〇;
 *  - article numbers: 条五条 for 第五条 (fix: 第), 第三条、 opening a line (fix: a space for 、);
 *  - garbled runs (U+FFFD, 锟斤拷, 烫烫烫, UTF-8 read as Latin-1 such as â€œ); no fix; a ? right after
 *    。；！，、： (实施产业化。U+3000?), a character the copy could not encode; fix: delete it;
 *  - Word bookmarks written out by a docx-to-text converter ([bookmark: _GoBack]); fix: delete;
 *  - stray spaces inside Chinese words or numbers (政协十三届 二次会议, 战略新 兴, 2018-2022 年,
 *    第 4070 号, 第 1 0 条) and in a heading's number (二 、支持范围, 三、 组织保障); fix: delete the spaces.
 * Spaces that are layout are left alone: indentation, letter-spaced labels (联 系 人), a space
 * between two organ names (中共柳河县委 柳河县人民政府), after 第N条, before a label (来源:),
 * table rows, and blanks that are placeholders (有 家, text/placeholder and target/blank).
 */
import type { Rule, TextEdit, RuleDocs, Messages } from '../../core/contract';
import { inSpans, isHan, memo } from '../../core/tokens';
import type { PolicyDocument, Span } from '../../core/model';
import { placeholderSpans } from './placeholder';
import {
  ENACTMENT_VERBS, ORGANS_WITHOUT_ORGAN_END, PINYIN_ENGLISH_WORDS, PINYIN_SYLLABLES, allChars, charIn, endsWithWord, isWhiteSpace, skipBack,
  skipForward,
} from '../../core/vocabulary';
import { ARTICLE_NUMERALS, CN_YEAR_DIGITS, TONE_VOWELS, isBasicHan, isPlainPinyinLetter, isWideHan, runEnd } from '../_chars';
import { indexOfAny, isDigit, isDigitCode, isLineBreakCode } from '../../core/chars';
import { marks } from '../../core/analysis';

/** Marks after which no question can follow: a ? there is a character lost in the copy. */
const SENTENCE_DONE = '。；！，、：';
/** Pinyin vowels with a tone mark: a gloss has exactly one (區(qū)). */
const MAX_GLOSS_SIDE = 6;
const ENGLISH = new Set(PINYIN_ENGLISH_WORDS);
const SYLLABLES = new Set(PINYIN_SYLLABLES.filter((p) => !ENGLISH.has(p)));
/** Characters that end an organ name: a space after them may separate two organs. */
const ORGAN_END = '委厅府局部院会办室署行社所处组团';
/** A Word bookmark written out by a docx-to-text converter: [bookmark: _GoBack]. */
const BOOKMARK_OPEN = '[bookmark:';
const MAX_BOOKMARK_NAME = 60;
/** Units and heading words after a number in a 第…条 heading or reference. */
const ARTICLE_WORDS = '条章节款';

/**
 * A pinyin gloss "(…)" opening at `at` right after a Han character: its end, or -1. With a tone mark
 * (區(qū)): one toned vowel with at most six plain letters on each side. Without (扶持(gui)): two to six
 * letters a–z that make a syllable of the vocabulary's list, not an English word.
 */
function glossEnd(norm: string, at: number): number {
  if (norm[at] !== '(' || !isWideHan(norm[at - 1])) return -1;
  const e1 = runEnd(norm, at + 1, isPlainPinyinLetter, MAX_GLOSS_SIDE);
  if (TONE_VOWELS.includes(norm[e1] ?? '\n')) {
    const e2 = runEnd(norm, e1 + 1, isPlainPinyinLetter, MAX_GLOSS_SIDE);
    return norm[e2] === ')' ? e2 + 1 : -1;
  }
  const e = skipForward(norm, at + 1, (ch) => ch >= 'a' && ch <= 'z', Math.min(norm.length, at + 8));
  const n = e - at - 1;
  return norm[e] === ')' && n >= 2 && n <= 6 && SYLLABLES.has(norm.slice(at + 1, e)) ? e + 1 : -1;
}

/** UTF-8 read as Latin-1 (â€œ): a lead byte Â Ã â å–é, then a continuation byte shown as Latin-1 or cp1252. */
function isMojibakeLead(ch: string | undefined): boolean { return ch === '\u00c2' || ch === '\u00c3' || ch === '\u00e2' || (ch !== undefined && ch >= '\u00e5' && ch <= '\u00e9'); }
function isMojibakeTail(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= '\u0080' && ch <= '\u00bf') || (ch >= '\u2013' && ch <= '\u203a') || ch === '\u20ac' || ch === '\u2122');
}

const KUN = '锟'.charCodeAt(0), TANG = '烫'.charCodeAt(0), TUN = '屯'.charCodeAt(0);
/** The char code may start what garbledEnd recognises (U+FFFD, 锟, 烫, 屯, a mojibake lead). */
function mayStartGarbled(c: number): boolean {
  return c === 0xfffd || c === KUN || c === TANG || c === TUN || c === 0xc2 || c === 0xc3 || c === 0xe2 || (c >= 0xe5 && c <= 0xe9);
}

/** The end of garbled text starting at `i` (U+FFFD, 锟斤拷, 烫烫烫, 屯屯屯, two or more mojibake pairs), or -1. */
function garbledEnd(norm: string, i: number): number {
  const ch = norm[i];
  if (ch === '\ufffd') return skipForward(norm, i, (c) => c === '\ufffd');
  if (norm.startsWith('锟斤拷', i)) { let e = i; while (norm.startsWith('锟斤拷', e)) e += 3; return e; }
  if (ch === '烫' || ch === '屯') { const e = skipForward(norm, i, (c) => c === ch); return e - i >= 3 ? e : -1; }
  if (isMojibakeLead(ch)) {
    let e = i;
    while (isMojibakeLead(norm[e]) && isMojibakeTail(norm[e + 1])) e += 2;
    return e - i >= 4 ? e : -1;
  }
  return -1;
}

export type DebrisKind = 'pinyin' | 'garbled' | 'markup' | 'space' | 'zero' | 'article' | 'article-mark';
export interface Debris { kind: DebrisKind; range: Span; edits?: TextEdit[] }


function scan(doc: PolicyDocument): Debris[] {
  const { norm } = doc;
  const out: Debris[] = [];
  // Pinyin glosses and garbled runs, in one pass (char codes: only "(" and the first characters of
  // garbled text are looked at further; a match is not looked into again). The same pass notes where
  // lines start (after \n, \r, U+2028, U+2029), for the article marks below.
  const lineStarts: number[] = norm.length ? [0] : [];
  // Line breaks, "(" and the first characters of garbled text are all marks (core/analysis.ts): only
  // their places are looked at.
  const places = marks(doc);
  for (let k = 0, skipTo = 0; k < places.length; k++) {
    const i = places[k];
    const c = norm.charCodeAt(i);
    if (isLineBreakCode(c)) { if (i + 1 < norm.length) lineStarts.push(i + 1); continue; }
    if (i < skipTo || (c !== 40 && !mayStartGarbled(c))) continue;
    const g = glossEnd(norm, i);
    if (g > 0) {
      out.push({ kind: 'pinyin', range: { start: i, end: g }, edits: [{ start: i, end: g, newText: '' }] });
      skipTo = g;
      continue;
    }
    const e = garbledEnd(norm, i);
    if (e > 0) { out.push({ kind: 'garbled', range: { start: i, end: e } }); skipTo = e; }
  }
  // A question mark after a sentence has ended (实施产业化。U+3000?): a character the copy could not
  // encode; fix: delete it with the blanks before it.
  for (let q = norm.indexOf('?'); q >= 0; q = norm.indexOf('?', q + 1)) {
    const b = skipBack(norm, q, isWhiteSpace);
    if (b === 0 || !charIn(norm[b - 1], SENTENCE_DONE)) continue;
    out.push({ kind: 'garbled', range: { start: b, end: q + 1 }, edits: [{ start: b, end: q + 1, newText: '' }] });
  }
  for (let y = norm.indexOf('年'); y >= 0; y = norm.indexOf('年', y + 1)) {
    // 二○二四年: the circle typed for the zero; fix: 〇. Exactly four numerals before 年.
    const s0 = y - 4;
    if (s0 < 0 || charIn(norm[s0 - 1], CN_YEAR_DIGITS) || runEnd(norm, s0, (c) => CN_YEAR_DIGITS.includes(c), 4) !== y) continue;
    const edits: TextEdit[] = [];
    for (let i = s0; i < y; i++) if (norm[i] === '○') edits.push({ start: i, end: i + 1, newText: '〇' });
    if (edits.length) out.push({ kind: 'zero', range: { start: s0, end: y + 1 }, edits });
  }
  // 条五条 → 第五条: 条, one to five numerals, 条 (not after a number: 第十条, 共四条).
  for (let i = norm.indexOf('条'); i >= 0; i = norm.indexOf('条', i + 1)) {
    if (charIn(norm[i - 1], '第' + ARTICLE_NUMERALS) || isDigit(norm[i - 1])) continue;
    const e = skipForward(norm, i + 1, (c) => ARTICLE_NUMERALS.includes(c));
    if (e === i + 1 || e - i - 1 > 5 || norm[e] !== '条') continue;
    out.push({ kind: 'article', range: { start: i, end: e + 1 }, edits: [{ start: i, end: i + 1, newText: '第' }] });
  }
  // [bookmark: _GoBack]: a Word bookmark that a docx-to-text converter wrote out; fix: delete it.
  for (let i = norm.indexOf(BOOKMARK_OPEN); i >= 0; i = norm.indexOf(BOOKMARK_OPEN, i + 1)) {
    let e = i + BOOKMARK_OPEN.length;
    const stop = Math.min(norm.length, e + MAX_BOOKMARK_NAME);
    while (e < stop && norm[e] !== ']' && !isLineBreakCode(norm.charCodeAt(e))) e++;
    if (norm[e] !== ']') continue;
    const end = norm[e + 1] === ' ' ? e + 2 : e + 1;
    out.push({ kind: 'markup', range: { start: i, end: e + 1 }, edits: [{ start: i, end, newText: '' }] });
  }
  // 第三条、申请人 → 第三条+全角空格: an article heading at the line start (第三条、第五条 is a list).
  for (const ls of lineStarts) {
    const start = skipForward(norm, ls, (c) => c === ' ' || c === '\t');
    if (norm[start] !== '第') continue;
    const e = skipForward(norm, start + 1, (c) => ARTICLE_NUMERALS.includes(c) || isDigit(c));
    if (e === start + 1 || e - start - 1 > 5 || norm[e] !== '条' || norm[e + 1] !== '、' || norm[e + 2] === '第' || norm[e + 2] === '\n') continue;
    const at = e + 1;
    out.push({ kind: 'article-mark', range: { start, end: at + 1 }, edits: [{ start: at, end: at + 1, newText: '\u3000' }] });
  }
  // Stray spaces, grouped per word: 第 1 0 条 is one finding with three edits.
  // Blanks that are placeholders (target/blank, text/placeholder) and spaces inside a 发文字号
  // (citation/doc-number-space) are other rules' findings.
  const blanks = [...doc.placeholders.map((p) => p.range), ...placeholderSpans(doc), ...doc.docNumbers.map((d) => d.range)]
    .sort((a, b) => a.start - b.start)
    .reduce<Span[]>((acc, r) => {
      const last = acc[acc.length - 1];
      if (last && r.start <= last.end) last.end = Math.max(last.end, r.end); else acc.push({ ...r });
      return acc;
    }, []);
  let group: Span[] = [];
  const flush = () => {
    if (!group.length) return;
    out.push({ kind: 'space', range: { start: group[0].start - 1, end: group[group.length - 1].end + 1 }, edits: group.map((g) => ({ start: g.start, end: g.end, newText: '' })) });
    group = [];
  };
  let lineOf = -1, lineStart = 0, lineEnd = 0, skipLine = false;
  for (let p = norm.indexOf(' '); p >= 0;) {
    // A run of one or two ASCII spaces between two non-space characters.
    const s = p, e = skipForward(norm, s, (c) => c === ' ');
    p = norm.indexOf(' ', e);
    if (e - s > 2 || s === 0 || isWhiteSpace(norm[s - 1]) || e === norm.length || isWhiteSpace(norm[e])) continue;
    if (s >= lineEnd) {
      flush();
      const li = doc.lineIndex.positionAt(s).line;
      if (li !== lineOf) {
        lineOf = li; lineStart = doc.lines[li].start; lineEnd = doc.lines[li].end;
        // Table rows and web-page chrome.
        skipLine = indexOfAny(norm, '|｜', lineStart, lineEnd) >= 0;
      }
    }
    if (skipLine || indexOfAny(doc.text, '\u3000', s, e) >= 0) continue;
    if (!spaceIsDebris(norm, s, e, lineStart) || inSpans(blanks, s)) continue;
    if (group.length && s - group[group.length - 1].end > 4) flush();
    group.push({ start: s, end: e });
  }
  flush();
  return out.sort((a, b) => a.range.start - b.range.start);
}

function spaceIsDebris(norm: string, s: number, e: number, lineStart: number): boolean {
  if (inHeadingNumber(norm, s, e, lineStart)) return true;
  const l = norm.charCodeAt(s - 1), r = norm.charCodeAt(e);
  const lh = isHan(l), rh = isHan(r), ld = isDigitCode(l), rd = isDigitCode(r);
  if (!((lh && rh) || (ld && rh) || (lh && rd) || (ld && rd))) return false;
  const before = norm.slice(Math.max(lineStart, s - 12), s);
  const after = norm.slice(e, e + 8);
  // A label follows (来源:, 时间:), or the text after the space is a date or a time.
  const label = runEnd(after, 0, isBasicHan, 5), clock = runEnd(after, 0, isDigit, 2);
  if ((label > 0 && charIn(after[label], ':：')) || (clock > 0 && after[clock] === ':' && isDigit(after[clock + 1]))) return false;
  // After a date that opens the line: a dated note ("2022年3月1日 国家市场监督管理总局令第52号公布").
  if (s - lineStart <= 16 && isLeadingDate(norm.slice(lineStart, s))) return false;
  // Between two dated events of a 题注 (…会议通过  2021年9月29日…批准).
  if (lh && rd && endsWithWord(before, ENACTMENT_VERBS)) {
    const tail = norm.slice(e, e + 12);
    const day = tail.indexOf('日');
    if (day > 0 && isLeadingDate(tail.slice(0, day + 1))) return false;
  }
  // After a heading number (第1条 设立, 第一章 总则), an outline number at the line start (1 范围).
  if (charIn(before[before.length - 1], ARTICLE_WORDS)) {
    const k = skipBack(before, before.length - 1, (c) => c === ' ' || isDigit(c) || ARTICLE_NUMERALS.includes(c));
    if (k < before.length - 1 && before[k - 1] === '第') return false;
  }
  if (ld) {
    const head = norm.slice(lineStart, s);
    if (allChars(head.slice(skipForward(head, 0, isSpaceOrTab)), (c) => c === '.' || isDigit(c))) return false;
  }
  if (lh && rh) {
    // Letter-spaced labels (联 系 人, 主 要 内 容): single characters between spaces.
    if (norm[s - 2] === undefined || isWhiteSpace(norm[s - 2]) || norm[e + 1] === undefined || isWhiteSpace(norm[e + 1])) return false;
    // Two organ names (joint issuers: 中共中央 国务院, 中共中央办公厅 国务院办公厅).
    if (charIn(norm[s - 1], ORGAN_END) || ORGANS_WITHOUT_ORGAN_END.some((o) => before.endsWith(o))) return false;
    // A space in running text only: the line has sentence punctuation.
    return true;
  }
  if (ld && rd) {
    // Spaced digits only inside 第…条 (第 1 0 条), never dates, phone numbers or tables.
    const digitOrSpace = (c: string) => c === ' ' || isDigit(c);
    return before[skipBack(before, before.length, digitOrSpace) - 1] === '第' && charIn(after[skipForward(after, 0, digitOrSpace)], ARTICLE_WORDS + '号');
  }
  // Han then digits: 第 4070 号, 不超过 40 万元 — the number sits inside Chinese text.
  if (lh && rd) {
    if (norm[s - 1] === '第') return true;
    let k = skipForward(after, 0, isDigit);
    if (k === 0) return false;
    if (after[k] === '.' && isDigit(after[k + 1])) k = skipForward(after, k + 1, isDigit);
    if (after[k] === ' ' && isBasicHan(after[k + 1])) k++;
    return isBasicHan(after[k]);
  }
  // Digit then Han: 4070 号, 2022 年, 500 万元.
  return true;
}

function isSpaceOrTab(c: string): boolean { return c === ' ' || c === '\t'; }

/**
 * A space in the number of a heading that opens its line: 二 、支持范围 (before the 、) or 三、 组织保障
 * (between the 、 and the title). A heading is written 三、组织保障 (GB/T 9704-2012 §7.3.3).
 */
function inHeadingNumber(norm: string, s: number, e: number, lineStart: number): boolean {
  const head = norm.slice(lineStart, s);
  const numeral = head.slice(skipForward(head, 0, isSpaceOrTab));
  const isNumeral = (c: string) => ARTICLE_NUMERALS.includes(c);
  if (numeral.length === 0 || numeral.length > 4) return false;
  if (norm[e] === '、') return allChars(numeral, isNumeral);
  return numeral.endsWith('、') && numeral.length > 1 && allChars(numeral.slice(0, -1), isNumeral) && isHan(norm.charCodeAt(e));
}

/** A date and nothing else after the indentation: 2022年3月1日 or 二〇二二年三月一日. */
function isLeadingDate(t: string): boolean {
  const i = skipForward(t, 0, isSpaceOrTab);
  const arabic = isDigit(t[i]);
  const year = arabic ? isDigit : (c: string) => CN_YEAR_DIGITS.includes(c);
  const part = arabic ? isDigit : (c: string) => '一二三四五六七八九十'.includes(c);
  const max = arabic ? 2 : 3;
  const y = runEnd(t, i, year, 4);
  if (y - i !== 4 || t[y] !== '年') return false;
  const m = runEnd(t, y + 1, part, max);
  if (m === y + 1 || t[m] !== '月') return false;
  const d = runEnd(t, m + 1, part, max);
  return d > m + 1 && t[d] === '日' && d + 1 === t.length;
}

/** Debris in the document (memoised; the hover and tests use it too). */
export function findDebris(doc: PolicyDocument): Debris[] {
  return memo(doc, 'debris', scan);
}

const DOCS: RuleDocs = {
  title: { zh: '转换与识别残留', en: 'Conversion and OCR debris' },
  explanation: {
    zh: '繁简转换或网页复制留下的拼音注音（區(qū)）、乱码、汉字或数字之间的多余空格（政协十三届 二次会议、2018-2022 年、第 4070 号），应在定稿前清除。',
    en: 'Pinyin glosses left by script conversion or web copies (區(qū)), garbled text, and stray spaces inside Chinese words or numbers (政协十三届 二次会议, 2018-2022 年, 第 4070 号) are removed before the text is final.',
  },
  details: {
    zh: '报告以下残留：繁简转换或网页复制留下的拼音注音（區(qū)、發(fā)，以及不带声调的“扶持(gui)范发展”）；中文数字年份中误用的圆圈符号“○”（二○二四年，应为“〇”）；条标残留（“条五条”应为“第五条”，行首“第三条、”应为“第三条　”）；乱码（�、锟斤拷、â€œ）；文档转换写出的 Word 书签标记（[bookmark: _GoBack]）；汉字或数字之间的多余空格（政协十三届 二次会议、2018-2022 年、第 4070 号、战略新 兴、第 1 0 条），以及行首标题序号中的空格（二 、支持范围；三、 组织保障）。排版用的空格不报告：缩进、字间加空的标签（联 系 人）、两个机关名称之间（中共中央 国务院、中共中央办公厅 国务院办公厅）、第N条之后、标签（来源:）之前、表格行、作为占位的空白和发文字号中的空格（由 citation/doc-number-space 报告）。行首日期之后的空格（“2022年3月1日 国家市场监督管理总局令第52号公布”）是排版空格，不报告。',
    en: 'Reports pinyin glosses left by script conversion (區(qū), and toneless ones such as 扶持(gui)范发展), a circle ○ typed for the zero 〇 in a Chinese-numeral year (二○二四年), article-number debris (条五条 for 第五条; 第三条、 opening a line, which takes a space), garbled text (�, 锟斤拷, â€œ), Word bookmark markers written out by a document converter ([bookmark: _GoBack]) and stray spaces inside Chinese words or numbers or in the number of a heading that opens its line (二 、支持范围, 三、 组织保障). Layout spaces are left alone: indentation, letter-spaced labels, between two organ names (中共中央 国务院, joint issuers), after 第N条, before labels, table rows, blanks that are placeholders, and spaces in a 发文字号 (citation/doc-number-space). A space after a date that opens the line (2022年3月1日 国家市场监督管理总局令第52号公布) is layout and not reported.',
  },
  good: ['各区人民政府', '政协十三届二次会议第4070号提案', '（2018—2022年）', '根据《中共中央 国务院关于加快建设全国统一大市场的意见》', '采用政府和社会资本合作(PPP)模式', '二〇二四年五月十日', '依据第三条、第五条规定', '第三条　申请人应当提交材料'],
  bad: ['各區(qū)人民政府', '政协十三届 二次会议第 4070 号提案', '全力支持战略新 兴产业发展。', '扶持(gui)范发展', '二○二四年五月十日', '依据本办法条五条规定', '第三条、申请人应当提交材料', '[bookmark: _GoBack]附则部分主要说明本措施资金来源及措施的生效时间和有效期等内容。', '继续支持高层次人才科研成果在临港地区实施产业化。　?'],
  fix: {
    zh: '删除拼音注音或多余空格；“修复本文档中所有”可一次清除 的全部拼音。',
    en: 'Deletes the gloss or the spaces; fix-all clears every gloss of at once.',
  },
  source: {
    tier: 'practice',
    zh: '起草实务：清除文字转换、识别残留',
    en: 'Drafting practice: remove conversion and OCR debris',
  },
};

const MESSAGES: Messages = {
  'fix/ocr-debris-pinyin': { zh: '删除拼音注音', en: 'Delete the pinyin gloss' },
  'fix/ocr-debris-space': { zh: '删除多余空格', en: 'Delete the stray space' },
  'text/ocr-debris': { zh: '疑似转换或识别残留：“{text}”', en: 'Conversion or OCR debris: "{text}"' },
  'text/ocr-debris-pinyin': {
    zh: '汉字后残留拼音注音“{text}”（繁简转换或网页复制残留），应删除',
    en: 'A pinyin gloss "{text}" is left after a character (script-converter or web-copy debris); delete it',
  },
  'text/ocr-debris-garbled': {
    zh: '乱码“{text}”：文字编码转换出错，请对照原文修正',
    en: 'Garbled text "{text}": an encoding went wrong; correct it against the source',
  },
  'fix/ocr-debris-markup': { zh: '删除书签标记', en: 'Delete the bookmark marker' },
  'fix/ocr-debris-garbled': { zh: '删除句末的“?”', en: 'Delete the ? after the sentence' },
  'text/ocr-debris-markup': {
    zh: '文档转换留下的 Word 书签标记“{text}”，应删除',
    en: 'A Word bookmark marker "{text}" left by a document converter; delete it',
  },
  'fix/ocr-debris-zero': { zh: '改为“〇”', en: 'Change to 〇' },
  'text/ocr-debris-zero': {
    zh: '“{text}”中的“○”（圆圈符号）应为数字“〇”',
    en: 'In "{text}" the circle ○ stands for the numeral zero 〇',
  },
  'fix/ocr-debris-article': { zh: '改为“第”', en: 'Change to 第' },
  'text/ocr-debris-article': {
    zh: '“{text}”开头的“条”疑为“第”的识别错误',
    en: '"{text}": the 第 of an article number seems misread as 条',
  },
  'fix/ocr-debris-article-mark': { zh: '改为空格', en: 'Change to a space' },
  'text/ocr-debris-article-mark': {
    zh: '条标“{text}”后应空一字，不加顿号',
    en: 'The article number "{text}" is followed by a space, not 、',
  },
  'text/ocr-debris-space': {
    zh: '“{text}”中有多余空格（排版或识别残留），应删除',
    en: 'Stray space in "{text}" (layout or OCR debris); delete it',
  },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'text/ocr-debris', category: 'text', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const d of findDebris(doc)) {
      const text = doc.text.slice(d.range.start, d.range.end);
      ctx.report({
        range: d.range, messageId: `text/ocr-debris-${d.kind}`, args: { text },
        fix: d.edits ? { titleId: `fix/ocr-debris-${d.kind}`, edits: d.edits } : undefined,
      });
    }
  },
};
export default rule;
