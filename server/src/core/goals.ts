/**
 * Goal analysis for the target/ rules, derived from the model (memoised per document):
 * goal sections, goal clauses with their vague wording, numbers and deadlines, and declared counts.
 */
import { Heading, PolicyDocument, Span, TargetSentence } from './model';
import { derived } from './analysis';
import { anyToNumber } from './numerals';
import { endsWithOneOf, hasAnyOf, isHan, isOneOf, removeChars } from './chars';
import { combine, hasWord, isBlank, isWhiteSpace, skipBack, skipForward, WordScanner, wordAt } from './vocabulary';

/** A sentence with one of these verbs outside a goal section may state a goal. */
const GOAL_VERBS = [
  '建成', '建设', '培育', '打造', '引进', '形成', '达到', '突破', '实现', '实施', '超', '提升', '提高', '增长', '创建',
  '新增', '完成', '力争', '争取', '累计', '培养', '集聚', '壮大', '推动', '建立',
];
/** Vague goal wording. Each alternative is a fixed phrase or a short bounded pattern. */
const VAGUE = /一批|若干|一系列|多个|(显著|明显|大幅|较大|大幅度|进一步)(提升|增强|提高|改善|增加|扩大)|有较大提升|基本形成|基本建成|进一步完善|进入[^,;。，；]{0,12}前列|走在[^,;。，；]{0,8}前列|位居[^,;。，；]{0,8}前列/;
const NUMBER = /\d{1,15}(?:\.\d{1,10})?[ \t]{0,3}(?:%|‰|个|家|项|亿|万|千|百|名|人|所|座|条|平方|公顷|亩|吨|倍|元|户|次|批|类|款|场|套|台|辆|种|处|张|位|千瓦|公里|米|小时|天|件|部|篇|株|栋|间|床|级|星|期|届|年)|[一二三四五六七八九十两百千]{1,8}(?:个|家|项|名|所|座|大|倍)|(?:翻一番|翻两番|全覆盖|100%)/;
const DEADLINE = /到[ \t]{0,3}\d{4}[ \t]{0,3}年|\d{4}[ \t]{0,3}年[ \t]{0,3}(?:底|末)?前|\d{4}[ \t]{0,3}年(?:底|末)|[一二三四五六七八九十\d]{1,4}年内|[一二三四五六七八九十\d]{1,4}年(?:左右)?时间/g;

/** Does `s` state a deadline (到2025年, 2025年底前, 三年内 …)? */
function hasDeadline(s: string): boolean {
  DEADLINE.lastIndex = 0;
  const found = DEADLINE.test(s);
  DEADLINE.lastIndex = 0;
  return found;
}

/** A calendar year (2025年): in a goal heading (2025年主要预期目标) or the title of a year's work list
 * (立山区政府2023年重点工作任务分解方案) it dates the goals under it. */
const YEAR = /\d{4}[ \t]{0,3}年/;

/** `s` without its first deadline (its year is no target number). */
function withoutFirstDeadline(s: string): string {
  DEADLINE.lastIndex = 0;
  const m = DEADLINE.exec(s);
  DEADLINE.lastIndex = 0;
  return m ? s.slice(0, m.index) + s.slice(m.index + m[0].length) : s;
}

export interface GoalClause {
  range: Span;
  /** The vague phrase, if any. */
  vague?: Span;
  quantified: boolean;
  /**
   * Its numbers are given elsewhere: it heads a sub-goal whose paragraph gives them ("——创新能力显著
   * 增强。…研发经费占比达到2.5%"), it is the summary sentence before quantified "——" sub-goals, it
   * states an end state (基本形成…体系) in a sentence with quantified clauses, or it says an
   * indicator improves (明显提升) that a number of the same paragraph measures.
   */
  covered: boolean;
  /** Its paragraph carries a quantified clause: the goal is quantified, this clause only adds a vague one. */
  besideNumbers: boolean;
  sentence: TargetSentence;
}

export interface GoalSection {
  heading: Heading;
  /** Body range (after the heading line) up to the section end. */
  body: Span;
  hasDeadline: boolean;
  hasQuantified: boolean;
}

export interface GoalAnalysis {
  sections: GoalSection[];
  clauses: GoalClause[];
}

