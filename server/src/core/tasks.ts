/**
 * 任务分工表 (task-division table): the document's task measures as rows — 序号, 重点任务, 牵头单位,
 * 配合单位, 完成时限 — grouped by section, in document order. A pure function of the PolicyDocument;
 * the renderers (Markdown and CSV here, .xlsx in the CLI, .docx later) read the plain
 * {columns, groups, rows} structure.
 *
 * Also: the 分工表 a document carries as an attachment (a Markdown table, tab-separated lines, or
 * list items with （责任单位：…，完成时限：…）), read into rows with the ranges of their cells, for
 * consistency/task-table.
 */
import type { Text } from './contract';
import { derived } from './analysis';
import { unwrappedTwin, type Mapper } from './unwrap';
import { message, registerMessages, type Locale } from './messages';
import type { Heading, LeadClause, Measure, PolicyDocument, Span } from './model';
import { normalizeForMatching } from './normalize';
import { clip, hasAnyOf, isDigit, isSpaceOrTab, isWhite, isWhiteCode, removeChars } from './chars';
import { cleanUnitName, unitInfo } from './units';
import { ATTACHMENT_MARKS, DEADLINE_LABELS, allChars, hasWord, isBlank, indexOfWord, startsWithWord, WordScanner, wordAt } from './vocabulary';

registerMessages({
  'tasks/no': { zh: '序号', en: 'No.' },
  'tasks/task': { zh: '重点任务', en: 'Task' },
  'tasks/lead': { zh: '牵头单位', en: 'Lead unit' },
  'tasks/partners': { zh: '配合单位', en: 'Partner units' },
  'tasks/deadline': { zh: '完成时限', en: 'Deadline' },
  'tasks/unstated': { zh: '（未明确）', en: '(not stated)' },
  'tasks/none': { zh: '—', en: '—' },
  'tasks/title': { zh: '任务分工表：{title}', en: 'Task-division table: {title}' },
  'tasks/summary': {
    zh: '共 {count} 项任务；{noLead} 项未明确牵头单位，{noDeadline} 项未明确完成时限。',
    en: '{count} tasks; {noLead} without a lead unit, {noDeadline} without a deadline.',
  },
  'tasks/empty': { zh: '本文未识别出任务措施。', en: 'No task measures were found in this document.' },
});

// -------------------------------------------------------------------------------------------------
// The table model

export interface TableColumn { key: 'no' | 'task' | 'lead' | 'partners' | 'deadline'; title: Text }

export const TASK_COLUMNS: readonly TableColumn[] = [
  { key: 'no', title: { zh: '序号', en: 'No.' } },
  { key: 'task', title: { zh: '重点任务', en: 'Task' } },
  { key: 'lead', title: { zh: '牵头单位', en: 'Lead unit' } },
  { key: 'partners', title: { zh: '配合单位', en: 'Partner units' } },
  { key: 'deadline', title: { zh: '完成时限', en: 'Deadline' } },
];

/** A deadline as written, with a key that compares across spellings (2023年12月 = 2023年底). */
export interface Deadline {
  text: string;
  range: Span;
  /** '2023-12', '2023-06', '2023' (a year), '2023-H1', 'ongoing'. */
  key: string;
  /** Written under a label (完成时限：…) rather than in the sentence. */
  labelled: boolean;
}

export interface TaskRow {
  /** 1-based, across the whole table. */
  no: number;
  /** Index into groups, -1 when the row is in no section. */
  group: number;
  /** The measure's number as written (1., （三）), '' when unnumbered. */
  marker: string;
  /** The measure's title, or its first sentence, without its lead clause. */
  task: string;
  lead: string[];
  partners: string[];
  deadlines: Deadline[];
  /** The lead clause says which unit leads (牵头单位, A牵头), not only who is responsible (责任单位). */
  leadExplicit: boolean;
  /** The lead units come from an earlier clause (下同, 列第一位者为牵头单位). */
  inherited: boolean;
  /** The measure's range. */
  range: Span;
  /** Where the title or first sentence is. */
  taskRange: Span;
  /** The lead clause, when the measure has one of its own. */
  clauseRange?: Span;
  /** 1-based line of the measure's start. */
  line: number;
}

export interface TaskGroup { title: string; range: Span; rows: number[] }

export interface TaskTable {
  title?: string;
  columns: readonly TableColumn[];
  groups: TaskGroup[];
  rows: TaskRow[];
}

// -------------------------------------------------------------------------------------------------
// Deadlines

/** Words around a date that make it a deadline: 到2026年, 2025年底前完成. */
const DATE_PREFIXES = ['到', '至', '于', '在'];
const DATE_PARTS = ['上半年', '下半年', '年底', '年末', '底', '末', '内'];
const DATE_BEFORE = ['以前', '之前', '前'];
const DATE_VERBS = ['完成', '建成', '实现', '出台', '启动', '落实', '完工', '投用', '投产', '竣工'];

/** A date as a deadline is written, with the words around it ('' where absent). */
interface DeadlineDate { start: number; end: number; yearAt: number; pre: string; year: string; month?: string; part: string; before: string; verb: string }

/**
 * The dates of `s` left to right: 2025年, 2025年6月, 2025年6月30日 (a year of exactly 4 digits, spaces
 * or tabs allowed around the numbers), with 到/至/于/在 before (spaces between) and after it
 * 底/末/上半年/下半年/内, then 前, then a completion verb. Each 年 is looked at once: linear.
 */
