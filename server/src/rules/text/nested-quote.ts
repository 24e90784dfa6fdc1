/**
 * text/nested-quote — quotes inside quotes: the outer pair is “”, the inner ‘’ (GB/T 15834-2011 引号):
 * “聚焦优势特色产业，着力巩固延伸“口岸+”产业链” → “…‘口岸+’…”. Read per line, one linear pass over
 * the curly double quotes; a line is reported only when its quotes pair up (an unpaired “ is
 * citation/unbalanced's), and only the second level (a third goes back to “”). The fix writes ‘’ for
 * the inner pair. The converse too: single quotes ‘…’ round Chinese text outside any double quotes
 * (打造具有全球影响力的‘互联网+’创新创业中心) are a first level written as the second; the fix writes “”.
 */
import type { Rule, RuleDocs, Messages, TextEdit } from '../../core/contract';
import { isHanCode } from '../../core/chars';
import { marks } from '../../core/analysis';

const OPEN = 0x201c, CLOSE = 0x201d, SINGLE_OPEN = 0x2018, SINGLE_CLOSE = 0x2019;

const DOCS: RuleDocs = {
  title: { zh: '引号套用', en: 'Quotes inside quotes' },
  explanation: {
    zh: '引号里面还要用引号时，外面一层用双引号“”，里面一层用单引号‘’。',
    en: 'A quotation inside a quotation takes single quotes: “…‘…’…”.',
  },
  details: {
    zh: '引号里面还要用引号时，外面一层用双引号“”，里面一层用单引号‘’。\n\n按行检查：一行中的双引号成对且出现第二层时报告第二层；引号不成对由 citation/unbalanced 报告。不在双引号内、括着中文的单引号‘……’是把第一层写成了第二层，也报告（改为“”）。',
    en: 'A quotation inside a quotation takes single quotes: “…‘…’…”.\n\nRead per line: where a line\'s double quotes pair up and a second level occurs, the second level is reported; unpaired quotes are citation/unbalanced\'s. Single quotes round Chinese text outside any double quotes are a first level written as the second and are reported too (the fix writes “”).',
  },
  good: ['在“聚焦优势特色产业，着力巩固延伸‘口岸+’产业链”方面', '打好打赢“发展六仗”，开展“嗨购幸福怀化”消费季'],
  bad: ['在“聚焦优势特色产业，着力巩固延伸“口岸+”产业链”方面', '打造具有全球影响力的‘互联网+’创新创业中心'],
  fix: { zh: '里层改为单引号‘’；双引号外的单引号改为双引号“”。', en: 'Writes the inner pair as ‘’; single quotes outside double quotes become “”.' },
  source: {
    tier: 'standard',
    zh: 'GB/T 15834-2011 引号（引号里面还要用引号时，外面一层用双引号，里面一层用单引号）',
    en: 'GB/T 15834-2011, quotation marks (double outside, single inside)',
  },
};

const MESSAGES: Messages = {
  'text/nested-quote': { zh: '引号内又用双引号：里层“{inner}”应改用单引号‘’', en: 'Double quotes inside double quotes: write the inner “{inner}” with ‘’' },
  'fix/nested-quote': { zh: '里层改为‘’', en: 'Use ‘’ for the inner quote' },
  'text/nested-quote-outer': { zh: '单引号‘{inner}’不在双引号内：第一层引号应使用双引号“”', en: 'Single quotes ‘{inner}’ stand outside any double quotes: the first level takes “”' },
  'fix/nested-quote-outer': { zh: '改为双引号“”', en: 'Use “” for the quote' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'text/nested-quote', category: 'text', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const n = doc.norm;
    // Per line: the inner pairs found (second level), and whether the line's quotes pair up.
    let depth = 0, broken = false, innerOpen = -1, singleOpen = -1, singleHan = false;
    let pairs: { open: number; close: number }[] = [];
    let outer: { open: number; close: number }[] = [];
    const flush = () => {
      if (!broken && depth === 0) {
        for (const p of pairs) {
          const edits: TextEdit[] = [{ start: p.open, end: p.open + 1, newText: '‘' }, { start: p.close, end: p.close + 1, newText: '’' }];
          ctx.report({ range: { start: p.open, end: p.close + 1 }, args: { inner: doc.text.slice(p.open + 1, Math.min(p.close, p.open + 21)) }, fix: { titleId: 'fix/nested-quote', edits } });
        }
        for (const p of outer) {
          const edits: TextEdit[] = [{ start: p.open, end: p.open + 1, newText: '“' }, { start: p.close, end: p.close + 1, newText: '”' }];
          ctx.report({ range: { start: p.open, end: p.close + 1 }, messageId: 'text/nested-quote-outer', args: { inner: doc.text.slice(p.open + 1, Math.min(p.close, p.open + 21)) }, fix: { titleId: 'fix/nested-quote-outer', edits } });
        }
      }
      depth = 0; broken = false; innerOpen = -1; singleOpen = -1;
      if (pairs.length) pairs = [];
      if (outer.length) outer = [];
    };
    // Only line breaks and quotes change the state: the places of the text's marks are walked, and the
    // text between two of them is read only while a single quote is open outside double quotes (for a
    // Han character: each character at most once).
    const places = marks(doc);
    for (let k = 0, prev = -1; k < places.length; prev = places[k++]) {
      const i = places[k];
      if (depth === 0 && singleOpen >= 0 && !singleHan) {
        for (let p = prev + 1; p < i && !singleHan; p++) singleHan = isHanCode(n.charCodeAt(p));
      }
      const c = n.charCodeAt(i);
      if (c === 10) { flush(); continue; }
      if (c === OPEN) {
        depth++;
        if (depth === 2) innerOpen = i;
        else if (depth > 2) broken = true;
      } else if (c === CLOSE) {
        if (depth === 0) { broken = true; continue; }
        if (depth === 2 && innerOpen >= 0) pairs.push({ open: innerOpen, close: i });
        depth--;
      } else if (depth === 0) {
        // Single quotes outside double quotes, round Chinese text (not an apostrophe: China’s).
        if (c === SINGLE_OPEN) { singleOpen = i; singleHan = false; }
        else if (c === SINGLE_CLOSE && singleOpen >= 0) {
          if (singleHan) outer.push({ open: singleOpen, close: i });
          singleOpen = -1;
        }
      }
    }
    flush();
  },
};
export default rule;
