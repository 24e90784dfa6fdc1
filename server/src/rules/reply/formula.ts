/** reply/formula — the opening says the suggestion was received (收悉) and 现答复如下. */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { PolicyDocument, Span } from '../../core/model';
import { replyFeatures, anchorRange } from '../../core/structure';
import { isBlank } from '../../core/vocabulary';

const DOCS: RuleDocs = {
  title: { zh: '答复开头用语', en: 'Reply opening formula' },
  explanation: { zh: '答复开头应写明“您提出的《……》（第N号）收悉”和“现答复如下”。', en: 'The opening says 您提出的《…》收悉 and 现答复如下.' },
  details: {
    zh: '答复开头应写明“您提出的《……》（第N号）收悉”和“现答复如下”。\n\n答复开头应写明来件已收悉（“……收悉”，或“……已交由/已转交我局办理”），并以“现答复如下”引出正文。\n\n适用范围：答复人大代表建议、政协委员提案的答复（称谓为“××代表”“××委员”，或标题写明“第N号建议/提案”）。给领导同志的复函、就地方所提问题的办理情况函不适用；“函复如下”也算作答复用语。',
    en: 'The opening says 您提出的《…》收悉 and 现答复如下.\n\nThe opening acknowledges receipt (……收悉, or …已交由/已转交我局办理: assigned to the office) and leads in with 现答复如下.\n\nScope: replies to deputies\' 建议 and members\' 提案 (addressed to ××代表/××委员, or titled 第N号建议/提案). A 复函 to a leader  or a 函 to a province on its requests  is not checked; 函复如下 counts as the answer formula.',
  },
  good: ['项道满委员：\n您提出的《关于设立总理热线电话的提案》收悉。经研究，答复如下：'],
  bad: ['关于市九届人大三次会议第31号建议的答复\n叶君代表：\n关于您的建议，情况如下：'],
  fix: { zh: '无（措辞因文而异，需人工补充）。', en: 'none (the wording varies).' },
  source: { tier: 'practice', zh: '建议提案答复惯例（收悉、现答复如下）', en: 'Reply practice (收悉, 现答复如下)' },
};

/**
 * The opening that lacks the formula: its first sentence (to 。 or ：), after the 称谓 on the same line
 * (王某代表：您提出的…) or on the next line with text.
 */
function openingRange(doc: PolicyDocument, addressee: Span | undefined): Span | undefined {
  if (!addressee) return undefined;
  const n = doc.norm;
  const own = doc.lines.find((l) => l.start <= addressee.start && addressee.start < l.end);
  if (!own) return undefined;
  let start = addressee.end;
  while (start < own.end && ':：'.includes(n[start])) start++;
  while (start < own.end && isBlank(n[start])) start++;
  let line = own;
  if (start >= own.end) {
    const next = doc.lines.find((l) => !l.blank && l.start > own.start);
    if (!next) return undefined;
    line = next;
    start = next.start;
    while (start < next.end && isBlank(n[start])) start++;
  }
  let end = start;
  while (end < line.end && !'。：:'.includes(n[end])) end++;
  return end > start ? { start, end } : undefined;
}

const MESSAGES: Messages = { 'reply/formula': { zh: '答复开头缺少“{missing}”', en: 'The opening lacks {missing}' } };

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'reply/formula', category: 'reply', severity: 'information', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    if (doc.kind !== 'reply') return;
    const f = replyFeatures(doc);
    if (!f.toMember) return;
    const missing = [!f.hasReceipt && '收悉', !f.hasAnswerFormula && '现答复如下'].filter(Boolean).join('、');
    if (!missing) return;
    ctx.report({ range: openingRange(doc, f.addressee?.range) ?? f.addressee?.range ?? anchorRange(doc), args: { missing } });
  },
};
export default rule;
