/** citation/doc-number-space — no spaces inside a 发文字号 (嘉委 〔2004〕26 号 → 嘉委〔2004〕26号). */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { isBlank, skipForward } from '../../core/vocabulary';

const DOCS: RuleDocs = {
  title: { zh: '发文字号内无空格', en: 'No spaces in a document number' },
  explanation: {
    zh: '发文字号中间不应有空格（常见于从 PDF 复制的文本）。',
    en: 'No spaces inside a document number (common in text copied from PDF).',
  },
  details: {
    zh: '发文字号中间不应有空格（常见于从 PDF 复制的文本）。\n\n报告发文字号内部的空格（含代字与括号之间）。',
    en: 'No spaces inside a document number (common in text copied from PDF).\n\nReports spaces anywhere inside a document number.',
  },
  good: ['嘉委发〔2017〕4号'],
  bad: ['嘉委 〔2004〕26 号'],
  fix: { zh: '删除空格。', en: 'removes the spaces.' },
  source: {
    tier: 'standard',
    zh: 'GB/T 9704-2012 第7.2.5条（发文字号的写法）',
    en: 'GB/T 9704-2012 §7.2.5 (form of the document number)',
  },
};

const MESSAGES: Messages = {
  'citation/doc-number-space': { zh: '发文字号内不应有空格：{number}', en: 'No spaces inside a document number: {number}' },
  'fix/doc-number-space': { zh: '删除空格：{fixed}', en: 'Remove the spaces: {fixed}' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'citation/doc-number-space', category: 'citation', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const d of doc.docNumbers) {
      if (!d.hasSpace) continue;
      const edits: { start: number; end: number; newText: string }[] = [];
      for (let i = d.range.start; i < d.range.end; i++) {
        if (!isBlank(doc.text[i])) continue;
        const j = skipForward(doc.text, i, isBlank, d.range.end);
        edits.push({ start: i, end: j, newText: '' });
        i = j;
      }
      if (!edits.length) continue;
      const fixed = [...doc.text.slice(d.range.start, d.range.end)].filter((ch) => !isBlank(ch)).join('');
      ctx.report({ range: d.range, args: { number: doc.text.slice(d.range.start, d.range.end) }, fix: { titleId: 'fix/doc-number-space', titleArgs: { fixed }, edits } });
    }
  },
};
export default rule;
