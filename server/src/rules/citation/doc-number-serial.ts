/**
 * citation/doc-number-serial — the serial number: no leading zero (不编虚位), no 第 (except a 令号 such
 * as 国务院令第707号), no 字 (〔1992〕字第36号, 科工法字[2000]851号).
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { charIn } from '../../core/vocabulary';
import { isDigit } from '../../core/chars';

const DOCS: RuleDocs = {
  title: { zh: '发文顺序号规范', en: 'Serial number' },
  explanation: {
    zh: '发文顺序号不编虚位（1 不编为 01），不加“第”字（命令、令号如“国务院令第707号”除外），字号中不加“字”。',
    en: 'No leading zeros, no 第 (except order numbers such as 国务院令第707号), and no 字.',
  },
  details: {
    zh: '发文顺序号不编虚位（1 不编为 01），不加“第”字（命令、令号如“国务院令第707号”除外），字号中不加“字”。\n\n报告顺序号的前导零、“第”字（“令”字号除外）和“字”（〔1992〕字第36号、科工法字[2000]851号）。“穗字”等以“字”为代字本身的不报告。',
    en: 'No leading zeros, no 第 (except order numbers such as 国务院令第707号), and no 字.\n\nReports leading zeros, 第 (except 令 numbers) and 字 in document numbers. Codes that are themselves X字 (穗字) are not reported.',
  },
  good: ['国发〔2019〕9号', '国务院令第707号'],
  bad: ['国发〔2019〕09号', '国发〔2019〕第5号', '某市财发〔1992〕字第36号', '科工法字[2000]851号'],
  fix: { zh: '去掉前导零、“第”或“字”。', en: 'removes the zeros, 第 or 字.' },
  source: {
    tier: 'standard',
    zh: 'GB/T 9704-2012 第7.2.5条（发文顺序号不加“第”字，不编虚位）',
    en: 'GB/T 9704-2012 §7.2.5 (no 第, no leading zeros in the serial)',
  },
};

const MESSAGES: Messages = {
  'citation/doc-number-serial': { zh: '发文顺序号不规范', en: 'Irregular serial number' },
  'citation/doc-number-serial-pad': {
    zh: '发文顺序号不编虚位：“{serial}”应为“{fixed}”',
    en: 'No leading zeros in the serial: "{serial}" should be "{fixed}"',
  },
  'citation/doc-number-serial-di': { zh: '发文顺序号前不加“第”字（命令、令号除外）', en: 'No 第 before the serial (except an order number 令第N号)' },
  'citation/doc-number-serial-zi': { zh: '发文字号中不应加“字”', en: 'No 字 inside a document number' },
  'fix/doc-number-serial-pad': { zh: '改为“{fixed}”', en: 'Use "{fixed}"' },
  'fix/doc-number-serial-di': { zh: '删除“第”字', en: 'Remove 第' },
  'fix/doc-number-serial-zi': { zh: '删除“字”', en: 'Remove 字' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'citation/doc-number-serial', category: 'citation', severity: 'error', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const d of doc.docNumbers) {
      if (d.serial[0] === '0' && isDigit(d.serial[1])) {
        const fixed = String(Number(d.serial));
        ctx.report({
          range: d.serialRange, messageId: 'citation/doc-number-serial-pad', args: { serial: d.serial, fixed },
          fix: { titleId: 'fix/doc-number-serial-pad', titleArgs: { fixed }, edits: [{ start: d.serialRange.start, end: d.serialRange.end, newText: fixed }] },
        });
      }
      if (d.di && !d.isOrder && d.diRange) {
        ctx.report({
          range: d.range, messageId: 'citation/doc-number-serial-di',
          fix: { titleId: 'fix/doc-number-serial-di', edits: [{ start: d.diRange.start, end: d.diRange.end, newText: '' }] },
        });
      }
      if (d.zi && d.ziRange) {
        ctx.report({
          range: d.range, messageId: 'citation/doc-number-serial-zi',
          fix: { titleId: 'fix/doc-number-serial-zi', edits: [{ start: d.ziRange.start, end: d.ziRange.end, newText: '' }] },
        });
      } else if (d.agency.length > 2 && d.agencyRange.end - d.agencyRange.start >= 2
        && doc.norm[d.agencyRange.end - 1] === '字' && charIn(doc.norm[d.agencyRange.end - 2], '发函法办电文')) {
        // 科工法字[2000]851号: 字 after the code. (穗字〔2015〕4号 is 中共广州市委's own code: not flagged.)
        const at = d.agencyRange.end - 1;
        ctx.report({
          range: d.range, messageId: 'citation/doc-number-serial-zi',
          fix: { titleId: 'fix/doc-number-serial-zi', edits: [{ start: at, end: at + 1, newText: '' }] },
        });
      }
    }
  },
};
export default rule;
