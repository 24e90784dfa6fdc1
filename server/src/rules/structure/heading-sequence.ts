/**
 * structure/heading-sequence — heading numbers run 1, 2, 3 … with no gap, duplicate, wrong order or
 * restart; items may run on across their parents or restart under each, but one way per document.
 * The fix renumbers this heading and the later ones at its level. It is lazy: a finding carries only
 * `{ kind: 'renumber', at }` and the (up to 200) edits are computed when the fix is asked for, so a
 * text with thousands of misnumbered headings does not carry millions of edits.
 */
import type { Rule } from '../types';
import type { PolicyDocument } from '../../core/model';
import { renumberEdits, SequenceProblem, sequenceProblems } from '../../core/structure';

const RENUMBER = 'renumber';

/** The problems of a document by heading offset, computed once per document for any number of fixes. */
const problemsByDoc = new WeakMap<PolicyDocument, Map<number, SequenceProblem>>();
function problemAt(doc: PolicyDocument, at: number): SequenceProblem | undefined {
  let m = problemsByDoc.get(doc);
  if (!m) {
    m = new Map();
    for (const p of sequenceProblems(doc)) if (p.kind !== 'mode') m.set(p.heading.markerRange.start, p);
    problemsByDoc.set(doc, m);
  }
  return m.get(at);
}

const rule: Rule = {
  meta: { id: 'structure/heading-sequence', category: 'structure', severity: 'warning', source: 'GB/T 9704-2012 §7.3.3 (结构层次序数); house style [custom]', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const p of sequenceProblems(doc)) {
      const marker = doc.text.slice(p.heading.markerRange.start, p.heading.markerRange.end);
      if (p.kind === 'mode') {
        ctx.report({ range: p.heading.markerRange, messageId: 'structure/heading-sequence-mode', args: { marker }, severity: 'information' });
        continue;
      }
      // The problem heading itself is always renumbered (its number differs from the expected one).
      const fixable = p.heading.number !== p.expected;
      ctx.report({
        range: p.heading.markerRange,
        messageId: `structure/heading-sequence-${p.kind}`,
        args: { marker, expected: p.expected },
        fix: fixable ? { titleId: 'fix/renumber', titleArgs: { expected: p.expected }, edits: [], lazy: { kind: RENUMBER, at: p.heading.markerRange.start } } : undefined,
      });
    }
  },
  resolveFix(doc, lazy) {
    if (lazy.kind !== RENUMBER) return undefined;
    const p = problemAt(doc, lazy.at);
    if (!p) return undefined;
    const edits = renumberEdits(doc, p);
    return edits.length ? edits : undefined;
  },
};
export default rule;
