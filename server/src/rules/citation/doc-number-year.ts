/** citation/doc-number-year — the year of a 发文字号 is written in full, 4 digits (〔2019〕, not 〔19〕 or 〔'19〕). */
import type { Rule, RuleDocs, Messages } from '../../core/contract';

/** 19 → 2019, 87 → 1987: two digits up to this year's are this century. */
export function fullYear(two: string, now = new Date().getFullYear()): string {
  const n = Number(two);
  return String(n <= now % 100 ? 2000 + n : 1900 + n);
}

const DOCS: RuleDocs = {
  title: { zh: '发文字号年份标全称', en: 'Document-number year in full' },
  explanation: {
    zh: '发文字号的年份应标全称，即 4 位阿拉伯数字，不能省略为两位。',
    en: 'The year in a document number is written in full: four digits, never two.',
  },
  details: {
    zh: '发文字号的年份应标全称，即 4 位阿拉伯数字，不能省略为两位。\n\n报告两位数年份（〔19〕）和带撇号的年份（〔\'19〕）。',
    en: 'The year in a document number is written in full: four digits, never two.\n\nReports two-digit (\'19, 19) years.',
  },
  good: ['国发〔2019〕5号'],
  bad: ['国发〔19〕5号', '国发〔\'19〕5号'],
  fix: {
    zh: '两位数年份补全为四位（不晚于今年的为 20xx，否则为 19xx）。',
    en: 'expands a two-digit year (20xx up to this year, else 19xx).',
  },
  source: {
    tier: 'standard',
    zh: 'GB/T 9704-2012 第7.2.5条（年份应标全称）',
    en: 'GB/T 9704-2012 §7.2.5 (the year in full)',
  },
};

const MESSAGES: Messages = {
  'citation/doc-number-year': {
    zh: '发文字号的年份应标全称（4 位数字），不应写作“{year}”',
    en: 'Write the document-number year in full (4 digits), not "{year}"',
  },
  'fix/doc-number-year': { zh: '改为“{year}”', en: 'Use "{year}"' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'citation/doc-number-year', category: 'citation', severity: 'error', fixable: true },
  check(ctx) {
    for (const d of ctx.doc.docNumbers) {
      const digits = d.year.replace("'", '');
      if (digits.length === 4 && d.year.length === 4) continue;
      const year = digits.length === 2 ? fullYear(digits) : undefined;
      ctx.report({
        range: d.yearRange, args: { year: d.year },
        fix: year ? { titleId: 'fix/doc-number-year', titleArgs: { year }, edits: [{ start: d.yearRange.start, end: d.yearRange.end, newText: year }] } : undefined,
      });
    }
  },
};
export default rule;
