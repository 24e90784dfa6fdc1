/** Money amounts normalised to 元, ratios, targets and placeholders, on the normalised text. */
import { Amount, AmountKind, Placeholder, Ratio, Span, TargetSentence } from './model';
import { ContextSweep, MoneyStore, Tokens } from './lexer';
import {
  BLANK_NUMBER_UNITS, BLANK_UNIT_WORD_STARTS, CAP_WORDS, FLOOR_WORDS_AFTER, FLOOR_WORDS_BEFORE, PERIOD_WORDS as PERIOD_LIST, RATE_UNITS,
  RATE_WORDS, firstCharTable, wordAt, wordsRe,
} from './vocabulary';
import { indexOfAny, trimmedLength } from './chars';

const NUM = '\\d+(?:\\.\\d+)?';

/**
 * Occurrences of a list of words, taken in document order: `lastFit(lo, end)` is the start of the last
 * occurrence lying wholly inside [lo, end), or -1 — the former `/(w1|w2…)/.test(norm.slice(lo, end))`.
 * Both bounds only grow from one call to the next, so each character is read once (a regex per amount
 * over the text before it read the same characters again for every amount of a run like 9元9元…).
 */
class WordSweep {
  private scanned = 0;
  private best = -1;
  /** Occurrences seen that end after the last `end` asked: start, end pairs (a few at most). */
  private pending: number[] = [];
  private readonly byFirst = new Map<number, string[]>();
  private readonly first: Uint8Array;
  constructor(private readonly norm: string, words: readonly string[]) {
    for (const w of words) this.byFirst.set(w.charCodeAt(0), [...(this.byFirst.get(w.charCodeAt(0)) ?? []), w]);
    this.first = firstCharTable(words);
  }
  lastFit(lo: number, end: number): number {
    const { norm, pending, first } = this;
    for (let p = Math.max(this.scanned, lo); p < end; p++) {
      const c = norm.charCodeAt(p);
      if (!first[c]) continue;
      const list = this.byFirst.get(c);
      if (list) for (const w of list) if (norm.startsWith(w, p)) pending.push(p, p + w.length);
    }
    this.scanned = Math.max(this.scanned, end);
    let keep = 0;
    for (let k = 0; k < pending.length; k += 2) {
      if (pending[k + 1] <= end) { if (pending[k] > this.best) this.best = pending[k]; } else { pending[keep++] = pending[k]; pending[keep++] = pending[k + 1]; }
    }
    // Setting an array's length is a call into the runtime: only when something was taken out.
    if (keep !== pending.length) pending.length = keep;
    return this.best >= lo ? this.best : -1;
  }
}

/** The period words, longest first (as the alternation wordsRe(PERIOD_WORDS) tries them). */
const PERIOD_ORDER = [...PERIOD_LIST].sort((a, b) => b.length - a.length);
const PERIOD_FIRST = firstCharTable(PERIOD_ORDER);
/** [一二三四五六七八九十0-9]: the numeral of 3年, 三年内 (1 in a table by char code). */
const YEAR_NUMERAL = firstCharTable([...'一二三四五六七八九十0123456789']);
const NIAN = '年'.charCodeAt(0);

/**
 * The first period word in [lo, end) — the former PERIOD_WORDS.exec(norm.slice(lo, end))?.[0] for
 * /((?:一次性|每季度|每年|年度|累计|每月)|[一二三四五六七八九十\d]{1,4}年(内)?)/ — for amounts in document
 * order: the positions where a period may start are found once (each character read a bounded number
 * of times), and the first of them inside the window that fits wins.
 */
