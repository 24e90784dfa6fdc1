/** Money amounts normalised to 元, ratios, targets and placeholders, on the normalised text. */
import { Amount, AmountKind, Placeholder, Ratio, Span, TargetSentence } from './model';
import { moneyContext as clauseAround, Tokens } from './lexer';
import {
  BLANK_NUMBER_UNITS, BLANK_UNIT_WORD_STARTS, CAP_WORDS, FLOOR_WORDS_AFTER, FLOOR_WORDS_BEFORE, PERIOD_WORDS as PERIOD_LIST, wordBefore, wordsRe,
} from './vocabulary';

const NUM = '\\d+(?:\\.\\d+)?';
const CAP_RE = wordsRe(CAP_WORDS);
const FLOOR_AFTER_RE = new RegExp(`^[ \\t]*${wordsRe(FLOOR_WORDS_AFTER).source}`);
const PERIOD_WORDS = new RegExp(`(${wordsRe(PERIOD_LIST).source}|[一二三四五六七八九十\\d]{1,4}年(内)?)`);

/**
 * Amounts from the lexer's money tokens: 50万元, 5万-200万元, 一万元, and 万/亿 money written without
 * 元 (给予最高50万奖励, 给予50万补助, 50万的奖励 — missingYuan), but not counts (50万人, 10万吨).
 * Here each amount gets its kind (cap, floor, range, tiered, fixed), period and clause.
 */
/**
 * 分别 within 80 characters before the amount, with no , ; 。 between (the former /分别[^,;。]{0,80}$/,
 * scanned from the end: the last 分别 is the only candidate, an earlier one has a longer tail).
 */
function tieredBefore(before: string): boolean {
  const k = before.lastIndexOf('分别', before.length - 2);
  if (k < 0 || before.length - (k + 2) > 80) return false;
  for (let i = k + 2; i < before.length; i++) { const c = before[i]; if (c === ',' || c === ';' || c === '。') return false; }
  return true;
}

export function findAmounts(text: string, norm: string, tokens: Tokens): Amount[] {
  const out: Amount[] = [];
  for (const t of tokens.money) {
    const { start, end } = t;
    const contextRange = clauseAround(norm, start, end);
    const before = norm.slice(contextRange.start, start);
    let kind: AmountKind = 'fixed';
    if (t.lo) kind = 'range';
    else if (tieredBefore(before)) kind = 'tiered';
    else if (CAP_RE.test(before.slice(-12))) kind = 'cap';
    else if (!t.hi.chinese && (FLOOR_AFTER_RE.test(norm.slice(end, end + 4)) || wordBefore(before, before.length, FLOOR_WORDS_BEFORE) !== '')) kind = 'floor';
    out.push({
      range: { start, end }, text: text.slice(start, end), yuan: t.yuan, minYuan: t.minYuan,
      unit: t.unit, missingYuan: t.missingYuan, kind, period: PERIOD_WORDS.exec(before)?.[0],
      context: text.slice(contextRange.start, contextRange.end), contextRange,
    });
  }
  return out;
}

const RATIO_RE = new RegExp(`按([^,;。\\n]{0,40}?)(?:的)?(${NUM})%`, 'g');
export function findRatios(text: string, norm: string): Ratio[] {
  const out: Ratio[] = [];
  RATIO_RE.lastIndex = 0;
  for (let m = RATIO_RE.exec(norm); m; m = RATIO_RE.exec(norm)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ range: { start, end }, percent: Number(m[2]), text: text.slice(start, end), basis: m[1] });
  }
  return out;
}

const YEAR_TARGET_RE = /到[ \t]*(\d{4})[ \t]*年|(\d{4})[ \t]*年[ \t]*(?:底|末)?前/;
const QUANT_RE = /\d{1,15}(?:\.\d{1,10})?[ \t]{0,3}(?:%|‰|个|家|项|亿|万|千|百|名|人|所|座|条|平方|公顷|亩|吨|倍|元|户|次|批|类|款|场|套|台|辆|种|处|张|位|千瓦|公里|米|小时|天|分钟|件|部|篇|株|栋|间|床|级|星|强|期|届)|[一二三四五六七八九十两百千]{1,8}(?:个|家|项|名|所|座|大)/;
/** Split into sentences and keep those that state a dated goal, or sit in a goal section. */
export function findTargets(norm: string, goalSections: Span[]): TargetSentence[] {
  const out: TargetSentence[] = [];
  const SENT = /[^。;!?\n\r]+[。;!?]?/g;
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
  const BREAK = /[\n\r]/g;
  for (let m = SENT.exec(norm); m; m = SENT.exec(norm)) {
    const start = m.index;
    const end = start + m[0].length;
    const s = m[0];
    while (next < sections.length && sections[next].start <= start) reach = Math.max(reach, sections[next++].end);
    const inGoal = end <= reach;
    const y = YEAR_TARGET_RE.exec(s);
    // A new paragraph: a line break between the previous sentence and this one (the gap holds only
    // line breaks and stray marks, so this stays linear).
    if (start === 0 || /[\n\r]/.test(norm.slice(prevEnd, start))) proseBefore = false;
    prevEnd = end;
    if (y && !proseBefore) {
      // The paragraph's end, found once per paragraph (each character scanned at most once).
      if (nextBreak < end) {
        BREAK.lastIndex = end;
        const b = BREAK.exec(norm);
        nextBreak = b ? b.index : norm.length;
      }
      datedUntil = nextBreak;
    }
    // A run-in heading ("（三）发展目标。", "——产业规模快速壮大。") does not make the paragraph prose.
    if (s.trim().length > 16) proseBefore = true;
    if (!y && !inGoal && start > datedUntil) continue;
    if (!s.trim()) continue;
    const yearStr = y ? (y[1] ?? y[2]) : undefined;
    const yearAt = y ? start + y.index + y[0].indexOf(yearStr!) : 0;
    out.push({
      range: { start, end },
      year: yearStr ? Number(yearStr) : undefined,
      yearRange: yearStr ? { start: yearAt, end: yearAt + 4 } : undefined,
      quantified: QUANT_RE.test(s),
      inGoalSection: inGoal,
    });
  }
  return out;
}

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