function deadlineDates(s: string): DeadlineDate[] {
  const out: DeadlineDate[] = [];
  let last = 0;
  // A run of 1 to `max` digits at `i` (no digit after it), then spaces and `unit`: the digits and the end.
  const number = (i: number, max: number, unit: string): { digits: string; end: number } | undefined => {
    let k = i;
    while (isSpaceOrTab(s[k])) k++;
    let e = k;
    while (isDigit(s[e])) e++;
    if (e === k || e - k > max) return undefined;
    let u = e;
    while (isSpaceOrTab(s[u])) u++;
    return s[u] === unit ? { digits: s.slice(k, e), end: u + 1 } : undefined;
  };
  for (let y = s.indexOf('年'); y >= 0; y = s.indexOf('年', y + 1)) {
    let e = y;
    while (e > last && isSpaceOrTab(s[e - 1])) e--;
    const yearAt = e - 4;
    if (yearAt < last || isDigit(s[yearAt - 1])) continue;
    let four = true;
    for (let k = yearAt; k < e; k++) if (!isDigit(s[k])) four = false;
    if (!four) continue;
    let start = yearAt;
    let p = yearAt;
    while (p > last && isSpaceOrTab(s[p - 1])) p--;
    const pre = p - 1 >= last ? wordAt(s, p - 1, DATE_PREFIXES) : '';
    if (pre) start = p - 1;
    let end = y + 1;
    const month = number(end, 2, '月');
    if (month) end = month.end;
    const day = number(end, 2, '日');
    if (day) end = day.end;
    const part = wordAt(s, end, DATE_PARTS);
    end += part.length;
    const before = wordAt(s, end, DATE_BEFORE);
    end += before.length;
    const verb = wordAt(s, end, DATE_VERBS);
    end += verb.length;
    out.push({ start, end, yearAt, pre, year: s.slice(yearAt, e), month: month?.digits, part, before, verb });
    last = end;
    y = end - 1;
  }
  return out;
}
const ONGOING_WORDS = ['长期坚持', '持续推进', '长期推进', '持续开展', '长期开展', '常态化推进', '长期实施', '持续实施'];
/** Where a labelled deadline's value stops. */
const DEADLINE_VALUE_STOPS = ',;)]\n\r。';

/**
 * The labels of `labels` followed by a colon ([ \t]*:[ \t]*), left to right, each with where its value
 * starts; with `stops`, only those with a value of 1 to `max` characters that are none of `stops`,
 * the value then ending before the first stop or after `max` characters.
 */
function labelsIn(s: string, labels: readonly string[], stops?: string, max = 40): { at: number; valueStart: number; valueEnd: number }[] {
  const out: { at: number; valueStart: number; valueEnd: number }[] = [];
  const scan = new WordScanner(s, labels);
  for (let w = scan.find(0); w; ) {
    let next = w.at + 1;
    for (const label of labels) {
      if (!s.startsWith(label, w.at)) continue;
      let k = w.at + label.length;
      while (isSpaceOrTab(s[k])) k++;
      if (s[k] !== ':') continue;
      k++;
      while (isSpaceOrTab(s[k])) k++;
      let e = k;
      if (stops !== undefined) {
        while (e < s.length && e - k < max && !stops.includes(s[e])) e++;
        if (e === k) continue;
      }
      out.push({ at: w.at, valueStart: k, valueEnd: e });
      next = e;
      break;
    }
    w = scan.find(next);
  }
  return out;
}

function dateKey(year: string, month: string | undefined, part: string | undefined): string {
  if (month) return `${year}-${month.padStart(2, '0')}`;
  if (part === '上半年') return `${year}-06`;
  if (part === '底' || part === '末' || part === '年底' || part === '年末' || part === '下半年') return `${year}-12`;
  return year;
}

/** The key of a deadline text (for comparisons), or undefined when it names no time. */
export function deadlineKey(s: string): string | undefined {
  const n = normalizeForMatching(s);
  const m = deadlineDates(n)[0];
  if (m) return dateKey(m.year, m.month, m.part);
  if (hasWord(n, ONGOING_WORDS)) return 'ongoing';
  return undefined;
}

/**
 * The deadlines written in `span`: dates under a 完成时限 label, dates that read as a deadline
 * (2025年底前, 2024年6月底前完成, 到2026年, 年内), and — when no date is given — the words of work
 * that goes on (长期坚持, 持续推进).
 */
export function deadlinesIn(doc: PolicyDocument, span: Span): Deadline[] {
  const { norm, text } = doc;
  const body = norm.slice(span.start, span.end);
  const out: Deadline[] = [];
  const labelled: Span[] = [];
  for (const m of labelsIn(body, DEADLINE_LABELS, DEADLINE_VALUE_STOPS)) {
    const vStart = span.start + m.valueStart;
    let vEnd = span.start + m.valueEnd;
    while (vEnd > vStart && isWhite(norm[vEnd - 1])) vEnd--;
    const value = text.slice(vStart, vEnd);
    const key = deadlineKey(value);
    labelled.push({ start: vStart, end: vEnd });
    if (key) out.push({ text: value, range: { start: vStart, end: vEnd }, key, labelled: true });
  }
  const inLabel = (p: number) => labelled.some((l) => l.start <= p && p < l.end);
  for (const m of deadlineDates(body)) {
    const { pre, year, month, part, before, verb } = m;
    // A deadline reads as one: 到2026年, 2025年底, 2025年前, 年内; not 2023年是…, 自2023年起.
    const reads = pre === '到' || pre === '至' && !!(part || before) || !!part || !!before;
    let start = span.start + m.start;
    // The verb after it (完成, 建成) is not part of the deadline.
    const end = span.start + m.end - verb.length;
    if (!reads || inLabel(start)) continue;
    // 于/在 is not part of the deadline as shown.
    if (pre === '于' || pre === '在') start = span.start + m.yearAt;
    const key = dateKey(year, month, part);
    out.push({ text: text.slice(start, end), range: { start, end }, key, labelled: false });
  }
  if (!out.length) {
    const m = indexOfWord(body, ONGOING_WORDS);
    if (m) {
      const start = span.start + m.at, end = start + m.word.length;
      out.push({ text: text.slice(start, end), range: { start, end }, key: 'ongoing', labelled: false });
    }
  }
  out.sort((a, b) => a.range.start - b.range.start);
  // One entry per key, the first written.
  const seen = new Set<string>();
  return out.filter((d) => !seen.has(d.key) && !!seen.add(d.key));
}

// -------------------------------------------------------------------------------------------------
// Rows from the measures

