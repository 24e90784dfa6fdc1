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
  return s
    .replace(/!?\[([^\]\n]{0,500})\]\([^)\s]{0,2000}\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/`([^`\n]{0,2000})`/g, '$1');
}

/** Leading Markdown block syntax: a heading's #, a quote's >, a list bullet. */
const BLOCK_PREFIX = /^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?=\S))?/;
/** Spaces and tabs off both ends (not U+3000: a full-width space is text). */
function trimSpaces(s: string): string {
  let a = 0, b = s.length;
  while (a < b && (s[a] === ' ' || s[a] === '\t')) a++;
  while (b > a && (s[b - 1] === ' ' || s[b - 1] === '\t')) b--;
  return s.slice(a, b);
}
function clean(s: string): string {
  return trimSpaces(stripInlineMarkdown(s.replace(BLOCK_PREFIX, '')));
}
/** A Markdown thematic break: ---, ***, ___ (spaces between allowed). */
function isRuleLine(s: string): boolean {
  return /^(?:-{3,}|\*{3,}|_{3,})$/.test(s.replace(/[ \t]/g, ''));
}

const FENCE = /^[ \t]{0,3}(```|~~~)/;
const COMMENT_ONLY = /^[ \t]*<!--[^\n]{0,2000}-->[ \t]*$/;
const TABLE_ROW = /^\|[^\n]*\|$/;
const TABLE_RULE = /^\|(?:[ \t]*:?-{1,200}:?[ \t]*\|){1,60}$/;
const isTableRow = (s: string) => TABLE_ROW.test(trimSpaces(s));
const isTableRule = (s: string) => TABLE_RULE.test(trimSpaces(s));
const BRACKET_NOTE = /^[(（][^()（）]{1,30}[)）]$/;
const ORGAN_MARK = /^[^，。；：,;:！？]{2,40}文件$/;
const ATTACHMENT_NOTE = /^附件[一二三四五六七八九十\d]{0,3}[:：][ \t]*\S/;
const ATTACHMENT_MARK = /^附件[一二三四五六七八九十\d]{0,3}[:：]?$/;
const NUMBERED_ITEM = /^\d{1,2}[.．、]/;
const REMARK = /^[(（](此件|本件|此页无正文)[^()（）]{0,30}[)）]$/;
const CC = /^(抄送|分送)[:：]/;
const IMPRINT = /\d{4}[ \t]?年[ \t]?\d{1,2}[ \t]?月[ \t]?\d{1,2}[ \t]?日[ \t]?印发$/;
/** A line that can be the title of an attached document (…管理办法, …实施方案): no sentence in it. */
const DOC_NAME_END = /(通知|意见|方案|计划|措施|办法|细则|规定|决定|规划|纲要|条例|说明|清单|目录|指引|标准|规则|章程|政策)$/;
const PUNCT = /[。，；：,;:！？!?]/;

function splitRow(s: string): string[] {
  const t = trimSpaces(s).replace(/^\|/, '').replace(/\|$/, '');
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
      if (s.length > 40 || PUNCT.test(s) || headingAt.has(j) || j <= titleTo || s.startsWith('附件')) break;
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
    if (FENCE.test(s0)) { inFence = !inFence; continue; }
    if (inFence) { if (!l.blank) push('body', i, i, [s0.trim()]); continue; }
    if (l.blank || chrome.has(i) || isRuleLine(s0) || COMMENT_ONLY.test(s0)) continue;
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
    if (i < titleFrom && ORGAN_MARK.test(s)) { push('organ-mark', i, i, [s]); continue; }
    if (afterTitle && !bodySeen && BRACKET_NOTE.test(s) && !headingAt.has(i)) { push('title-note', i, i, [s]); continue; }
    if (i === dateLine) { push('date', i, i, [s]); continue; }
    if (signature.has(i)) { push('signature', i, i, [s]); continue; }
    if (REMARK.test(s)) { push('remark', i, i, [s]); continue; }
    if (CC.test(s)) { push('cc', i, i, [s]); continue; }
    if (IMPRINT.test(s) && s.length <= 60) { push('imprint', i, i, [s]); continue; }
    if (ATTACHMENT_NOTE.test(s)) {
      // 附件：1.… then 2.…, 3.… on the following lines: one 附件说明.
      const note = [s];
      let k = i + 1;
      for (; k < lines.length && !lines[k].blank && NUMBERED_ITEM.test(clean(raw(k))) && k !== dateLine && !signature.has(k); k++) note.push(clean(raw(k)));
      push('attachment-note', i, k - 1, note);
      i = k - 1;
      addresseeOpen = false;
      continue;
    }
    if (ATTACHMENT_MARK.test(s)) { push('attachment-mark', i, i, [s]); addresseeOpen = false; continue; }
    const h = headingAt.get(i);
    if (h) {
      push('heading', i, i, [s], { heading: h, headLength: headLength(doc, h, i, s) });
      bodySeen = true;
      addresseeOpen = false;
      continue;
    }
    // 主送机关: the first line after the title, when it ends with a colon and holds no sentence.
    if (addresseeOpen && /[:：]$/.test(s) && !/[。；;]/.test(s) && s.length <= 120) {
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
    if (i < titleFrom && !bodySeen && /(号|號)$/.test(s) && s.length <= 30) { push('doc-number', i, i, [s]); continue; }
    push('body', i, i, [s]);
    bodySeen = true;
    addresseeOpen = false;
  }
  return parts;
}

function attachedTitle(doc: PolicyDocument, i: number, s: string): boolean {
  if (s.length < 4 || s.length > 60 || PUNCT.test(s) || !DOC_NAME_END.test(s)) return false;
  let p = i - 1;
  if (p < 0 || !doc.lines[p].blank) {
    // Directly under an attachment mark (附件2 / 某某办法) it is a title all the same.
    while (p >= 0 && doc.lines[p].blank) p--;
    return p >= 0 && ATTACHMENT_MARK.test(clean(doc.text.slice(doc.lines[p].start, doc.lines[p].end)));
  }
  return true;
}

/** The heading proper at the start of its (cleaned) line: marker and run-in title up to its 。, or the marker only. */
function headLength(doc: PolicyDocument, h: Heading, _line: number, cleaned: string): number {
  const lineText = doc.text.slice(h.lineRange.start, h.lineRange.end);
  const markerEnd = h.markerRange.end - h.lineRange.start;
  const prefix = clean(lineText.slice(0, markerEnd)).length;
  // A run-in title is a short phrase (（一）指导思想。); a numbered sentence (（一）对…给予奖励，…。) has none.
  const runIn = h.title.length <= 30 && !/[，,；;：:]/.test(h.title);
  if (h.style === 'article' || h.style === 'circled' || !runIn) return Math.min(prefix, cleaned.length);
  let end = h.titleRange.end - h.lineRange.start;
  if (/^[。.：:]/.test(lineText.slice(end))) end++;
  return Math.min(clean(lineText.slice(0, end)).length, cleaned.length);
}
