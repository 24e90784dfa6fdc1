/**
 * text/attachment — after 附件： comes the attachment's name, not a document number, and no full stop
 * at its end (GB/T 9704-2012 §7.3.4 附件说明: 附件名称后不加标点符号).
 */
import type { Rule } from '../types';

const ATTACH = /^[ \t]*附件[ \t]*[:：][ \t]*(\d{1,2}[.．、][ \t]*)?([^\n]{0,200})$/gm;

const rule: Rule = {
  meta: { id: 'text/attachment', category: 'text', severity: 'warning', source: 'GB/T 9704-2012 §7.3.4（附件说明：附件名称后不加标点符号）', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const n = doc.norm;
    if (!n.includes('附件')) return;
    ATTACH.lastIndex = 0;
    for (let m = ATTACH.exec(n); m; m = ATTACH.exec(n)) {
      const name = m[2].trimEnd();
      const start = m.index + m[0].length - m[2].length;
      if (!name) continue;
      // A document number instead of a name: 附件：深交港货[2013]164号.
      if (doc.docNumbers.some((d) => d.range.start === start && d.range.end >= start + name.length - 1)) {
        ctx.report({ range: { start, end: start + name.length }, messageId: 'text/attachment-number', args: { text: doc.text.slice(start, start + name.length) } });
        continue;
      }
      // A full stop after the name.
      if (/[。.]$/.test(name) && !/\.\w{2,4}$/.test(name)) {
        const at = start + name.length - 1;
        ctx.report({
          range: { start: at, end: at + 1 }, messageId: 'text/attachment-stop', args: { text: doc.text.slice(start, start + name.length) },
          fix: { titleId: 'fix/attachment-stop', edits: [{ start: at, end: at + 1, newText: '' }] },
        });
      }
    }
  },
};
export default rule;
