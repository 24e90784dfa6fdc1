/**
 * reply/class — the 答复类别 (A/B/C, or 甲/乙/丙 where configured: options.system = "甲乙丙").
 * Information by default: many jurisdictions put it on a cover sheet. Not for documents before 2012-07.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { replyFeatures, anchorRange, isTruncated } from '../../core/structure';

const DOCS: RuleDocs = {
  title: { zh: '答复类别', en: 'Reply class' },
  explanation: {
    zh: '答复应注明类别：A类（已解决或基本解决）、B类（正在解决或列入计划解决）、C类（因条件限制留作参考）；部分地方用甲、乙、丙类（可配置）。',
    en: 'Replies carry a class: A (solved), B (being solved), C (kept for reference); some places use 甲/乙/丙 (configurable).',
  },
  details: {
    zh: '答复应注明类别：A类（已解决或基本解决）、B类（正在解决或列入计划解决）、C类（因条件限制留作参考）；部分地方用甲、乙、丙类（可配置）。\n\n答复应注明答复类别：A 类（已解决或采纳）、B 类（正在解决或列入计划）、C 类（因条件限制暂时不能解决）；部分地方用甲/乙/丙类。提示级。\n\n适用范围：答复人大代表建议、政协委员提案的答复（称谓为“××代表”“××委员”，或标题写明“第N号建议/提案”）。给领导同志的复函、就地方所提问题的办理情况函不适用。全文在句中中断（网页摘录被截断，或正在起草）时不报告。',
    en: 'Replies carry a class: A (solved), B (being solved), C (kept for reference); some places use 甲/乙/丙 (configurable).\n\nStates the reply class: A (solved/adopted), B (in progress/planned), C (not possible for now); some places use 甲/乙/丙. Information.\n\nScope: replies to deputies\' 建议 and members\' 提案 (addressed to ××代表/××委员, or titled 第N号建议/提案). A 复函 to a leader  or a 函 to a province on its requests  is not checked. Not reported on a text that stops mid-sentence (a cut-off web copy, or a letter still being written).',
  },
  good: ['办理结果:(C)\n您提出的第31号建议收悉。现答复如下：', 'A类\n您提出的第31号建议收悉。现答复如下：'],
  bad: ['您提出的第31号建议收悉。现答复如下：\n……\n示例市交通运输局\n2023年7月18日', 'E类\n您提出的第31号建议收悉。现答复如下：\n……\n示例市交通运输局\n2023年7月18日'],
  fix: { zh: '无（类别需由承办单位判断）。', en: 'none (the class is the answering organ\'s call).' },
  source: {
    tier: 'practice',
    zh: '各地建议提案办理办法（答复类别A、B、C）',
    en: 'Local rules on handling proposals (reply classes A, B, C)',
  },
};

const MESSAGES: Messages = { 'reply/class': { zh: '未注明答复类别（{system}）', en: 'No reply class ({system})' } };

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'reply/class', category: 'reply', severity: 'information', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    if (doc.kind !== 'reply') return;
    // A copy cut off (or a letter still being written) has not reached its closing part yet.
    if (isTruncated(doc)) return;
    const f = replyFeatures(doc);
    if (!f.toMember || f.replyClass || f.historical) return;
    const system = ctx.options.system === '甲乙丙' ? '甲/乙/丙' : 'A/B/C';
    ctx.report({ range: anchorRange(doc), args: { system } });
  },
};
export default rule;