export function goalSections(doc: PolicyDocument): GoalSection[] { return analyseGoals(doc).sections; }

/** Goal sections and goal clauses, computed once per document version. */
export const analyseGoals = derived('goals', (doc: PolicyDocument): GoalAnalysis => {
  const { norm } = doc;
  const sections: GoalSection[] = [];
  // The headings come in document order, so every section kept so far starts before this heading: one of
  // them holds it iff the furthest end among them reaches its line's end (not a test of each section).
  let reach = -1;
  const yearOfDocument = !!doc.title && YEAR.test(doc.title);
  for (const h of doc.allHeadings) {
    if (h.role !== 'goal') continue;
    const title = norm.slice(h.titleRange.start, h.titleRange.end);
    // A goal section inside another one (一、总体目标 / （一）工作目标) counts once, as the outer one.
    if (h.lineRange.end <= reach) continue;
    reach = Math.max(reach, h.sectionRange.end);
    // "1.目标。2012年起5年内…" (corpus 021): the goal text follows the title on the same line.
    const bodyStart = h.titleRange.end < h.lineRange.end ? h.titleRange.end : h.lineRange.end;
    const body = { start: bodyStart, end: h.sectionRange.end };
    const text = norm.slice(body.start, body.end);
    sections.push({ heading: h, body, hasDeadline: hasDeadline(text) || hasDeadline(title) || YEAR.test(title) || yearOfDocument, hasQuantified: NUMBER.test(text) });
  }
  const clauses: GoalClause[] = [];
  for (const t of doc.targets) {
    const s = norm.slice(t.range.start, t.range.end);
    if (!t.inGoalSection && !hasWord(s, GOAL_VERBS)) continue;
    // Split the sentence into clauses on ， ； , ; — a vague clause beside a quantified one is still vague.
    let start = t.range.start;
    for (let i = t.range.start; i <= t.range.end; i++) {
      const c = i < t.range.end ? norm[i] : ',';
      if (c !== ',' && c !== ';' && c !== '。' && c !== ':' && i < t.range.end) continue;
      if (i > start) {
        const clause = norm.slice(start, i);
        const v = VAGUE.exec(clause);
        clauses.push({
          range: { start, end: i },
          vague: v ? { start: start + v.index, end: start + v.index + v[0].length } : undefined,
          quantified: NUMBER.test(withoutFirstDeadline(clause)),
          covered: false,
          besideNumbers: false,
          sentence: t,
        });
      }
      start = i + 1;
    }
  }
  markCovered(doc, clauses);
  return { sections, clauses };
});

/** An improvement of a level or an indicator, which a number can measure. */
const IMPROVES = [...combine(['显著', '明显', '大幅', '较大', '大幅度', '进一步'], ['提升', '增强', '提高', '改善', '增加', '扩大']), '有较大提升'];
const SUB_GOAL_MARKS = ['——', '--', '—'];
/** Quoted names (“四个中心”): names, not indicators. */
const QUOTED = /“[^”\n]{0,40}”/g;
/** Calendar years (政策期限为2016年至2018年): dates, not indicators. */
const YEARS = /\d{4}[ \t]{0,3}年/g;
/** An end state reached (基本形成…体系): checkable beside the numbers of its sentence. */
const END_STATES = ['基本形成', '基本建成'];

/** End of the "——" that opens a sub-goal line (after leading blanks), or -1 when `s` does not open with one. */
function subGoalMarkEnd(s: string): number {
  const at = skipForward(s, 0, isBlank);
  const mark = wordAt(s, at, SUB_GOAL_MARKS);
  return mark ? at + mark.length : -1;
}

/** Clause pieces of a line that carry a number (deadlines aside), within a window around an offset. */
function quantifiedPieces(norm: string, from: number, to: number): string[] {
  const out: string[] = [];
  // Pieces are the runs between , ， ; ； 。 and line breaks.
  for (let start = from, i = from; i <= to; i++) {
    if (i < to && !isOneOf(norm[i], ',，;；。\n\r')) continue;
    if (i > start) {
      const piece = norm.slice(start, i);
      if (NUMBER.test(piece.replace(DEADLINE, ''))) out.push(piece);
    }
    start = i + 1;
  }
  return out;
}

