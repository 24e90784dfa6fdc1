/**
 * Consistency across files: documents that belong together — an 起草说明 (or 政策解读) and the policy
 * it explains, an 印发通知 and the plan it issues, a plan and its separate 分工表 — are paired by the
 * title one names in the other (《…》 or the 关于…的 title), never by file name, and the
 * consistency/related-… rules compare them.
 *
 * A pure module. Each document is reduced to a light summary (`summarize`: kind, role, titles, the
 * titles it names, 文号, declared counts and the real ones, amounts, tasks or table rows, each place
 * with its line and column), so the language server can keep one per workspace file without keeping
 * analyses, and the CLI can carry them back from its worker threads. `relatedFindings` pairs the
 * summaries and runs the rules' `checkRelated`.
 */
import type { Finding, LineRange, MessageArgs, Related, Rule, Severity } from './contract';
import type { DocumentKind, PolicyDocument, Span } from './model';
import { DEFAULT_CONFIG, ruleSetting, type PolicyLintConfig } from './config';
import { registeredRules } from './registry';
import { comparableTitle, normalizeForMatching } from './normalize';
import { isDigit, isHan, isSpaceOrTab, removeChars, removeWhite, trimEndOf, trimStartOf } from './chars';
import { anyToNumber } from './numerals';
import { bigrams, bodyTasks, headLine, ownTable, similarity, taskTable, MAX_TABLE_ROWS, type BodyTask, type TableCell, type TableRow } from './tasks';
import {
  CN_NUMERAL_CHARS, COUNT_CLAIM_WORDS, DOCUMENT_TITLE_ENDINGS, COUNT_UNIT_WORDS, COUNTED_ITEM_WORDS, DRAFT_MARK_WORDS, EARLIER_VERSION_MARKS, EARLIER_VERSION_WORDS,
  EXPLAINED_TITLE_BEFORE, EXPLAINER_TITLE_SUFFIXES, EXPLAINER_TITLE_WORDS, GRANT_VERBS, CAP_WORDS, ISSUING_VERBS,
  PART_COUNT_WORDS, REVISION_WORDS, SHORT_NAME_WORDS, TASK_DIVISION_TITLE_WORDS, endsWithWord, hasWord, wordAt, wordBefore,
} from './vocabulary';

/** A range of a summarised document with its lines and columns (0-based, UTF-16), for links into it. */
export interface Place extends Span, LineRange {}

/**
 * What a document is in a pair: a policy (a plan, measures, an opinion — or an 印发通知 that carries
 * its plan), a text explaining one (起草说明, 政策解读), a notice issuing one that is in another file,
 * a separate 分工表 of one; other documents (replies, untitled texts) are not paired.
 */
export type RelatedRole = 'policy' | 'explainer' | 'notice' | 'table' | 'other';

/** A title a document names as the one it is about, with the 文号 cited after it. */
export interface NamedTitle {
  text: string;
  place: Place;
  docNumber?: { text: string; key: string; place: Place };
  /** Cited as an earlier version (原《…》, …进行了修订): its 文号 is not the text's. */
  earlier?: boolean;
  /** Named without 《》 (关于印发X的通知, X的起草说明): not quoted word for word. */
  bare?: boolean;
}

/** A declared count of the policy's parts (共15条, 4个方面, 20项措施). */
export interface CountClaim {
  n: number;
  /** What is counted: chapters (章), articles (条), sections (方面, 部分), items (项). */
  unit: 'chapters' | 'articles' | 'sections' | 'items';
  text: string;
  place: Place;
}

/** The policy's real counts of its parts. */
export interface PartCounts {
  chapters: number;
  articles: number;
  /** Top-level headings (一、…), second-level headings ((一)…), the task measures, all measures. */
  top: number;
  second: number;
  tasks: number;
  measures: number;
  /** Sections holding task measures (groups of the task table). */
  groups: number;
}

