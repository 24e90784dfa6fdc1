/**
 * text/attachment — after 附件： comes the attachment's name, not a document number, and no full stop
 * at its end (GB/T 9704-2012 §7.3.4 附件说明: 附件名称后不加标点符号).
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';

const ATTACH = /^[ \t]*附件[ \t]*[:：][ \t]*(\d{1,2}[.．、][ \t]*)?([^\n]{0,200})$/gm;

const DOCS: RuleDocs = {
  title: { zh: '附件说明', en: 'Attachment line' },
  explanation: {
    zh: '“附件：”后写附件名称（多个附件用序号），名称后不加标点符号；不能只写发文字号。',
    en: 'After 附件： comes the attachment\'s name (numbered when several), with no punctuation after it; not a document number.',
  },
  details: {
    zh: '“附件：”后写附件名称（多个附件用序号），名称后不加标点符号；不能只写发文字号。\n\n检查“附件：”行：写了发文字号而不是名称，或名称后加了句号。',
    en: 'After 附件： comes the attachment\'s name (numbered when several), with no punctuation after it; not a document number.\n\nChecks 附件： lines: a document number instead of a name, or a full stop after the name.',
  },
  good: ['附件：第二批支持创新相关改革举措推广清单'],
  bad: ['附件：深交港货[2013]164号', '附件：示例市重点项目清单。'],
  fix: {
    zh: '删除名称后的句号；写成文号的需人工改为附件名称。',
    en: 'deletes the full stop; a number has to be replaced by the name by hand.',
  },
  source: {
    tier: 'standard',
    zh: 'GB/T 9704-2012 第7.3.4条（附件名称后不加标点符号）',
    en: 'GB/T 9704-2012 §7.3.4 (no punctuation after an attachment name)',
  },
};

const MESSAGES: Messages = {
  'text/attachment': { zh: '附件说明不规范', en: 'Irregular attachment line' },
  'text/attachment-number': {
    zh: '“附件：”后应写附件名称，而不是发文字号“{text}”',
    en: 'After 附件： write the attachment\'s name, not the number "{text}"',
  },
  'text/attachment-stop': { zh: '附件名称后不加标点符号：“{text}”', en: 'No punctuation after the attachment name: "{text}"' },
  'fix/attachment-stop': { zh: '删除句号', en: 'Delete the full stop' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'text/attachment', category: 'text', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const n = doc.norm;
    if (!n.includes('附件')) return;
    ATTACH.lastIndex = 0;
    for (let m = ATTACH.exec(n); m; m = ATTACH.exec(n)) {
      const name = m[2].trimEnd();
      const start = m.index + m[0].length - m[2].length;
      if (!name) continue;
      // A document number instead of a name: 附件：深交港货[2013]164号.
      if (doc.docNumbers.some((d) => d.range.start === start && d.range.end >= start + name.length - 1)) {
        ctx.report({ range: { start, end: start + name.length }, messageId: 'text/attachment-number', args: { text: doc.text.slice(start, start + name.length) } });
        continue;
      }
      // A full stop after the name.
      if (/[。.]$/.test(name) && !/\.\w{2,4}$/.test(name)) {
        const at = start + name.length - 1;
        ctx.report({
          range: { start: at, end: at + 1 }, messageId: 'text/attachment-stop', args: { text: doc.text.slice(start, start + name.length) },
          fix: { titleId: 'fix/attachment-stop', edits: [{ start: at, end: at + 1, newText: '' }] },
        });
      }
    }
  },
};
export default rule;
