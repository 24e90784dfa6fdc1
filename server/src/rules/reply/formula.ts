/** reply/formula — the opening says the suggestion was received (收悉) and 现答复如下. */
import type { Rule } from '../types';
import { replyFeatures, anchorRange } from '../../core/structure';

const rule: Rule = {
  meta: { id: 'reply/formula', category: 'reply', severity: 'information', source: '建议提案答复惯例（收悉、现答复如下）; house style [custom]', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    if (doc.kind !== 'reply') return;
    const f = replyFeatures(doc);
    if (!f.toMember) return;
    const missing = [!f.hasReceipt && '收悉', !f.hasAnswerFormula && '现答复如下'].filter(Boolean).join('、');
    if (!missing) return;
    const at = f.addressee?.range ?? anchorRange(doc);
    ctx.report({ range: at, args: { missing } });
  },
};
export default rule;
