/**
 * What each amount funds: the beneficiary (对X给予…, 单个项目…, the i-th label of a 分别 list), a key
 * for comparing caps across the document, and 分别 lists with their labels. Computed lazily from the
 * model and memoised per document.
 */
import type { Amount, Measure, PolicyDocument, Span } from './model';
import { derived } from './analysis';
import { SUPPORT_KINDS, wordsRe } from './vocabulary';

export interface MoneyItem {
  amount: Amount;
  /** What is funded, as written (normalised script). */
  beneficiary: string;
  /** Level in a 分别 list (国家级, 省级 …) when the amount is one of its items. */
  level?: string;
  /** Comparison key: beneficiary + level + period, without spaces and filler words. */
  key: string;
  measure?: Measure;
  sentence: Span;
}

export interface TierList {
  /** The labels before 分别 (国家级、省级、市级). */
  labels: string[];
  labelsRange: Span;
  amounts: Amount[];
  range: Span;
}

const SUPPORT = /(给予|奖励|补助|资助|补贴|扶持|支持|配套|贴息|安排)/;
const FILLER = /(最高|不超过|不高于|累计|一次性|分别|给予|按|的|资金|金额|额度|总额|每年|每家|补助额|奖励额|标准|为|元|万|亿|\d|\.|%|,|、|\s)/g;
const LEVELS = ['国家级', '国家', '省级', '省', '市级', '市', '区级', '区', '县级', '县'];
/** Rank of a level (lower = higher level): 国家 0, 省 1, 市 2, 区/县 3. */
export function levelRank(label: string): number | undefined {
  if (/国家|国际|全国/.test(label)) return 0;
  if (/省/.test(label)) return 1;
  if (/市/.test(label)) return 2;
  if (/[区县]/.test(label)) return 3;
  return undefined;
}

/** 。；;\n!?！？ — a char-code test: a regex per character was the hot spot here. */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 59 || c === 10 || c === 33 || c === 63 || c === 0xff01 || c === 0xff1f;
}

/** Positions of the sentence ends of a document, found once per document (not once per amount). */
const endsCache = new WeakMap<PolicyDocument, number[]>();
function sentenceAround(doc: PolicyDocument, at: number): Span {
  const norm = doc.norm;
  let ends = endsCache.get(doc);
  if (!ends) {
    ends = [];
    for (let i = 0; i < norm.length; i++) if (isSentenceEnd(norm.charCodeAt(i))) ends.push(i);
    endsCache.set(doc, ends);
  }
  let lo = 0, hi = ends.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ends[mid] >= at) hi = mid; else lo = mid + 1; }
  return { start: lo > 0 ? ends[lo - 1] + 1 : 0, end: lo < ends.length ? ends[lo] : norm.length };
}

/**
 * How far before an amount its beneficiary (对X…) and the labels of its 分别 list are looked for:
 * a bound keeps the work per amount constant in a sentence of any length.
 */
const LOOKBACK = 300;

/** The beneficiary of an amount: 对X(，)给予 / X最高… within its sentence. */
function beneficiaryOf(doc: PolicyDocument, a: Amount, sentence: Span): string {
  const before = doc.norm.slice(Math.max(sentence.start, a.range.start - LOOKBACK), a.range.start);
  const dui = before.lastIndexOf('对');
  if (dui >= 0) {
    const rest = before.slice(dui + 1);
    const stop = rest.search(/[,，]|(给予|奖励|补助|资助|补贴|按)/);
    const b = (stop >= 0 ? rest.slice(0, stop) : rest).trim();
    if (b.length >= 2) return b;
  }
  // 单个项目最高补助额不超过500万元 / 每家企业单一年度补助金额累计不超过200万元
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('，')) + 1);
  const m = /(单个|每个|每家|每项|每户|每人|单品种|单一|每品种)[^\s,，]{0,12}?(?=最高|不超过|补助|奖励|资助|贴息|给予|累计|$)/.exec(clause);
  if (m) return m[0];
  const s = SUPPORT.exec(clause);
  const own = (s ? clause.slice(0, s.index) : clause).replace(/^(并|且|可|将|其中)/, '').trim();
  if (own.replace(FILLER, '').replace(APPLY, '').length >= 2) return own;
  // The clause names no one (可申请最高不超过15万元的创业担保贷款): the condition before it does —
  // "符合…条件的人员自主创业的，可申请…" — the clause of the same sentence that ends in 的.
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf('，'));
  if (cut > 0) {
    const prev = before.slice(Math.max(before.lastIndexOf(',', cut - 1), before.lastIndexOf('，', cut - 1)) + 1, cut).trim();
    if (prev.length >= 5 && prev.endsWith('的')) return prev.slice(0, -1);
  }
  return own;
}

/** Verbs of a clause that asks for or receives support, naming no one (可申请, 可享受). */
const APPLY = /(可|申请|享受|获得|申报)/g;

