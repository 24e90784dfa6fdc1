/**
 * reply/class — the 答复类别 (A/B/C, or 甲/乙/丙 where configured: options.system = "甲乙丙").
 * Information by default: many jurisdictions put it on a cover sheet. Not for documents before 2012-07.
 */
import type { Rule } from '../types';
import { replyFeatures, anchorRange } from '../../core/structure';

const rule: Rule = {
  meta: { id: 'reply/class', category: 'reply', severity: 'information', source: '各地建议提案办理办法（答复类别 A/B/C）', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    if (doc.kind !== 'reply') return;
    const f = replyFeatures(doc);
    if (!f.toMember || f.replyClass || f.historical) return;
    const system = ctx.options.system === '甲乙丙' ? '甲/乙/丙' : 'A/B/C';
    ctx.report({ range: anchorRange(doc), args: { system } });
  },
};
export default rule;