/** An amount of money with the words before it, to match a quoted amount to the policy's. */
export interface AmountAt {
  text: string;
  yuan: number;
  minYuan?: number;
  kind: string;
  /** Normalised words around it (digits, spaces and punctuation left out). */
  words: string;
  place: Place;
}

export interface TaskAt extends BodyTask { place: Place }
/** A row of a 分工表: its cells' ranges are Places. */
export interface RowAt extends TableRow {
  task: { text: string; range: Place };
  lead?: { text: string; range: Place };
  partners?: { text: string; range: Place };
  deadline?: { text: string; range: Place };
  place: Place;
}

export interface DocSummary {
  /** Whatever names the document for the caller: a URI (language server), a path (CLI). */
  id: string;
  kind: DocumentKind;
  role: RelatedRole;
  /** A policy's own title (an 印发通知 carrying its plan: the plan's title). */
  title?: { text: string; place: Place };
  /** An explainer, notice or 分工表: the titles it names as the document it is about. */
  names: NamedTitle[];
  /** Every 《title》（文号） it cites (at most 100). */
  cites: NamedTitle[];
  /** The document's own 发文字号. */
  docNumber?: { text: string; key: string; place: Place };
  /** An explainer or notice: the counts it declares. */
  claims: CountClaim[];
  /** A policy: its real counts. */
  counts?: PartCounts;
  /** Amounts of money given or capped (给予, 奖励, 最高 … nearby), at most 300. */
  amounts: AmountAt[];
  /** A policy: the values (in 元) of all its amounts, whatever they are for. */
  amountValues?: number[];
  /** A policy: its tasks (at most MAX_TABLE_ROWS). */
  tasks?: TaskAt[];
  /** A 分工表: its rows, and where its title is. */
  table?: { title?: Place; rows: RowAt[] };
}

const MAX_AMOUNTS = 300;
const MAX_CITES = 100;
/** The most distinct amount values kept of a policy. */
const MAX_VALUES = 2000;

// -------------------------------------------------------------------------------------------------
// Titles

/** The text inside the bracket group opening at `i` ('(' of the normalised text), when short and unnested. */
function bracketEnd(s: string, i: number): number {
  for (let k = i + 1; k < s.length && k - i <= 40; k++) {
    if (s[k] === '(') return -1;
    if (s[k] === ')') return k;
  }
  return -1;
}

/**
 * A title as compared: normalised (full width → half, traditional → simplified), without white space
 * or quotation marks, inner 〈〉 and <> as 《》, and without a draft stage in brackets ((征求意见稿),
 * (修订草案送审稿)), which names the version, not the text.
 */
export function titleForm(t: string): string {
  const n = comparableTitle(t);
  let out = '';
  for (let i = 0; i < n.length; i++) {
    if (n[i] === '(') {
      const e = bracketEnd(n, i);
      if (e > 0 && hasWord(n.slice(i + 1, e), DRAFT_MARK_WORDS)) { i = e; continue; }
    }
    out += n[i];
  }
  return out;
}

/** The title from its 关于 on (国务院关于X → 关于X): the issuer is often left out when a title is cited. */
function fromGuanyu(form: string): string {
  const at = form.indexOf('关于');
  return at > 0 && at <= 40 ? form.slice(at) : form;
}

/** The key two titles of one document share: the title form without issuer, 关于 and outer 《》. */
export function titleKey(t: string): string {
  let f = fromGuanyu(titleForm(t));
  if (f.startsWith('关于')) f = f.slice(2);
  if (f.startsWith('《') && f.endsWith('》')) f = f.slice(1, -1);
  return f;
}

/** Two titles are written the same (white space, width, script, quotation marks, a draft stage and the issuer aside). */
export function sameTitle(a: string, b: string): boolean {
  return fromGuanyu(titleForm(a)) === fromGuanyu(titleForm(b));
}

