/** reply/public — the 公开属性 is stated: 主动公开, 依申请公开 or 不予公开 (information: often on a cover sheet). */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { replyFeatures, anchorRange, isTruncated } from '../../core/structure';
import { toDocumentScript } from '../../core/normalize';
import { isLineBreak } from '../../core/vocabulary';

const DOCS: RuleDocs = {
  title: { zh: '公开属性', en: 'Publicity attribute' },
  explanation: {
    zh: '公文在产生过程中应确定主动公开、依申请公开、不予公开三种属性之一。许多地方在首页或发文稿纸上标注，故默认为提示级别。',
    en: 'Every document is marked 主动公开, 依申请公开 or 不予公开; information level by default since many places mark it on a cover sheet.',
  },
  details: {
    zh: '公文在产生过程中应确定主动公开、依申请公开、不予公开三种属性之一。许多地方在首页或发文稿纸上标注，故默认为提示级别。\n\n答复应注明公开属性：主动公开、依申请公开或不予公开（常见于版头或文末）。提示级：不少地方把它写在办理单上。“是否同意公开：是”“是否完成对外公开：是”等写法视为已注明。全文在句中中断（网页摘录被截断，或正在起草）时不报告。',
    en: 'Every document is marked 主动公开, 依申请公开 or 不予公开; information level by default since many places mark it on a cover sheet.\n\nStates the publicity attribute: 主动公开, 依申请公开 or 不予公开. Information: many places put it on the cover sheet. Marks such as 是否同意公开：是 or 是否完成对外公开：是 count. Not reported on a text that stops mid-sentence (a cut-off web copy, or a letter still being written).',
  },
  good: ['您提出的第31号建议收悉。现答复如下：\n……\n（此件主动公开）', '是否同意公开:是\n您提出的第31号建议收悉。现答复如下：'],
  bad: ['您提出的第31号建议收悉。现答复如下：\n……\n示例市交通运输局\n2023年7月18日'],
  fix: { zh: '插入“（此件主动公开）”模板，可选择公开属性。', en: 'inserts （此件主动公开） with a choice of attribute.' },
  source: {
    tier: 'regulation',
    zh: '《国务院办公厅关于印发〈国务院办公厅关于全面推进政务公开工作的意见〉实施细则的通知》（国办发〔2016〕80号）：公开属性源头认定',
    en: 'General Office of the State Council, 国办发〔2016〕80号: the disclosure status is set when a document is drafted',
  },
};

const MESSAGES: Messages = {
  'reply/public': { zh: '未注明公开属性（主动公开、依申请公开或不予公开）', en: 'No publicity attribute (主动公开, 依申请公开 or 不予公开)' },
  'fix/insert-public': { zh: '插入公开属性', en: 'Insert the publicity attribute' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'reply/public', category: 'reply', severity: 'information', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    if (doc.kind !== 'reply') return;
    // A copy cut off (or a letter still being written) has not reached its closing part yet.
    if (isTruncated(doc)) return;
    const f = replyFeatures(doc);
    if (f.publicity || f.historical) return;
    const end = doc.text.length;
    const lead = end > 0 && !isLineBreak(doc.text[end - 1]) ? '\n' : '';
    ctx.report({ range: anchorRange(doc), fix: { titleId: 'fix/insert-public', edits: [{ start: end, end, newText: lead + toDocumentScript('（此件${1|主动公开,依申请公开,不予公开|}）', doc.traditional) + '\n' }], snippet: true } });
  },
};
export default rule;
