/**
 * Page chrome: the 信息公开 metadata that government web pages print above a document (索引号,
 * 发布机构, 文号, 日期, 时效性 …), kept in web copies of the text. It describes the page, not the
 * document: its dates are posting dates, its 文号 is the document's own number, and its lines are not
 * the title. Two layouts occur in the head of a copy:
 *  - table rows, with cells separated by "|": "| 发文单位:玉林市人民政府办公室 | 成文日期:2019年03月08日 |",
 *    "文 号: | 六盘水府办发〔2022〕10号 | 是否有效: | |";
 *  - a label alone on its line, its value on the next line: "索引号" / "000014348/2020-01628",
 *    "时效性" / "有效", "日期" / "2025-12-16" (an empty field is a label followed by the next label).
 * A table row counts only when one of its cells carries a metadata label, so a document's own tables
 * (序号 | 任务 | 牵头单位) are not chrome.
 */
import type { Line, PolicyDocument } from './model';
import { derived } from './analysis';
import { hasAnyOf } from './chars';

/** Field labels of 信息公开 pages; letter-spaced on many pages (索 引 号, 文  号). */
const LABELS = [
  '索引号', '信息索引号', '信息分类', '主题分类', '体裁分类', '组配分类', '服务对象', '发布机构', '发文机关', '发文单位',
  '发布单位', '生成日期', '发布日期', '发文日期', '成文日期', '印发日期', '公开日期', '日期', '文号', '发文字号',
  '名称', '标题', '主题词', '关键词', '是否有效', '有效性', '时效性', '效力状态', '公开属性', '公开类型', '公开方式',
  '公开范围', '公开期限', '公开时限', '信息来源', '来源', '发布时间', '浏览次数', '点击量', '阅读次数',
];

const LABEL_FIRST = new Set(LABELS.map((l) => l.charCodeAt(0)));

/** Spaces a letter-spaced label may have between its characters (at most three). */
const LABEL_GAP = ' \t\u3000';

/** End of `label` written at `at`, with up to three spaces between its characters (索 引 号), or -1. */
function spacedWordEnd(s: string, at: number, label: string): number {
  let i = at;
  for (let k = 0; k < label.length; k++) {
    if (k > 0) {
      const gap = i;
      while (i - gap < 3 && LABEL_GAP.includes(s[i])) i++;
    }
    if (s[i] !== label[k]) return -1;
    i++;
  }
  return i;
}

/** The label at `at` and its end, if one stands there. */
function labelAt(s: string, at: number): { label: string; end: number } | undefined {
  // Every label starts with its first character, unspaced: most positions are no label's start.
  if (!LABEL_FIRST.has(s.charCodeAt(at))) return undefined;
  for (const label of LABELS) {
    const end = spacedWordEnd(s, at, label);
    if (end >= 0) return { label, end };
  }
  return undefined;
}

/**
 * A line that is only a label: spaces or table marks, the label, an optional colon, spaces or table
 * marks. Returns the label.
 */
function labelLine(s: string): string | undefined {
  let i = 0;
  while (i < s.length && ' \t\u3000|*'.includes(s[i])) i++;
  const m = labelAt(s, i);
  if (!m) return undefined;
  i = m.end;
  while (i < s.length && LABEL_GAP.includes(s[i])) i++;
  if (s[i] === ':' || s[i] === '：') i++;
  else i = m.end;
  while (i < s.length && ' \t\u3000|*'.includes(s[i])) i++;
  return i === s.length ? m.label : undefined;
}

/** A table cell that starts with a label and a colon: "| 成文日期:2019年…", "文 号: | …" (at the line start or after | or ｜). */
function hasLabelCell(s: string): boolean {
  for (let i = 0; i < s.length; i = i + 1) {
    if (i > 0 && s[i - 1] !== '|' && s[i - 1] !== '｜') continue;
    let k = i;
    while (k < s.length && ' \t\u3000*'.includes(s[k])) k++;
    const m = labelAt(s, k);
    if (!m) continue;
    k = m.end;
    while (k < s.length && LABEL_GAP.includes(s[k])) k++;
    if (s[k] === ':' || s[k] === '：') return true;
  }
  return false;
}

/**
 * The value of the first of `labels` in a metadata line: "| 标 题: 某市…的通知 | |" → 某市…的通知; a label
 * whose cell is empty takes the next cell ("名 称: | 某市…的通知 |"). Undefined when none is there.
 */
