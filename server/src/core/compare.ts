/**
 * 修改对照表 (comparison of two versions): the provisions of the old and the new text (articles,
 * numbered items, the preamble) aligned by number and wording — renumbered, moved, split and merged
 * items included —, each pair with its word-level diff (Chinese words from Intl.Segmenter, or the
 * lexer's characters and numbers where ICU has no word data) and semantic notes: an amount or cap
 * changed, a lead unit, a target number or year, the strength of an obligation (应当 → 可以), a
 * deadline, a validity period. Pure: text in, a plain structure out; renderers are in cli/compare.ts.
 */
import { diffArrays } from 'diff';
import { parseDocument } from './document';
import { message, registerMessages, type Locale } from './messages';
import type { Heading, PolicyDocument, Span } from './model';
import { isDigit, isOneOf, isSpaceOrTab, isWhite, removeWhite, splitLines } from './chars';
import { normalizeForMatching } from './normalize';
import { bigrams, containment, deadlinesIn, sameUnits, similarity } from './tasks';
import { cleanUnitName } from './units';
import { CAP_WORDS, hasWord, WordScanner, wordAt, wordBefore } from './vocabulary';

registerMessages({
  'compare/amount': { zh: '金额由{from}改为{to}', en: 'Amount changed from {from} to {to}' },
  'compare/cap': { zh: '上限由{from}改为{to}', en: 'Cap changed from {from} to {to}' },
  'compare/amount-added': { zh: '新增金额{to}', en: 'Amount {to} added' },
  'compare/amount-removed': { zh: '删去金额{from}', en: 'Amount {from} removed' },
  'compare/number': { zh: '数值由{from}改为{to}', en: 'Figure changed from {from} to {to}' },
  'compare/year': { zh: '年份由{from}改为{to}', en: 'Year changed from {from} to {to}' },
  'compare/deadline': { zh: '完成时限由{from}改为{to}', en: 'Deadline moved from {from} to {to}' },
  'compare/lead': { zh: '牵头单位由{from}改为{to}', en: 'Lead unit changed from {from} to {to}' },
  'compare/obligation': { zh: '约束程度由“{from}”改为“{to}”', en: 'Obligation changed from “{from}” to “{to}”' },
  'compare/validity': { zh: '有效期或施行日期由“{from}”改为“{to}”', en: 'Validity changed from “{from}” to “{to}”' },
  'compare/renumbered': { zh: '序号由{from}改为{to}', en: 'Renumbered from {from} to {to}' },
  'compare/moved': { zh: '位置调整（原{from}）', en: 'Moved (was {from})' },
  'compare/split': { zh: '由原{from}拆分而来', en: 'Split from the old {from}' },
  'compare/merged': { zh: '并入新{to}', en: 'Merged into the new {to}' },
  'compare/added': { zh: '新增条文', en: 'New provision' },
  'compare/removed': { zh: '删除条文', en: 'Provision deleted' },
  'compare/wording': { zh: '文字修改', en: 'Wording changed' },
  'compare/unchanged': { zh: '未修改', en: 'Unchanged' },
  'compare/preamble': { zh: '（正文前部分）', en: '(preamble)' },
  'compare/none': { zh: '无', en: 'none' },
});

export type EntryStatus = 'unchanged' | 'changed' | 'moved' | 'added' | 'removed' | 'split' | 'merged';
export type NoteKind = 'amount' | 'number' | 'year' | 'deadline' | 'lead' | 'obligation' | 'validity' | 'renumbered' | 'moved' | 'split' | 'merged' | 'added' | 'removed' | 'wording';

export interface CompareNote { kind: NoteKind; messageId: string; args?: Record<string, string> }
export interface DiffPart { op: 'equal' | 'insert' | 'delete'; text: string }