class PeriodSweep {
  private scanned = 0;
  private readonly cands: number[] = [];
  private head = 0;
  constructor(private readonly norm: string) {}
  /** Length of the numeral before 年 at `p` (1 to 4), or 0: [一…十\d]{1,4}年 matches there. */
  private numeralYear(p: number): number {
    let r = 0;
    while (r < 5 && YEAR_NUMERAL[this.norm.charCodeAt(p + r)]) r++;
    return r >= 1 && r <= 4 && this.norm.charCodeAt(p + r) === NIAN ? r : 0;
  }
  /** The match at `p` within [p, end), if any. */
  private matchAt(p: number, end: number): string | undefined {
    const norm = this.norm;
    if (PERIOD_FIRST[norm.charCodeAt(p)]) for (const w of PERIOD_ORDER) if (p + w.length <= end && norm.startsWith(w, p)) return w;
    const r = this.numeralYear(p);
    if (!r || p + r + 1 > end) return undefined;
    let e = p + r + 1;
    if (e < end && norm[e] === '内') e++;
    return norm.slice(p, e);
  }
  first(lo: number, end: number): string | undefined {
    const { norm, cands } = this;
    for (let p = Math.max(this.scanned, lo); p < end; p++) {
      const c = norm.charCodeAt(p);
      if ((PERIOD_FIRST[c] && PERIOD_ORDER.some((w) => norm.startsWith(w, p))) || (YEAR_NUMERAL[c] && this.numeralYear(p))) cands.push(p);
    }
    this.scanned = Math.max(this.scanned, end);
    while (this.head < cands.length && cands[this.head] < lo) this.head++;
    // A match that does not fit ends past `end`, so it starts in the last six characters: the loop is short.
    for (let k = this.head; k < cands.length && cands[k] < end; k++) {
      const m = this.matchAt(cands[k], end);
      if (m) return m;
    }
    return undefined;
  }
}

const isWs = (c: number) => c === 32 || c === 9;
/** 分别 before an amount makes it an item of a tiered list. */
const FENBIE = ['分别'];

/**
 * Amounts from the lexer's money tokens: 50万元, 5万-200万元, 一万元, and 万/亿 money written without
 * 元 (给予最高50万奖励, 给予50万补助, 50万的奖励 — missingYuan), but not counts (50万人, 10万吨).
 * Here each amount gets its kind (cap, floor, range, tiered, fixed), period and clause. The money
 * tokens are in document order, and every look-around is a sweep that carries over from one amount to
 * the next: the work is linear in the text however densely the amounts are packed.
 */
export function findAmounts(text: string, norm: string, tokens: Tokens): Amount[] {
  const money = tokens.moneyStore;
  const n = money.length;
  const out: Amount[] = new Array(n);
  const clauses = new ContextSweep(norm);
  const fenbie = new WordSweep(norm, FENBIE);
  const caps = new WordSweep(norm, CAP_WORDS);
  const rates = new WordSweep(norm, RATE_WORDS);
  const periods = new PeriodSweep(norm);
  const source: AmountSource = {
    text, money, kind: new Uint8Array(n), period: [], contextStart: new Int32Array(n), contextEnd: new Int32Array(n),
  };
  for (let k = 0; k < n; k++) {
    const start = money.start(k), end = money.end[k];
    clauses.around(start, end);
    const cs = clauses.clauseStart;
    let kind: AmountKind = 'fixed';
    // 分别 before the amount in its clause (which holds no , ; 。): a tiered list.
    const tiered = fenbie.lastFit(cs, start) >= 0;
    // A cap word in the 12 characters before the amount.
    const capped = caps.lastFit(Math.max(cs, start - 12), start) >= 0;
    if (money.lo[k] >= 0) kind = 'range';
    else if (tiered) kind = 'tiered';
    else if (capped) kind = 'cap';
    else if (!money.nums.chinese(money.hi[k]) && (floorAfter(norm, end) || floorBefore(norm, cs, start))) kind = 'floor';
    // Given per unit, with no cap: 每亩补助300元, 按每人每月500元, 300元/吨.
    else if (rates.lastFit(cs, start) >= 0 || perUnitAfter(norm, end)) kind = 'rate';
    source.kind[k] = KIND_CODE[kind];
    const period = periods.first(cs, start);
    if (period !== undefined) source.period[k] = period;
    source.contextStart[k] = cs;
    source.contextEnd[k] = clauses.clauseEnd;
    out[k] = new MoneyAmount(source, k, start, end);
  }
  return out;
}

const AMOUNT_KINDS: readonly AmountKind[] = ['fixed', 'range', 'tiered', 'cap', 'floor', 'rate'];
const KIND_CODE = Object.fromEntries(AMOUNT_KINDS.map((k, i) => [k, i])) as Record<AmountKind, number>;

