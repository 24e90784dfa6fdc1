/** Heading recognition and the heading tree: 第X章 / 第X条 / 一、 / （一） / 1. / （1） / ①. */
import { Heading, HeadingStyle, HEADING_RANK, Line, Span } from './model';
import { cnToNumber } from './numerals';
import { sectionRole } from './vocabulary';
import { indexOfAny, isDigit, isDigitCode, isOneOf, isSpaceOrTab, markdownPrefixEnd, removeChars, removeWhite, stripEmphasis, trimEndOf } from './chars';

const CN = '〇零一二两三四五六七八九十百';
// Matched on the normalised text (full-width → half-width, traditional → simplified).

/** A heading marker read at the start of a line's content: its number as written and its length. */
interface Marker { numeral: string; digits: boolean; length: number }

/** End of a run of characters of `chars` from `i`. */
function runEnd(s: string, i: number, chars: string): number {
  while (i < s.length && chars.includes(s[i])) i++;
  return i;
}
/** End of a run of ASCII digits from `i`. */
function digitsEnd(s: string, i: number): number {
  while (isDigit(s[i])) i++;
  return i;
}
function skipSpaces(s: string, i: number): number {
  while (isSpaceOrTab(s[i])) i++;
  return i;
}

/**
 * 第X章 / 第X条 (`word` 章 or 条): 第, spaces, Chinese numerals or one to three digits — spaced digits
 * (第 1 0 条) come from PDF extraction and are read as one number — spaces, the word.
 */
function chapterOrArticle(s: string, word: string): Marker | undefined {
  if (s[0] !== '第') return undefined;
  const from = skipSpaces(s, 1);
  let i = runEnd(s, from, CN);
  let digits = false;
  if (i === from && isDigit(s[from])) {
    digits = true;
    i = from + 1;
    for (let n = 0; n < 2; n++) {
      if (isDigit(s[i])) i++;
      else if (isSpaceOrTab(s[i]) && isDigit(s[i + 1])) i += 2;
      else break;
    }
  }
  if (i === from) return undefined;
  const j = skipSpaces(s, i);
  return s[j] === word ? { numeral: s.slice(from, i), digits, length: j + 1 } : undefined;
}

/** 一、 — "二 、" (a space before the 、) comes from PDF extraction (corpus 001) — but not 一、二、 run together. */
function cnMarker(s: string): Marker | undefined {
  const i = runEnd(s, 0, CN);
  if (i === 0) return undefined;
  const sep = isSpaceOrTab(s[i]) ? i + 1 : i;
  if (s[sep] !== '、' && s[sep] !== '.') return undefined;
  const k = runEnd(s, sep + 1, CN);
  if (s[k] === '、' || s[k] === '.') return undefined;
  return { numeral: s.slice(0, i), digits: false, length: sep + 1 };
}

/** (一) / (1): a numeral in round brackets (one to three digits). */
function parenMarker(s: string, digits: boolean): Marker | undefined {
  if (s[0] !== '(') return undefined;
  const i = digits ? digitsEnd(s, 1) : runEnd(s, 1, CN);
  if (i === 1 || (digits && i > 4) || s[i] !== ')') return undefined;
  return { numeral: s.slice(1, i), digits, length: i + 1 };
}

/**
 * 1. / 1、 / 1．(normalised to .) — but not a decimal (1.5亿元) or a date (2019.3). With `beforeDigit`,
 * 11.121人才梯队项目: item 11 whose title starts with a number.
 */
function arabicMarker(s: string, beforeDigit: boolean): Marker | undefined {
  const i = digitsEnd(s, 0);
  if (i === 0 || i > 3) return undefined;
  if (beforeDigit ? s[i] !== '.' || !isDigit(s[i + 1]) : (s[i] !== '.' && s[i] !== '、') || isDigit(s[i + 1])) return undefined;
  return { numeral: s.slice(0, i), digits: true, length: i + 1 };
}