/** The digits of a title (years, numbers): two titles that differ in them name different documents. */
function digitsOf(s: string): string {
  let out = '';
  for (const c of s) if (isDigit(c)) out += c;
  return out;
}

// -------------------------------------------------------------------------------------------------
// Summaries

export function placeOf(doc: PolicyDocument, span: Span): Place {
  const s = doc.lineIndex.positionAt(span.start);
  const e = doc.lineIndex.positionAt(span.end);
  return { start: span.start, end: span.end, line: s.line, character: s.character, endLine: e.line, endCharacter: e.character };
}

function docNumberKey(d: { agency: string; year: string; serial: string }): string {
  return `${removeWhite(normalizeForMatching(d.agency))}|${d.year}|${anyToNumber(d.serial)}`;
}

/** The line holding `title` after the first line (an 印发通知 that carries the plan it issues), if any. */
function titleLine(doc: PolicyDocument, title: string, from: number): Span | undefined {
  const key = titleForm(title);
  const form = (l: { start: number; end: number }) => titleForm(trimEndOf(trimStartOf(doc.text.slice(l.start, l.end), ' \t\u3000#*'), ' \t\u3000*'));
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank || l.start < from || l.end - l.start > 200) continue;
    const f = form(l);
    if (f === key) return { start: l.start, end: l.end };
    // A title broken over two lines (立山区政府2023年重点工作 / 任务分解和责任分工方案).
    const next = lines[i + 1];
    if (f.length >= 4 && key.startsWith(f) && next && !next.blank && next.end - next.start <= 200 && f + form(next) === key) return { start: l.start, end: next.end };
  }
  return undefined;
}

function citeOf(doc: PolicyDocument, c: PolicyDocument['citations'][number]): NamedTitle | undefined {
  if (!c.title || !c.titleRange) return undefined;
  const named: NamedTitle = { text: c.title, place: placeOf(doc, c.titleRange) };
  if (c.docNumber) {
    const d = c.docNumber;
    named.docNumber = { text: doc.text.slice(d.range.start, d.range.end), key: docNumberKey(d), place: placeOf(doc, d.range) };
  }
  const before = doc.norm.slice(Math.max(0, c.titleRange.start - 2), c.titleRange.start);
  const after = doc.norm.slice(c.range.end, c.range.end + 24);
  if (wordBefore(before, before.length, EARLIER_VERSION_MARKS) || before.endsWith('原') || hasWord(after, REVISION_WORDS)) named.earlier = true;
  return named;
}

/** The title an explainer's own title names without 《》 (关于X的起草说明 → X). */
function explainedByTitle(title: string): string | undefined {
  const n = titleForm(title);
  const suffix = endsWithWord(n, EXPLAINER_TITLE_SUFFIXES);
  if (!suffix) return undefined;
  let t = n.slice(0, n.length - suffix.length);
  if (t.startsWith('关于')) t = t.slice(2);
  return t.length >= 4 ? t : undefined;
}

/** The title of the document an 印发/转发 notice issues, from its title (the 《》 in it, or after 印发). */
function issuedTitle(doc: PolicyDocument): string | undefined {
  if (doc.innerTitle) return doc.innerTitle;
  const t = doc.title ? normalizeForMatching(doc.title) : '';
  if (!t.endsWith('的通知')) return undefined;
  let at = -1;
  for (const v of ISSUING_VERBS) at = Math.max(at, t.lastIndexOf(v));
  const inner = at >= 0 ? t.slice(at + 2, -3).trim() : '';
  return inner.length >= 4 ? inner : undefined;
}