const TRAILING = new Set([...' \t\r\n\u3000,;:。，；：、']);
/** `s` without trailing spaces and punctuation (a loop: no regex rescans a long run). */
function trimPunct(s: string): string {
  let e = s.length;
  while (e > 0 && TRAILING.has(s[e - 1])) e--;
  return s.slice(0, e);
}

/** Text of `span` with the clause ranges inside it cut out, trimmed of trailing punctuation. */
function textWithout(doc: PolicyDocument, span: Span, cut: Span[]): { text: string; range: Span } {
  let s = '';
  let pos = span.start;
  for (const c of cut) {
    if (c.end <= span.start || c.start >= span.end) continue;
    s += doc.text.slice(pos, Math.max(pos, c.start));
    pos = Math.max(pos, c.end);
  }
  s += doc.text.slice(pos, span.end);
  let end = span.end;
  while (end > span.start && TRAILING.has(doc.text[end - 1])) end--;
  return { text: trimPunct(collapseWhite(s)), range: { start: span.start, end } };
}

/** `s` with each run of white space made one space, and trimmed (/\s+/g → ' ', then trim()). */
function collapseWhite(s: string): string {
  // Runs of text joined once: adding a character at a time made long first sentences (a measure
  // without a full stop, 320 K characters) cost far more than ten times what a tenth of them did.
  const parts: string[] = [];
  let i = 0;
  // Char codes: a string per character read was most of what the task table allocated.
  while (i < s.length) {
    while (i < s.length && isWhiteCode(s.charCodeAt(i))) i++;
    const start = i;
    while (i < s.length && !isWhiteCode(s.charCodeAt(i))) i++;
    if (i > start) parts.push(s.slice(start, i));
  }
  return parts.join(' ');
}

const SENTENCE_ENDS = '。!?！？\n\r';
/** The longest first sentence taken as a task's wording. */
const MAX_SENTENCE = 1000;

/** The measure's title, or its first sentence, without lead clauses. */
function taskOf(doc: PolicyDocument, m: Measure, clauses: Span[]): { text: string; range: Span } {
  const h = m.heading;
  if (h && h.titleRange.end > h.titleRange.start) {
    const t = textWithout(doc, h.titleRange, clauses);
    if (t.text) return t;
  }
  // The first sentence after the marker.
  let start = h ? h.markerRange.end : m.range.start;
  while (start < m.range.end && isWhite(doc.text[start])) start++;
  let end = start;
  // A "sentence" of more than MAX_SENTENCE characters (no full stop in a pasted block) is cut there.
  while (end < m.range.end && end - start < MAX_SENTENCE && !SENTENCE_ENDS.includes(doc.norm[end])) end++;
  return textWithout(doc, { start, end }, clauses);
}

/** A label that names the leading unit: 牵头单位, 主办单位, 主责部门. */
const LEADING_LABEL_STARTS = ['牵头', '主办', '主责'];

/** The units a clause assigns: lead and partners, with 列第一位者为牵头单位 read. */
function unitsOf(k: LeadClause): { lead: string[]; partners: string[]; explicit: boolean } {
  const names = (us: { name: string }[]) => us.map((u) => cleanUnitName(u.name)).filter((n) => n.length > 0);
  const lead = names(k.lead);
  const partners = names(k.partners);
  if (k.firstLeads && lead.length > 1) return { lead: lead.slice(0, 1), partners: [...lead.slice(1), ...partners], explicit: true };
  // A 责任单位 list names who is responsible, not which of them leads.
  const explicit = k.form !== 'labelled' && k.form !== 'line' && k.form !== 'dept-label' || !!startsWithWord(k.label ?? '', LEADING_LABEL_STARTS) || partners.length > 0;
  return { lead, partners, explicit };
}

function groupTitle(h: Heading): string {
  return trimPunct(`${h.marker}${h.title}`);
}

/** The rows of the task measures that start in [from, to). */
function rowsOf(doc: PolicyDocument, from: number, to: number): TaskTable {
  const rows: TaskRow[] = [];
  const groups: TaskGroup[] = [];
  const groupOf = new Map<Heading, number>();
  for (const m of doc.measures) {
    if (!m.task || m.leadIn || m.range.start < from || m.range.start >= to) continue;
    // The last measure before an attachment ends where the attachment starts.
    const range = { start: m.range.start, end: Math.min(m.range.end, to) };
    const clause = m.clause ?? m.inherited;
    const units = clause ? unitsOf(clause) : { lead: [], partners: [], explicit: false };
    const cut = m.clause ? [m.clause.range] : [];
    const task = taskOf(doc, m, cut);
    if (!task.text) continue;
    const parent = m.heading?.parent ?? m.section;
    let group = -1;
    if (parent) {
      const known = groupOf.get(parent);
      if (known !== undefined) group = known;
      else {
        group = groups.length;
        groupOf.set(parent, group);
        groups.push({ title: groupTitle(parent), range: parent.lineRange, rows: [] });
      }
      groups[group].rows.push(rows.length);
    }
    rows.push({
      no: rows.length + 1, group,
      marker: m.heading?.marker ?? '',
      task: task.text,
      lead: units.lead, partners: units.partners,
      deadlines: deadlinesIn(doc, range),
      leadExplicit: units.explicit,
      inherited: !m.clause && !!m.inherited,
      range, taskRange: task.range, clauseRange: m.clause?.range,
      line: doc.lineIndex.positionAt(m.range.start).line + 1,
    });
  }
  return { title: doc.innerTitle ?? doc.title, columns: TASK_COLUMNS, groups, rows };
}

/**
 * The task-division table of the document: every task measure of the body (an attached 分工表, if
 * any, is not part of it) in document order, grouped by the section that holds it.
 */
export const taskTable = derived('task-table', (doc: PolicyDocument): TaskTable => {
  // A hard-wrapped copy (out of a PDF) is read with its paragraphs joined, as the rules read it: a lead clause or a
  // deadline broken over two lines is whole. The rows' places point into the lines as written.
  const twin = unwrappedTwin(doc);
  if (twin) return tableAsWritten(taskTable(twin.doc), twin.mapper, doc);
  const att = attachedTable(doc);
  return rowsOf(doc, 0, att ? att.start : doc.text.length);
});

