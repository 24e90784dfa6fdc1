/**
 * Hard-wrapped text: a copy out of a PDF breaks every paragraph into lines of one width (28–40
 * characters), and sometimes sets a heading's number alone on its line ("（一）" / "指导思想。…"). Every
 * rule reads a line as a paragraph, so such a copy would show a 《 without its 》 at each break, a lead
 * clause cut in two, measures without their lead units. The model joins those lines back into their
 * paragraphs before the rules read the text (`unwrappedTwin`, used by lintDocument), and the findings
 * are mapped back to the text as written (`Mapper`): positions stay those of the user's lines.
 *
 * A line break is a wrap when the text is hard-wrapped as a whole — at least a quarter of its long lines
 * (20 characters or more), and three or more, are full lines (as wide as the text's long lines, within a sixth) that stop in the
 * middle of a sentence — and the line before it is full and stops inside a sentence (on a character,
 * not on 。；：！？ or a closing mark), and the line after it starts no heading or item, list, table
 * or Markdown block. A heading's number alone on its line (一、 （一） 第三条) is joined to the line after
 * it in any text. Texts that are not hard-wrapped are read as written: a web copy whose paragraphs
 * are lines of any length has no full lines that stop inside a sentence. In a hard-wrapped text a running
 * head or foot (the same short line once a page) goes like a page number.
 */
import { isHanCode, isWhiteCode, pinyinGlossAt } from './chars';
import { matchHeading } from './headings';
import type { DocNumber, Heading, Line, PolicyDocument, Span } from './model';
import { derived } from './analysis';
import { parseDocument } from './document';

/** Visual width: a CJK character or a full-width mark counts two, ASCII one (PDF lines are of one visual width). */
function widthOf(s: string, start: number, end: number): number {
  let w = 0;
  for (let i = start; i < end; i++) w += s.charCodeAt(i) < 0x2000 ? 1 : 2;
  return w;
}

/** A line's content without its leading and trailing white space. */
function content(text: string, l: Line): Span {
  let a = l.start, b = l.end;
  while (a < b && isWhiteCode(text.charCodeAt(a))) a++;
  while (b > a && isWhiteCode(text.charCodeAt(b - 1))) b--;
  return { start: a, end: b };
}

/** Marks a line stops a sentence with (a paragraph can end here). */
const SENTENCE_END = '。！？!?；;：:…';
/** Closing marks: the line ends a paragraph after them ("…。”", "（牵头单位：A）"). */
const CLOSING = '”’）)】]》〉」』';
/** Marks that never start a line in Chinese typesetting: a line starting with one continues the line before. */
// Not 、: a line that starts with it is a heading that lost its number (、重点工作), not a continuation.
const NO_LINE_START = '，,。；;：:！？!?）)】]》〉”’」』';

/** A line of another block: a Markdown heading, list item or quote (its mark and a space), a table row, HTML, a code fence. */
function blockLine(text: string, c: Span): boolean {
  const ch = text[c.start];
  if (ch === '|' || ch === '｜' || ch === '<' || text.startsWith('```', c.start)) return true;
  if (!'#*->+'.includes(ch)) return false;
  let i = c.start;
  while (i < c.end && text[i] === ch) i++;
  return i < c.end && (text[i] === ' ' || text[i] === '\t');
}

/** The line stops inside a sentence: it ends on a character or an opening or inner mark, not a sentence end or a closing mark. */
function stopsInsideSentence(text: string, c: Span, open = false): boolean {
  const last = text[c.end - 1];
  // A label's colon inside a bracket still open (…（牵头单位： on this line, or a bracket the lines of the
  // paragraph before opened: `open`) introduces its value, on the next line.
  if ((last === ':' || last === '：') && (open || openBracketBefore(text, c.start, c.end - 1))) return true;
  if (SENTENCE_END.includes(last)) return false;
  // A title mark or a quotation closes inside a sentence (…，《办法》 / 第四条…) unless a sentence ends before it.
  if (last === '》' || last === '”') return c.end - 2 < c.start || !SENTENCE_END.includes(text[c.end - 2]);
  // A pinyin gloss a script converter left after a character (…產(chǎn)) closes no sentence.
  if (last === ')') {
    const open = text.lastIndexOf('(', c.end - 1);
    if (open > c.start && c.end - open <= 8 && isHanCode(text.charCodeAt(open - 1)) && pinyinGlossAt(text, open) === c.end - open) return true;
  }
  return !CLOSING.includes(last);
}

