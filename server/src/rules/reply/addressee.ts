/** reply/addressee — a 提案 is answered to a 委员 (CPPCC), a 建议 to a 代表 (NPC). */
import type { Rule } from '../types';
import { replyFeatures } from '../../core/structure';

const rule: Rule = {
  meta: { id: 'reply/addressee', category: 'reply', severity: 'warning', source: '各地建议提案办理办法（答复称谓）; house style [custom]', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    if (doc.kind !== 'reply') return;
    const f = replyFeatures(doc);
    if (!f.subject || !f.addressee) return;
    const expected = f.subject === '提案' ? '委员' : '代表';
    if (f.addressee.role === expected) return;
    ctx.report({
      range: f.addressee.range,
      args: { subject: f.subject, role: f.addressee.role, expected },
      fix: { titleId: 'fix/addressee', titleArgs: { expected }, edits: [{ ...f.addressee.range, newText: expected }] },
    });
  },
};
export default rule;