/** See GoalClause.covered. */
function markCovered(doc: PolicyDocument, clauses: GoalClause[]): void {
  const { norm, lines } = doc;
  const lineQuantified = new Map<number, boolean>();
  const quantifiedLine = (li: number): boolean => {
    let q = lineQuantified.get(li);
    if (q === undefined) {
      const l = lines[li];
      q = NUMBER.test(norm.slice(l.start, l.end).replace(DEADLINE, ''));
      lineQuantified.set(li, q);
    }
    return q;
  };
  for (const c of clauses) {
    if (!c.vague || c.quantified) continue;
    const li = doc.lineIndex.positionAt(c.range.start).line;
    const line = lines[li];
    c.besideNumbers = quantifiedLine(li) && NUMBER.test(norm.slice(line.start, line.end).replace(DEADLINE, '').replace(YEARS, '').replace(QUOTED, ''));
    const sent = c.sentence.range;
    // 1. The run-in heading of a sub-goal ("——创新能力显著增强。"): a short first sentence whose
    //    paragraph goes on with numbers.
    const lead = norm.slice(line.start, sent.end);
    const head = lead.slice(Math.max(0, subGoalMarkEnd(lead))).trim();
    if (sent.start - line.start <= 4 && head.length <= 20 && endsWithOneOf(head, '。.')
      && NUMBER.test(norm.slice(sent.end, line.end).replace(DEADLINE, ''))) { c.covered = true; continue; }
    // 2. The summary sentence of a goal paragraph followed by "——" sub-goals, some with numbers.
    if (subGoalMarkEnd(norm.slice(line.start, line.end)) < 0) {
      let any = false;
      for (let k = li + 1, n = 0; k < lines.length && n < 12; k++) {
        if (lines[k].blank) continue;
        if (subGoalMarkEnd(norm.slice(lines[k].start, Math.min(lines[k].end, lines[k].start + 8))) < 0) break;
        n++;
        if (quantifiedLine(k)) { any = true; break; }
      }
      if (any) { c.covered = true; continue; }
    }
    // 3. "…达到2万亿元，基本形成…产业体系": an end state (基本形成, 基本建成) beside a quantified
    //    clause of its own sentence is a milestone the sentence's numbers measure.
    if (hasWord(norm.slice(c.vague.start, c.vague.end), END_STATES)
      && NUMBER.test(norm.slice(sent.start, sent.end).replace(DEADLINE, ''))) { c.covered = true; continue; }
    // 4. "研发经费投入水平…明显提升" where the paragraph gives "研发经费占…比重达到2.5%": an improvement
    //    whose subject (four characters in a row) a quantified clause of the paragraph names.
    if (!hasWord(norm.slice(c.vague.start, c.vague.end), IMPROVES)) continue;
    const subject = removeChars(norm.slice(c.range.start, c.vague.start), (ch) => !isHan(ch));
    if (subject.length < 4) continue;
    const pieces = quantifiedPieces(norm, Math.max(line.start, c.range.start - 600), Math.min(line.end, c.range.end + 600));
    for (let i = 0; i + 4 <= subject.length && !c.covered; i++) {
      const gram = subject.slice(i, i + 4);
      if (pieces.some((p) => p.includes(gram))) c.covered = true;
    }
  }
}

export interface DeclaredCount {
  range: Span;
  declared: number;
  actual: number;
  what: string;
}

const CN = '一二三四五六七八九十两百';
// "三部分共十五条": the regex starts at (个)部分 and the count before it is read backwards by code — a
// leading [数]+ would rescan a long run of numerals from every position in it.
const COUNT_CHARS = new Set([...CN, ...'0123456789']);
function isCountChar(ch: string): boolean { return COUNT_CHARS.has(ch); }
const FOLLOWING_WORDS = ['以下', '如下', '下列'];
const FOLLOWING_WHAT = ['方面', '部分'];
const LIST_WHAT = ['条', '项', '个方面'];

/** A count written at `at` (Chinese numerals or digits): its end, `at` when there is none. */
function countEnd(norm: string, at: number): number { return skipForward(norm, at, isCountChar); }

