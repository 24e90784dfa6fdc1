/** Heading recognition and the heading tree: 第X章 / 第X条 / 一、 / （一） / 1. / （1） / ①. */
import { Heading, HeadingStyle, HEADING_RANK, Line, Span } from './model';
import { cnToNumber } from './numerals';
import { sectionRole } from './vocabulary';

const CN = '〇零一二两三四五六七八九十百';
// Matched on the normalised text (full-width → half-width, traditional → simplified).
// Leading decoration a Markdown or web copy adds: "#", "**", list bullets are not headings.
const PREFIX = /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?[ \t]*/;
const PATTERNS: { style: HeadingStyle; re: RegExp }[] = [
  // Spaced digits (第 1 0 条) come from PDF extraction; read them as one number.
  { style: 'chapter', re: new RegExp(`^第[ \\t]*([${CN}]+|\\d(?:[ \\t]?\\d){0,2})[ \\t]*章`) },
  { style: 'article', re: new RegExp(`^第[ \\t]*([${CN}]+|\\d(?:[ \\t]?\\d){0,2})[ \\t]*条`) },
  // "二 、" (a space before the 、) comes from PDF extraction (corpus 001).
  { style: 'cn', re: new RegExp(`^([${CN}]+)[ \\t]?[、.](?![${CN}]*[、.])`) },
  { style: 'paren-cn', re: new RegExp(`^[(]([${CN}]+)[)]`) },
  { style: 'paren-arabic', re: /^[(](\d{1,3})[)]/ },
  // 1. / 1、 / 1．(normalised to .) — but not a decimal (1.5亿元) or a date (2019.3).
  { style: 'arabic', re: /^(\d{1,3})([.、])(?!\d)/ },
  { style: 'circled', re: /^([\u2460-\u2473])/ },
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

/** Recognise the heading marker at the start of a line, if any. */
/** Characters a heading line can start with (after spaces): 第, a numeral, a bracket, #, *, ①–⑳. */
const CAN_START = new RegExp(`[第${CN}0-9(#*_\u2460-\u2473]`);

/** "11.121人才梯队项目": item 11 whose title starts with a number — only when 11 is the expected next item. */
const ARABIC_BEFORE_DIGIT = /^(\d{1,3})\.(?=\d)/;

export function matchHeading(line: Line, text: string, norm: string, expectedArabic = 0): RawHeading | undefined {
  if (line.blank) return undefined;
  let k = line.start;
  while (k < line.end && (norm[k] === ' ' || norm[k] === '\t')) k++;
  if (k >= line.end || !CAN_START.test(norm[k])) return undefined;
  const content = norm.slice(line.start, line.end);
  const pre = PREFIX.exec(content);
  const offset = pre ? pre[0].length : 0;
  const rest = content.slice(offset);
  for (const { style, re } of PATTERNS) {
    let m = re.exec(rest);
    if (!m && style === 'arabic' && expectedArabic > 1) {
      const d = ARABIC_BEFORE_DIGIT.exec(rest);
      if (d && Number(d[1]) === expectedArabic) m = d;
    }
    if (!m) continue;
    const num = style === 'circled' ? m[1].charCodeAt(0) - 0x245f
      : /^[\d \t]+$/.test(m[1]) ? Number(m[1].replace(/[ \t]/g, '')) : cnToNumber(m[1]);
    if (!Number.isFinite(num) || num <= 0) continue;
    const markerLen = m[0].length;
    const markerStart = line.start + offset;
    const markerRange = { start: markerStart, end: markerStart + markerLen };
    let titleStart = markerRange.end;
    while (titleStart < line.end && /[ \t\u3000]/.test(text[titleStart])) titleStart++;
    let titleEnd = line.end;
    const stop = norm.slice(titleStart, line.end).search(/[。:]/);
    if (stop >= 0) titleEnd = titleStart + stop;
    // Strip closing Markdown emphasis from the title.
    let t = text.slice(titleStart, titleEnd);
    const md = /(\*\*|__)\s*$/.exec(t);
    if (md) { t = t.slice(0, md.index); titleEnd = titleStart + t.length; }
    return {
      style,
      number: num,
      marker: text.slice(markerRange.start, markerRange.end),
      markerRange,
      separator: style === 'arabic' ? text[markerStart + m[1].length] : '',
      title: t.trim(),
      titleRange: { start: titleStart, end: titleEnd },
      lineRange: { start: line.start, end: line.end },
      role: sectionRole(norm.slice(titleStart, titleEnd)),
    };
  }
  return undefined;
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
