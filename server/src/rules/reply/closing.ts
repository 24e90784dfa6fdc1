/**
 * reply/closing — a reply ends with thanks (感谢…关心和支持), the answering organ and the date in
 * Arabic numerals (documents dated before 2012-07-01 may use Chinese numerals).
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { endOfBody, replyFeatures, isTruncated } from '../../core/structure';
import { toDocumentScript } from '../../core/normalize';
import { endsWithWord, isLineBreak } from '../../core/vocabulary';
import { hasAnyOf } from '../../core/chars';

const DOCS: RuleDocs = {
  title: { zh: '答复结尾与落款', en: 'Reply closing and signature' },
  explanation: {
    zh: '答复结尾写致谢语，落款写承办单位和成文日期，日期用阿拉伯数字（2012年7月1日前的文件可用汉字）。',
    en: 'The reply ends with thanks, the answering organ and the date in Arabic numerals (Chinese numerals are fine before 2012-07-01).',
  },
  details: {
    zh: '答复结尾写致谢语，落款写承办单位和成文日期，日期用阿拉伯数字（2012年7月1日前的文件可用汉字）。\n\n答复结尾应有致谢语（如“感谢您对……工作的关心和支持”）、落款（承办单位署名）和成文日期；2012 年 7 月 1 日以后的成文日期用阿拉伯数字。\n\n致谢语只要求于答复人大代表建议、政协委员提案的答复（称谓为“××代表”“××委员”，或标题写明“第N号建议/提案”）；给领导同志的复函、就地方所提问题的办理情况函不要求致谢语，落款和日期对所有答复都检查。全文在句中中断（网页摘录被截断，或正在起草）时，尚未写到结尾，不报告缺少致谢语、落款和日期。',
    en: 'The reply ends with thanks, the answering organ and the date in Arabic numerals (Chinese numerals are fine before 2012-07-01).\n\nA reply ends with thanks, the answering organ\'s name and the date; after 2012-07-01 the date is in Arabic numerals.\n\nThe thanks are expected in replies to deputies\' 建议 and members\' 提案 (addressed to ××代表/××委员, or titled 第N号建议/提案), not in a 复函 to a leader  or a 函 to a province ; the signature and date are checked on every reply. A text that stops mid-sentence (a cut-off web copy, or a letter still being written) has not reached its closing: missing thanks, signature and date are not reported.',
  },
  good: ['您提出的第31号建议收悉。现答复如下：\n……\n感谢您对我市工业和信息化工作的关心和支持。\n广州市工业和信息化局\n2020年9月9日'],
  bad: ['您提出的第31号建议收悉。现答复如下：\n……\n感谢您对我局工作的关心和支持。\n2023年7月18日', '您提出的第31号建议收悉。现答复如下：\n……\n感谢您对我局工作的关心和支持。'],
  fix: { zh: '插入落款和日期模板（占位符可跳转）。', en: 'inserts a signature and date template.' },
  source: {
    tier: 'standard',
    zh: 'GB/T 9704-2012 第7.3.5条（署名、成文日期）',
    en: 'GB/T 9704-2012 §7.3.5 (signature and date)',
  },
};

const MESSAGES: Messages = {
  'reply/closing': { zh: '答复结尾不完整', en: 'The reply\'s closing is incomplete' },
  'reply/closing-thanks': { zh: '结尾缺少致谢语（如“感谢您对……工作的关心和支持”）', en: 'No closing thanks (感谢您对……工作的关心和支持)' },
  'reply/closing-organ': { zh: '缺少落款（承办单位署名）', en: 'No signature (the answering organ)' },
  'reply/closing-date': { zh: '缺少成文日期', en: 'No date' },
  'reply/closing-date-chinese': { zh: '成文日期应使用阿拉伯数字（如“2023年7月18日”）', en: 'Write the date in Arabic numerals (e.g. 2023年7月18日)' },
  'fix/insert-thanks': { zh: '插入致谢语', en: 'Insert the closing thanks' },
  'fix/insert-signature': { zh: '插入落款和日期', en: 'Insert the signature and date' },
};

/** How an organ's name ends (a signature line): 局, 委, 政府, 办公室 … */
const SIGNATURE_ENDS = ['局', '委', '府', '厅', '办', '部', '院', '会', '办公室', '中心', '政府', '署'];

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'reply/closing', category: 'reply', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    if (doc.kind !== 'reply') return;
    const f = replyFeatures(doc);
    const end = doc.text.length;
    let last = doc.lines.length - 1;
    while (last > 0 && doc.lines[last].blank) last--;
    const at = doc.lines[last] ? { start: doc.lines[last].start, end: doc.lines[last].end } : { start: 0, end: 0 };
    const t = (s: string) => toDocumentScript(s, doc.traditional);
    const lead = end > 0 && !isLineBreak(doc.text[end - 1]) ? '\n' : '';
    // A copy cut off (or a letter still being written) has not reached its closing part yet: only a
    // date that is there is checked.
    const cut = isTruncated(doc);
    if (!f.thanks && f.toMember && !cut) {
      const insertAt = endOfBody(doc);
      ctx.report({ range: at, messageId: 'reply/closing-thanks', fix: { titleId: 'fix/insert-thanks', edits: [{ start: insertAt, end: insertAt, newText: (insertAt > 0 && !isLineBreak(doc.text[insertAt - 1]) ? '\n' : '') + t('感谢您对${1:……}工作的关心和支持。') + '\n' }], snippet: true } });
    }
    // The signature: a short organ line among the last lines (局, 委, 政府, 办公室 …).
    const tail = doc.lines.slice(Math.max(0, doc.lines.length - 8)).filter((l) => !l.blank);
    const signed = tail.some((l) => {
      const s = doc.norm.slice(l.start, l.end).trim();
      return s.length <= 30 && !hasAnyOf(s, '。,:;') && endsWithWord(s, SIGNATURE_ENDS);
    });
    if (!signed && !cut) {
      ctx.report({
        range: at, messageId: 'reply/closing-organ',
        fix: doc.date ? undefined : { titleId: 'fix/insert-signature', edits: [{ start: end, end, newText: lead + '\n${1:' + t('承办单位') + '}\n${2:' + t('2025年1月1日') + '}\n' }], snippet: true },
      });
    }
    if (!doc.date) { if (!cut) ctx.report({ range: at, messageId: 'reply/closing-date' }); }
    else if (doc.date.chinese && !f.historical) ctx.report({ range: doc.date.range, messageId: 'reply/closing-date-chinese' });
  },
};
export default rule;