/** The counts a text declares of the document it explains or issues: 共15条, 提出4个方面20项措施. */
function countClaims(doc: PolicyDocument, from: number): CountClaim[] {
  const out: CountClaim[] = [];
  const n = doc.norm;
  const isNumeral = (c: string) => isDigit(c) || CN_NUMERAL_CHARS.includes(c);
  for (let i = from; i < n.length; i++) {
    if (!isNumeral(n[i]) || (i > 0 && isNumeral(n[i - 1]))) continue;
    let e = i;
    while (e < n.length && isNumeral(n[e]) && e - i < 6) e++;
    // An ordinal (第3条) or a number that is part of another (2023年) counts nothing.
    const prev = n[i - 1] ?? '';
    if (prev === '第' || isNumeral(n[e])) { i = e - 1; continue; }
    const unit = wordAt(n, e, COUNT_UNIT_WORDS);
    if (!unit) { i = e - 1; continue; }
    const value = anyToNumber(n.slice(i, e));
    if (!(value >= 2 && value <= 500)) { i = e - 1; continue; }
    // A claim about the whole text: 共/提出/分为 … shortly before it, no 其中 or 第… in the clause before it.
    let clauseStart = i;
    while (clauseStart > from && !'。;；!?\n'.includes(n[clauseStart - 1]) && i - clauseStart < 200) clauseStart--;
    const before = n.slice(Math.max(clauseStart, i - 12), i);
    const clause = n.slice(clauseStart, i);
    if (!hasWord(before, COUNT_CLAIM_WORDS) || hasWord(clause, PART_COUNT_WORDS) || hasWord(clause, EARLIER_VERSION_WORDS)) { i = e - 1; continue; }
    let kind: CountClaim['unit'];
    const after = n.slice(e + unit.length, e + unit.length + 8);
    if (unit === '章') kind = 'chapters';
    else if (unit === '条') {
      // 15条 alone (共15条。) or 15条措施; not 2条主线, 3条途径.
      const next = after[0] ?? '';
      if (!(next === '' || '，,。;；、)）'.includes(next) || wordAt(after, 0, COUNTED_ITEM_WORDS))) { i = e - 1; continue; }
      kind = 'articles';
    } else if (unit === '项') {
      if (!wordAt(after, 0, COUNTED_ITEM_WORDS) && !wordAt(after.slice(2), 0, COUNTED_ITEM_WORDS)) { i = e - 1; continue; }
      kind = 'items';
    } else kind = 'sections';
    const end = e + unit.length;
    out.push({ n: value, unit: kind, text: doc.text.slice(i, end), place: placeOf(doc, { start: i, end }) });
    i = end - 1;
    if (out.length >= 20) break;
  }
  return out;
}

function partCounts(doc: PolicyDocument): PartCounts {
  let chapters = 0, articles = 0, top = 0, second = 0;
  for (const h of doc.allHeadings) {
    if (h.style === 'chapter') chapters++;
    if (h.style === 'article') articles++;
    if (h.depth === 1) top++;
    if (h.depth === 2) second++;
  }
  const t = taskTable(doc);
  return { chapters, articles, top, second, tasks: t.rows.length, measures: doc.measures.filter((m) => !m.leadIn).length, groups: t.groups.length };
}

/** Normalised words of `s`: letters only (digits, spaces and punctuation left out). */
function wordsOf(s: string): string {
  let out = '';
  for (const c of normalizeForMatching(s)) if (isHan(c)) out += c;
  return out;
}

/** The most words kept around an amount. */
const AMOUNT_WORDS = 24;
/** The most characters kept of a task's text (a 分工表 row names the task in its first sentences). */
const TASK_TEXT = 300;

/** The sentence holding [start, end): from the previous 。；!? or line break to the next (at most 150 characters each way). */
function sentenceAround(s: string, start: number, end: number): string {
  const stops = '。;；!?！？\n';
  let a = start;
  while (a > 0 && start - a < 150 && !stops.includes(s[a - 1])) a--;
  let b = end;
  while (b < s.length && b - end < 150 && !stops.includes(s[b])) b++;
  return s.slice(a, b);
}