/** ① to ⑳. */
function circledMarker(s: string): Marker | undefined {
  const c = s.charCodeAt(0);
  return c >= 0x2460 && c <= 0x2473 ? { numeral: s[0], digits: false, length: 1 } : undefined;
}

/** The heading styles in the order they are tried. */
const MARKERS: { style: HeadingStyle; read: (s: string) => Marker | undefined }[] = [
  { style: 'chapter', read: (s) => chapterOrArticle(s, '章') },
  { style: 'article', read: (s) => chapterOrArticle(s, '条') },
  { style: 'cn', read: cnMarker },
  { style: 'paren-cn', read: (s) => parenMarker(s, false) },
  { style: 'paren-arabic', read: (s) => parenMarker(s, true) },
  { style: 'arabic', read: (s) => arabicMarker(s, false) },
  { style: 'circled', read: circledMarker },
];

export interface RawHeading {
  style: HeadingStyle;
  number: number;
  marker: string;
  markerRange: Span;
  separator: string;
  title: string;
  titleRange: Span;
  lineRange: Span;
  role: Heading['role'];
}

/** Characters a heading line can start with (after spaces): 第, a numeral, a digit, a bracket, #, *, _, ①–⑳. */
const START_CODES = new Set([...'第(#*_' + CN].map((ch) => ch.charCodeAt(0)));
function canStart(c: number): boolean {
  return START_CODES.has(c) || isDigitCode(c) || (c >= 0x2460 && c <= 0x2473);
}

/** Recognise the heading marker at the start of a line, if any. */
export function matchHeading(line: Line, text: string, norm: string, expectedArabic = 0): RawHeading | undefined {
  if (line.blank) return undefined;
  let k = line.start;
  // Char codes: this runs on every line of the document, and most lines are no heading.
  while (k < line.end && (norm.charCodeAt(k) === 32 || norm.charCodeAt(k) === 9)) k++;
  if (k >= line.end || !canStart(norm.charCodeAt(k))) return undefined;
  const content = norm.slice(line.start, line.end);
  // Leading decoration a Markdown or web copy adds: "#", "**", list bullets are not headings.
  const offset = markdownPrefixEnd(content, { emphasis: true });
  const rest = content.slice(offset);
  for (const { style, read } of MARKERS) {
    let m = read(rest);
    if (!m && style === 'arabic' && expectedArabic > 1) {
      // "11.121人才梯队项目": item 11 whose title starts with a number — only when 11 is the expected next item.
      const d = arabicMarker(rest, true);
      if (d && Number(d.numeral) === expectedArabic) m = d;
    }
    if (!m) continue;
    const num = style === 'circled' ? m.numeral.charCodeAt(0) - 0x245f
      : m.digits ? Number(removeChars(m.numeral, ' \t')) : cnToNumber(m.numeral);
    if (!Number.isFinite(num) || num <= 0) continue;
    const markerLen = m.length;
    const markerStart = line.start + offset;
    const markerRange = { start: markerStart, end: markerStart + markerLen };
    let titleStart = markerRange.end;
    // **第十二条**实行…: the emphasis opened before the marker closes right after it; the title follows.
    const close = norm.startsWith('**', titleStart) ? '**' : norm.startsWith('__', titleStart) ? '__' : '';
    if (close && content.lastIndexOf(close, offset) >= 0) titleStart += 2;
    while (titleStart < line.end && isOneOf(text[titleStart], ' \t\u3000')) titleStart++;
    let titleEnd = line.end;
    const stop = indexOfAny(norm, '。:', titleStart, line.end);
    if (stop >= 0) titleEnd = stop;
    // Strip closing Markdown emphasis (** or __, then white space) from the title.
    let t = text.slice(titleStart, titleEnd);
    const bare = t.trimEnd();
    if (bare.endsWith('**') || bare.endsWith('__')) { t = bare.slice(0, -2); titleEnd = titleStart + t.length; }
    return {
      style,
      number: num,
      marker: text.slice(markerRange.start, markerRange.end),
      markerRange,
      separator: style === 'arabic' ? text[markerStart + m.numeral.length] : '',
      title: t.trim(),
      titleRange: { start: titleStart, end: titleEnd },
      lineRange: { start: line.start, end: line.end },
      role: sectionRole(norm.slice(titleStart, titleEnd)),
    };
  }
  return undefined;
}