/** A round bracket opened in [start, end) and not closed there. */
function openBracketBefore(text: string, start: number, end: number): boolean {
  return bracketDepth(text, start, end, 0) > 0;
}

/** The depth of round brackets after [start, end), from `depth` before it (a close with none open is passed over). */
function bracketDepth(text: string, start: number, end: number, depth: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0xff08) depth++;
    else if ((c === 0x29 || c === 0xff09) && depth > 0) depth--;
  }
  return depth;
}

/** The content is a heading's number and nothing else: 一、 （一） 第三条 1. （1）. */
function numberAlone(text: string, norm: string, l: Line, c: Span): boolean {
  // A number alone is short (（二十一）, 第一百条); most lines are longer and no heading is read for them.
  if (c.end - c.start > 8) return false;
  const h = matchHeading(l, text, norm);
  return !!h && h.markerRange.end >= c.end && h.style !== 'circled';
}

/** What a line starts with: a heading or item (一、 （一） 1. 第X条 ①), or a Markdown/table block. */
function startsBlock(text: string, norm: string, l: Line, c: Span): boolean {
  if (blockLine(text, c)) return true;
  return !!matchHeading(l, text, norm);
}

/** Dashes a PDF sets around a page number (— 3 —, -3-, － 3 －). */
const PAGE_DASHES = '—–-－─';