/** "共N条" with 共 at `at`: the numeral's end (before 条), or -1. */
function eachCountAt(norm: string, at: number): number {
  if (norm[at] !== '共') return -1;
  const end = countEnd(norm, at + 1);
  return end > at + 1 && norm[end] === '条' ? end : -1;
}

/** "(个)部分(，)共N条" with 部分 at `at`: where it starts (个 included) and the numeral, or undefined. */
function partsTotalAt(norm: string, at: number): { start: number; end: number; total: string } | undefined {
  let p = at + 2;
  if (isOneOf(norm[p], ',，')) p++;
  const end = eachCountAt(norm, p);
  if (end < 0) return undefined;
  return { start: norm[at - 1] === '个' ? at - 1 : at, end: end + 1, total: norm.slice(p + 1, end) };
}

/** "N(个)方面" / "N(个)部分" at `at` (after 以下/如下/下列): the numeral, the word and the end, or undefined. */
function followingCountAt(norm: string, at: number): { count: string; what: string; end: number } | undefined {
  const numEnd = countEnd(norm, at);
  if (numEnd === at) return undefined;
  const p = norm[numEnd] === '个' ? numEnd + 1 : numEnd;
  const what = wordAt(norm, p, FOLLOWING_WHAT);
  return what ? { count: norm.slice(at, numEnd), what, end: p + what.length } : undefined;
}

/**
 * "包括A、B、C，共N条" with the list starting at `at` (after 包括): the list (2 to 200 characters
 * without 。;；:：, up to the first ，共N条|项|个方面 that follows), or undefined.
 */
function listCountAt(norm: string, at: number): { list: string; totalAt: number; count: string; what: string; end: number } | undefined {
  for (let p = at; p <= at + 200 && p < norm.length; p++) {
    if (p - at >= 2 && isOneOf(norm[p], ',，') && norm[p + 1] === '共') {
      const numEnd = countEnd(norm, p + 2);
      const what = numEnd > p + 2 ? wordAt(norm, numEnd, LIST_WHAT) : '';
      if (what) return { list: norm.slice(at, p), totalAt: p + 1, count: norm.slice(p + 2, numEnd), what, end: numEnd + what.length };
    }
    if (isOneOf(norm[p], '。;；:：')) return undefined;
  }
  return undefined;
}

/**
 * Declared counts that can be checked against what follows: "三部分共十五条" (parts = following
 * sibling headings, total = the sum of the later "共N条"), "以下五个方面" (following headings) and
 * "包括A、B、C，共三条" when the list is unambiguous (split only on 、, no 及/和/与 inside).
 */
