/** The document's own lead-clause style, so an inserted clause looks like its neighbours. */
import type { LeadClause, Measure, PolicyDocument } from '../../core/model';
import { cleanUnitName, unitUses } from '../../core/units';

export interface ClauseStyle { open: string; close: string; colon: string; sep: string; form: 'labelled' | 'responsible' | 'dept' | 'verb' }

const CLOSE: Record<string, string> = { '（': '）', '(': ')', '[': ']', '［': '］', '【': '】', '〔': '〕' };

function mostCommon<T>(items: T[], fallback: T): T {
  const counts = new Map<T, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  let best = fallback, n = 0;
  for (const [k, v] of counts) if (v > n) { best = k; n = v; }
  return best;
}

export function dominantStyle(doc: PolicyDocument): ClauseStyle {
  const clauses = doc.leadClauses.filter((c) => c.form !== 'prose' && c.form !== 'other-verb');
  const full = !doc.halfWidthPunctuation;
  const open = mostCommon(clauses.map((c) => c.bracket).filter((b) => b), full ? '（' : '(');
  const labelled = clauses.filter((c) => c.form === 'labelled' || c.form === 'line' || c.form === 'dept-label');
  const colonFromText = (c: LeadClause) => (/:/.test(doc.text.slice(c.range.start, c.range.end)) ? ':' : '：');
  const colon = labelled.length ? mostCommon(labelled.map(colonFromText), '：') : (full ? '：' : ':');
  const sep = mostCommon(labelled.map((c) => c.separator ?? '').filter((s) => s), full ? '；' : ';');
  const forms = clauses.map((c): ClauseStyle['form'] => (c.form === 'dept-label' ? 'dept'
    : c.form === 'labelled' || c.form === 'line' ? (c.label === '责任单位' ? 'responsible' : 'labelled') : 'verb'));
  return { open, close: CLOSE[open] ?? '）', colon, sep, form: mostCommon(forms, 'labelled') };
}

/** Most used lead unit of the document, as the default text of the snippet placeholder. */
function usualLead(doc: PolicyDocument): string | undefined {
  const counts = new Map<string, number>();
  for (const u of unitUses(doc)) if (u.role === 'lead') { const n = cleanUnitName(u.ref.name); counts.set(n, (counts.get(n) ?? 0) + 1); }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** A lead clause as an LSP snippet in the document's style. */
export function clauseSnippet(doc: PolicyDocument): string {
  const s = dominantStyle(doc);
  const lead = usualLead(doc) ?? '牵头单位';
  const esc = (t: string) => t.replace(/[$}\\]/g, '\\$&');
  switch (s.form) {
    case 'responsible': return `${s.open}责任单位${s.colon}\${1:${esc(lead)}}${s.close}`;
    case 'dept': return `${s.open}负责部门${s.colon}\${1:${esc(lead)}}${s.close}`;
    case 'verb': return `${s.open}\${1:${esc(lead)}}牵头，\${2:配合单位}配合${s.close}`;
    default: return `${s.open}牵头单位${s.colon}\${1:${esc(lead)}}${s.sep}配合单位${s.colon}\${2:配合单位}${s.close}`;
  }
}

/** Where a clause goes: after the measure's last sentence, before the line break. */
export function insertionPoint(doc: PolicyDocument, m: Measure): number {
  let end = m.range.end;
  while (end > m.range.start && /[\s\u3000]/.test(doc.text[end - 1])) end--;
  return end;
}
