/** citation/future-date — a cited document dated after the document itself (its number's year is later than the document's year). */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { allChars } from '../../core/vocabulary';
import { isDigit } from '../../core/chars';

const DOCS: RuleDocs = {
  title: { zh: '不引用晚于本文的文件', en: 'No citations from the future' },
  explanation: {
    zh: '被引用文件的发文年份不应晚于本文的成文年份，否则多半是文号写错了。',
    en: 'A cited document cannot be later than this document: the number is probably wrong.',
  },
  details: {
    zh: '被引用文件的发文年份不应晚于本文的成文年份，否则多半是文号写错了。\n\n本文年份取成文日期或本文发文字号的年份；无法确定时不检查。',
    en: 'A cited document cannot be later than this document: the number is probably wrong.\n\nThe document\'s year is its date or own number\'s year; with neither, nothing is checked.',
  },
  good: ['根据《国务院关于促进就业的若干意见》（国发〔2019〕5号），制定本方案。\n示例市人民政府办公室\n2020年3月8日'],
  bad: ['根据《国务院关于促进就业的若干意见》（国发〔2021〕5号），制定本方案。\n示例市人民政府办公室\n2019年3月8日'],
  fix: { zh: '无（核对文号）。', en: 'none (check the number).' },
  source: {
    tier: 'practice',
    zh: '起草实务：不能引用晚于本文的文件',
    en: 'Drafting practice: a document cannot cite a later one',
  },
};

const MESSAGES: Messages = {
  'citation/future-date': {
    zh: '引用的文件年份（{year}年）晚于本文（{own}年）',
    en: 'The cited document ({year}) is later than this document ({own})',
  },
};

/** Four Arabic digits (a 发文字号 year may be written otherwise). */
function isYear4(y: string): boolean { return y.length === 4 && allChars(y, isDigit); }

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'citation/future-date', category: 'citation', severity: 'warning', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    const own = doc.date?.year ?? (doc.docNumber && isYear4(doc.docNumber.year) ? Number(doc.docNumber.year) : undefined);
    if (!own) return;
    for (const d of doc.docNumbers) {
      if (d === doc.docNumber || !isYear4(d.year)) continue;
      if (Number(d.year) > own) ctx.report({ range: d.yearRange, args: { year: d.year, own } });
    }
  },
};
export default rule;