/** A table read on a document's joined twin, its places mapped into the text as written. */
function tableAsWritten(t: TaskTable, m: Mapper, doc: PolicyDocument): TaskTable {
  return {
    ...t,
    groups: t.groups.map((g) => ({ ...g, range: m.span(g.range) })),
    rows: t.rows.map((r) => {
      const range = m.span(r.range);
      return {
        ...r,
        range,
        taskRange: m.span(r.taskRange),
        ...(r.clauseRange ? { clauseRange: m.span(r.clauseRange) } : {}),
        deadlines: r.deadlines.map((d) => ({ ...d, range: m.span(d.range) })),
        line: doc.lineIndex.positionAt(range.start).line + 1,
      };
    }),
  };
}

/** The cells of a row as shown: units joined with 、, a mark where nothing is stated. */
export function taskCells(row: TaskRow, locale: Locale = 'zh-cn'): string[] {
  const unstated = message('tasks/unstated', undefined, locale);
  return [
    String(row.no),
    row.task,
    row.lead.length ? row.lead.join('、') : unstated,
    row.partners.length ? row.partners.join('、') : message('tasks/none', undefined, locale),
    row.deadlines.length ? row.deadlines.map((d) => d.text.trim()).join('；') : unstated,
  ];
}

/** The column titles in the locale. */
export function taskHeader(table: TaskTable, locale: Locale = 'zh-cn'): string[] {
  return table.columns.map((c) => (locale === 'en' ? c.title.en : c.title.zh));
}

/** The table as rows of cells, with each group's title as a one-cell row before its rows. */
export function taskGrid(table: TaskTable, locale: Locale = 'zh-cn'): { group?: string; cells: string[] }[] {
  const out: { group?: string; cells: string[] }[] = [];
  let last = -2;
  for (const r of table.rows) {
    if (r.group !== last && r.group >= 0) out.push({ group: table.groups[r.group].title, cells: [] });
    last = r.group;
    out.push({ cells: taskCells(r, locale) });
  }
  return out;
}

/** A Markdown table cell: \ and | escaped, each run of line breaks one space. */
function mdCell(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' || c === '|') out += '\\' + c;
    else if (c === '\r' || c === '\n') {
      while (s[i + 1] === '\r' || s[i + 1] === '\n') i++;
      out += ' ';
    } else out += c;
  }
  return out;
}

/** A Markdown document: title, one table per section (the section as a heading), a summary line. */
export function taskTableMarkdown(table: TaskTable, locale: Locale = 'zh-cn', link?: (row: TaskRow) => string): string {
  const out = [`# ${mdCell(message('tasks/title', { title: table.title ?? '' }, locale))}`, ''];
  if (!table.rows.length) return out.concat(message('tasks/empty', undefined, locale), '').join('\n');
  const header = `| ${taskHeader(table, locale).join(' | ')} |`;
  const rule = '|---:|---|---|---|---|';
  let last = -2;
  for (const r of table.rows) {
    if (r.group !== last) {
      if (last !== -2) out.push('');
      if (r.group >= 0) out.push(`## ${mdCell(table.groups[r.group].title)}`, '');
      out.push(header, rule);
      last = r.group;
    }
    const cells = taskCells(r, locale).map(mdCell);
    if (link) cells[0] = `[${cells[0]}](${link(r)})`;
    out.push(`| ${cells.join(' | ')} |`);
  }
  const noLead = table.rows.filter((r) => !r.lead.length).length;
  const noDeadline = table.rows.filter((r) => !r.deadlines.length).length;
  out.push('', message('tasks/summary', { count: table.rows.length, noLead, noDeadline }, locale), '');
  return out.join('\n');
}

