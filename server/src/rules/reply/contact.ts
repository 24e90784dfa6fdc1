/** reply/contact — a contact person and phone for the deputy or member to follow up. */
import type { Rule } from '../types';
import { replyFeatures, anchorRange } from '../../core/structure';
import { toDocumentScript } from '../../core/normalize';

const rule: Rule = {
  meta: { id: 'reply/contact', category: 'reply', severity: 'warning', source: '建议提案答复惯例; house style [custom]', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    if (doc.kind !== 'reply') return;
    const f = replyFeatures(doc);
    if (!f.toMember || f.contact || f.historical) return;
    const end = doc.text.length;
    const lead = end > 0 && !/[\n\r]$/.test(doc.text) ? '\n' : '';
    const at = anchorRange(doc);
    ctx.report({ range: at, fix: { titleId: 'fix/insert-contact', edits: [{ start: end, end, newText: lead + toDocumentScript('（联系人：${1:姓名}；联系电话：${2:电话}）', doc.traditional) + '\n' }], snippet: true } });
  },
};
export default rule;
