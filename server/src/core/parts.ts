/**
 * The parts of a document as GB/T 9704-2012 lays them out: 版头 (发文机关标志, 发文字号), 标题, 主送机关,
 * 正文 with its headings, 附件说明, 发文机关署名 and 成文日期, 附注, 附件 marks, 版记 (抄送, 印发机关和印发
 * 日期) and tables. Read from the model (title, document number, date and organ, headings, page chrome),
 * line by line: what the typesetter (server/src/export) needs to give each paragraph its style, and what
 * the model did not yet name. Text is kept as written; only Markdown syntax (#, **, >, links, table
 * pipes) is taken off, and page chrome, Markdown rules and directive comments are left out.
 */
import { derived } from './analysis';
import { pageChrome } from './chrome';
import type { Heading, PolicyDocument } from './model';
import { endsWithOneOf, indexOfAny, isDigit, isRunOf, isSpaceOrTab, isWhite, removeChars, hasAnyOf } from './chars';
import { dateEndingAt } from './numerals';
import { ATTACHED_TITLE_ENDINGS, COPY_LABELS, REMARK_STARTS, charIn, endsWithWord, startsWithWord } from './vocabulary';

export type PartRole =
  | 'organ-mark'      // 发文机关标志: 某某市人民政府文件
  | 'doc-number'      // 发文字号
  | 'title'           // 标题 (also the title of an attached document)
  | 'title-note'      // a bracketed line under the title: （征求意见稿）, （2024—2026年）
  | 'addressee'       // 主送机关: 各区人民政府，市政府各部门：
  | 'heading'         // 一、 （一） 1. （1） 第X章 第X条 ①
  | 'body'
  | 'attachment-note' // 附件说明: 附件：1.… (its numbered continuation lines too)
  | 'signature'       // 发文机关署名
  | 'date'            // 成文日期
  | 'remark'          // 附注: （此件主动公开）
  | 'attachment-mark' // 附件 / 附件2 alone on its line, heading an attached document
  | 'cc'              // 抄送
  | 'imprint'         // 印发机关和印发日期: 某某市人民政府办公室 2024年3月15日印发
  | 'table';

export interface Part {
  role: PartRole;
  /** The text of each source line of the part, Markdown syntax removed (a title over two lines has two). */
  lines: string[];
  /** First and last source line (0-based). */
  from: number;
  to: number;
  heading?: Heading;
  /**
   * For a heading: how many characters of lines[0] are the heading itself (marker and run-in title with
   * its closing 。); the rest of the line is body text. For 第X条 and ①, the marker only.
   */
  headLength?: number;
  /** For a table: its rows of cells (a Markdown alignment row dropped). */
  rows?: string[][];
}

/** Only Markdown inline syntax is removed: bold/italic marks, links and images, inline code. */
export function stripInlineMarkdown(s: string): string {
  return inlineCode(removeStrongMarks(linkTexts(s)));
}

/** Links and images, [text](target) and ![alt](target), replaced by their text: text up to 500 characters on one line, a target of up to 2000 without spaces. */
function linkTexts(s: string): string {
  if (!s.includes('](')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const open = s[i] === '!' && s[i + 1] === '[' ? i + 1 : i;
    if (s[open] === '[') {
      const close = scanUntil(s, open + 1, ']', 500);
      if (close >= 0 && s[close + 1] === '(') {
        let k = close + 2;
        while (k < s.length && k - close - 2 < 2000 && s[k] !== ')' && !isWhite(s[k])) k++;
        if (s[k] === ')') { out += s.slice(open + 1, close); i = k; continue; }
      }
    }
    out += s[i];
  }
  return out;
}

/** Index of `end` after at most `max` characters from `from` on the same line (none of them `end`), or -1. */
function scanUntil(s: string, from: number, end: string, max: number): number {
  let k = from;
  while (k < s.length && k - from < max && s[k] !== end && s[k] !== '\n') k++;
  return s[k] === end ? k : -1;
}

/** ** and __ taken out, pair by pair from the left. */
function removeStrongMarks(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if ((s[i] === '*' || s[i] === '_') && s[i + 1] === s[i]) { i++; continue; }
    out += s[i];
  }
  return out;
}

/** Inline code `code` (up to 2000 characters on one line) replaced by its text. */
function inlineCode(s: string): string {
  if (!s.includes('`')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const close = s[i] === '`' ? scanUntil(s, i + 1, '`', 2000) : -1;
    if (close >= 0) { out += s.slice(i + 1, close); i = close; continue; }
    out += s[i];
  }
  return out;
}

