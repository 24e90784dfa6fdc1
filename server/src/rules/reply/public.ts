/** reply/public — the 公开属性 is stated: 主动公开, 依申请公开 or 不予公开 (information: often on a cover sheet). */
import type { Rule } from '../types';
import { replyFeatures, anchorRange } from '../../core/structure';
import { toDocumentScript } from '../../core/normalize';

const rule: Rule = {
  meta: { id: 'reply/public', category: 'reply', severity: 'information', source: '国办发〔2016〕80号 公开属性源头认定', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    if (doc.kind !== 'reply') return;
    const f = replyFeatures(doc);
    if (f.publicity || f.historical) return;
    const end = doc.text.length;
    const lead = end > 0 && !/[\n\r]$/.test(doc.text) ? '\n' : '';
    ctx.report({ range: anchorRange(doc), fix: { titleId: 'fix/insert-public', edits: [{ start: end, end, newText: lead + toDocumentScript('（此件${1|主动公开,依申请公开,不予公开|}）', doc.traditional) + '\n' }], snippet: true } });
  },
};
export default rule;