function amountsOf(doc: PolicyDocument, explainer: boolean): AmountAt[] {
  const out: AmountAt[] = [];
  for (const a of doc.amounts) {
    if (Number.isNaN(a.yuan)) continue;
    // The clause the amount is in and the words before it, at most 60 characters before and 40 after it.
    const from = Math.max(a.contextRange.start - 24, a.range.start - 60, 0);
    const around = doc.norm.slice(from, Math.min(Math.max(a.contextRange.end, a.range.end), a.range.end + 40));
    if (!hasWord(around, GRANT_VERBS) && !hasWord(around, CAP_WORDS)) continue;
    // An explainer's amount of the earlier version, or of a change (由20万元提高到30万元), is not a quote.
    if (explainer && hasWord(sentenceAround(doc.norm, a.range.start, a.range.end), EARLIER_VERSION_WORDS)) continue;
    const words = wordsOf(around);
    out.push({ text: a.text, yuan: a.yuan, minYuan: a.minYuan, kind: a.kind, words: words.length > AMOUNT_WORDS ? words.slice(-AMOUNT_WORDS) : words, place: placeOf(doc, a.range) });
    if (out.length >= MAX_AMOUNTS) break;
  }
  return out;
}

function roleOf(doc: PolicyDocument, title: string): RelatedRole {
  if (doc.kind === 'reply') return 'other';
  if (doc.kind === 'drafting-note' || hasWord(title, EXPLAINER_TITLE_WORDS)) return 'explainer';
  // An 印发通知 (one that carries its plan becomes the plan in summarize).
  if (doc.kind === 'notice' && issuedTitle(doc)) return 'notice';
  if (hasWord(title, TASK_DIVISION_TITLE_WORDS) && ownTable(doc)) return 'table';
  // A first line the title finder leaves (…重点工作清单) is a title when it ends like one.
  return doc.title || endsWithWord(title, DOCUMENT_TITLE_ENDINGS) ? 'policy' : 'other';
}

/**
 * The light summary of one parsed document, for pairing and the cross-file rules: no text beyond the
 * titles, words around amounts and task wordings, each place with its line and column.
 */