/** One CSV field, RFC 4180: quoted when it holds a comma, a quote or a line break (quotes doubled). */
export function csvField(s: string): string {
  return hasAnyOf(s, '",\r\n') ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * CSV for Excel: a UTF-8 byte order mark (Excel reads the file as UTF-8 then), CRLF line ends, a
 * header row, and the section in a first column so the file stays one flat table.
 */
export function taskTableCsv(table: TaskTable, locale: Locale = 'zh-cn'): string {
  const section = locale === 'en' ? 'Section' : '所属部分';
  const lines = [[section, ...taskHeader(table, locale)].map(csvField).join(',')];
  for (const r of table.rows) {
    const g = r.group >= 0 ? table.groups[r.group].title : '';
    lines.push([g, ...taskCells(r, locale)].map(csvField).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

// -------------------------------------------------------------------------------------------------
// The 分工表 a document carries as an attachment

export interface TableCell { text: string; range: Span }

export interface AttachedRow {
  no?: number;
  task: TableCell;
  lead?: TableCell;
  partners?: TableCell;
  deadline?: TableCell;
  /** Units of the lead (and partner) cells, split on 、 and commas. */
  leadUnits: string[];
  partnerUnits: string[];
  /** The table tells the lead from the partners (a 牵头 column or label). */
  leadExplicit: boolean;
  /** The whole row (line or item). */
  range: Span;
  /** How the row is written: in a Markdown table, tab-separated, or as a list item with a clause. */
  form: 'markdown' | 'tsv' | 'list';
  /** List form: the clause holding the units, to insert a missing label into. */
  clause?: LeadClause;
}

export interface AttachedTable {
  /** Where the attachment starts (its 附件 line). */
  start: number;
  /** Its title line, if any. */
  titleRange?: Span;
  rows: AttachedRow[];
}

/**
 * An attachment's own label line: 附件, 附件1, 附件一 (alone on its line, Markdown marks allowed) —
 * spaces, a heading mark, **, 附件 or 附表, up to 4 spaces, a number (1–2 digits or 1–3 of 一…十),
 * up to 4 spaces or colons, **, spaces.
 */
function isAttachmentLine(s: string): boolean {
  let i = 0;
  while (isSpaceOrTab(s[i])) i++;
  if (s[i] === '#') {
    let h = i;
    while (s[h] === '#') h++;
    if (h - i > 6 || !isSpaceOrTab(s[h])) return false;
    i = h;
    while (isSpaceOrTab(s[i])) i++;
  }
  if (s.startsWith('**', i)) i += 2;
  const mark = wordAt(s, i, ATTACHMENT_MARKS);
  if (!mark) return false;
  i += mark.length;
  const upTo = (test: (ch: string) => boolean, max: number) => { const from = i; while (i - from < max && i < s.length && test(s[i])) i++; return i - from; };
  upTo(isSpaceOrTab, 4);
  const digits = upTo(isDigit, 3);
  if (digits > 2 || !digits && upTo((ch) => ATTACHMENT_NUMERALS.includes(ch), 4) > 3) return false;
  upTo((ch) => isSpaceOrTab(ch) || ch === ':', 4);
  if (s.startsWith('**', i)) i += 2;
  while (isSpaceOrTab(s[i])) i++;
  return i === s.length;
}
const ATTACHMENT_NUMERALS = '一二三四五六七八九十';
/** A title that names a task division. */
const TABLE_TITLE_WORDS = ['分工', '任务', '清单', '台账', '责任'];

type ColumnKey = 'no' | 'task' | 'lead' | 'partners' | 'deadline';

/** Words of a header cell, by the column they name. */
const HEADER_NO = ['序号', '编号', '序'];
const HEADER_DEADLINE = ['时限', '完成时间', '时间节点', '期限', '时间安排'];
const HEADER_PARTNERS = ['配合', '协办', '参与', '协助', '会办', '协同'];
const HEADER_RESPONSIBLE = ['责任单位', '责任部门', '负责单位', '负责部门', '主办', '承办'];
const HEADER_TASK = ['任务', '事项', '内容', '措施', '工作', '举措', '项目'];

/** Column roles from a header row's cells, or undefined when it is no task table's header. */
function headerRoles(cells: string[]): (ColumnKey | undefined)[] | undefined {
  const hasLeader = cells.some((c) => c.includes('牵头'));
  const roles = cells.map((raw): ColumnKey | undefined => {
    const c = removeChars(normalizeForMatching(raw), (ch) => isWhite(ch) || ch === '*');
    if (!c || c.length > 12) return undefined;
    if (HEADER_NO.includes(c)) return 'no';
    if (hasWord(c, HEADER_DEADLINE)) return 'deadline';
    if (c.includes('牵头')) return 'lead';
    if (hasWord(c, HEADER_PARTNERS)) return 'partners';
    if (hasWord(c, HEADER_RESPONSIBLE)) return hasLeader ? 'partners' : 'lead';
    if (hasWord(c, HEADER_TASK)) return 'task';
    return undefined;
  });
  if (!roles.includes('task') || !(roles.includes('lead') || roles.includes('deadline'))) return undefined;
  return roles;
}

/** Split a table line into cells with their trimmed ranges. */
function splitCells(doc: PolicyDocument, start: number, end: number, sep: '|' | '\t'): TableCell[] {
  const { text } = doc;
  let s = start;
  let e = end;
  if (sep === '|') {
    while (s < e && isSpaceOrTab(text[s])) s++;
    if (text[s] === '|') s++;
    while (e > s && isSpaceOrTab(text[e - 1])) e--;
    if (text[e - 1] === '|' && text[e - 2] !== '\\') e--;
  }
  const cells: TableCell[] = [];
  let cellStart = s;
  const push = (a: number, b: number) => {
    let x = a, y = b;
    while (x < y && isBlank(text[x])) x++;
    while (y > x && isBlank(text[y - 1])) y--;
    cells.push({ text: text.slice(x, y), range: { start: x, end: y } });
  };
  for (let i = s; i < e; i++) {
    if (text[i] === '\\' && sep === '|') { i++; continue; }
    if (text[i] === sep) { push(cellStart, i); cellStart = i + 1; }
  }
  push(cellStart, e);
  return cells;
}

/** `s` split at each of the characters of `seps`. */
function splitAt(s: string, seps: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) if (seps.includes(s[i])) { out.push(s.slice(start, i)); start = i + 1; }
  out.push(s.slice(start));
  return out;
}

/** A line that starts a Markdown table row (spaces, then |). */
function isPipeRow(t: string): boolean {
  let i = 0;
  while (isSpaceOrTab(t[i])) i++;
  return t[i] === '|';
}

/** A cell of a Markdown table's delimiter row: ---, :---, ---:, :---: (two dashes at least). */
function isDelimiterCell(t: string): boolean {
  const a = t.startsWith(':') ? 1 : 0;
  const b = t.length > a && t.endsWith(':') ? t.length - 1 : t.length;
  if (b - a < 2) return false;
  for (let i = a; i < b; i++) if (t[i] !== '-') return false;
  return true;
}

function splitUnitsText(s: string): string[] {
  return splitAt(normalizeForMatching(s), '、,;，；').map((x) => cleanUnitName(x.trim())).filter((x) => x.length > 0);
}

/** Rows of a Markdown table or tab-separated lines starting at line `i`, if its first row is a task header. */
function gridRows(doc: PolicyDocument, i: number, sep: '|' | '\t'): { rows: AttachedRow[]; next: number } | undefined {
  const line = doc.lines[i];
  const header = splitCells(doc, line.start, line.end, sep).map((c) => c.text);
  const roles = headerRoles(header);
  if (!roles) return undefined;
  // The table tells the lead from the partners: a partner column, or a lead column headed 牵头….
  const leadExplicit = roles.includes('partners') || roles.some((r, k) => r === 'lead' && normalizeForMatching(header[k]).includes('牵头'));
  const rows: AttachedRow[] = [];
  let j = i + 1;
  const isRow = (k: number) => {
    const l = doc.lines[k];
    if (!l || l.blank) return false;
    const t = doc.text.slice(l.start, l.end);
    return sep === '|' ? isPipeRow(t) : t.includes('\t');
  };
  for (; j < doc.lines.length && isRow(j); j++) {
    const l = doc.lines[j];
    const cells = splitCells(doc, l.start, l.end, sep);
    if (sep === '|' && cells.every((c) => isDelimiterCell(c.text) || !c.text)) continue;
    const at = (k: ColumnKey) => { const x = roles.indexOf(k); return x >= 0 ? cells[x] : undefined; };
    const task = at('task');
    // A row that only names a section (一、坚持规划引领) in its first cell.
    if (!task || !task.text) continue;
    const no = at('no');
    const lead = at('lead');
    const partners = at('partners');
    rows.push({
      no: no && allChars(no.text, isDigit) ? Number(no.text) : undefined,
      task, lead, partners, deadline: at('deadline'),
      leadUnits: lead ? splitUnitsText(lead.text) : [],
      partnerUnits: partners ? splitUnitsText(partners.text) : [],
      leadExplicit,
      range: { start: l.start, end: l.end }, form: sep === '|' ? 'markdown' : 'tsv',
    });
  }
  return { rows, next: j };
}

const CLAUSE_VALUE_STOPS = ',;)]\n';

/** The value range after a label inside a clause (完成时限：2023年6月). */
function labelValue(doc: PolicyDocument, k: LeadClause, labels: readonly string[]): TableCell | undefined {
  const body = doc.norm.slice(k.range.start, k.range.end);
  const m = labelsIn(body, labels)[0];
  if (!m) return undefined;
  const start = k.range.start + m.valueStart;
  let end = start;
  while (end < k.range.end && !CLAUSE_VALUE_STOPS.includes(doc.norm[end])) end++;
  while (end > start && isWhite(doc.norm[end - 1])) end--;
  return { text: doc.text.slice(start, end), range: { start, end } };
}

/** The cell of a clause's units: from the first unit's start to the last one's end. */
function unitsCell(doc: PolicyDocument, units: { range: Span }[]): TableCell | undefined {
  if (!units.length) return undefined;
  const start = units[0].range.start;
  const end = units[units.length - 1].range.end;
  return { text: doc.text.slice(start, end), range: { start, end } };
}

/** List items after the attachment line, each with its own lead clause. */
function listRows(doc: PolicyDocument, from: number): AttachedRow[] {
  const rows: AttachedRow[] = [];
  for (const m of doc.measures) {
    if (m.range.start < from || !m.clause || m.leadIn) continue;
    const k = m.clause;
    const task = taskOf(doc, m, [k.range]);
    if (!task.text) continue;
    const units = unitsOf(k);
    rows.push({
      no: m.heading && m.heading.style === 'arabic' ? m.heading.number : undefined,
      task: { text: task.text, range: task.range },
      lead: unitsCell(doc, k.lead), partners: unitsCell(doc, k.partners),
      deadline: labelValue(doc, k, DEADLINE_LABELS),
      leadUnits: units.lead, partnerUnits: units.partners, leadExplicit: units.explicit,
      range: m.range, form: 'list', clause: k,
    });
  }
  return rows;
}

/**
 * A task table starting at line `i` (the first of at most `lookahead` non-blank lines after an 附件
 * line, or any line of a document that is itself a 分工表): a Markdown or tab-separated grid whose
 * header names the task and its lead units or deadline, or — under a title naming a task division
 * (…分工表, …任务清单) — list items that each carry a lead clause.
 */
function tableFrom(doc: PolicyDocument, from: number, lookahead: number): { titleRange?: Span; rows: AttachedRow[] } | undefined {
  const lines = doc.lines;
  let titleRange: Span | undefined;
  let seen = 0;
  for (let j = from; j < lines.length && seen < lookahead; j++) {
    const x = lines[j];
    if (x.blank) continue;
    seen++;
    const t = doc.text.slice(x.start, x.end);
    const sep = isPipeRow(t) ? '|' : t.includes('\t') ? '\t' : undefined;
    if (sep) {
      const grid = gridRows(doc, j, sep);
      if (grid && grid.rows.length) return { titleRange, rows: grid.rows };
      break;
    }
    if (!titleRange && x.end - x.start <= 80 && hasWord(doc.norm.slice(x.start, x.end), TABLE_TITLE_WORDS)) {
      titleRange = { start: x.start, end: x.end };
      const rows = listRows(doc, x.end);
      if (rows.length >= 2) return { titleRange, rows };
    }
  }
  return undefined;
}

/**
 * The 分工表 attached to the document: after a line that is only 附件 (附件1, 附表2 …), a table whose
 * header names the task and its lead units or deadline (Markdown or tab-separated), or — under a
 * title naming a task division (…分工表, …任务清单) — list items that each carry a lead clause.
 */
export const attachedTable = derived('attached-task-table', (doc: PolicyDocument): AttachedTable | undefined => {
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank || l.end - l.start > 20 || !isAttachmentLine(doc.norm.slice(l.start, l.end))) continue;
    // Nothing but a title may stand between the attachment line and the table.
    const t = tableFrom(doc, i + 1, 4);
    if (t) return { start: l.start, ...t };
  }
  return undefined;
});

/**
 * The 分工表 a document is (a separate file: 《…》重点任务分工表): its first grid table whose header
 * names the task and its lead units or deadline, or — when its title names a task division — its list
 * items that each carry a lead clause. Undefined when it carries neither.
 */
export const ownTable = derived('own-task-table', (doc: PolicyDocument): AttachedTable | undefined => {
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank) continue;
    const t = doc.text.slice(l.start, l.end);
    const sep = isPipeRow(t) ? '|' : t.includes('\t') ? '\t' : undefined;
    if (!sep) continue;
    const grid = gridRows(doc, i, sep);
    if (grid && grid.rows.length) return { start: l.start, titleRange: headLine(doc), rows: grid.rows };
  }
  const head = headLine(doc);
  if (head && hasWord(normalizeForMatching(doc.text.slice(head.start, head.end)), TABLE_TITLE_WORDS)) {
    const rows = listRows(doc, head.end);
    if (rows.length >= 2) return { start: 0, titleRange: head, rows };
  }
  return undefined;
});

