/**
 * Fix-all for a whole text, as `--fix` and the tests use it: apply every automatic fix, re-lint, and
 * repeat until nothing changes (at most five passes; overlapping fixes wait for the next pass).
 */
import type { TextEdit } from './contract';
import { DEFAULT_CONFIG, PolicyLintConfig } from './config';
import { applyEdits, lintText, selectFixes } from './engine';

interface Span { start: number; end: number }

/**
 * Spans of a text → the same spans after `edits` (sorted, not overlapping): a span grows over an edit
 * inside or at its ends. One sweep over the sorted span ends: O((spans + edits) log spans).
 */
function mapSpans(spans: readonly Span[], edits: readonly TextEdit[]): Span[] {
  const points: { pos: number; end: boolean; i: number }[] = [];
  spans.forEach((sp, i) => { points.push({ pos: sp.start, end: false, i }, { pos: sp.end, end: true, i }); });
  points.sort((a, b) => a.pos - b.pos);
  const out: Span[] = spans.map(() => ({ start: 0, end: 0 }));
  let k = 0;
  let delta = 0;
  for (const p of points) {
    // Edits wholly before p (for a span end, also those ending at p, insertions included).
    while (k < edits.length && (edits[k].end < p.pos || (edits[k].end === p.pos && (p.end || edits[k].start < p.pos)))) {
      delta += edits[k].newText.length - (edits[k].end - edits[k].start);
      k++;
    }
    const e = edits[k];
    let mapped = p.pos + delta;
    // Inside an edit: a start moves to the edit's start, an end to the edit's new end.
    if (e && e.start < p.pos && p.pos < e.end) mapped = p.end ? e.start + delta + e.newText.length : e.start + delta;
    if (p.end) out[p.i].end = mapped; else out[p.i].start = mapped;
  }
  return out;
}

/**
 * Fix-all until nothing more changes (overlapping fixes wait for the next pass). `fixed` counts the
 * places the text really changed: one per applied fix that changed something (both brackets of a
 * 发文字号 are one change), a later pass re-fixing the same place counts once, fixes that changed
 * nothing do not count.
 */
export function fixAll(text: string, config: PolicyLintConfig = DEFAULT_CONFIG): { text: string; fixed: number } {
  let current = text;
  let changed: Span[] = [];
  for (let pass = 0; pass < 5; pass++) {
    const { findings } = lintText(current, config);
    const { edits: accepted } = selectFixes(findings);
    // The fixes selectFixes took whole (it keeps the edit objects), those that change something.
    const taken = new Set(accepted);
    const groups: TextEdit[][] = [];
    for (const f of findings) {
      const edits = f.fix?.edits;
      if (!edits?.length || f.fix?.snippet || !taken.has(edits[0])) continue;
      if (edits.some((e) => current.slice(e.start, e.end) !== e.newText)) groups.push(edits);
    }
    const r = applyEdits(current, accepted);
    if (r.text === current) break;
    const queries: Span[] = [...changed];
    for (const g of groups) {
      let start = Infinity, end = -Infinity;
      for (const e of g) { start = Math.min(start, e.start); end = Math.max(end, e.end); }
      queries.push({ start, end });
    }
    const spans = mapSpans(queries, r.applied);
    spans.sort((a, b) => a.start - b.start);
    changed = [];
    for (const sp of spans) {
      const last = changed[changed.length - 1];
      if (last && sp.start <= last.end) last.end = Math.max(last.end, sp.end);
      else changed.push({ ...sp });
    }
    current = r.text;
  }
  return { text: current, fixed: current === text ? 0 : changed.length };
}