export interface CompareItem {
  /** The numbers leading to it, outermost first (二、（一）第2条), '' for the preamble. */
  label: string;
  /** Its own number as written (第2条, 1.), '' when none. */
  marker: string;
  /** The text shown: the item's text with PDF spaces between Chinese characters removed. */
  text: string;
  range: Span;
  /** 1-based line. */
  line: number;
}

export interface CompareEntry {
  status: EntryStatus;
  old?: CompareItem;
  new?: CompareItem;
  /** Word-level diff of old → new (pairs only; empty for added and removed items). */
  parts: DiffPart[];
  notes: CompareNote[];
  /** Wording similarity of the pair, 0…1. */
  similarity: number;
}

export interface CompareResult {
  oldTitle?: string;
  newTitle?: string;
  entries: CompareEntry[];
  counts: Record<EntryStatus, number>;
}

// -------------------------------------------------------------------------------------------------
// Items

interface Item extends CompareItem {
  key: string;
  grams: Map<string, number>;
  /** The span compared: the item's range without its marker. */
  body: Span;
  index: number;
}

/** Spaces a PDF copy leaves between Chinese characters (引导 资金) are not the drafter's. */
function displayText(s: string): string {
  const lines: string[] = [];
  for (const line of splitLines(s)) {
    // A loop, not a regex: drop a run of spaces between two non-ASCII characters.
    let out = '';
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === ' ' || c === '\t' || c === '\u3000') {
        let j = i;
        while (j < line.length && (line[j] === ' ' || line[j] === '\t' || line[j] === '\u3000')) j++;
        const before = out.length ? out.charCodeAt(out.length - 1) : 0;
        const after = j < line.length ? line.charCodeAt(j) : 0;
        if (!(before > 0x7f && after > 0x7f)) out += line.slice(i, j);
        i = j - 1;
        continue;
      }
      out += c;
    }
    out = out.trimEnd();
    if (out) lines.push(out);
  }
  return lines.join('\n').trim();
}

/** Text for comparing: normalised, no spaces. */
function keyText(s: string): string {
  return removeWhite(normalizeForMatching(s));
}

function labelOf(h: Heading): string {
  const chain: string[] = [];
  for (let x: Heading | undefined = h; x; x = x.parent) chain.unshift(removeWhite(x.marker));
  return chain.join('');
}

/**
 * The provisions of a document: every heading without children (an article, a numbered item) with
 * its text, every heading with children whose own text goes on past its title line, and the text
 * before the first heading.
 */
function itemsOf(doc: PolicyDocument): Item[] {
  const items: Item[] = [];
  const push = (label: string, marker: string, range: Span, body: Span) => {
    const raw = doc.text.slice(range.start, range.end);
    const text = displayText(raw);
    const key = keyText(doc.text.slice(body.start, body.end));
    if (!key) return;
    items.push({
      label, marker, text, range, body, key, grams: bigrams(doc.text.slice(body.start, body.end)),
      line: doc.lineIndex.positionAt(range.start).line + 1, index: items.length,
    });
  };
  const first = doc.allHeadings[0];
  const preambleEnd = first ? first.lineRange.start : doc.text.length;
  if (doc.text.slice(0, preambleEnd).trim()) push('', '', { start: 0, end: preambleEnd }, { start: 0, end: preambleEnd });
  for (const h of doc.allHeadings) {
    const own = h.ownRange;
    if (h.children.length) {
      // A section heading: an item only when text follows its title line (a lead-in paragraph).
      const after = doc.text.slice(h.lineRange.end, own.end);
      if (!after.trim()) continue;
    }
    push(labelOf(h), removeWhite(h.marker), { start: own.start, end: own.end }, { start: h.markerRange.end, end: own.end });
  }
  return items;
}

// -------------------------------------------------------------------------------------------------
// Alignment

const MATCH = 0.35;
const CONTAINED = 0.7;
/** Between ordered pairs (see align). */
const GAP_MATCH = 0.2;
const PART = 0.6;
/** Beyond this many item pairs, only items at similar positions are compared. */
const MAX_PAIRS = 250_000;