/**
 * The document's title, or else its first line of text when short (a 分工表's title, 《…》重点任务分工表,
 * is not one the title finder takes): Markdown heading marks and ** left out.
 */
export function headLine(doc: PolicyDocument): Span | undefined {
  if (doc.titleRange) return doc.titleRange;
  const first = doc.lines.find((l) => !l.blank);
  if (!first || first.end - first.start > 120) return undefined;
  let start = first.start;
  let end = first.end;
  while (start < end && (isWhite(doc.text[start]) || doc.text[start] === '#' || doc.text[start] === '*')) start++;
  while (end > start && (isWhite(doc.text[end - 1]) || doc.text[end - 1] === '*')) end--;
  return end > start ? { start, end } : undefined;
}

// -------------------------------------------------------------------------------------------------
// Comparing task texts and unit lists

/** Character bigrams of a text without punctuation and spaces. */
export function bigrams(s: string): Map<string, number> {
  const n = normalizeForMatching(s).replace(/[^\p{L}\p{N}]/gu, '');
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < n.length; i++) {
    const b = n.slice(i, i + 2);
    out.set(b, (out.get(b) ?? 0) + 1);
  }
  if (n.length === 1) out.set(n, 1);
  return out;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [k, v] of a) { const w = b.get(k); if (w) n += Math.min(v, w); }
  return n;
}
function size(a: Map<string, number>): number { let n = 0; for (const v of a.values()) n += v; return n; }

