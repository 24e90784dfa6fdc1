/**
 * citation/missing-number (information) — a cited government document (《…关于…的通知/意见/决定/办法/
 * 方案/计划/措施》) without its 发文字号. Exempt: laws and regulations cited by name, the attachment named
 * in 印发《X》的通知, Party-centre documents (numbers not public), a title cited again after its
 * number was given once, a title right after its number (citation/order reports that), and a
 * document named as the object of work reported (编制《X》, 出台了《X》) rather than cited as a source.
 */
import type { Rule } from '../types';

const GOV_DOC = /关于.{2,80}的(通知|意见|指导意见|实施意见|决定|办法|方案|实施方案|行动计划|计划|措施|若干措施|规定|细则)$|(行动计划|实施方案|若干措施|管理办法)(\(\d{4}[-—–]\d{4}年\))?$/;
const EXEMPT = /^(中华人民共和国|中共中央|中央|中办|中共)|法$|条例$|(征求意见稿|草案|送审稿)\)?$/;

const rule: Rule = {
  meta: { id: 'citation/missing-number', category: 'citation', severity: 'information', source: '《国家行政机关公文处理办法》（引用公文应先引标题，后引发文字号）', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    const numbered = new Set(doc.citations.filter((c) => c.title && c.docNumber).map((c) => c.title!));
    const ownTitle = doc.title ? doc.norm.slice(doc.titleRange!.start, doc.titleRange!.end).replace(/\s+/g, '') : '';
    for (const c of doc.citations) {
      if (!c.titleRange || !c.title || c.docNumber) continue;
      const title = c.title.replace(/\s+/g, '');
      if (!GOV_DOC.test(title) || EXEMPT.test(title) || numbered.has(c.title)) continue;
      // 印发《X》的通知: X is the attachment, not a citation.
      const before = doc.norm.slice(Math.max(0, c.titleRange.start - 6), c.titleRange.start);
      if (/(印发|转发|发布)$/.test(before)) continue;
      // 国发〔2015〕40号《X》: the number is there, in the wrong place (citation/order's finding).
      if (before.endsWith('号') && doc.docNumbers.some((d) => d.range.end === c.titleRange!.start)) continue;
      // Work reported, not a source cited: 编制《X》, 起草《X》, 出台了《X》 (seeds/000, seeds/001). A document
      // being drafted has no number yet; one reported as issued is not the basis of this text.
      if (/(编制|起草|制定|修订|出台|拟定|草拟)了?$/.test(before)) continue;
      if (ownTitle && ownTitle.includes(title)) continue;
      // 现将《X》印发给你们: the attachment again.
      if (/^[ \t]*(印发|转发|发布)给/.test(doc.norm.slice(c.titleRange.end, c.titleRange.end + 6))) continue;
      // A (文号) placeholder after the title is the placeholder rule's business.
      if (/^[(（][ \t]*文号[ \t]*[)）]/.test(doc.norm.slice(c.titleRange.end, c.titleRange.end + 6))) continue;
      ctx.report({ range: c.titleRange, args: { title: c.title.length > 30 ? c.title.slice(0, 29) + '…' : c.title } });
    }
  },
};
export default rule;