interface Pair { o: number; n: number; score: number }

function align(olds: Item[], news: Item[]): { pairs: Pair[]; oldTaken: (number | undefined)[]; newTaken: (number | undefined)[] } {
  const oldTaken: (number | undefined)[] = new Array<number | undefined>(olds.length);
  const newTaken: (number | undefined)[] = new Array<number | undefined>(news.length);
  const pairs: Pair[] = [];
  const take = (o: number, n: number, score: number) => { oldTaken[o] = n; newTaken[n] = o; pairs.push({ o, n, score }); };
  // Identical wording first, in order.
  const byKey = new Map<string, number[]>();
  olds.forEach((x, i) => { const l = byKey.get(x.key) ?? []; l.push(i); byKey.set(x.key, l); });
  news.forEach((x, j) => {
    const l = byKey.get(x.key);
    const i = l?.shift();
    if (i !== undefined) take(i, j, 1);
  });
  // Then the most similar pairs first.
  const window = olds.length * news.length > MAX_PAIRS ? Math.max(20, Math.floor(MAX_PAIRS / Math.max(1, news.length) / 2)) : Infinity;
  const cands: Pair[] = [];
  for (let j = 0; j < news.length; j++) {
    if (newTaken[j] !== undefined) continue;
    const centre = news.length > 1 ? Math.round((j * (olds.length - 1)) / (news.length - 1)) : 0;
    for (let i = Math.max(0, centre - window); i < olds.length && i <= centre + window; i++) {
      if (oldTaken[i] !== undefined) continue;
      const s = similarity(olds[i].grams, news[j].grams);
      const c = Math.max(containment(olds[i].grams, news[j].grams), containment(news[j].grams, olds[i].grams));
      // The same number is a small bonus: renumbering is common, so wording decides.
      const bonus = olds[i].marker && olds[i].marker === news[j].marker ? 0.05 : 0;
      if (s >= MATCH || (c >= CONTAINED && s >= 0.2)) cands.push({ o: i, n: j, score: s + bonus });
    }
  }
  cands.sort((a, b) => b.score - a.score || a.n - b.n || a.o - b.o);
  for (const c of cands) if (oldTaken[c.o] === undefined && newTaken[c.n] === undefined) take(c.o, c.n, Math.min(1, c.score));
  // Between two pairs that keep their order, the items left over on both sides stand in the same place:
  // there less shared wording suffices (a provision rewritten with new figures).
  const anchors = [...inOrder(pairs)].sort((a, b) => a.o - b.o);
  let prevO = -1, prevN = -1;
  for (const a of [...anchors, { o: olds.length, n: news.length, score: 0 }]) {
    const gap: Pair[] = [];
    for (let j = prevN + 1; j < a.n; j++) {
      if (newTaken[j] !== undefined) continue;
      for (let i = prevO + 1; i < a.o; i++) {
        if (oldTaken[i] !== undefined) continue;
        const sc = similarity(olds[i].grams, news[j].grams);
        if (sc >= GAP_MATCH) gap.push({ o: i, n: j, score: sc });
      }
    }
    gap.sort((x, y) => y.score - x.score || x.n - y.n);
    for (const c of gap) if (oldTaken[c.o] === undefined && newTaken[c.n] === undefined) take(c.o, c.n, c.score);
    prevO = a.o; prevN = a.n;
  }
  return { pairs, oldTaken, newTaken };
}

/** The pairs (sorted by old index) that keep their relative order: a longest increasing run of new indices. */
function inOrder(pairs: Pair[]): Set<Pair> {
  const sorted = [...pairs].sort((a, b) => a.o - b.o);
  const tails: number[] = [];
  const prev: number[] = new Array<number>(sorted.length).fill(-1);
  for (let k = 0; k < sorted.length; k++) {
    let lo = 0, hi = tails.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[tails[mid]].n < sorted[k].n) lo = mid + 1; else hi = mid; }
    if (lo > 0) prev[k] = tails[lo - 1];
    tails[lo] = k;
  }
  const keep = new Set<Pair>();
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) keep.add(sorted[k]);
  return keep;
}

