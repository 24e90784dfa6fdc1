/**
 * amount/currency-form — 同类别同形式 (GB/T 15835-2011 §4.3) for the currency named with an amount:
 * a document writes 人民币 either before its amounts (人民币50万元) or after them (2000万元人民币), not
 * both. Either form alone is accepted; where both occur, the form used less is reported (on a tie,
 * the form after the amount, 人民币X元 being the usual order). No fix: the currency name moves.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { Span } from '../../core/model';
import { isDigitCode } from '../../core/chars';
import { CURRENCY_NAMES } from '../../core/vocabulary';

const DOCS: RuleDocs = {
  title: { zh: '币种写法一致', en: 'The currency named one way' },
  explanation: {
    zh: '同一文件中金额的币种应采用同一写法：都写在金额前（人民币50万元），或都写在金额后（50万元人民币），不混用。',
    en: 'A document names the currency of its amounts one way: before them (人民币50万元) or after them (50万元人民币), not both.',
  },
  details: {
    zh: '同一文件中金额的币种应采用同一写法：都写在金额前（人民币50万元），或都写在金额后（50万元人民币），不混用。\n\n两种写法单独使用都不报告；混用时报告用得较少的写法（一样多时报告写在金额后的，“人民币X元”为通行写法）。',
    en: 'A document names the currency of its amounts one way: before them (人民币50万元) or after them (50万元人民币), not both.\n\nEither form alone is not reported; where both occur, the form used less is reported (on a tie, the currency after the amount, 人民币X元 being the usual order).',
  },
  good: ['年内实现地方公共财政预算收入达人民币50万元的，给予奖励人民币2万元；完成固定资产投资人民币2000万元的，给予奖励人民币2万元。'],
  bad: ['年内实现地方公共财政预算收入达人民币50万元的，给予奖励人民币2万元；完成固定资产投资2000万元人民币的，给予奖励人民币2万元。'],
  source: { tier: 'standard', zh: 'GB/T 15835-2011 第4.3条（同类别同形式）', en: 'GB/T 15835-2011 §4.3 (one form for one kind)' },
};

const MESSAGES: Messages = {
  'amount/currency-form': {
    zh: '币种写法不一致：本文其他处写作“{other}”，此处“{text}”',
    en: 'The currency is named two ways: elsewhere this document writes "{other}", here "{text}"',
  },
};

const MAGNITUDES = '万亿千百';

/** Where each currency name stands: before an amount (人民币50万元) or after one (50万元人民币). */
function currencyPlaces(norm: string): { before: Span[]; after: Span[] } {
  const before: Span[] = [], after: Span[] = [];
  for (const name of CURRENCY_NAMES) {
    for (let i = norm.indexOf(name); i >= 0; i = norm.indexOf(name, i + name.length)) {
      let j = i + name.length;
      while (norm[j] === ' ') j++;
      if (isDigitCode(norm.charCodeAt(j))) { before.push({ start: i, end: j + 1 }); continue; }
      let k = i;
      while (k > 0 && norm[k - 1] === ' ') k--;
      if (norm[k - 1] !== '元') continue;
      const c = norm[k - 2] ?? '';
      if (isDigitCode(c.charCodeAt(0)) || MAGNITUDES.includes(c)) after.push({ start: k - 1, end: i + name.length });
    }
  }
  return { before, after };
}

/** The amount round a currency place: 人民币50万元 or 2000万元人民币. */
function amountSpan(norm: string, s: Span, isBefore: boolean): Span {
  let a = s.start, b = s.end;
  if (isBefore) {
    while (b < norm.length && b - s.end < 12 && (isDigitCode(norm.charCodeAt(b)) || norm[b] === '.' || MAGNITUDES.includes(norm[b]))) b++;
    if (norm[b] === '元') b++;
  } else {
    while (a > 0 && s.start - a < 12 && (isDigitCode(norm.charCodeAt(a - 1)) || norm[a - 1] === '.' || MAGNITUDES.includes(norm[a - 1]))) a--;
  }
  return { start: a, end: b };
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'amount/currency-form', category: 'amount', severity: 'warning', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    const { before, after } = currencyPlaces(doc.norm);
    if (!before.length || !after.length) return;
    const reportAfter = after.length <= before.length;
    const report = reportAfter ? after : before;
    const o = amountSpan(doc.norm, (reportAfter ? before : after)[0], reportAfter);
    const other = doc.text.slice(o.start, o.end);
    for (const s of report) {
      const range = amountSpan(doc.norm, s, !reportAfter);
      ctx.report({ range, args: { other, text: doc.text.slice(range.start, range.end) } });
    }
  },
};
export default rule;