export function summarize(doc: PolicyDocument, id: string): DocSummary {
  const head = headLine(doc);
  const title = head ? normalizeForMatching(doc.text.slice(head.start, head.end)) : '';
  let role = roleOf(doc, title);
  const s: DocSummary = { id, kind: doc.kind, role, names: [], cites: [], claims: [], amounts: [] };
  if (doc.docNumber) s.docNumber = { text: doc.text.slice(doc.docNumber.range.start, doc.docNumber.range.end), key: docNumberKey(doc.docNumber), place: placeOf(doc, doc.docNumber.range) };
  const titleEnd = head ? head.end : 0;
  for (const c of doc.citations) {
    const named = citeOf(doc, c);
    if (named?.docNumber && s.cites.length < MAX_CITES) s.cites.push(named);
  }
  const inTitle = head ? doc.citations.filter((c) => c.titleRange && c.range.start >= head.start && c.range.end <= head.end) : [];
  if (role === 'notice') {
    const inner = issuedTitle(doc)!;
    // An 印发通知 that carries the plan it issues is the plan.
    const line = titleLine(doc, inner, titleEnd);
    if (line) {
      role = s.role = 'policy';
      s.title = { text: removeChars(doc.text.slice(line.start, line.end), (c) => c === '\n' || c === '\r').trim(), place: placeOf(doc, line) };
    } else {
      const c = inTitle[0];
      s.names.push(c ? citeOf(doc, c)! : { text: inner, place: placeOf(doc, doc.titleRange!), bare: true });
    }
  } else if (role === 'explainer' || role === 'table') {
    for (const c of inTitle) s.names.push(citeOf(doc, c)!);
    if (!s.names.length && role === 'explainer' && head) {
      const t = explainedByTitle(title);
      if (t) s.names.push({ text: t, place: placeOf(doc, head), bare: true });
    }
    if (!s.names.length) {
      // 现将《…》（以下简称《办法》）起草情况说明如下 / 为贯彻落实《…》，制定本分工方案.
      for (const c of doc.citations) {
        if (!c.titleRange || c.range.start < titleEnd || c.range.start > titleEnd + 600) continue;
        const before = doc.norm.slice(Math.max(0, c.titleRange.start - 4), c.titleRange.start);
        let k = c.range.end;
        while (isSpaceOrTab(doc.norm[k])) k++;
        if (doc.norm[k] === '(') k++;
        const declared = !!wordAt(doc.norm, k, SHORT_NAME_WORDS);
        if (hasWord(before, EXPLAINED_TITLE_BEFORE) || declared || role === 'table') {
          const named = citeOf(doc, c)!;
          if (!named.earlier) { s.names.push(named); break; }
        }
      }
    }
    if (!s.names.length && role === 'table') role = s.role = 'policy';
  }
  // A 分工表 or 分工方案 is also a text with tasks of its own, which a further table may divide.
  const hasTasks = role === 'policy' || role === 'table';
  if (hasTasks && !s.title && head) s.title = { text: doc.title && doc.titleRange ? doc.title : doc.text.slice(head.start, head.end), place: placeOf(doc, head) };
  if (role === 'explainer' || role === 'notice') {
    s.claims = countClaims(doc, titleEnd);
    s.amounts = amountsOf(doc, true);
  }
  if (role === 'policy') {
    s.counts = partCounts(doc);
    s.amounts = amountsOf(doc, false);
    s.amountValues = [...new Set(doc.amounts.map((a) => a.yuan).filter((y) => !Number.isNaN(y)))].slice(0, MAX_VALUES);
  }
  if (hasTasks) {
    const rows = taskTable(doc).rows;
    if (rows.length && rows.length <= MAX_TABLE_ROWS) {
      s.tasks = bodyTasks(doc).map((b, i) => ({ ...b, task: b.task.slice(0, TASK_TEXT), text: b.text.slice(0, TASK_TEXT), place: placeOf(doc, rows[i].taskRange) }));
    }
  }
  if (role === 'table') {
    const t = ownTable(doc)!;
    if (t.rows.length <= MAX_TABLE_ROWS) {
      s.table = {
        title: t.titleRange ? placeOf(doc, t.titleRange) : undefined,
        rows: t.rows.map((r) => {
          // Each cell's range is a Place: a finding on it needs no further reading of the table's text.
          const cell = (c: TableCell | undefined) => (c ? { text: c.text, range: placeOf(doc, c.range) } : undefined);
          return {
            no: r.no, task: cell(r.task)!, lead: cell(r.lead), partners: cell(r.partners), deadline: cell(r.deadline),
            leadUnits: r.leadUnits, partnerUnits: r.partnerUnits, leadExplicit: r.leadExplicit, place: placeOf(doc, r.range),
          };
        }),
      };
    }
  }
  return s;
}

// -------------------------------------------------------------------------------------------------
// Pairs

/** Two documents that belong together: `from` (explainer, notice, 分工表) names `to` (the policy). */
export interface RelatedLink {
  from: DocSummary;
  to: DocSummary;
  /** The title `from` names `to` by. */
  name: NamedTitle;
}

/** Titles this alike (bigram Dice, same ending, same digits) are one title written two ways. */
const FUZZY = 0.8;

/** What pairing reads of a title, computed once per title string (summaries are kept and pulled again). */
interface TitleInfo { key: string; grams: Map<string, number>; digits: string }
const TITLE_INFO = new Map<string, TitleInfo>();
function titleInfo(t: string): TitleInfo {
  let info = TITLE_INFO.get(t);
  if (!info) {
    const key = titleKey(t);
    info = { key, grams: bigrams(key), digits: digitsOf(key) };
    // A bounded cache: a workspace's titles, not every string ever seen.
    if (TITLE_INFO.size >= 20_000) TITLE_INFO.clear();
    TITLE_INFO.set(t, info);
  }
  return info;
}

