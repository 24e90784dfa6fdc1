/**
 * structure/heading-sequence — heading numbers run 1, 2, 3 … with no gap, duplicate, wrong order or
 * restart; items may run on across their parents or restart under each, but one way per document.
 * The fix renumbers this heading and the later ones at its level.
 */
import type { Rule } from '../types';
import { renumberEdits, sequenceProblems } from '../../core/structure';

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
      const edits = renumberEdits(doc, p);
      ctx.report({
        range: p.heading.markerRange,
        messageId: `structure/heading-sequence-${p.kind}`,
        args: { marker, expected: p.expected },
        fix: edits.length ? { titleId: 'fix/renumber', titleArgs: { expected: p.expected }, edits } : undefined,
      });
    }
  },
};
export default rule;
