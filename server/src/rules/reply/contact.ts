/** reply/contact — a contact person and phone for the deputy or member to follow up. */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { replyFeatures, anchorRange, isTruncated } from '../../core/structure';
import { toDocumentScript } from '../../core/normalize';
import { isLineBreak } from '../../core/vocabulary';

const DOCS: RuleDocs = {
  title: { zh: '联系人和联系电话', en: 'Contact line' },
  explanation: { zh: '答复应附联系人和联系电话，便于代表、委员沟通反馈。', en: 'A reply gives a contact person and phone number.' },
  details: {
    zh: '答复应附联系人和联系电话，便于代表、委员沟通反馈。\n\n答复应写明联系人和联系电话，便于代表委员沟通（内部规范）。2012 年 7 月以前的答复不检查。\n\n适用范围：答复人大代表建议、政协委员提案的答复（称谓为“××代表”“××委员”，或标题写明“第N号建议/提案”）。给领导同志的复函、就地方所提问题的办理情况函不适用。全文在句中中断（网页摘录被截断，或正在起草）时不报告。',
    en: 'A reply gives a contact person and phone number.\n\nA reply names a contact person and phone number. Replies before July 2012 are not checked.\n\nScope: replies to deputies\' 建议 and members\' 提案 (addressed to ××代表/××委员, or titled 第N号建议/提案). A 复函 to a leader  or a 函 to a province on its requests  is not checked. Not reported on a text that stops mid-sentence (a cut-off web copy, or a letter still being written).',
  },
  good: ['您提出的第31号建议收悉。现答复如下：\n……\n示例市交通运输局\n2023年7月18日\n（联系人：陈成，联系电话：83123879）', '您提出的第31号建议收悉。现答复如下：\n……\n联系人及电话:李伟 8788586'],
  bad: ['您提出的第31号建议收悉。现答复如下：\n……\n示例市交通运输局\n2023年7月18日'],
  fix: { zh: '在文末插入“联系人：…；联系电话：…”模板。', en: 'inserts a 联系人/联系电话 template at the end.' },
  source: { tier: 'practice', zh: '建议提案答复惯例（联系人、联系电话）', en: 'Reply practice (contact person and telephone)' },
};

const MESSAGES: Messages = {
  'reply/contact': { zh: '缺少联系人和联系电话', en: 'No contact person and phone number' },
  'fix/insert-contact': { zh: '插入联系人和联系电话', en: 'Insert a contact line' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'reply/contact', category: 'reply', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    if (doc.kind !== 'reply') return;
    // A copy cut off (or a letter still being written) has not reached its closing part yet.
    if (isTruncated(doc)) return;
    const f = replyFeatures(doc);
    if (!f.toMember || f.contact || f.historical) return;
    const end = doc.text.length;
    const lead = end > 0 && !isLineBreak(doc.text[end - 1]) ? '\n' : '';
    const at = anchorRange(doc);
    ctx.report({ range: at, fix: { titleId: 'fix/insert-contact', edits: [{ start: end, end, newText: lead + toDocumentScript('（联系人：${1:姓名}；联系电话：${2:电话}）', doc.traditional) + '\n' }], snippet: true } });
  },
};
export default rule;