/** Dice similarity of two texts' bigrams, 0…1. */
export function similarity(a: Map<string, number>, b: Map<string, number>): number {
  const sa = size(a), sb = size(b);
  return sa + sb ? (2 * overlap(a, b)) / (sa + sb) : 0;
}

/** How much of `a` is found in `b`, 0…1. */
export function containment(a: Map<string, number>, b: Map<string, number>): number {
  const sa = size(a);
  return sa ? overlap(a, b) / sa : 0;
}

/** The key of a unit name: spellings of one unit (aliases, 和 dropped) share it. */
export function unitKey(name: string): string {
  return unitInfo(name).key;
}

/** Two unit lists name the same units (order aside). */
export function sameUnits(a: readonly string[], b: readonly string[]): boolean {
  const ka = new Set(a.map(unitKey));
  const kb = new Set(b.map(unitKey));
  if (ka.size !== kb.size) return false;
  for (const k of ka) if (!kb.has(k)) return false;
  return true;
}

// -------------------------------------------------------------------------------------------------
// Comparing a 分工表 with the tasks of the text (consistency/task-table, and across files
// consistency/related-tasks)

/** A task of the text as the comparison reads it. */
export interface BodyTask {
  no: number;
  task: string;
  /** The measure's text without its lead clause. */
  text: string;
  lead: string[];
  partners: string[];
  leadExplicit: boolean;
  deadlines: Pick<Deadline, 'text' | 'key' | 'labelled'>[];
}

/** A row of a 分工表 as the comparison reads it (the ranges are the cells' in the table's document). */
export type TableRow = Pick<AttachedRow, 'no' | 'task' | 'lead' | 'partners' | 'deadline' | 'leadUnits' | 'partnerUnits' | 'leadExplicit'>;

/** The tasks of the body (the text before an attached 分工表) for the comparison. */
export const bodyTasks = derived('body-tasks', (doc: PolicyDocument): BodyTask[] => taskTable(doc).rows.map((row) => ({
  no: row.no, task: row.task,
  text: doc.text.slice(row.range.start, row.clauseRange ? row.clauseRange.start : row.range.end),
  lead: row.lead, partners: row.partners, leadExplicit: row.leadExplicit,
  deadlines: row.deadlines.map((d) => ({ text: d.text, key: d.key, labelled: d.labelled })),
})));

export type TableMismatchKind =
  | 'lead' | 'lead-missing' | 'partners' | 'units' | 'deadline' | 'deadline-missing' | 'missing' | 'extra' | 'duplicate';

/** One disagreement between a 分工表 and the text. */
/** Where a mismatch of a row is reported: the cell it names, or the task cell when that one is empty or none is named. */
export function mismatchRange<R extends Span>(
  row: { task: { range: R }; lead?: { range: R }; partners?: { range: R }; deadline?: { range: R } }, m: TableMismatch,
): R {
  return (m.cell && m.cell !== 'task' ? row[m.cell]?.range : undefined) ?? row.task.range;
}

export interface TableMismatch {
  kind: TableMismatchKind;
  /** The table row (absent for a task missing from the table). */
  row?: number;
  /** The body task (absent for a row that matches none). */
  body?: number;
  /** A duplicate: the row that lists the task first. */
  first?: number;
  /** Which cell of the row the finding is on (a task missing from the table: none). */
  cell?: 'task' | 'lead' | 'partners' | 'deadline';
  args: { task: string; table?: string; body?: string };
  /** A quick fix: write `value` into this cell of the row. */
  fix?: { cell: 'lead' | 'partners' | 'deadline'; value: string };
}

/** A row matches a body task this well or better. */
const MATCH = 0.5;
/** Below this a row matches no task at all. */
const NONE = 0.25;
/** The most body-task × table-row pairs compared (about 300 × 300). */
const MAX_PAIRS = 100_000;
/** The most rows of a 分工表 taken as one (more is a compilation of documents, not a table). */
export const MAX_TABLE_ROWS = 500;

const shortTask = (s: string) => clip(s, 24);

/**
 * Compare a 分工表 with the tasks of the text: rows are matched to tasks by their wording (the row's
 * bigrams against the task's title, or how much of the row the measure's text holds), each task once.
 * Returns the disagreements, or undefined when the table does not mirror the text (fewer than two
 * rows are its tasks) or is too large to be one table.
 */
