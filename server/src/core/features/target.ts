/** Editor support for targets (no LSP imports): what a hover on a goal shows. */
import type { PolicyDocument, Span } from '../model';
import { analyseGoals } from '../goals';
import { isDigit, isSpaceOrTab } from '../chars';
import { wordAt } from '../vocabulary';

export interface TargetInfo {
  range: Span;
  text: string;
  year?: number;
  period?: { start: number; end: number };
  /** The unit of the goal's first number (个, 家, %, 亿元 …). */
  unit?: string;
  /** Other goals in the document with the same unit. */
  sameUnit: { range: Span; text: string }[];
}

/** The units a goal is counted in, for grouping goals by unit. */
const GOAL_UNITS = ['%', '个', '家', '项', '名', '所', '座', '亿元', '万元', '元', '亿', '万', '千瓦', '公顷', '亩', '人', '户'];

/** The unit after the first number that has one (digits, up to three spaces or tabs, a unit): 30家 → 家, 1.5 亿元 → 亿元. */
function unitOf(s: string): string | undefined {
  for (let i = 0; i < s.length; i++) {
    if (!isDigit(s[i]) || isDigit(s[i + 1])) continue;
    // i is the last digit of a run (a decimal part is a run of its own).
    let k = i + 1;
    while (k - i <= 3 && isSpaceOrTab(s[k])) k++;
    const unit = wordAt(s, k, GOAL_UNITS);
    if (unit) return unit;
  }
  return undefined;
}

/** The goal sentence at `offset`, with the plan period and the goals that share its unit. */
export function targetAt(doc: PolicyDocument, offset: number): TargetInfo | undefined {
  const t = doc.targets.find((x) => x.range.start <= offset && offset < x.range.end);
  if (!t) return undefined;
  const text = doc.text.slice(t.range.start, t.range.end);
  const unit = unitOf(doc.norm.slice(t.range.start, t.range.end));
  const sameUnit = unit === undefined ? [] : doc.targets
    .filter((x) => x !== t && unitOf(doc.norm.slice(x.range.start, x.range.end)) === unit)
    .map((x) => ({ range: x.range, text: doc.text.slice(x.range.start, x.range.end).trim() }));
  return { range: t.range, text, year: t.year, period: doc.period && { start: doc.period.start, end: doc.period.end }, unit, sameUnit };
}

/** Goal clauses flagged as vague, for summaries (count per document). */
export function vagueGoalCount(doc: PolicyDocument): number {
  return analyseGoals(doc).clauses.filter((c) => c.vague && !c.quantified && !c.covered).length;
}