/**
 * What the amounts of a document read: its text, its money tokens, and per amount (by the index of its
 * money token) its kind (an index in AMOUNT_KINDS), its period (a sparse array: most amounts have none)
 * and its clause.
 */
interface AmountSource {
  text: string;
  money: MoneyStore;
  kind: Uint8Array;
  period: string[];
  contextStart: Int32Array;
  contextEnd: Int32Array;
}

/**
 * An amount: money token k of the store. The only object per amount (a document may hold 260 000 of
 * them), and a small one: it is its own range, and the rest (value, unit, lower end, kind, period, clause)
 * is read from the stores when asked, as are its text and its clause as text and span.
 */
class MoneyAmount implements Amount {
  constructor(private readonly source: AmountSource, private readonly k: number, readonly start: number, readonly end: number) {}
  get range(): Span { return this; }
  /** Sliced when asked: most amounts are never printed (a 1 MB list of amounts kept a string for each). */
  get text(): string { return this.source.text.slice(this.start, this.end); }
  get yuan(): number { return this.source.money.yuan(this.k); }
  get minYuan(): number | undefined { return this.source.money.minYuan(this.k); }
  get lower(): { range: Span; unit: string } | undefined {
    const m = this.source.money, lo = m.lo[this.k];
    return lo >= 0 ? { range: { start: m.nums.start[lo], end: m.nums.end[lo] }, unit: m.loUnit(this.k) } : undefined;
  }
  get unit(): string { return this.source.money.unit(this.k); }
  get missingYuan(): boolean { return this.source.money.missingYuan(this.k); }
  get kind(): AmountKind { return AMOUNT_KINDS[this.source.kind[this.k]]; }
  get period(): string | undefined { return this.source.period[this.k]; }
  get context(): string { return this.source.text.slice(this.source.contextStart[this.k], this.source.contextEnd[this.k]); }
  get contextRange(): Span { return { start: this.source.contextStart[this.k], end: this.source.contextEnd[this.k] }; }
}

/** /亩, /人, /平方米 right after the amount (300元/亩). */
function perUnitAfter(norm: string, end: number): boolean {
  const c = norm.charCodeAt(end);
  return (c === 47 || c === 0xff0f) && !!wordAt(norm, end + 1, RATE_UNITS);
}

/** 以上 / 及以上 after the amount, spaces or tabs before it, within four characters (50万元以上). */
function floorAfter(norm: string, end: number): boolean {
  const lim = Math.min(norm.length, end + 4);
  let i = end;
  while (i < lim && isWs(norm.charCodeAt(i))) i++;
  for (const w of FLOOR_WORDS_AFTER) if (i + w.length <= lim && norm.startsWith(w, i)) return true;
  return false;
}

/** A floor word (不低于, 不少于, 超过) right before the amount, inside its clause (from `cs`). */
function floorBefore(norm: string, cs: number, start: number): boolean {
  for (const w of FLOOR_WORDS_BEFORE) if (start - w.length >= cs && norm.startsWith(w, start - w.length)) return true;
  return false;
}

/**
 * 按…的20%, 参照其…的70% (a rebate of a share of what the firm contributes, corpus 001), and a share
 * given with no 按: 给予企业引进成本不低于10%的资金支持 (its basis is what stands between 给予 and the number).
 */
const RATIO_RE = new RegExp(`(?:按|参照)([^,;。\\n]{0,40}?)(?:的)?(${NUM})%|给予([^,;。\\n按]{0,20}?)(${NUM})%(?=的)`, 'g');
export function findRatios(text: string, norm: string): Ratio[] {
  const out: Ratio[] = [];
  RATIO_RE.lastIndex = 0;
  for (let m = RATIO_RE.exec(norm); m; m = RATIO_RE.exec(norm)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ range: { start, end }, percent: Number(m[2] ?? m[4]), text: text.slice(start, end), basis: m[1] ?? m[3] });
  }
  return out;
}

