/** citation/doc-number-agency — a 发文字号 starts with the issuing organ's 机关代字 (〔2023〕8号 alone is not a number). */
import type { Rule, RuleDocs, Messages } from '../../core/contract';

const DOCS: RuleDocs = {
  title: { zh: '发文字号有机关代字', en: 'Agency code present' },
  explanation: {
    zh: '发文字号由发文机关代字、年份、发文顺序号组成，“〔〕”前应有机关代字。',
    en: 'A document number is agency code + year + serial: the code comes before 〔.',
  },
  details: {
    zh: '发文字号由发文机关代字、年份、发文顺序号组成，“〔〕”前应有机关代字。\n\n报告〔〕前没有机关代字的发文字号（如“建议字:〔2023〕8号”）。',
    en: 'A document number is agency code + year + serial: the code comes before 〔.\n\nReports a number with no agency code before 〔.',
  },
  good: ['玉政办电〔2019〕11号'],
  bad: ['建议字:〔2023〕8号'],
  fix: { zh: '无（需写明机关代字）。', en: 'none (add the code).' },
  source: {
    tier: 'regulation',
    zh: '《党政机关公文处理工作条例》第九条（发文字号由发文机关代字、年份、发文顺序号组成）',
    en: 'Regulations on the Handling of Party and Government Documents, art. 9 (agency code, year and serial)',
  },
};

const MESSAGES: Messages = {
  'citation/doc-number-agency': { zh: '发文字号缺少发文机关代字：{number}', en: 'The document number has no agency code: {number}' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'citation/doc-number-agency', category: 'citation', severity: 'warning', fixable: false },
  check(ctx) {
    for (const d of ctx.doc.docNumbers) {
      if (d.agency === '') ctx.report({ range: d.range, args: { number: ctx.doc.text.slice(d.range.start, d.range.end) } });
    }
  },
};
export default rule;