// -------------------------------------------------------------------------------------------------
// Word diff

let segmenter: Intl.Segmenter | null | undefined;
function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      const s = new Intl.Segmenter('zh', { granularity: 'word' });
      // Without ICU word data every Han character is a word of its own: use the fallback then.
      segmenter = [...s.segment('人民政府')].length < 4 ? s : null;
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/** Words of a text: ICU's Chinese words, else runs of digits/Latin letters and single characters. */
export function words(s: string): string[] {
  const seg = wordSegmenter();
  if (seg) return [...seg.segment(s)].map((x) => x.segment);
  const out: string[] = [];
  // Runs of digits, Latin letters, '.' and '%'; runs of white space; any other character alone.
  const word = (c: string) => (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '.' || c === '%';
  for (let i = 0; i < s.length;) {
    const test = word(s[i]) ? word : isWhite(s[i]) ? isWhite : undefined;
    let j = i + 1;
    if (test) while (j < s.length && test(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

/** A word-level diff; for very different texts (over maxEditLength), the whole text replaced. */
export function wordDiff(a: string, b: string): DiffPart[] {
  const wa = words(a);
  const wb = words(b);
  const same = (x: string, y: string) => x === y || normalizeForMatching(x) === normalizeForMatching(y);
  const changes = diffArrays(wa, wb, { comparator: same, maxEditLength: Math.max(200, Math.ceil((wa.length + wb.length) * 0.8)) });
  if (!changes) return [{ op: 'delete', text: a }, { op: 'insert', text: b }];
  const parts: DiffPart[] = [];
  for (const c of changes) {
    const op = c.added ? 'insert' : c.removed ? 'delete' : 'equal';
    const text = c.value.join('');
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  }
  return parts;
}

// -------------------------------------------------------------------------------------------------
// Semantic notes

/** The words whose change is a change of obligation, each read with a 原则上 just before it. */
const OBLIGATION_NOTE_WORDS = ['应当', '必须', '不得', '禁止', '严禁', '可以', '鼓励'];
const IN_PRINCIPLE = ['原则上'];

/** The obligation words of `s` in order (原则上应当 as one), each scan resuming after the last word. */
function obligationWords(s: string): string[] {
  const out: string[] = [];
  const scan = new WordScanner(s, OBLIGATION_NOTE_WORDS);
  for (let w = scan.find(0); w; w = scan.find(w.at + w.word.length)) {
    const pre = wordBefore(s, w.at, IN_PRINCIPLE);
    out.push(pre + w.word);
  }
  return out;
}

/** Where a validity or entry-into-force phrase stops. */
const VALIDITY_STOPS = '。;\n';
const VALIDITY_START = '自从';
const IN_FORCE_WORDS = ['起施行', '起实施', '起执行'];

/**
 * The phrases that state a validity or an entry into force, left to right: 有效期 and up to 40 more
 * characters of its sentence, or 自/从 … 起施行 (起实施, 起执行) with 1 to 30 characters between.
 */
function validityPhrases(s: string): { at: number; end: number }[] {
  const out: { at: number; end: number }[] = [];
  for (let i = 0; i < s.length;) {
    let end = -1;
    if (s.startsWith('有效期', i) && i + 3 < s.length && !VALIDITY_STOPS.includes(s[i + 3])) {
      end = i + 4;
      while (end < s.length && end - i < 43 && !VALIDITY_STOPS.includes(s[end])) end++;
    } else if (isOneOf(s[i], VALIDITY_START)) {
      for (let p = i + 1; p < s.length && p - i <= 31 && !VALIDITY_STOPS.includes(s[p]); p++) {
        const tail = p - i >= 2 ? wordAt(s, p, IN_FORCE_WORDS) : '';
        if (tail) { end = p + tail.length; break; }
      }
    }
    if (end < 0) { i++; continue; }
    out.push({ at: i, end });
    i = end;
  }
  return out;
}

/** Lists as multisets: what is only in a, what only in b (each in order). */
function multisetDiff(a: string[], b: string[], key: (s: string) => string = normalizeForMatching): { gone: string[]; came: string[] } {
  const count = new Map<string, number>();
  for (const x of b) count.set(key(x), (count.get(key(x)) ?? 0) + 1);
  const gone: string[] = [];
  for (const x of a) {
    const k = key(x);
    const c = count.get(k) ?? 0;
    if (c > 0) count.set(k, c - 1); else gone.push(x);
  }
  const back = new Map<string, number>();
  for (const x of a) back.set(key(x), (back.get(key(x)) ?? 0) + 1);
  const came: string[] = [];
  for (const x of b) {
    const k = key(x);
    const c = back.get(k) ?? 0;
    if (c > 0) back.set(k, c - 1); else came.push(x);
  }
  return { gone, came };
}

function pairNotes(out: CompareNote[], kind: NoteKind, id: string, gone: string[], came: string[]): void {
  const n = Math.min(gone.length, came.length);
  for (let i = 0; i < n; i++) out.push({ kind, messageId: id, args: { from: gone[i], to: came[i] } });
}


interface Valued { text: string; context: Map<string, number>; unit: string; value?: string }

/** A figure with the words around it: what it is about (投资强度不低于…, 最高奖励…). */
function valued(d: PolicyDocument, s: Span, unit: string, value?: number, low?: number): Valued {
  const before = removeWhite(d.norm.slice(Math.max(0, s.start - 20), s.start)).slice(-8);
  const after = removeWhite(d.norm.slice(s.end, Math.min(d.norm.length, s.end + 10))).slice(0, 4);
  const v = value !== undefined && Number.isFinite(value) ? `${low ?? ''}~${value}` : undefined;
  return { text: removeWhite(d.text.slice(s.start, s.end)), context: bigrams(before + '|' + after), unit, value: v };
}

/**
 * Figures of the old and the new item paired by what they are about (the words around them, same unit):
 * a pair with another value is a change; a figure left over on one side was added or removed.
 */
function pairFigures(a: Valued[], b: Valued[]): { changed: [Valued, Valued][]; gone: Valued[]; came: Valued[] } {
  const cands: { i: number; j: number; score: number }[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      if (a[i].unit !== b[j].unit) continue;
      const same = sameFigure(a[i], b[j]);
      const score = similarity(a[i].context, b[j].context) + (same ? 0.15 : 0);
      if (score >= 0.3) cands.push({ i, j, score });
    }
  }
  cands.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const ta = new Set<number>(), tb = new Set<number>();
  const changed: [Valued, Valued][] = [];
  // A figure that reads about as well with two others is not paired by guess: it is listed as removed.
  const ambiguous = (i: number, j: number, score: number) => cands.some((c) => c.i === i && c.j !== j && !tb.has(c.j) && score - c.score < 0.1);
  for (const c of cands) {
    if (ta.has(c.i) || tb.has(c.j)) continue;
    if (ambiguous(c.i, c.j, c.score)) continue;
    ta.add(c.i); tb.add(c.j);
    if (!sameFigure(a[c.i], b[c.j])) changed.push([a[c.i], b[c.j]]);
  }
  changed.sort((x, y) => a.indexOf(x[0]) - a.indexOf(y[0]));
  return { changed, gone: a.filter((_, i) => !ta.has(i)), came: b.filter((_, j) => !tb.has(j)) };
}

/** The same figure: the same value (五年 = 5年), or the same text where no value was read. */
function sameFigure(x: Valued, y: Valued): boolean {
  return x.value !== undefined && y.value !== undefined ? x.value === y.value : normalizeForMatching(x.text) === normalizeForMatching(y.text);
}

const list = (xs: Valued[]) => xs.map((x) => x.text).join('、');

function notesFor(od: PolicyDocument, o: Item, nd: PolicyDocument, n: Item): CompareNote[] {
  const notes: CompareNote[] = [];
  // Amounts (caps named as such).
  const isCap = (d: PolicyDocument, s: Span) => hasWord(d.norm.slice(Math.max(0, s.start - 12), s.start), CAP_WORDS);
  const om = od.tokens.tokensIn(o.body, 'money'), nm = nd.tokens.tokensIn(n.body, 'money');
  const money = pairFigures(om.map((m) => valued(od, m, '元', m.yuan, m.minYuan)), nm.map((m) => valued(nd, m, '元', m.yuan, m.minYuan)));
  for (const [x, y] of money.changed) {
    const cap = isCap(nd, nm.find((m) => removeWhite(nd.text.slice(m.start, m.end)) === y.text) ?? { start: 0, end: 0 });
    notes.push({ kind: 'amount', messageId: cap ? 'compare/cap' : 'compare/amount', args: { from: x.text, to: y.text } });
  }
  if (money.gone.length) notes.push({ kind: 'amount', messageId: 'compare/amount-removed', args: { from: list(money.gone) } });
  if (money.came.length) notes.push({ kind: 'amount', messageId: 'compare/amount-added', args: { to: list(money.came) } });
  // Other figures: percentages and quantities that are no money, no year, no reference.
  const figures = (d: PolicyDocument, r: Span, m: Span[]) => {
    const inMoney = (s: Span) => m.some((x) => x.start <= s.start && s.end <= x.end);
    const out: Valued[] = d.tokens.tokensIn(r, 'percents').map((p) => valued(d, p, '%', p.value));
    for (const q of d.tokens.tokensIn(r, 'quantities')) {
      if (inMoney(q) || isOneOf(q.unit, '月日条款项号次') || q.unit === '年' && q.number.value >= 1900) continue;
      out.push(valued(d, q, q.unit, q.number.value));
    }
    return out;
  };
  for (const [x, y] of pairFigures(figures(od, o.body, om), figures(nd, n.body, nm)).changed) {
    notes.push({ kind: 'number', messageId: 'compare/number', args: { from: x.text, to: y.text } });
  }
  // Deadlines, then the other years (target years).
  const od1 = deadlinesIn(od, o.body), nd1 = deadlinesIn(nd, n.body);
  const dl = multisetDiff(od1.map((d) => removeWhite(d.text)), nd1.map((d) => removeWhite(d.text)), (s) => normalizeForMatching(s));
  pairNotes(notes, 'deadline', 'compare/deadline', dl.gone, dl.came);
  const inDeadline = (ds: { range: Span }[], s: Span) => ds.some((d) => d.range.start <= s.start && s.end <= d.range.end);
  const years = (d: PolicyDocument, r: Span, ds: { range: Span }[]) => d.tokens.tokensIn(r, 'dates').filter((x) => !inDeadline(ds, x)).map((x) => `${x.year}年`);
  const ys = multisetDiff(years(od, o.body, od1), years(nd, n.body, nd1));
  pairNotes(notes, 'year', 'compare/year', ys.gone, ys.came);
  // Lead units of the measures in the item.
  const leads = (d: PolicyDocument, r: Span) => d.measures.filter((m) => m.range.start >= r.start && m.range.start < r.end && m.clause)
    .flatMap((m) => m.clause!.lead.map((u) => cleanUnitName(u.name)));
  const ol = leads(od, o.range), nl = leads(nd, n.range);
  if (ol.length && nl.length && !sameUnits(ol, nl)) notes.push({ kind: 'lead', messageId: 'compare/lead', args: { from: [...new Set(ol)].join('、'), to: [...new Set(nl)].join('、') } });
  // Obligation words.
  const obligations = (d: PolicyDocument, r: Span) => obligationWords(d.norm.slice(r.start, r.end));
  const ob = multisetDiff(obligations(od, o.body), obligations(nd, n.body));
  pairNotes(notes, 'obligation', 'compare/obligation', ob.gone, ob.came);
  return notes;
}

function item(x: Item): CompareItem {
  return { label: x.label, marker: x.marker, text: x.text, range: x.range, line: x.line };
}

/** What the reader calls an item: 第2条, 二（一）1., or (preamble). */
export function itemName(x: CompareItem, locale: Locale = 'zh-cn'): string {
  return x.label || message('compare/preamble', undefined, locale);
}

/** Compare two versions of a document. */
export function compare(oldText: string, newText: string): CompareResult {
  const od = parseDocument(oldText);
  const nd = parseDocument(newText);
  const olds = itemsOf(od);
  const news = itemsOf(nd);
  const { pairs, oldTaken, newTaken } = align(olds, news);
  const ordered = inOrder(pairs);
  type Keyed = CompareEntry & { sort: number; sub: number };
  const entries: Keyed[] = [];
  for (const p of pairs) {
    const o = olds[p.o], n = news[p.n];
    const unchanged = o.key === n.key;
    const notes: CompareNote[] = [];
    const moved = !ordered.has(p);
    if (moved) notes.push({ kind: 'moved', messageId: 'compare/moved', args: { from: o.label || message('compare/preamble') } });
    else if (o.marker && n.marker && markerStyle(o.marker) === markerStyle(n.marker) && keyText(o.marker) !== keyText(n.marker)) notes.push({ kind: 'renumbered', messageId: 'compare/renumbered', args: { from: o.marker, to: n.marker } });
    if (!unchanged) notes.push(...notesFor(od, o, nd, n));
    const parts = unchanged ? [{ op: 'equal' as const, text: stripMarker(n) }] : wordDiff(stripMarker(o), stripMarker(n));
    if (!unchanged && !notes.some((x) => x.kind !== 'moved' && x.kind !== 'renumbered')) notes.push({ kind: 'wording', messageId: 'compare/wording' });
    entries.push({ status: moved ? 'moved' : unchanged ? 'unchanged' : 'changed', old: item(o), new: item(n), parts, notes, similarity: round(p.score), sort: p.n, sub: 0 });
  }
  // Unmatched new items: split off an old item, or new.
  for (let j = 0; j < news.length; j++) {
    if (newTaken[j] !== undefined) continue;
    const n = news[j];
    const from = bestContainer(n, olds, (i) => oldTaken[i] !== undefined);
    if (from !== undefined) {
      entries.push({ status: 'split', new: item(n), parts: [{ op: 'insert', text: n.text }], notes: [{ kind: 'split', messageId: 'compare/split', args: { from: olds[from].label || message('compare/preamble') } }], similarity: 0, sort: j, sub: 0 });
    } else {
      entries.push({ status: 'added', new: item(n), parts: [{ op: 'insert', text: n.text }], notes: [{ kind: 'added', messageId: 'compare/added' }], similarity: 0, sort: j, sub: 0 });
    }
  }
  // Unmatched old items: merged into a new item, or deleted; shown after the new item that follows their predecessor.
  for (let i = 0; i < olds.length; i++) {
    if (oldTaken[i] !== undefined) continue;
    const o = olds[i];
    let after = -0.5;
    for (let k = i - 1; k >= 0; k--) if (oldTaken[k] !== undefined) { after = oldTaken[k]! + 0.5; break; }
    const into = bestContainer(o, news, (j) => newTaken[j] !== undefined);
    if (into !== undefined) {
      entries.push({ status: 'merged', old: item(o), parts: [{ op: 'delete', text: o.text }], notes: [{ kind: 'merged', messageId: 'compare/merged', args: { to: news[into].label || message('compare/preamble') } }], similarity: 0, sort: after, sub: i });
    } else {
      entries.push({ status: 'removed', old: item(o), parts: [{ op: 'delete', text: o.text }], notes: [{ kind: 'removed', messageId: 'compare/removed' }], similarity: 0, sort: after, sub: i });
    }
  }
  entries.sort((a, b) => a.sort - b.sort || a.sub - b.sub);
  validityNote(od, nd, entries);
  const counts: Record<EntryStatus, number> = { unchanged: 0, changed: 0, moved: 0, added: 0, removed: 0, split: 0, merged: 0 };
  for (const e of entries) counts[e.status]++;
  return {
    oldTitle: od.innerTitle ?? od.title, newTitle: nd.innerTitle ?? nd.title,
    entries: entries.map(({ sort: _s, sub: _u, ...e }) => e), counts,
  };
}

/** The numbering style of a marker: 第X条, 一、, （一）, 1., （1）. */
function markerStyle(m: string): string {
  const n = normalizeForMatching(m);
  return n.startsWith('第') ? n.slice(-1) : n.startsWith('(') ? ([...n].some(isDigit) ? '(1)' : '(一)') : isDigit(n[0]) ? '1' : '一';
}

/** 有效期 and 施行 are compared across the documents: the note goes to the item that now states them (or stated them). */
function validityNote(od: PolicyDocument, nd: PolicyDocument, entries: CompareEntry[]): void {
  const phrases = (d: PolicyDocument) => validityPhrases(d.norm).map((m) => ({ at: m.at, text: removeWhite(d.text.slice(m.at, m.end)) }));
  const a = phrases(od), b = phrases(nd);
  const d = multisetDiff(a.map((x) => x.text), b.map((x) => x.text));
  if (!d.gone.length && !d.came.length) return;
  const none = message('compare/none');
  const note: CompareNote = { kind: 'validity', messageId: 'compare/validity', args: { from: d.gone.join('；') || none, to: d.came.join('；') || none } };
  const where = (side: 'old' | 'new', at: number | undefined) => at === undefined ? undefined
    : entries.find((e) => e[side] && e[side]!.range.start <= at && at < e[side]!.range.end);
  const target = where('new', b.find((x) => d.came.includes(x.text))?.at) ?? where('old', a.find((x) => d.gone.includes(x.text))?.at);
  if (!target) return;
  target.notes = target.notes.filter((x) => x.kind !== 'wording');
  target.notes.push(note);
  if (target.status === 'unchanged') target.status = 'changed';
}

function round(x: number): number { return Math.round(x * 1000) / 1000; }

/** The item's text without its number (第2条, 1.): the number is compared apart. */
function stripMarker(x: Item): string {
  if (x.marker && x.text.startsWith(x.marker)) return x.text.slice(x.marker.length).trimStart();
  // 第 12 条 and the spaces after it.
  if (!x.text.startsWith('第')) return x.text;
  let i = 1;
  while (i < x.text.length && i <= 9 && (isDigit(x.text[i]) || isSpaceOrTab(x.text[i]))) i++;
  if (i === 1 || i > 9 || x.text[i] !== '条') return x.text;
  i++;
  while (isSpaceOrTab(x.text[i])) i++;
  return x.text.slice(i);
}

/** The matched item that holds most of `x`'s wording (≥ PART), if any. */
function bestContainer(x: Item, others: Item[], matched: (i: number) => boolean): number | undefined {
  let best: number | undefined;
  let bestScore = PART;
  for (let i = 0; i < others.length; i++) {
    if (!matched(i)) continue;
    const c = containment(x.grams, others[i].grams);
    if (c >= bestScore) { best = i; bestScore = c; }
  }
  return best;
}

/** The message of a note in the locale. */
export function noteText(n: CompareNote, locale: Locale = 'zh-cn'): string {
  return message(n.messageId, n.args, locale);
}