const YEAR_TARGET_RE = /到[ \t]*(\d{4})[ \t]*年|(\d{4})[ \t]*年[ \t]*(?:底|末)?前/;
const QUANT_RE = /\d{1,15}(?:\.\d{1,10})?[ \t]{0,3}(?:%|‰|个|家|项|亿|万|千|百|名|人|所|座|条|平方|公顷|亩|吨|倍|元|户|次|批|类|款|场|套|台|辆|种|处|张|位|千瓦|公里|米|小时|天|分钟|件|部|篇|株|栋|间|床|级|星|强|期|届)|[一二三四五六七八九十两百千]{1,8}(?:个|家|项|名|所|座|大)/;
/** Split into sentences and keep those that state a dated goal, or sit in a goal section. */
export function findTargets(norm: string, goalSections: Span[]): TargetSentence[] {
  const out: TargetSentence[] = [];
  // A dated goal sentence that opens its paragraph dates the sentences after it in the paragraph
  // ("具体指标：到2022年，…建设50所…。企业参与职业教育的积极性有较大提升。", corpus 007). One in the
  // middle of a task paragraph ("…加快推进快递业绿色包装应用，到2020年，基本实现…。…培育一批…",
  // corpus 008) is a milestone of that task: the tasks after it are not goals.
  let datedUntil = -1;
  // Sentences come in order: the goal sections starting at or before a sentence are a growing
  // prefix of them sorted by start, and a sentence lies in one iff the largest end among those
  // reaches the sentence's end (not a scan of every section per sentence).
  const sections = [...goalSections].sort((a, b) => a.start - b.start);
  let next = 0, reach = -1;
  /** The paragraph has a sentence before this one other than a short run-in heading. */
  let proseBefore = false;
  let prevEnd = 0;
  let nextBreak = -1;
  // The year and quantity patterns hold no sentence mark, so a match never crosses a sentence: each is
  // searched for in the whole text from the sentence's start, and a match found beyond the sentence
  // serves the sentences up to it (each character is searched once), with no copy of a sentence.
  const year = new RegExp(YEAR_TARGET_RE.source, 'g');
  const quant = new RegExp(QUANT_RE.source, 'g');
  let y: RegExpExecArray | null = null;
  let q: RegExpExecArray | null = null;
  const firstFrom = (re: RegExp, held: RegExpExecArray | null, start: number): RegExpExecArray | null => {
    if (held && held.index >= start) return held;
    if (held === null && re.lastIndex === -1) return null;
    re.lastIndex = start;
    const m = re.exec(norm);
    if (!m) re.lastIndex = -1; // none after this: none after any later start either
    return m;
  };
  for (let start = 0, n = norm.length; start < n;) {
    // A sentence: a run of characters that are no sentence mark, with the 。;!? closing it ([^。;!?\n\r]+[。;!?]?).
    if (isSentenceStop(norm.charCodeAt(start))) { start++; continue; }
    let end = start + 1;
    while (end < n && !isSentenceStop(norm.charCodeAt(end))) end++;
    if (end < n && isSentenceEndMark(norm.charCodeAt(end))) end++;
    const sentenceStart = start;
    start = end;
    while (next < sections.length && sections[next].start <= sentenceStart) reach = Math.max(reach, sections[next++].end);
    const inGoal = end <= reach;
    y = firstFrom(year, y, sentenceStart);
    const dated = y !== null && y.index < end ? y : null;
    // A new paragraph: a line break between the previous sentence and this one (the gap holds only
    // line breaks and stray marks, so this stays linear).
    if (sentenceStart === 0 || indexOfAny(norm, '\n\r', prevEnd, sentenceStart) >= 0) proseBefore = false;
    prevEnd = end;
    if (dated && !proseBefore) {
      // The paragraph's end, found once per paragraph (each character scanned at most once).
      if (nextBreak < end) {
        const b = indexOfAny(norm, '\n\r', end);
        nextBreak = b >= 0 ? b : norm.length;
      }
      datedUntil = nextBreak;
    }
    // A run-in heading ("（三）发展目标。", "——产业规模快速壮大。") does not make the paragraph prose.
    const trimmed = trimmedLength(norm, sentenceStart, end);
    if (trimmed > 16) proseBefore = true;
    if (!dated && !inGoal && sentenceStart > datedUntil) continue;
    if (!trimmed) continue;
    const yearStr = dated ? (dated[1] ?? dated[2]) : undefined;
    const yearAt = dated ? dated.index + dated[0].indexOf(yearStr!) : 0;
    q = firstFrom(quant, q, sentenceStart);
    out.push({
      range: { start: sentenceStart, end },
      year: yearStr ? Number(yearStr) : undefined,
      yearRange: yearStr ? { start: yearAt, end: yearAt + 4 } : undefined,
      quantified: q !== null && q.index < end,
      inGoalSection: inGoal,
    });
  }
  return out;
}

