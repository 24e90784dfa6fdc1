/** citation/doc-number-space — no spaces inside a 发文字号 (嘉委 〔2004〕26 号 → 嘉委〔2004〕26号). */
import type { Rule } from '../types';

const rule: Rule = {
  meta: { id: 'citation/doc-number-space', category: 'citation', severity: 'warning', source: 'GB/T 9704-2012 §7.2.5 (form); house style [custom]', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const d of doc.docNumbers) {
      if (!d.hasSpace) continue;
      const edits: { start: number; end: number; newText: string }[] = [];
      for (let i = d.range.start; i < d.range.end; i++) {
        if (!/[ \t\u3000]/.test(doc.text[i])) continue;
        let j = i;
        while (j < d.range.end && /[ \t\u3000]/.test(doc.text[j])) j++;
        edits.push({ start: i, end: j, newText: '' });
        i = j;
      }
      if (!edits.length) continue;
      const fixed = doc.text.slice(d.range.start, d.range.end).replace(/[ \t\u3000]+/g, '');
      ctx.report({ range: d.range, args: { number: doc.text.slice(d.range.start, d.range.end) }, fix: { titleId: 'fix/doc-number-space', titleArgs: { fixed }, edits } });
    }
  },
};
export default rule;
