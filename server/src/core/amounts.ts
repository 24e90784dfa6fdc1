/** Money amounts normalised to 元, ratios, targets and placeholders, on the normalised text. */
import { Amount, AmountKind, Placeholder, Ratio, Span, TargetSentence } from './model';
import { cnToNumber, MONEY_UNIT_FACTOR } from './numerals';

const NUM = '\\d+(?:\\.\\d+)?';
const MAG = '(千万|百万|十万|万亿|千亿|百亿|十亿|亿|万|千|百)?';
const CN_NUM = '[〇零一二两三四五六七八九十百千万亿]+';
// Arabic amount, optional range: 5万-200万元, 13～17万元, 500万元～1000万元.
const AMOUNT_RE = new RegExp(
  `(?:(${NUM})[ \\t]*${MAG}(元)?[ \\t]*([-~—–至到])[ \\t]*)?(${NUM})[ \\t]*${MAG}(元)?`, 'g');
const CN_AMOUNT_RE = new RegExp(`(${CN_NUM})元`, 'g');
/** 分别 earlier in the clause: the amount is one item of a tiered list. */
const TIERED_BEFORE = /分别[^,;。]{0,80}$/;
const MONEY_WORDS = /(资金|支持|补助|奖励|资助|补贴|扶持|贴息|经费|奖补|配套|引导)/;
const CAP_WORDS = /(最高|不超过|不高于|封顶|上限|最多|至多)/;
const PERIOD_WORDS = /(每年|年度|累计|一次性|每月|每季度|[一二三四五六七八九十\d]{1,4}年(内)?)/;

/** , ; 。 : \n \r (the normalised clause breaks), tested by char code. */
function isClauseBreak(c: number): boolean { return c === 44 || c === 59 || c === 0x3002 || c === 58 || c === 10 || c === 13; }

function clauseAround(norm: string, start: number, end: number): Span {
  let a = start;
  while (a > 0 && !isClauseBreak(norm.charCodeAt(a - 1)) && start - a < 80) a--;
  let b = end;
  while (b < norm.length && !isClauseBreak(norm.charCodeAt(b)) && b - end < 80) b++;
  return { start: a, end: b };
}

function factor(mag: string | undefined): number { return MONEY_UNIT_FACTOR[mag ?? ''] ?? 1; }

export function findAmounts(text: string, norm: string): Amount[] {
  const out: Amount[] = [];
  AMOUNT_RE.lastIndex = 0;
  for (let m = AMOUNT_RE.exec(norm); m; m = AMOUNT_RE.exec(norm)) {
    const [whole, lo, loMag, , dash, hi, hiMag, hiYuan] = m;
    const start = m.index;
    const end = start + whole.length;
    const next = norm[end] ?? '';
    const hasYuan = !!hiYuan;
    const bigMag = hiMag === '万' || hiMag === '亿' || hiMag === '千万' || hiMag === '百万' || hiMag === '十万' || hiMag === '千亿' || hiMag === '百亿' || hiMag === '十亿' || hiMag === '万亿';
    const contextRange = clauseAround(norm, start, end);
    const context = norm.slice(contextRange.start, contextRange.end);
    if (!hasYuan) {
      // 万/亿 with no 元: money only when a money word is near and no other measure word follows.
      if (!bigMag) continue;
      if (/[\u3400-\u9fff%]/.test(next) && !/[的以及和或、]/.test(next)) continue;
      if (!MONEY_WORDS.test(context)) continue;
    }
    if (lo !== undefined && dash === '至' && !/\d/.test(lo)) continue;
    const hiVal = Number(hi) * factor(hiMag);
    const loVal = lo !== undefined ? Number(lo) * factor(loMag ?? hiMag) : undefined;
    const before = norm.slice(contextRange.start, start);
    let kind: AmountKind = 'fixed';
    if (lo !== undefined) kind = 'range';
    else if (TIERED_BEFORE.test(before)) kind = 'tiered';
    else if (CAP_WORDS.test(before.slice(-12))) kind = 'cap';
    else if (/^[ \t]*(以上|及以上)/.test(norm.slice(end, end + 4)) || /(不低于|不少于|超过)$/.test(before)) kind = 'floor';
    const period = PERIOD_WORDS.exec(before)?.[0];
    out.push({
      range: { start, end }, text: text.slice(start, end), yuan: hiVal, minYuan: loVal,
      unit: (hiMag ?? '') + (hasYuan ? '元' : ''), missingYuan: !hasYuan, kind, period,
      context: text.slice(contextRange.start, contextRange.end), contextRange,
    });
  }
  CN_AMOUNT_RE.lastIndex = 0;
  for (let m = CN_AMOUNT_RE.exec(norm); m; m = CN_AMOUNT_RE.exec(norm)) {
    const start = m.index;
    const end = start + m[0].length;
    const v = cnToNumber(m[1]);
    if (!Number.isFinite(v) || v <= 0) continue;
    const contextRange = clauseAround(norm, start, end);
    const before = norm.slice(contextRange.start, start);
    out.push({
      range: { start, end }, text: text.slice(start, end), yuan: v, unit: '元', missingYuan: false,
      kind: TIERED_BEFORE.test(before) ? 'tiered' : CAP_WORDS.test(before.slice(-12)) ? 'cap' : 'fixed',
      period: PERIOD_WORDS.exec(before)?.[0],
      context: text.slice(contextRange.start, contextRange.end), contextRange,
    });
  }
  out.sort((a, b) => a.range.start - b.range.start);
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
  /** The paragraph has a sentence before this one other than a short run-in heading. */
  let proseBefore = false;
  let prevEnd = 0;
  let nextBreak = -1;
  const BREAK = /[\n\r]/g;
  for (let m = SENT.exec(norm); m; m = SENT.exec(norm)) {
    const start = m.index;
    const end = start + m[0].length;
    const s = m[0];
    const inGoal = goalSections.some((g) => g.start <= start && end <= g.end);
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

// A blank left for a number: a verb or quantity word, spaces, then a measure word (有 家, 达到 %).
// Not OCR spacing inside words (国 家专利, 用好 人才, 联 系 人).
const PLACEHOLDER_RE = /[×Xx]{2,}|○{2,}|〔[ \t]*〕|\([ \t]*文号[ \t]*\)|20[Xx]{2}|[有到达为成育增进过破共约计造设定至内超满](?:[ \t]{1,6})(?=(?:家|个|项|名|亿元|万元|%|所)(?![庭专族乡长]))/g;
export function findPlaceholders(text: string, norm: string): Placeholder[] {
  const out: Placeholder[] = [];
  PLACEHOLDER_RE.lastIndex = 0;
  for (let m = PLACEHOLDER_RE.exec(norm); m; m = PLACEHOLDER_RE.exec(norm)) {
    let start = m.index;
    const end = start + m[0].length;
    if (/^[\u4e00-\u9fff]/.test(m[0])) { start += 1; }
    // xx inside an English word is not a placeholder.
    if (/^[Xx]+$/.test(m[0]) && (/[A-Za-z]/.test(norm[start - 1] ?? '') || /[A-Za-z]/.test(norm[end] ?? ''))) continue;
    out.push({ range: { start, end }, text: text.slice(start, end) });
  }
  return out;
}