export function compareTaskTable(body: readonly BodyTask[], rows: readonly TableRow[]): TableMismatch[] | undefined {
  if (!rows.length || !body.length) return undefined;
  // Every body task is compared with every row: bounded, since a real 分工表 has tens or a few hundred rows.
  if (rows.length > MAX_TABLE_ROWS || body.length * rows.length > MAX_PAIRS) return undefined;
  const tasks = body.map((b) => ({ title: bigrams(b.task), text: bigrams(b.text) }));
  const grams = rows.map((r) => bigrams(r.task.text));
  const score = (i: number, j: number): number => {
    const s = similarity(grams[i], tasks[j].title);
    // A table often shortens the task or copies its whole sentence: what of the row the measure holds.
    const c = containment(grams[i], tasks[j].text) * 0.9;
    const bonus = rows[i].no !== undefined && rows[i].no === body[j].no ? 0.05 : 0;
    return Math.max(s, c) + bonus;
  };
  const cands: { r: number; b: number; s: number }[] = [];
  const best = rows.map(() => 0);
  rows.forEach((_r, i) => body.forEach((_b, j) => {
    const s = score(i, j);
    best[i] = Math.max(best[i], s);
    if (s >= MATCH) cands.push({ r: i, b: j, s });
  }));
  cands.sort((x, y) => y.s - x.s || x.r - y.r || x.b - y.b);
  const rowOf = new Map<number, number>();
  const bodyOf = new Map<number, number>();
  for (const c of cands) {
    if (rowOf.has(c.b) || bodyOf.has(c.r)) continue;
    rowOf.set(c.b, c.r);
    bodyOf.set(c.r, c.b);
  }
  // A row matched to a task it fits far worse than another task (taken by a closer row) repeats that
  // other task: it is a duplicate, not a row of the task it was left with.
  const all = new Map<string, number>();
  for (const c of cands) all.set(`${c.r}:${c.b}`, c.s);
  for (const [i, j] of [...bodyOf]) {
    const s = all.get(`${i}:${j}`)!;
    if (cands.some((c) => c.r === i && c.b !== j && c.s > s + 0.2)) { bodyOf.delete(i); rowOf.delete(j); }
  }
  // The table mirrors the text only when at least two of its rows are the text's tasks.
  if (bodyOf.size < 2) return undefined;
  const out: TableMismatch[] = [];
  rows.forEach((r, i) => {
    const task = shortTask(r.task.text);
    const j = bodyOf.get(i);
    if (j === undefined) {
      const dup = cands.find((c) => c.r === i && rowOf.has(c.b) && rowOf.get(c.b) !== i);
      if (dup) out.push({ kind: 'duplicate', row: i, body: dup.b, first: rowOf.get(dup.b), cell: 'task', args: { task } });
      else if (best[i] < NONE) out.push({ kind: 'extra', row: i, cell: 'task', args: { task } });
      return;
    }
    out.push(...compareRow(r, body[j], task).map((m) => ({ ...m, row: i, body: j })));
  });
  body.forEach((b, j) => {
    if (!rowOf.has(j)) out.push({ kind: 'missing', body: j, args: { task: shortTask(b.task) } });
  });
  return out;
}

function compareRow(r: TableRow, b: BodyTask, task: string): TableMismatch[] {
  const out: TableMismatch[] = [];
  const join = (xs: readonly string[]) => xs.join('、');
  const fixOf = (cell: 'lead' | 'partners' | 'deadline', value: string) => (r[cell] ? { cell, value } : undefined);
  if (r.leadExplicit && b.leadExplicit) {
    if (b.lead.length && !r.leadUnits.length && r.lead) {
      out.push({ kind: 'lead-missing', cell: r.lead.range.start === r.lead.range.end ? 'task' : 'lead', args: { task, body: join(b.lead) }, fix: fixOf('lead', join(b.lead)) });
    } else if (b.lead.length && r.leadUnits.length && !sameUnits(b.lead, r.leadUnits) && r.lead) {
      out.push({ kind: 'lead', cell: 'lead', args: { task, table: r.lead.text, body: join(b.lead) }, fix: fixOf('lead', join(b.lead)) });
    }
    // Partners only where the text names some: a table may add partners the text leaves to it.
    if (b.partners.length && !sameUnits(b.partners, r.partnerUnits)) {
      const cell = r.partners;
      out.push({ kind: 'partners', cell: cell && cell.range.end > cell.range.start ? 'partners' : 'task',
        args: { task, table: r.partnerUnits.length ? join(r.partnerUnits) : '—', body: join(b.partners) }, fix: fixOf('partners', join(b.partners)) });
    }
  } else {
    // One side names only the responsible units: compare all of them.
    const bodyAll = [...b.lead, ...b.partners];
    const rowAll = [...r.leadUnits, ...r.partnerUnits];
    if (bodyAll.length && rowAll.length && !sameUnits(bodyAll, rowAll) && r.lead) {
      const union = new Set(rowAll.map(unitKey));
      // A table that lists more units than the text (the text's lead among them) is no contradiction.
      if (!bodyAll.every((u) => union.has(unitKey(u)))) {
        out.push({ kind: 'units', cell: 'lead', args: { task, table: join(rowAll), body: join(bodyAll) },
          fix: r.partnerUnits.length ? undefined : fixOf('lead', join(bodyAll)) });
      }
    }
  }
  // Deadlines: the text's dated or labelled ones.
  const stated = b.deadlines.filter((d) => d.labelled || d.key !== 'ongoing');
  if (!stated.length || !r.deadline) return out;
  const text = stated[0].text.trim();
  const key = deadlineKey(r.deadline.text);
  if (!r.deadline.text.trim()) {
    out.push({ kind: 'deadline-missing', cell: 'task', args: { task, body: text }, fix: fixOf('deadline', text) });
  } else if (key && !stated.some((d) => d.key === key)) {
    out.push({ kind: 'deadline', cell: 'deadline', args: { task, table: r.deadline.text, body: text }, fix: fixOf('deadline', text) });
  }
  return out;
}