export function declaredCounts(doc: PolicyDocument): DeclaredCount[] {
  const { norm } = doc;
  const out: DeclaredCount[] = [];
  const all = doc.allHeadings;
  /** Index of the first heading whose line starts after `pos` (binary search; headings are in document order). */
  const firstAfter = (pos: number): number => {
    let lo = 0, hi = all.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (all[mid].lineRange.start > pos) hi = mid; else lo = mid + 1; }
    return lo;
  };
  /** For each heading, how many siblings of its style follow in a row from it (itself included). */
  const siblingRun = new Map<Heading, number>();
  const followingHeadings = (pos: number): number | undefined => {
    const first = all[firstAfter(pos)];
    if (!first) return undefined;
    if (!siblingRun.has(first)) {
      // The first heading after the phrase and its later siblings of the same style: the runs of all
      // its siblings, counted once from the last (not a search of the siblings for each phrase).
      const siblings = first.parent ? first.parent.children : doc.headings;
      for (let i = siblings.length - 1; i >= 0; i--) {
        const h = siblings[i], next = siblings[i + 1];
        siblingRun.set(h, next && next.style === h.style ? siblingRun.get(next)! + 1 : 1);
      }
    }
    return siblingRun.get(first);
  };
  // Every "共N条" once, with running sums: the later ones of a section are a contiguous run of them.
  const each: { start: number; end: number }[] = [];
  const sums = [0];
  for (let at = norm.indexOf('共'); at >= 0; at = norm.indexOf('共', at + 1)) {
    const end = eachCountAt(norm, at);
    if (end < 0) continue;
    each.push({ start: at, end: end + 1 });
    sums.push(sums[sums.length - 1] + anyToNumber(norm.slice(at + 1, end)));
  }
  const lowerBound = (pred: (k: number) => boolean): number => {
    let lo = 0, hi = each.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (pred(mid)) hi = mid; else lo = mid + 1; }
    return lo;
  };
  for (let at = norm.indexOf('部分'), next = 0; at >= 0; at = norm.indexOf('部分', next)) {
    const m = partsTotalAt(norm, at);
    next = m ? m.end : at + 1;
    if (!m) continue;
    const s = skipBack(norm, m.start, isCountChar);
    if (s === m.start) continue;
    const parts = anyToNumber(norm.slice(s, m.start));
    const total = anyToNumber(m.total);
    const range = { start: s, end: m.end };
    const n = followingHeadings(range.end);
    if (n !== undefined && n !== parts) out.push({ range, declared: parts, actual: n, what: '部分' });
    // Sum the later "共N条" of the same section.
    const ownerAt = lowerBoundHeading(all, range.start) - 1;
    const end = ownerAt >= 0 ? all[ownerAt].sectionRange.end : norm.length;
    const from = lowerBound((k) => each[k].start >= range.end);
    const to = lowerBound((k) => each[k].end > end);
    const count = Math.max(0, to - from);
    const sum = count > 0 ? sums[to] - sums[from] : 0;
    if (count >= 2 && sum !== total) out.push({ range, declared: total, actual: sum, what: '条' });
  }
  let lineEnd = -1, contentEnd = -1;
  const following = new WordScanner(norm, FOLLOWING_WORDS);
  for (let w = following.find(0), next = 0; w; w = following.find(next)) {
    const m = followingCountAt(norm, w.at + w.word.length);
    next = m ? m.end : w.at + 1;
    if (!m) continue;
    const declared = anyToNumber(m.count);
    const range = { start: w.at, end: m.end };
    // Only when the phrase ends its paragraph (the list follows as headings): at most 20 characters
    // and a colon or full stop before the line's trailing spaces. The line end and its trailing
    // spaces are found once per line, not once per phrase.
    if (range.end > lineEnd) {
      lineEnd = norm.indexOf('\n', range.end);
      if (lineEnd < 0) lineEnd = norm.length;
      contentEnd = lineEnd;
      while (contentEnd > range.end && isWhiteSpace(norm[contentEnd - 1])) contentEnd--;
    }
    if (contentEnd - range.end > 21 || !endsParagraph(norm.slice(range.end, Math.max(range.end, contentEnd)))) continue;
    const n = followingHeadings(range.end);
    if (n !== undefined && n !== declared) out.push({ range, declared, actual: n, what: m.what });
  }
  for (let at = norm.indexOf('包括'), next = 0; at >= 0; at = norm.indexOf('包括', next)) {
    const m = listCountAt(norm, at + 2);
    next = m ? m.end : at + 1;
    if (!m) continue;
    if (hasAnyOf(m.list, '及和与以并“”"《(（')) continue;
    const items = m.list.split('、').filter((x) => x.trim());
    const declared = anyToNumber(m.count);
    if (items.length >= 2 && items.length !== declared) {
      out.push({ range: { start: m.totalAt, end: m.end }, declared, actual: items.length, what: m.what });
    }
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

/** What follows "以下五个方面" ends its paragraph: up to 20 characters without 。, then perhaps : ： or 。. */
function endsParagraph(rest: string): boolean {
  const body = endsWithOneOf(rest, ':：。') ? rest.slice(0, -1) : rest;
  return (rest.length <= 20 && !rest.includes('。')) || (body.length < rest.length && body.length <= 20 && !body.includes('。'));
}

/** Index of the first heading whose line starts at or after `pos`. */
function lowerBoundHeading(all: Heading[], pos: number): number {
  let lo = 0, hi = all.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (all[mid].lineRange.start >= pos) hi = mid; else lo = mid + 1; }
  return lo;
}

/** The year of the plan's end, for templates: the period's end, else the document year + 2. */
export function planEndYear(doc: PolicyDocument): number | undefined {
  return doc.period?.end ?? (doc.date ? doc.date.year + 2 : undefined);
}
