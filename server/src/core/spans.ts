/** Span queries asked once per match (by the model and the rules), answered without a search of every span each time. */
import type { Span } from './model';

/**
 * A test of whether one of `spans()` lies wholly inside a given span (start ≥ its start, end ≤ its end):
 * the spans sorted by start, with the least end of those from each place on, so each question takes
 * logarithmic time — `spans.some(…)` for every match grew with the square of the text.
 */
export function spanInside(spans: () => readonly Span[]): (within: Span) => boolean {
  // Built at the first question: a rule often has none to ask.
  let sorted: Span[] = [];
  let leastEnd: Float64Array | undefined;
  return (within) => {
    if (!leastEnd) {
      sorted = [...spans()].sort((x, y) => x.start - y.start);
      leastEnd = new Float64Array(sorted.length + 1).fill(Infinity);
      for (let i = sorted.length - 1; i >= 0; i--) leastEnd[i] = Math.min(sorted[i].end, leastEnd[i + 1]);
    }
    let lo = 0, hi = sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid].start < within.start) lo = mid + 1; else hi = mid; }
    return leastEnd[lo] <= within.end;
  };
}
