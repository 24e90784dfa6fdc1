/** citation/doc-number-agency — a 发文字号 starts with the issuing organ's 机关代字 (〔2023〕8号 alone is not a number). */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { GENERIC_AGENCY_CODES } from '../../core/vocabulary';

const DOCS: RuleDocs = {
  title: { zh: '发文字号有机关代字', en: 'Agency code present' },
  explanation: {
    zh: '发文字号由发文机关代字、年份、发文顺序号组成，“〔〕”前应有机关代字。',
    en: 'A document number is agency code + year + serial: the code comes before 〔.',
  },
  details: {
    zh: '发文字号由发文机关代字、年份、发文顺序号组成，“〔〕”前应有机关代字。\n\n报告〔〕前没有机关代字的发文字号（如“建议字:〔2023〕8号”），以及代字只有文种部分（“办发”“政发”“函”）、缺少发文机关简称的发文字号（如“办发〔2015〕6号”，应为“X办发”）。',
    en: 'A document number is agency code + year + serial: the code comes before 〔.\n\nReports a number with no agency code before 〔, and one whose code is only the kind part (办发, 政发, 函) without the organ\'s short name (办发〔2015〕6号 for X办发…).',
  },
  good: ['玉政办电〔2019〕11号'],
  bad: ['建议字:〔2023〕8号', '办发〔2015〕6号'],
  fix: { zh: '无（需写明机关代字）。', en: 'none (add the code).' },
  source: {
    tier: 'regulation',
    zh: '《党政机关公文处理工作条例》第九条（发文字号由发文机关代字、年份、发文顺序号组成）',
    en: 'Regulations on the Handling of Party and Government Documents, art. 9 (agency code, year and serial)',
  },
};

const MESSAGES: Messages = {
  'citation/doc-number-agency': { zh: '发文字号缺少发文机关代字：{number}', en: 'The document number has no agency code: {number}' },
  'citation/doc-number-agency-generic': {
    zh: '发文字号“{number}”的机关代字只有“{code}”，缺少发文机关简称（如“X{code}”）',
    en: 'The code of "{number}" is only "{code}": the issuing organ\'s short name is missing (X{code})',
  },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'citation/doc-number-agency', category: 'citation', severity: 'warning', fixable: false },
  check(ctx) {
    for (const d of ctx.doc.docNumbers) {
      const number = ctx.doc.text.slice(d.range.start, d.range.end);
      if (d.agency === '') ctx.report({ range: d.range, args: { number } });
      // Compared on the normalised text: 辦發 in a traditional-script copy is 办发.
      else if (GENERIC_AGENCY_CODES.includes(ctx.doc.norm.slice(d.agencyRange.start, d.agencyRange.end))) {
        ctx.report({ range: d.agencyRange, messageId: 'citation/doc-number-agency-generic', args: { number, code: d.agency } });
      }
    }
  },
};
export default rule;