/** 。;!? (normalised) and line breaks end a sentence of findTargets; the first four close it. */
function isSentenceStop(c: number): boolean { return c === 10 || c === 13 || isSentenceEndMark(c); }
function isSentenceEndMark(c: number): boolean { return c === 0x3002 || c === 59 || c === 33 || c === 63; }

/** A mark or blank run that may hold a name or a number (××市, 达到××%, ____亿元, □□家, 【】名). */
const MARK_RE = /^(?:[×Xx]{2,}|○{2,}|_{2,}|□{2,}|【[ \t]*】)$/;
/** A unit after the mark: the mark stands for a number (vocabulary BLANK_NUMBER_UNITS). */
const BLANK_UNIT_AFTER = new RegExp(`^[ \\t]?${wordsRe(BLANK_NUMBER_UNITS).source}(?![${BLANK_UNIT_WORD_STARTS}])`);
const BLANK_UNIT_AHEAD = `(?=[ \\t]?${wordsRe(BLANK_NUMBER_UNITS).source}(?![${BLANK_UNIT_WORD_STARTS}]))`;
/** Chinese numerals of a date around ○○ (二○○五年): the circles are zeros, not a mark. */
const CN_DATE_DIGIT = /[〇○零一二三四五六七八九]/;
const PLACEHOLDER_RE = new RegExp(
  '[×Xx]{2,}|○{2,}|〔[ \\t]*〕|\\([ \\t]*文号[ \\t]*\\)|20[Xx]{2}|【[ \\t]*】'
  // Underscores and boxes are a blank only before a unit (a form's 姓名：____ and a checkbox □ are not).
  // Only from the start of a run, so a long run with no unit after it is scanned once.
  + `|(?:(?<!_)_{2,}|(?<!□)□{2,})${BLANK_UNIT_AHEAD}`
  // A blank left for a number: a verb or quantity word, spaces, then a measure word (有 家, 达到 %).
  // Not OCR spacing inside words (国 家专利, 用好 人才, 联 系 人).
  + '|[有到达为成育增进过破共约计造设定至内超满](?:[ \\t]{1,6})(?=(?:家|个|项|名|亿元|万元|%|所)(?![庭专族乡长]))',
  'g');
export function findPlaceholders(text: string, norm: string): Placeholder[] {
  const out: Placeholder[] = [];
  PLACEHOLDER_RE.lastIndex = 0;
  for (let m = PLACEHOLDER_RE.exec(norm); m; m = PLACEHOLDER_RE.exec(norm)) {
    let start = m.index;
    const end = start + m[0].length;
    if (/^[\u4e00-\u9fff]/.test(m[0])) { start += 1; }
    // xx inside an English word is not a placeholder.
    if (/^[Xx]+$/.test(m[0]) && (/[A-Za-z]/.test(norm[start - 1] ?? '') || /[A-Za-z]/.test(norm[end] ?? ''))) continue;
    // 二○○五年: zeros of a date written with ○ (text/cn-zero), not a mark.
    if (m[0][0] === '○' && (CN_DATE_DIGIT.test(norm[start - 1] ?? '') || CN_DATE_DIGIT.test(norm[end] ?? ''))) continue;
    const blank = /^[ \t\u3000]+$/.test(norm.slice(start, end));
    const number = blank || (MARK_RE.test(norm.slice(start, end)) && BLANK_UNIT_AFTER.test(norm.slice(end, end + 6)));
    out.push({ range: { start, end }, text: text.slice(start, end), number });
  }
  return out;
}