/** Up to three spaces or tabs at the start of a line (the indent Markdown allows before block syntax). */
function indentEnd(s: string): number {
  let i = 0;
  while (i < 3 && isSpaceOrTab(s[i])) i++;
  return i;
}

/** End of the leading Markdown block syntax: a heading's # (1 to 6 and a space), a quote's >, a list bullet before text. */
function blockPrefixEnd(s: string): number {
  const i = indentEnd(s);
  if (s[i] === '#') {
    let k = i;
    while (s[k] === '#' && k - i < 6) k++;
    if (isSpaceOrTab(s[k])) { while (isSpaceOrTab(s[k])) k++; return k; }
  } else if (s[i] === '>') {
    return isSpaceOrTab(s[i + 1]) ? i + 2 : i + 1;
  } else if (charIn(s[i], '-*+') && isSpaceOrTab(s[i + 1])) {
    let k = i + 1;
    while (isSpaceOrTab(s[k])) k++;
    if (k < s.length && !isWhite(s[k])) return k;
  }
  return i;
}
/** Spaces and tabs off both ends (not U+3000: a full-width space is text). */
function trimSpaces(s: string): string {
  let a = 0, b = s.length;
  while (a < b && (s[a] === ' ' || s[a] === '\t')) a++;
  while (b > a && (s[b - 1] === ' ' || s[b - 1] === '\t')) b--;
  return s.slice(a, b);
}
function clean(s: string): string {
  return trimSpaces(stripInlineMarkdown(s.slice(blockPrefixEnd(s))));
}
/** A Markdown thematic break: ---, ***, ___ (spaces between allowed). */
function isRuleLine(s: string): boolean {
  return isRunOf(removeChars(s, isSpaceOrTab), '-*_', 3);
}

/** A code fence: ``` or ~~~ after at most three spaces. */
function isFence(s: string): boolean {
  const i = indentEnd(s);
  return s.startsWith('```', i) || s.startsWith('~~~', i);
}
/** A line that is only an HTML comment (a directive), of at most 2000 characters. */
function isCommentOnly(s: string): boolean {
  const t = trimSpaces(s);
  return t.length >= 7 && t.length <= 2007 && t.startsWith('<!--') && t.endsWith('-->') && !t.includes('\n');
}
/** A Markdown table row: |…| (two pipes at least). */
function isTableRow(s: string): boolean {
  const t = trimSpaces(s);
  return t.length >= 2 && t[0] === '|' && t[t.length - 1] === '|' && !t.includes('\n');
}
/** A table's alignment row: |---|:--:| (1 to 60 cells of 1 to 200 dashes, a colon at either end). */
function isTableRule(s: string): boolean {
  const t = trimSpaces(s);
  if (!isTableRow(t)) return false;
  const cells = t.slice(1, -1).split('|');
  return cells.length <= 60 && cells.every((cell) => {
    let c = trimSpaces(cell);
    if (c.startsWith(':')) c = c.slice(1);
    if (c.endsWith(':')) c = c.slice(0, -1);
    return c.length <= 200 && isRunOf(c, '-');
  });
}
/** The text inside brackets that make the whole line, (…) or （…）, when it is `min`–`max` characters with no bracket; else undefined. */
function bracketed(s: string, min: number, max: number): string | undefined {
  if (s.length < 2 || !charIn(s[0], '(（') || !charIn(s[s.length - 1], ')）')) return undefined;
  const inner = s.slice(1, -1);
  return inner.length >= min && inner.length <= max && !hasAnyOf(inner, '()（）') ? inner : undefined;
}
/** A bracketed line under the title: （征求意见稿）, （2024—2026年）. */
const isBracketNote = (s: string) => bracketed(s, 1, 30) !== undefined;
/** A 发文机关标志: 某某市人民政府文件, no sentence punctuation. */
function isOrganMark(s: string): boolean {
  return s.endsWith('文件') && s.length >= 4 && s.length <= 42 && indexOfAny(s, '，。；：,;:！？', 0, s.length - 2) < 0;
}
const ATTACHMENT_NUMERALS = '一二三四五六七八九十0123456789';
/** End of 附件 and its number (up to three numerals) at the start of a line, or -1. */
function attachmentLabelEnd(s: string): number {
  if (!s.startsWith('附件')) return -1;
  let k = 2;
  while (k < 5 && charIn(s[k], ATTACHMENT_NUMERALS)) k++;
  return k;
}
/** 附件说明: 附件：text (附件2：…). */
function isAttachmentNote(s: string): boolean {
  const k = attachmentLabelEnd(s);
  if (k < 0 || !charIn(s[k], ':：')) return false;
  let j = k + 1;
  while (isSpaceOrTab(s[j])) j++;
  return j < s.length && !isWhite(s[j]);
}
/** 附件 / 附件2 / 附件2： alone on its line. */
function isAttachmentMark(s: string): boolean {
  const k = attachmentLabelEnd(s);
  return k >= 0 && (k === s.length || (k === s.length - 1 && charIn(s[k], ':：')));
}
/** A numbered line: 1. 2、 12．(one or two digits). */
function isNumberedItem(s: string): boolean {
  const k = isDigit(s[0]) ? (isDigit(s[1]) ? 2 : 1) : 0;
  return k > 0 && charIn(s[k], '.．、');
}
/** A 附注: （此件主动公开）, （此页无正文）. */
function isRemark(s: string): boolean {
  const inner = bracketed(s, 2, 35);
  const w = inner === undefined ? '' : startsWithWord(inner, REMARK_STARTS);
  return !!w && inner!.length - w.length <= 30;
}
/** A 抄送 line: 抄送：…. */
const isCopyLine = (s: string) => !!startsWithWord(s, COPY_LABELS) && charIn(s[2], ':：');
/** 印发机关和印发日期: the line ends with a date in Arabic numerals and 印发. */
function isImprint(s: string): boolean {
  if (!s.endsWith('印发')) return false;
  let end = s.length - 2;
  if (isSpaceOrTab(s[end - 1])) end--;
  const d = dateEndingAt(s, end);
  return !!d && !d.chinese;
}
/** Sentence punctuation: a line with it is no title, signature or name. */
const PUNCT = '。，；：,;:！？!?';