/** `name` and the title of `p` are nearly the same: the same digits and ending, bigram Dice >= FUZZY. */
function nearly(name: TitleInfo, p: TitleInfo): number {
  if (p.digits !== name.digits || p.key.slice(-2) !== name.key.slice(-2)) return 0;
  const s = similarity(name.grams, p.grams);
  return s >= FUZZY ? s : 0;
}

/**
 * The pairs among `docs`: each title an explainer, notice or 分工表 names is looked up among the
 * policies' titles — the same key (white space, width, issuer, 关于 and a draft stage aside), else one
 * title alone that is nearly the same (the same digits and ending, most of its wording). A name that
 * fits several policies equally pairs with none. With `only`, just the pairs one of those documents is in.
 */
export function relatedLinks(docs: readonly DocSummary[], only?: ReadonlySet<string>): RelatedLink[] {
  // What can be named: policies, and 分工表/分工方案 (a further table may divide one).
  const policies = docs.filter((d) => (d.role === 'policy' || d.role === 'table') && d.title);
  const byKey = new Map<string, DocSummary[]>();
  for (const p of policies) {
    const k = titleInfo(p.title!.text).key;
    if (k.length < 4) continue;
    const list = byKey.get(k) ?? [];
    list.push(p);
    byKey.set(k, list);
  }
  const wanted = only ? policies.filter((p) => only.has(p.id)) : undefined;
  const out: RelatedLink[] = [];
  for (const d of docs) {
    if (d.role !== 'explainer' && d.role !== 'notice' && d.role !== 'table') continue;
    // A document outside `only` matters only when it names one inside.
    const restricted = !!only && !only.has(d.id);
    if (restricted && !wanted!.length) continue;
    const seen = new Set<DocSummary>();
    for (const name of d.names) {
      const info = titleInfo(name.text);
      if (info.key.length < 4) continue;
      let cands = (byKey.get(info.key) ?? []).filter((p) => p !== d);
      if (cands.length > 1) {
        // A draft and the final text side by side: the one named with the same draft stage, if one is.
        const spelled = (t: string) => removeWhite(normalizeForMatching(t));
        cands = cands.filter((p) => spelled(p.title!.text) === spelled(name.text));
      }
      if (!cands.length && !byKey.has(info.key)) {
        if (restricted && !wanted!.some((p) => p !== d && nearly(info, titleInfo(p.title!.text)) > 0)) continue;
        let best = 0;
        let found: DocSummary[] = [];
        for (const p of policies) {
          if (p === d) continue;
          const sim = nearly(info, titleInfo(p.title!.text));
          if (!sim) continue;
          if (sim > best + 1e-9) { best = sim; found = [p]; } else if (Math.abs(sim - best) <= 1e-9) found.push(p);
        }
        cands = found;
      }
      if (cands.length !== 1 || seen.has(cands[0])) continue;
      if (restricted && !only!.has(cands[0].id)) continue;
      seen.add(cands[0]);
      out.push({ from: d, to: cands[0], name });
    }
  }
  return out;
}

// -------------------------------------------------------------------------------------------------
// Running the cross-file rules

/** What a cross-file rule reports: on one of the pair, linked to places in the other. */
export interface RelatedReport {
  /** The document the finding is on: the one that is wrong. */
  on: 'from' | 'to';
  at: Place;
  messageId?: string;
  args?: MessageArgs;
  severity?: Severity;
  /** Places in the other document of the pair. */
  related?: { at: Place; messageId: string; args?: MessageArgs }[];
}

export interface RelatedContext {
  link: RelatedLink;
  /** Options of the rule, from the settings of the document reported on. */
  options: Record<string, unknown>;
  report(r: RelatedReport): void;
}

