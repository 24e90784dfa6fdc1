/**
 * structure/heading-level — levels skipped where sibling sections use them (一、 then 1. with no
 * （一） while other 一、 sections use （一）), and one separator style per document ("1、" beside "1.").
 */
import type { Rule } from '../types';
import type { Heading } from '../../core/model';

const rule: Rule = {
  meta: { id: 'structure/heading-level', category: 'structure', severity: 'warning', source: 'GB/T 9704-2012 §7.3.3 (一、（一）1.（1）); house style [custom]', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    // Skipped level: a parent whose children jump two ranks while a sibling parent uses the middle rank.
    const byStyle = new Map<string, Heading[]>();
    for (const h of doc.allHeadings) {
      if (!h.children.length) continue;
      const list = byStyle.get(h.style) ?? [];
      list.push(h);
      byStyle.set(h.style, list);
    }
    for (const parents of byStyle.values()) {
      const childRanks = new Set(parents.map((p) => p.children[0].rank));
      if (childRanks.size < 2) continue;
      const usual = Math.min(...childRanks);
      for (const p of parents) {
        const c = p.children[0];
        // 第X条 numbered inside sections are a numbering of their own, not a skipped level.
        if (c.rank > usual && c.style !== 'article') {
          // GB/T 9704 lists the levels "依次可以用": skipping is advisory, hence information.
          ctx.report({ range: c.markerRange, severity: 'information', messageId: 'structure/heading-level-skip', args: { marker: doc.text.slice(c.markerRange.start, c.markerRange.end) } });
        }
      }
    }
    // Separators of arabic headings: one style per document.
    const arabic = doc.allHeadings.filter((h) => h.style === 'arabic');
    const counts = new Map<string, number>();
    for (const h of arabic) counts.set(h.separator, (counts.get(h.separator) ?? 0) + 1);
    if (counts.size > 1) {
      const dominant = [...counts].sort((a, b) => b[1] - a[1])[0][0];
      for (const h of arabic) {
        if (h.separator === dominant) continue;
        const sepAt = h.markerRange.end - 1;
        ctx.report({
          range: h.markerRange,
          messageId: 'structure/heading-level-separator',
          args: { marker: doc.text.slice(h.markerRange.start, h.markerRange.end), dominant },
          fix: { titleId: 'fix/separator', titleArgs: { dominant }, edits: [{ start: sepAt, end: sepAt + 1, newText: dominant }] },
        });
      }
    }
  },
};
export default rule;