/** A line that is only a page number a PDF copy keeps: — 3 —, -3-, 第3页, 第 3 页 共 12 页. */
export function pageNumberLine(text: string, c: Span): boolean {
  // Most lines start otherwise, and are passed over without a closure made.
  if (c.end - c.start > 24 || (text[c.start] !== '第' && !PAGE_DASHES.includes(text[c.start]))) return false;
  let i = c.start;
  const skip = (chars: string) => { const from = i; while (i < c.end && chars.includes(text[i])) i++; return i - from; };
  const digits = () => { const from = i; while (i < c.end && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++; return i - from; };
  if (text[i] === '第') {
    i++; skip(' \u3000');
    const n = digits();
    skip(' \u3000');
    if (n < 1 || n > 4 || text[i] !== '页') return false;
    i++;
    skip(' \u3000，,');
    if (i < c.end && text[i] === '共') { i++; skip(' \u3000'); if (digits() < 1) return false; skip(' \u3000'); if (text[i] !== '页') return false; i++; }
    return i === c.end;
  }
  if (skip(PAGE_DASHES) < 1) return false;
  skip(' \u3000');
  const n = digits();
  skip(' \u3000');
  return n >= 1 && n <= 4 && skip(PAGE_DASHES) >= 1 && i === c.end;
}

/**
 * The stretches of the text to remove so that the rules read paragraphs: each wrapped line break with the
 * white space around it, and each page number line a PDF copy keeps (with its line break; across it, the
 * paragraph it cut goes on). Empty for a text that is not hard-wrapped and has neither a heading number
 * alone on its line nor page numbers.
 */
export function wrapJoins(text: string, norm: string, lines: readonly Line[], title?: Span, headings: readonly Heading[] = [],
  docNumbers: readonly DocNumber[] = []): Span[] {
  const spans: (Span | undefined)[] = lines.map((l) => l.blank ? undefined : content(text, l));
  const page = spans.map((c) => !!c && pageNumberLine(text, c));
  // Only widths from 40 to 120 decide (what is long, the percentile, what is full): a line of under 20
  // characters is narrower than 40 and one of over 120 wider than 120 whatever its characters, so only the
  // lines between are measured (a web copy's long paragraphs are not read character by character).
  const widths = spans.map((c, i) => !c || page[i] ? 0 : c.end - c.start < 20 ? 0 : c.end - c.start > 120 ? 2 * (c.end - c.start)
    : widthOf(text, c.start, c.end));
  // The width of the text's long lines: the 90th percentile of the lines 20 characters wide or more.
  const long = widths.filter((w) => w >= 40).sort((a, b) => a - b);
  let full = Infinity;
  if (long.length >= 5) {
    const p90 = long[Math.floor(long.length * 0.9)];
    // A PDF's lines hold at most some 50 characters; a web copy's paragraphs are longer and of any length.
    // and one of fewer than 25 characters is a list of short items, not a page.
    if (p90 <= 120 && p90 >= 50) full = p90 * 5 / 6;
  }
  const isFull = (i: number) => widths[i] >= full;
  let openLines = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const c = spans[i];
    if (c && !page[i] && isFull(i) && stopsInsideSentence(text, c) && spans[i + 1]) openLines++;
  }
  const wrapped = openLines >= 3 && openLines * 4 >= long.length;
  if (wrapped) for (const i of runningHeads(text, norm, lines, spans)) page[i] = true;
  // A title stands above the first sentence; a wrapped line further down that reads like one is no title.
  if (title && norm.lastIndexOf('。', title.start) >= 0) title = undefined;
  // The headings read on the lines as written, and the last number of each style kept as a heading.
  const headingAt = new Map<number, Heading>();
  for (const h of headings) headingAt.set(h.lineRange.start, h);
  const lastNumber = new Map<string, number>();
  // A document number alone on its line (浙政發〔2016〕2號 under a title) is the 版头's, never the end of a paragraph.
  const numberEnd = new Map<number, number>();
  for (const d of docNumbers) numberEnd.set(d.range.start, d.range.end);
  const numberAloneOn = (c: Span) => numberEnd.get(c.start) === c.end;
  const out: Span[] = [];
  // The last line of text before line i (not blank, not a page number), and whether a page number lies between.
  let p = -1, pageBetween = false, blankBetween = false;
  // Round brackets still open at the end of line p, counted from the start of its paragraph.
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    const cur = spans[i];
    if (!cur) { blankBetween = true; continue; }
    if (page[i]) { pageBetween = true; continue; }
    const prev = p >= 0 ? spans[p] : undefined;
    let join = false;
    // The title ends on its line (its lines are joined, not the line after it).
    const titleEnds = !!title && p >= 0 && title.end > lines[p].start && title.end <= lines[p].end;
    // Lines apart only by a page number (and the blank lines around it) are adjacent in the paragraph.
    if (prev && !titleEnds && (!blankBetween || pageBetween) && !numberAloneOn(cur)) {
      if (numberAlone(text, norm, lines[p], prev)) join = !startsBlock(text, norm, lines[i], cur);
      else if (wrapped && isFull(p) && !blockLine(text, prev)) {
        join = NO_LINE_START.includes(text[cur.start])
          || (stopsInsideSentence(text, prev, depth > 0) && (!startsBlock(text, norm, lines[i], cur) || outOfSequence(headingAt.get(lines[i].start), lastNumber)));
      }
    }
    const h = headingAt.get(lines[i].start);
    if (h && !join) lastNumber.set(h.style, h.number);
    // Two words of Latin letters or digits keep their space ("Wi-Fi" / "6", "ISO" / "9001").
    if (join && isLatin(text.charCodeAt(prev!.end - 1)) && isLatin(text.charCodeAt(cur.start))) join = false;
    if (join) out.push({ start: prev!.end, end: cur.start });
    else if (pageBetween) {
      // Not joined: each page number line goes with its line break.
      for (let k = p + 1; k < i; k++) if (page[k]) out.push({ start: lines[k].start, end: lines[k + 1].start });
    }
    depth = bracketDepth(text, cur.start, cur.end, join ? depth : 0);
    p = i; pageBetween = false; blankBetween = false;
  }
  for (let k = p + 1; k < lines.length; k++) if (page[k]) out.push({ start: lines[k].start, end: k + 1 < lines.length ? lines[k + 1].start : lines[k].end });
  return out;
}

/**
 * A line read as an article, a section or an item that does not go on from the text's last of its kind
 * (…，《办法》 / 第四条提及的… with no 第三条 before it; …构筑满足 / 一、二产业… after 一、; …电子邮箱:qysflfk@ /
 * 126.com。): the sentence of the full line before it goes on. Articles and 一、 sections run through the
 * text; items may start again at 1.
 */