/** The compact titles of a table of contents (目录, 目 录 with an ideographic space, ## 目录). */
const TOC_TITLES = ['目录', '目次'];
/** A contents entry is a short heading: its title has at most this many characters (page numbers aside). */
const TOC_ENTRY_MAX = 40;

/**
 * The lines of a typed table of contents, which repeat the headings and are not headings themselves:
 * a line 目录 (spaced or not, or 目次), then the entries — short heading lines such as 第一章  总则, possibly with
 * leader dots and a page number — up to a blank line after them, a line that is not an entry, or the
 * first entry again (the body starting right after the contents). Empty when there is none.
 */
export function tableOfContentsLines(lines: readonly Line[], text: string, norm: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank || l.end - l.start > 20 || indexOfAny(norm, '目', l.start, l.end) < 0) continue;
    const line = norm.slice(l.start, l.end);
    const compact = removeWhite(stripEmphasis(line.slice(markdownPrefixEnd(line))));
    if (!TOC_TITLES.includes(compact)) continue;
    let first = '';
    let j = i + 1;
    while (j < lines.length && lines[j].blank) j++;
    const entries: number[] = [];
    for (; j < lines.length; j++) {
      const e = lines[j];
      if (e.blank) { if (entries.length) break; continue; }
      const h = matchHeading(e, text, norm);
      const entry = h ? removeWhite(trimEndOf(h.title, '.…·0123456789 \t')) : '';
      if (!h || entry.length === 0 || entry.length > TOC_ENTRY_MAX) break;
      const key = h.marker + entry;
      if (!first) first = key; else if (key === first) break;
      entries.push(j);
    }
    if (entries.length >= 2) for (const k of entries) out.add(k);
    break; // one table of contents per document
  }
  return out;
}

/** Build the heading tree from the raw headings in document order. */
export function buildTree(raw: RawHeading[], textLength: number): { roots: Heading[]; all: Heading[] } {
  const roots: Heading[] = [];
  const all: Heading[] = [];
  const stack: Heading[] = [];
  // Articles outrank 一、 sections unless the document numbers its articles inside them.
  const firstArticle = raw.findIndex((r) => r.style === 'article');
  const articlesInside = firstArticle > 0 && raw.slice(0, firstArticle).some((r) => r.style !== 'chapter');
  const rankOf = (style: HeadingStyle) => (style === 'article' && articlesInside ? 6.5 : HEADING_RANK[style]);
  for (const r of raw) {
    const rank = rankOf(r.style);
    while (stack.length && stack[stack.length - 1].rank >= rank) stack.pop();
    const parent = stack[stack.length - 1];
    // Explicit properties (an object spread here was the slowest line of the parser).
    const h: Heading = {
      style: r.style, number: r.number, marker: r.marker, markerRange: r.markerRange, separator: r.separator,
      title: r.title, titleRange: r.titleRange, lineRange: r.lineRange, role: r.role,
      depth: stack.length + 1,
      rank,
      sectionRange: { start: r.lineRange.start, end: textLength },
      ownRange: { start: r.lineRange.start, end: textLength },
      children: [],
      parent,
    };
    if (parent) parent.children.push(h); else roots.push(h);
    stack.push(h);
    all.push(h);
  }
  // Section ends: the next heading of the same or a higher rank; own range ends at the next heading.
  // One pass with a stack of headings whose section is still open.
  const open: Heading[] = [];
  for (let i = 0; i < all.length; i++) {
    const h = all[i];
    if (i > 0) all[i - 1].ownRange.end = h.lineRange.start;
    while (open.length && open[open.length - 1].rank >= h.rank) {
      open.pop()!.sectionRange.end = h.lineRange.start;
    }
    // Headings of a lower rank that are still open end here too only if outranked; keep them open.
    open.push(h);
  }
  return { roots, all };
}