export function chromeValue(s: string, labels: readonly string[]): string | undefined {
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && s[i - 1] !== '|' && s[i - 1] !== '｜' && !LABEL_GAP.includes(s[i - 1])) continue;
    const label = labels.find((l) => spacedWordEnd(s, i, l) >= 0);
    if (!label) continue;
    let k = spacedWordEnd(s, i, label);
    while (k < s.length && LABEL_GAP.includes(s[k])) k++;
    if (s[k] !== ':' && s[k] !== '：') continue;
    k++;
    const cell = (from: number) => {
      let e = from;
      while (e < s.length && s[e] !== '|' && s[e] !== '｜') e++;
      return { value: s.slice(from, e).trim(), end: e };
    };
    let c = cell(k);
    if (!c.value && c.end < s.length) c = cell(c.end + 1);
    return c.value || undefined;
  }
  return undefined;
}

/** Labels that only a web page prints (a document's own text does not write 来源： or 发布时间：). */
const PAGE_ONLY_LABELS = ['来源', '信息来源', '发布时间', '浏览次数', '点击量', '阅读次数'];

/**
 * A line of fields written one after another, "来源：市政府办公室\u3000发布时间：2024-03-05 10:21": it starts
 * with a label (not 名称/标题, whose value is the title) and a colon, is short, holds no sentence, and has
 * a second field or a label only a page prints — so a document's own "成文日期：2019年3月8日" stays text.
 */
function fieldsLine(s: string): boolean {
  let i = 0;
  while (i < s.length && LABEL_GAP.includes(s[i])) i++;
  const first = labelWithColon(s, i);
  if (!first || first.label === '名称' || first.label === '标题') return false;
  if (s.trim().length > 80 || hasAnyOf(s, '。，；;')) return false;
  if (PAGE_ONLY_LABELS.includes(first.label)) return true;
  for (let k = first.end; k < s.length; k++) {
    if (LABEL_GAP.includes(s[k - 1]) && labelWithColon(s, k)) return true;
  }
  return false;
}

/** A label at `at` followed by a colon: the label and where the colon ends. */
function labelWithColon(s: string, at: number): { label: string; end: number } | undefined {
  const m = labelAt(s, at);
  if (!m) return undefined;
  let k = m.end;
  while (k < s.length && LABEL_GAP.includes(s[k])) k++;
  return s[k] === ':' || s[k] === '：' ? { label: m.label, end: k + 1 } : undefined;
}

/** How far into the text page chrome may appear (non-blank lines). */
const HEAD_LINES = 30;

/**
 * Indices of the lines that are page chrome, in the head of the text. Works on the lines and the
 * normalised text, so the document builder can use it before the document exists.
 */
export function chromeLines(lines: readonly Line[], norm: string): Set<number> {
  const out = new Set<number>();
  let seen = 0;
  let valueNext = false;
  for (let i = 0; i < lines.length && seen < HEAD_LINES; i++) {
    const l = lines[i];
    if (l.blank) continue;
    seen++;
    const s = norm.slice(l.start, Math.min(l.end, l.start + 400));
    const label = labelLine(s);
    if (label) {
      out.add(i);
      // The value of 名称/标题 is the document's title: left for the title finder.
      valueNext = label !== '名称' && label !== '标题';
      continue;
    }
    if ((hasAnyOf(s, '|｜') && hasLabelCell(s)) || fieldsLine(s)) { out.add(i); valueNext = false; continue; }
    // The value of a label on the line before: short, one field ("2025-12-16", "县交通运输局", "有效").
    if (valueNext && s.trim().length <= 40 && !hasAnyOf(s, '。，,；;')) out.add(i);
    valueNext = false;
  }
  return out;
}

/** The page chrome parseDocument found for a document (from its lines and text), until pageChrome takes it. */
const foundAtParse = new WeakMap<PolicyDocument, Set<number>>();
export function notePageChrome(doc: PolicyDocument, chrome: Set<number>): void { foundAtParse.set(doc, chrome); }

/** Page-chrome line indices of a document (a derived part: computed once per document version, or taken from the parse). */
export const pageChrome = derived('page-chrome', (doc: PolicyDocument): Set<number> => {
  const found = foundAtParse.get(doc);
  if (found) { foundAtParse.delete(doc); return found; }
  return chromeLines(doc.lines, doc.norm);
});

/** The offset lies on a page-chrome line. */
export function inPageChrome(doc: PolicyDocument, offset: number): boolean {
  const c = pageChrome(doc);
  return c.size > 0 && c.has(doc.lineIndex.positionAt(offset).line);
}
