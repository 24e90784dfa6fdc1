/**
 * reply/closing — a reply ends with thanks (感谢…关心和支持), the answering organ and the date in
 * Arabic numerals (documents dated before 2012-07-01 may use Chinese numerals).
 */
import type { Rule } from '../types';
import { endOfBody, replyFeatures } from '../../core/structure';
import { toDocumentScript } from '../../core/normalize';

const rule: Rule = {
  meta: { id: 'reply/closing', category: 'reply', severity: 'warning', source: 'GB/T 9704-2012 §7.3.5 (署名、成文日期)', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    if (doc.kind !== 'reply') return;
    const f = replyFeatures(doc);
    const end = doc.text.length;
    let last = doc.lines.length - 1;
    while (last > 0 && doc.lines[last].blank) last--;
    const at = doc.lines[last] ? { start: doc.lines[last].start, end: doc.lines[last].end } : { start: 0, end: 0 };
    const t = (s: string) => toDocumentScript(s, doc.traditional);
    const lead = end > 0 && !/[\n\r]$/.test(doc.text) ? '\n' : '';
    if (!f.thanks && f.toMember) {
      const insertAt = endOfBody(doc);
      ctx.report({ range: at, messageId: 'reply/closing-thanks', fix: { titleId: 'fix/insert-thanks', edits: [{ start: insertAt, end: insertAt, newText: (insertAt > 0 && !/[\n\r]/.test(doc.text[insertAt - 1]) ? '\n' : '') + t('感谢您对${1:……}工作的关心和支持。') + '\n' }], snippet: true } });
    }
    // The signature: a short organ line among the last lines (局, 委, 政府, 办公室 …).
    const tail = doc.lines.slice(Math.max(0, doc.lines.length - 8)).filter((l) => !l.blank);
    const signed = tail.some((l) => {
      const s = doc.norm.slice(l.start, l.end).trim();
      return s.length <= 30 && !/[。,:;]/.test(s) && /(局|委|府|厅|办|部|院|会|办公室|中心|政府|署)$/.test(s);
    });
    if (!signed) {
      ctx.report({
        range: at, messageId: 'reply/closing-organ',
        fix: doc.date ? undefined : { titleId: 'fix/insert-signature', edits: [{ start: end, end, newText: lead + '\n${1:' + t('承办单位') + '}\n${2:' + t('2025年1月1日') + '}\n' }], snippet: true },
      });
    }
    if (!doc.date) ctx.report({ range: at, messageId: 'reply/closing-date' });
    else if (doc.date.chinese && !f.historical) ctx.report({ range: doc.date.range, messageId: 'reply/closing-date-chinese' });
  },
};
export default rule;
