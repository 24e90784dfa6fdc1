/** citation/doc-number-suffix — the serial is in Arabic digits followed by 号 (號): not 〔2020〕七号, not 〔2020〕7. */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { cnToNumber } from '../../core/numerals';
import { toDocumentScript } from '../../core/normalize';
import { allChars } from '../../core/vocabulary';
import { isDigit } from '../../core/chars';

const DOCS: RuleDocs = {
  title: { zh: '顺序号为阿拉伯数字加“号”', en: 'Arabic digits then 号' },
  explanation: { zh: '发文顺序号用阿拉伯数字，后加“号”字。', en: 'The serial is Arabic digits followed by 号.' },
  details: {
    zh: '发文顺序号用阿拉伯数字，后加“号”字。\n\n报告汉字顺序号（〔2020〕七号）和缺“号”字（国发〔2020〕7）。',
    en: 'The serial is Arabic digits followed by 号.\n\nReports Chinese-numeral serials and a missing 号.',
  },
  good: ['〔2020〕7号'],
  bad: ['〔2020〕七号', '国发〔2020〕7'],
  fix: {
    zh: '汉字数字改为阿拉伯数字；补上“号”（繁体文档补“號”）。',
    en: 'converts the numerals; adds 号 (號 in traditional documents).',
  },
  source: {
    tier: 'standard',
    zh: 'GB/T 9704-2012 第7.2.5条（在阿拉伯数字后加“号”字）',
    en: 'GB/T 9704-2012 §7.2.5 (号 after the Arabic serial)',
  },
};

const MESSAGES: Messages = {
  'citation/doc-number-suffix': { zh: '发文顺序号应为阿拉伯数字加“号”', en: 'The serial is Arabic digits followed by 号' },
  'citation/doc-number-suffix-digits': { zh: '发文顺序号应使用阿拉伯数字，不应写作“{serial}”', en: 'Use Arabic digits for the serial, not "{serial}"' },
  'citation/doc-number-suffix-hao': { zh: '发文字号缺少“号”字', en: 'The document number lacks 号' },
  'fix/doc-number-suffix-digits': { zh: '改为“{fixed}”', en: 'Use "{fixed}"' },
  'fix/doc-number-suffix-hao': { zh: '补上“{hao}”', en: 'Add "{hao}"' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'citation/doc-number-suffix', category: 'citation', severity: 'error', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const d of doc.docNumbers) {
      if (!allChars(d.serial, isDigit)) {
        const n = cnToNumber(d.serial);
        ctx.report({
          range: d.serialRange, messageId: 'citation/doc-number-suffix-digits', args: { serial: d.serial },
          fix: Number.isFinite(n) && n > 0 ? { titleId: 'fix/doc-number-suffix-digits', titleArgs: { fixed: String(n) }, edits: [{ start: d.serialRange.start, end: d.serialRange.end, newText: String(n) }] } : undefined,
        });
      }
      if (!d.hao) {
        const hao = toDocumentScript('号', doc.traditional);
        ctx.report({
          range: d.range, messageId: 'citation/doc-number-suffix-hao',
          fix: { titleId: 'fix/doc-number-suffix-hao', titleArgs: { hao }, edits: [{ start: d.serialRange.end, end: d.serialRange.end, newText: hao }] },
        });
      }
    }
  },
};
export default rule;