function splitRow(s: string): string[] {
  let t = trimSpaces(s);
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|')) t = t.slice(0, -1);
  // A pipe escaped as \| stays in its cell.
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '\\' && t[i + 1] === '|') { cur += '|'; i++; continue; }
    if (t[i] === '|') { cells.push(clean(cur)); cur = ''; continue; }
    cur += t[i];
  }
  cells.push(clean(cur));
  return cells;
}

/** The parts of a document, in text order (a derived part: computed once per document version). */
export const documentParts = derived('document-parts', (doc: PolicyDocument): Part[] => computeParts(doc));

function computeParts(doc: PolicyDocument): Part[] {
  const { lines, text } = doc;
  const raw = (i: number) => text.slice(lines[i].start, lines[i].end);
  const chrome = pageChrome(doc);
  const lineOf = (offset: number) => doc.lineIndex.positionAt(offset).line;
  const headingAt = new Map<number, Heading>(doc.allHeadings.map((h) => [lineOf(h.lineRange.start), h]));

  const titleFrom = doc.titleRange ? lineOf(doc.titleRange.start) : -1;
  const titleTo = doc.titleRange ? lineOf(doc.titleRange.end) : -1;
  // The document's own number, when it stands alone on its line (not run into the title).
  let numberLine = -1;
  if (doc.docNumber) {
    const l = lineOf(doc.docNumber.range.start);
    if (l < titleFrom || l > titleTo) numberLine = l;
  }
  // 成文日期 and the signature lines above it (up to three organs: a joint document).
  const signature = new Set<number>();
  const dateLine = doc.date ? lineOf(doc.date.range.start) : -1;
  if (dateLine >= 0) {
    for (let j = dateLine - 1, taken = 0; j >= 0 && taken < 3; j--) {
      if (lines[j].blank) { if (taken) break; continue; }
      const s = clean(raw(j));
      if (s.length > 40 || hasAnyOf(s, PUNCT) || headingAt.has(j) || j <= titleTo || s.startsWith('附件')) break;
      signature.add(j);
      taken++;
    }
  }

  const parts: Part[] = [];
  const push = (role: PartRole, from: number, to: number, partLines: string[], extra: Partial<Part> = {}) => {
    parts.push({ role, lines: partLines, from, to, ...extra });
  };
  let inFence = false;
  let afterTitle = false;
  let addresseeOpen = false;
  let bodySeen = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const s0 = raw(i);
    if (isFence(s0)) { inFence = !inFence; continue; }
    if (inFence) { if (!l.blank) push('body', i, i, [s0.trim()]); continue; }
    if (l.blank || chrome.has(i) || isRuleLine(s0) || isCommentOnly(s0)) continue;
    if (i === titleFrom) {
      const title: string[] = [];
      for (let k = i; k <= titleTo; k++) if (!lines[k].blank) title.push(clean(raw(k)));
      push('title', i, titleTo, title);
      i = titleTo;
      afterTitle = true;
      addresseeOpen = true;
      continue;
    }
    const s = clean(s0);
    if (!s) continue;
    // Markdown tables: two or more rows of cells between pipes.
    if (isTableRow(s0) && i + 1 < lines.length && isTableRow(raw(i + 1))) {
      const rows: string[][] = [];
      let k = i;
      for (; k < lines.length && isTableRow(raw(k)); k++) {
        if (!isTableRule(raw(k))) rows.push(splitRow(raw(k)));
      }
      push('table', i, k - 1, rows.map((r) => r.join(' ')), { rows });
      i = k - 1;
      bodySeen = true;
      addresseeOpen = false;
      continue;
    }
    if (i === numberLine) { push('doc-number', i, i, [s]); continue; }
    if (i < titleFrom && isOrganMark(s)) { push('organ-mark', i, i, [s]); continue; }
    if (afterTitle && !bodySeen && isBracketNote(s) && !headingAt.has(i)) { push('title-note', i, i, [s]); continue; }
    if (i === dateLine) { push('date', i, i, [s]); continue; }
    if (signature.has(i)) { push('signature', i, i, [s]); continue; }
    if (isRemark(s)) { push('remark', i, i, [s]); continue; }
    if (isCopyLine(s)) { push('cc', i, i, [s]); continue; }
    if (isImprint(s) && s.length <= 60) { push('imprint', i, i, [s]); continue; }
    if (isAttachmentNote(s)) {
      // 附件：1.… then 2.…, 3.… on the following lines: one 附件说明.
      const note = [s];
      let k = i + 1;
      for (; k < lines.length && !lines[k].blank && isNumberedItem(clean(raw(k))) && k !== dateLine && !signature.has(k); k++) note.push(clean(raw(k)));
      push('attachment-note', i, k - 1, note);
      i = k - 1;
      addresseeOpen = false;
      continue;
    }
    if (isAttachmentMark(s)) { push('attachment-mark', i, i, [s]); addresseeOpen = false; continue; }
    const h = headingAt.get(i);
    if (h) {
      push('heading', i, i, [s], { heading: h, headLength: headLength(doc, h, i, s) });
      bodySeen = true;
      addresseeOpen = false;
      continue;
    }
    // 主送机关: the first line after the title, when it ends with a colon and holds no sentence.
    if (addresseeOpen && endsWithOneOf(s, ':：') && !hasAnyOf(s, '。；;') && s.length <= 120) {
      push('addressee', i, i, [s]);
      addresseeOpen = false;
      continue;
    }
    // The title of a further document in the text (the 办法 a notice issues): a document name alone on its
    // line, after the main title, with a blank line before it.
    if (i > titleTo && titleFrom >= 0 && attachedTitle(doc, i, s)) {
      push('title', i, i, [s]);
      bodySeen = false;
      afterTitle = true;
      continue;
    }
    if (i < titleFrom && !bodySeen && endsWithOneOf(s, '号號') && s.length <= 30) { push('doc-number', i, i, [s]); continue; }
    push('body', i, i, [s]);
    bodySeen = true;
    addresseeOpen = false;
  }
  return parts;
}