function outOfSequence(h: Heading | undefined, last: ReadonlyMap<string, number>): boolean {
  if (!h || (h.style !== 'article' && h.style !== 'arabic' && h.style !== 'cn')) return false;
  const before = last.get(h.style) ?? 0;
  return h.number !== before + 1 && !(h.style === 'arabic' && h.number === 1);
}

/** A running head or foot is short: at most this visual width (20 Chinese characters). */
const HEAD_WIDTH = 40;
/** …and repeats once a page: at least this many lines of text apart. */
const HEAD_GAP = 15;
/** Marks of a sentence or a list: a line holding one is text, not a running head. */
const TEXT_MARKS = '，,。；;：:、！？!?（）()';

/**
 * The lines of a hard-wrapped text that are a PDF's running head or foot (示例市人民政府文件, 某某公报
 * 2023年第5期): the same short line without sentence marks, twice or more, each time at least a page of
 * lines after the last, and no heading. A unit's name repeated in a table copy stands closer than a page.
 */
function runningHeads(text: string, norm: string, lines: readonly Line[], spans: readonly (Span | undefined)[]): number[] {
  const seen = new Map<string, number[]>();
  let n = 0;
  const ordinal: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const c = spans[i];
    if (!c) continue;
    ordinal[i] = n++;
    if (widthOf(text, c.start, c.end) > HEAD_WIDTH) continue;
    const s = text.slice(c.start, c.end);
    let marks = false;
    for (let k = 0; k < s.length && !marks; k++) marks = TEXT_MARKS.includes(s[k]);
    if (marks) continue;
    const at = seen.get(s);
    if (at) at.push(i); else seen.set(s, [i]);
  }
  const out: number[] = [];
  for (const at of seen.values()) {
    if (at.length < 2) continue;
    let apart = true;
    for (let k = 1; k < at.length && apart; k++) apart = ordinal[at[k]] - ordinal[at[k - 1]] >= HEAD_GAP;
    if (apart && !at.some((i) => matchHeading(lines[i], text, norm))) out.push(...at);
  }
  return out;
}

function isLatin(c: number): boolean { return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122); }

/** The text with the stretches removed. */
export function removeSpans(text: string, cuts: readonly Span[]): string {
  let out = '', at = 0;
  for (const c of cuts) { out += text.slice(at, c.start); at = c.end; }
  return out + text.slice(at);
}

/** Maps offsets of the joined text to the text as written (prefix sums of the removed lengths, binary search). */
export class Mapper {
  private readonly at: number[] = [];
  private readonly shift: number[] = [];
  constructor(readonly cuts: readonly Span[]) {
    let removed = 0;
    for (const c of cuts) {
      this.at.push(c.start - removed);
      removed += c.end - c.start;
      this.shift.push(removed);
    }
  }
  map(u: number, end = false): number {
    // Last cut at or before u (strictly before for an end offset, which stays on the line before the cut).
    let lo = 0, hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (end ? this.at[mid] < u : this.at[mid] <= u) lo = mid + 1; else hi = mid;
    }
    return lo === 0 ? u : u + this.shift[lo - 1];
  }
  /** A span of the joined text in the text as written (an empty span stays empty; an end stays before its cut). */
  span(r: Span): Span {
    const start = this.map(r.start);
    return { start, end: r.end === r.start ? start : Math.max(start, this.map(r.end, true)) };
  }
}


/** The documents built from joined text: not joined again. */
const TWINS = new WeakSet<PolicyDocument>();

/**
 * The document read with its wrapped lines joined into paragraphs, and the map of its offsets to the
 * text as written; undefined when no line of the text is wrapped (a derived part: once per version).
 */
export const unwrappedTwin = derived('unwrapped', (doc: PolicyDocument): { doc: PolicyDocument; mapper: Mapper } | undefined => {
  if (TWINS.has(doc)) return undefined;
  const cuts = wrapJoins(doc.text, doc.norm, doc.lines, doc.titleRange, doc.allHeadings, doc.docNumbers);
  if (!cuts.length) return undefined;
  const twin = parseDocument(removeSpans(doc.text, cuts));
  TWINS.add(twin);
  return { doc: twin, mapper: new Mapper(cuts) };
});
