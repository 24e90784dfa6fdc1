/**
 * amount/currency-form — 同类别同形式 (GB/T 15835-2011 §4.3) for the currency named with an amount:
 * a document writes 人民币 either before its amounts (人民币50万元) or after them (2000万元人民币), not
 * both. Either form alone is accepted; where both occur, the form used less is reported (on a tie,
 * the form after the amount, 人民币X元 being the usual order). No fix: the currency name moves.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { PolicyDocument, Span } from '../../core/model';
import { CURRENCY_NAMES, skipForward, wordAt } from '../../core/vocabulary';

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

/** Past the spaces at `at`. */
const blanksEnd = (norm: string, at: number): number => skipForward(norm, at, (ch) => ch === ' ');

/**
 * The amounts named with their currency, each as the span of both, from the lexer's tokens: 人民币 before
 * an Arabic number (人民币50万元: to the number's end and its 元), or after the 元 of a money token
 * (2000万元人民币: from its upper number, 20万元人民币 in 10-20万元人民币). In document order.
 */
function currencyPlaces(doc: PolicyDocument): { before: Span[]; after: Span[] } {
  const { norm } = doc;
  const { nums, moneyStore: money } = doc.tokens;
  const before: Span[] = [], after: Span[] = [];
  for (const name of CURRENCY_NAMES) {
    for (let i = norm.indexOf(name); i >= 0; i = norm.indexOf(name, i + name.length)) {
      const at = blanksEnd(norm, i + name.length);
      const k = nums.firstAtOrAfter(at);
      if (k >= nums.length || nums.start[k] !== at || nums.chinese(k)) continue;
      const end = nums.end[k];
      before.push({ start: i, end: norm[end] === '元' ? end + 1 : end });
    }
  }
  for (let m = 0; m < money.length; m++) {
    if (money.missingYuan(m)) continue;
    const at = blanksEnd(norm, money.end[m]);
    const name = wordAt(norm, at, CURRENCY_NAMES);
    if (name) after.push({ start: nums.start[money.hi[m]], end: at + name.length });
  }
  return { before, after };
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'amount/currency-form', category: 'amount', severity: 'warning', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    const { before, after } = currencyPlaces(doc);
    if (!before.length || !after.length) return;
    const reportAfter = after.length <= before.length;
    const report = reportAfter ? after : before;
    const o = (reportAfter ? before : after)[0];
    const other = doc.text.slice(o.start, o.end);
    for (const range of report) ctx.report({ range, args: { other, text: doc.text.slice(range.start, range.end) } });
  },
};
export default rule;