function attachedTitle(doc: PolicyDocument, i: number, s: string): boolean {
  if (s.length < 4 || s.length > 60 || hasAnyOf(s, PUNCT) || !endsWithWord(s, ATTACHED_TITLE_ENDINGS)) return false;
  let p = i - 1;
  if (p < 0 || !doc.lines[p].blank) {
    // Directly under an attachment mark (附件2 / 某某办法) it is a title all the same.
    while (p >= 0 && doc.lines[p].blank) p--;
    return p >= 0 && isAttachmentMark(clean(doc.text.slice(doc.lines[p].start, doc.lines[p].end)));
  }
  return true;
}

/** The heading proper at the start of its (cleaned) line: marker and run-in title up to its 。, or the marker only. */
function headLength(doc: PolicyDocument, h: Heading, _line: number, cleaned: string): number {
  const lineText = doc.text.slice(h.lineRange.start, h.lineRange.end);
  const markerEnd = h.markerRange.end - h.lineRange.start;
  const prefix = clean(lineText.slice(0, markerEnd)).length;
  // A run-in title is a short phrase (（一）指导思想。); a numbered sentence (（一）对…给予奖励，…。) has none.
  const runIn = h.title.length <= 30 && !hasAnyOf(h.title, '，,；;：:');
  if (h.style === 'article' || h.style === 'circled' || !runIn) return Math.min(prefix, cleaned.length);
  let end = h.titleRange.end - h.lineRange.start;
  if (charIn(lineText[end], '。.：:')) end++;
  return Math.min(clean(lineText.slice(0, end)).length, cleaned.length);
}
