/**
 * citation/doc-number-bracket — the year of a 发文字号 sits in 六角括号 〔〕 (GB/T 9704-2012 §7.2.5).
 * Flags [] ［］ 【】 () （） ﹝﹞ 〈〉 round the year; the fix rewrites both brackets.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';

const DOCS: RuleDocs = {
  title: { zh: '发文字号年份须用六角括号', en: 'Document-number year in hexagonal brackets' },
  explanation: {
    zh: '发文字号由发文机关代字、年份、发文顺序号组成，年份应标全称，用六角括号“〔〕”括入；不得使用方括号、圆括号、鱼尾号等。',
    en: 'A document number is agency code + year + serial; the year is written in full inside hexagonal brackets 〔〕, never [], (), 【】 or similar.',
  },
  details: {
    zh: '发文字号由发文机关代字、年份和发文顺序号组成，年份须标全称并用六角括号“〔〕”括入。年份使用方括号 `[]`、全角方括号 `［］`、\n鱼尾号 `【】`、圆括号 `()` `（）`、小六角括号 `﹝﹞` 或尖括号 `〈〉` 时报告——无论是本文的发文字号还是引用其他文件时写的文号，\n简体和繁体（國發、號）都检查。',
    en: 'A 发文字号 is agency code + year + serial number; the year is written in full inside hexagonal brackets 〔〕. The rule\nflags `[]`, `［］`, `【】`, `()`, `（）`, `﹝﹞` and `〈〉` round the year, in the document\'s own number and in cited\nnumbers, in simplified and traditional script.\n\n- ✔ 国发〔2017〕35号 · 浙政發〔2016〕2號\n- ✘ 深交港货[2013]164号 · 国发【2019】3号 · 国发(2018)42号',
  },
  good: ['国发〔2017〕35号', '穗府〔2018〕9号', '浙政發〔2016〕2號'],
  bad: ['深交港货[2013]164号', '劳社厅函[2007]120号', '国发【2019】5号', '国发(2019)5号'],
  fix: { zh: '把年份两侧的括号改为“〔”“〕”，其余字符不变。文号中的其他问题（如缺“号”字、顺序号编虚位）由其他 citation 规则报告。', en: '' },
  source: {
    tier: 'standard',
    zh: 'GB/T 9704-2012 第7.2.5条（年份用六角括号“〔〕”括入）',
    en: 'GB/T 9704-2012 §7.2.5 (the year in 〔〕)',
  },
};

const MESSAGES: Messages = {
  'citation/doc-number-bracket': {
    zh: '发文字号的年份应使用六角括号“〔〕”，不应使用“{open}{close}”：{number}',
    en: 'The year in a document number goes in hexagonal brackets 〔〕, not "{open}{close}": {number}',
  },
  'fix/doc-number-bracket': { zh: '改为六角括号〔〕：{fixed}', en: 'Use hexagonal brackets 〔〕: {fixed}' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: {
    id: 'citation/doc-number-bracket',
    category: 'citation',
    severity: 'error',
    fixable: true,
  },
  check(ctx) {
    const { doc } = ctx;
    for (const d of doc.docNumbers) {
      if (d.openBracket === '〔' && d.closeBracket === '〕') continue;
      const number = doc.text.slice(d.range.start, d.range.end);
      const fixed = number.slice(0, d.openRange.start - d.range.start) + '〔'
        + number.slice(d.openRange.end - d.range.start, d.closeRange.start - d.range.start) + '〕'
        + number.slice(d.closeRange.end - d.range.start);
      ctx.report({
        range: d.range,
        args: { open: d.openBracket, close: d.closeBracket, number },
        fix: {
          titleId: 'fix/doc-number-bracket',
          titleArgs: { fixed },
          edits: [
            { start: d.openRange.start, end: d.openRange.end, newText: '〔' },
            { start: d.closeRange.start, end: d.closeRange.end, newText: '〕' },
          ],
        },
      });
    }
  },
};
export default rule;
