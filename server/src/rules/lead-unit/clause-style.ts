/** The document's own lead-clause style, so an inserted clause looks like its neighbours. */
import type { LeadClause, Measure, PolicyDocument } from '../../core/model';
import { unitUses } from '../../core/units';
import { allChars, charIn, isLineBreak, isWhiteSpace, skipBack } from '../../core/vocabulary';
import { backslashChars } from '../_chars';

export interface ClauseStyle {
  open: string; close: string; colon: string; sep: string;
  /** The comma of verb forms (（A牵头，B配合） or (A牵头,B配合)). */
  comma: string;
  /** labelled （牵头单位：A；配合单位：B）, responsible （责任单位：A）, dept （负责部门：A）, verb （A牵头，B配合）,
   * duty （A负责） (F3/F6 national style), line 牵头单位：A on a line of its own (F5). */
  form: 'labelled' | 'responsible' | 'dept' | 'verb' | 'duty' | 'line';
  /** For the line form: the label and the white space before the clause line (a blank line, usually). */
  label?: string;
  gap?: string;
}

const CLOSE: Record<string, string> = { '（': '）', '(': ')', '[': ']', '［': '］', '【': '】', '〔': '〕' };

function mostCommon<T>(items: T[], fallback: T): T {
  const counts = new Map<T, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  let best = fallback, n = 0;
  for (const [k, v] of counts) if (v > n) { best = k; n = v; }
  return best;
}

function formOf(c: LeadClause): ClauseStyle['form'] {
  switch (c.form) {
    case 'dept-label': return 'dept';
    case 'line': return 'line';
    case 'labelled': return c.label === '责任单位' ? 'responsible' : 'labelled';
    // （A负责） and （A、B负责。列第一位者为牵头单位）: the national style names units and a verb, no partners.
    default: return c.verb === '牵头' || c.partners.length ? 'verb' : 'duty';
  }
}

export function dominantStyle(doc: PolicyDocument): ClauseStyle {
  const clauses = doc.leadClauses.filter((c) => c.form !== 'prose');
  const full = !doc.halfWidthPunctuation;
  const open = mostCommon(clauses.map((c) => c.bracket).filter((b) => b), full ? '（' : '(');
  const labelled = clauses.filter((c) => c.form === 'labelled' || c.form === 'line' || c.form === 'dept-label');
  const colonFromText = (c: LeadClause) => (doc.text.slice(c.range.start, c.range.end).includes(':') ? ':' : '：');
  const colon = labelled.length ? mostCommon(labelled.map(colonFromText), '：') : (full ? '：' : ':');
  const sep = mostCommon(labelled.map((c) => c.separator ?? '').filter((s) => s), full ? '；' : ';');
  const form = mostCommon(clauses.map(formOf), 'labelled');
  const verbs = clauses.filter((c) => formOf(c) === 'verb');
  const comma = mostCommon(verbs.map((c) => (doc.text.slice(c.range.start, c.range.end).includes(',') ? ',' : '，')), full ? '，' : ',');
  const style: ClauseStyle = { open, close: CLOSE[open] ?? '）', colon, sep, comma, form };
  if (form === 'line') {
    const first = clauses.find((c) => c.form === 'line')!;
    const k = skipBack(doc.text, first.range.start, isWhiteSpace);
    const gap = doc.text.slice(k, first.range.start);
    // Only white space that holds a line break: the clause goes on a line of its own.
    style.gap = gap.includes('\n') ? [...gap].filter(isLineBreak).join('') : '\n';
    style.label = first.label ?? '牵头单位';
  }
  return style;
}

/** A unit name left blank: ×× is what drafters write, and text/placeholder reports it until it is filled in. */
export const BLANK_UNIT = '××';

/** Most used lead unit of the document, offered as a choice in the snippet. */
function usualLead(doc: PolicyDocument): string | undefined {
  const counts = new Map<string, number>();
  for (const u of unitUses(doc)) {
    if (u.role === 'lead' && u.clause.form !== 'prose' && !allChars(u.clean, (c) => charIn(c, '×Xx○'))) counts.set(u.clean, (counts.get(u.clean) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * A lead clause as an LSP snippet in the document's style. Every unit is a blank (××) in the text a
 * client without snippets inserts (snippetToText), so no unit is named that the drafter did not choose
 * and text/placeholder reports what is left to fill in; an editor with snippets also offers the
 * document's usual lead unit as a choice.
 */
export function clauseSnippet(doc: PolicyDocument): string {
  const s = dominantStyle(doc);
  const lead = usualLead(doc);
  const choice = (t: string) => backslashChars(t, '$}\\,|');
  const unit1 = lead ? `\${1|${BLANK_UNIT},${choice(lead)}|}` : `\${1:${BLANK_UNIT}}`;
  const unit2 = `\${2:${BLANK_UNIT}}`;
  switch (s.form) {
    case 'line': return `${s.gap}${s.label}${s.colon}${unit1}`;
    case 'duty': return `${s.open}${unit1}负责${s.close}`;
    case 'responsible': return `${s.open}责任单位${s.colon}${unit1}${s.close}`;
    case 'dept': return `${s.open}负责部门${s.colon}${unit1}${s.close}`;
    case 'verb': return `${s.open}${unit1}牵头${s.comma}${unit2}配合${s.close}`;
    default: return `${s.open}牵头单位${s.colon}${unit1}${s.sep}配合单位${s.colon}${unit2}${s.close}`;
  }
}

/** Where a clause goes: after the measure's last sentence, before the line break. */
export function insertionPoint(doc: PolicyDocument, m: Measure): number {
  return skipBack(doc.text, m.range.end, isWhiteSpace, m.range.start);
}