/** The kind of support an amount gives (补助, 奖励, 股权投资 …): amounts of different kinds are different things. */
const SUPPORT_KIND = new RegExp(`(${wordsRe(SUPPORT_KINDS).source})`);

function keyOf(beneficiary: string, level: string | undefined, period: string | undefined, support: string): string {
  return (beneficiary.replace(FILLER, '') + '|' + (level ?? '') + '|' + (period ?? '') + '|' + support).trim();
}


/** 分别 lists: labels before 分别 and the amounts after it. */
export const tierLists = derived('tier-lists', (doc: PolicyDocument): TierList[] => {
  const lists: TierList[] = [];
  const byStart = [...doc.amounts].sort((a, b) => a.range.start - b.range.start);
  for (let i = 0; i < byStart.length; i++) {
    const first = byStart[i];
    if (first.kind !== 'tiered') continue;
    const sent = sentenceAround(doc, first.range.start);
    // A tiered amount has 分别 in its clause (at most 80 characters before it, amounts.ts).
    const headStart = Math.max(sent.start, first.range.start - 100);
    const head = doc.norm.slice(headStart, first.range.start);
    const fen = head.lastIndexOf('分别');
    if (fen < 0) continue;
    const fenAt = headStart + fen;
    // Labels: the last 、-separated run before 分别 in the sentence (对新认定的国家级、省级、市级企业技术中心;
    // 对第一、第二、第三梯队的每位后备人才，市财政每年度分别…), looked for within LOOKBACK characters:
    // from the first clause break there (a run never crosses one, so the scan is the same as from
    // the sentence start).
    let segStart = sent.start;
    if (fenAt - sent.start > LOOKBACK) {
      segStart = fenAt - LOOKBACK;
      const brk = doc.norm.slice(segStart, fenAt).search(/[,，()（）]/);
      if (brk >= 0) segStart += brk + 1;
    }
    const seg = doc.norm.slice(segStart, fenAt);
    let run: RegExpExecArray | null = null;
    const RUN = /[^,，、()（）]{0,40}(?:、[^,，、()（）]{0,40}){1,20}/g;
    for (let r = RUN.exec(seg); r; r = RUN.exec(seg)) if (r[0].includes('、')) run = r;
    if (!run) continue;
    const parts = run[0].split('、').map((x) => x.trim()).filter(Boolean);
    const amounts: Amount[] = [];
    let j = i;
    while (j < byStart.length && byStart[j].kind === 'tiered' && byStart[j].range.start < sent.end) amounts.push(byStart[j++]);
    lists.push({ labels: parts, labelsRange: { start: segStart + run.index, end: fenAt }, amounts, range: { start: segStart + run.index, end: amounts[amounts.length - 1].range.end } });
    i = j - 1;
  }
  return lists;
});

/** The short level label of a list item (国家级 from 对新认定的国家级). */
function levelOf(label: string): string {
  for (const l of LEVELS) if (label.includes(l)) return l.replace(/级$/, '') + '级';
  return label.slice(-6);
}

/** The measure containing an offset: binary search over the measures in document order. */
export function measureAt(doc: PolicyDocument, at: number): Measure | undefined {
  const ms = doc.measures;
  let lo = 0, hi = ms.length - 1, found: Measure | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].range.start <= at) { found = ms[mid]; lo = mid + 1; } else hi = mid - 1;
  }
  return found && at < found.range.end ? found : undefined;
}

/** Every amount with its beneficiary, level and period, computed once per document version. */
export const moneyItems = derived('money-items', (doc: PolicyDocument): MoneyItem[] => {
  const items: MoneyItem[] = [];
  const levelOfAmount = new Map<Amount, string>();
  // The kind of support named in a sentence, once per sentence (several amounts share one).
  const kindOfSentence = new Map<number, string>();
  for (const list of tierLists(doc)) {
    if (list.labels.length !== list.amounts.length) continue;
    list.amounts.forEach((a, k) => levelOfAmount.set(a, levelOf(list.labels[k])));
  }
  for (const a of doc.amounts) {
    const sentence = sentenceAround(doc, a.range.start);
    const beneficiary = beneficiaryOf(doc, a, sentence);
    const level = levelOfAmount.get(a);
    const measure = measureAt(doc, a.range.start);
    const clause = doc.norm.slice(a.contextRange.start, a.contextRange.end);
    let sentenceKind = kindOfSentence.get(sentence.start);
    if (sentenceKind === undefined) {
      sentenceKind = SUPPORT_KIND.exec(doc.norm.slice(sentence.start, sentence.end))?.[1] ?? '';
      kindOfSentence.set(sentence.start, sentenceKind);
    }
    const support = SUPPORT_KIND.exec(clause)?.[1] ?? sentenceKind;
    items.push({ amount: a, beneficiary, level, key: keyOf(beneficiary, level, a.period, support), measure, sentence });
  }
  return items;
});
