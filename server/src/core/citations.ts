/**
 * Citations (《title》 + （发文字号）), on the normalised text, from the lexer's 《》 titles and 发文字号
 * (core/lexer.ts docNumberAt is the one reader of document numbers).
 */
import type { Citation, DocNumber, Span } from './model';
import type { Tokens } from './lexer';
import { indexOfAny, isSpaceOrTab } from './chars';

/**
 * Find top-level 《…》 titles (nested 《 and 〈 are part of the title) and attach a document number
 * that follows in brackets: 《X》（国发〔2015〕40号） or 《X》（国发〔2004〕20号，以下简称《决定》）.
 */
export function findCitations(norm: string, tokens: Pick<Tokens, 'titles' | 'docNumbers'>): Citation[] {
  const out: Citation[] = [];
  // The lexer's outermost 《》 pairs (it closes them line by line, as a title never runs over a line end).
  for (const t of tokens.titles) {
    if (t.depth === 0) out.push({ titleRange: { start: t.start, end: t.end }, title: norm.slice(t.start + 1, t.end - 1), range: { start: t.start, end: t.end } });
  }
  const docNumbers = tokens.docNumbers;
  const byStart = new Map<number, DocNumber>();
  for (const d of docNumbers) byStart.set(d.range.start, d);
  const attached = new Set<DocNumber>();
  for (const c of out) {
    const after = c.range.end;
    // Spaces, an opening bracket ( or [, spaces: where the number starts (within 8 characters).
    let k = after;
    const limit = Math.min(norm.length, after + 8);
    while (k < limit && isSpaceOrTab(norm[k])) k++;
    if (k >= limit || (norm[k] !== '(' && norm[k] !== '[')) continue;
    k++;
    while (k < limit && isSpaceOrTab(norm[k])) k++;
    const d = byStart.get(k);
    if (!d) continue;
    c.docNumber = d;
    attached.add(d);
    // Extend the citation to the closing bracket.
    const close = indexOfAny(norm, ')]', d.range.end, Math.min(norm.length, d.range.end + 60));
    c.range = { start: c.range.start, end: close >= 0 ? close + 1 : d.range.end };
  }
  for (const d of docNumbers) {
    if (!attached.has(d)) out.push({ docNumber: d, range: d.range });
  }
  out.sort((a, b) => a.range.start - b.range.start);
  return out;
}

export function spanText(text: string, s: Span): string { return text.slice(s.start, s.end); }