declare module './contract' {
  interface Rule {
    /**
     * A rule across files (consistency/related-…): called for each pair of related documents (an 起草说明
     * and its policy, an 印发通知 and its plan, a plan and its separate 分工表), with their light
     * summaries. Such a rule's `check` does nothing. (Declared here, not in contract.ts, so that
     * contract.ts does not import this module's types: no import circle.)
     */
    checkRelated?(ctx: RelatedContext): void;
  }
}

export interface RelatedOptions {
  rules?: readonly Rule[];
  /** The settings of a document (by id): a rule off there reports nothing on it. */
  configOf?: (id: string) => PolicyLintConfig;
  /** Only findings on these documents (the language server: the open one). */
  only?: ReadonlySet<string>;
}

/** The most findings of one rule on one document from all its pairs. */
const MAX_RELATED_FINDINGS = 200;

/**
 * The cross-file findings among `docs`, by the id of the document each is on. A rule that throws is
 * left out for that pair (its error is returned); the others still run.
 */
export function relatedFindings(docs: readonly DocSummary[], opts: RelatedOptions = {}): { findings: Map<string, Finding[]>; errors: { ruleId: string; error: string }[] } {
  const rules = (opts.rules ?? registeredRules()).filter((r) => r.checkRelated);
  const findings = new Map<string, Finding[]>();
  const errors: { ruleId: string; error: string }[] = [];
  if (!rules.length) return { findings, errors };
  const seen = new Set<string>();
  for (const link of relatedLinks(docs, opts.only)) {
    for (const rule of rules) {
      const target = (on: 'from' | 'to') => (on === 'from' ? link.from : link.to);
      const ctx: RelatedContext = {
        link,
        options: {},
        report(r: RelatedReport) {
          const doc = target(r.on);
          const other = target(r.on === 'from' ? 'to' : 'from');
          if (opts.only && !opts.only.has(doc.id)) return;
          const config = opts.configOf ? opts.configOf(doc.id) : DEFAULT_CONFIG;
          if (!config.enable) return;
          const setting = ruleSetting(config, rule.meta.id, rule.meta.severity);
          if (setting === 'off') return;
          const messageId = r.messageId ?? rule.meta.id;
          const key = `${doc.id}\u0000${rule.meta.id}\u0000${r.at.start}\u0000${r.at.end}\u0000${messageId}`;
          if (seen.has(key)) return;
          const list = findings.get(doc.id) ?? [];
          if (list.filter((f) => f.ruleId === rule.meta.id).length >= MAX_RELATED_FINDINGS) return;
          seen.add(key);
          const f: Finding = {
            ruleId: rule.meta.id,
            severity: r.severity && setting === rule.meta.severity ? r.severity : setting,
            range: { start: r.at.start, end: r.at.end },
            messageId, args: r.args,
            lines: { line: r.at.line, character: r.at.character, endLine: r.at.endLine, endCharacter: r.at.endCharacter },
          };
          const related: Related[] = (r.related ?? []).map((x) => ({
            range: { start: x.at.start, end: x.at.end }, messageId: x.messageId, args: x.args, file: other.id,
            lines: { line: x.at.line, character: x.at.character, endLine: x.at.endLine, endCharacter: x.at.endCharacter },
          }));
          if (related.length) f.related = related;
          list.push(f);
          findings.set(doc.id, list);
        },
      };
      ctx.options = (opts.configOf ? opts.configOf(link.from.id) : DEFAULT_CONFIG).options[rule.meta.id] ?? {};
      try {
        rule.checkRelated!(ctx);
      } catch (e) {
        errors.push({ ruleId: rule.meta.id, error: e instanceof Error ? e.message : String(e) });
      }
    }
  }
  for (const list of findings.values()) list.sort((a, b) => a.range.start - b.range.start || a.ruleId.localeCompare(b.ruleId));
  return { findings, errors };
}

/** The summaries of several parsed documents (id → document), for `relatedFindings`. */
export function summarizeAll(docs: ReadonlyMap<string, PolicyDocument>): DocSummary[] {
  return [...docs].map(([id, doc]) => summarize(doc, id));
}
