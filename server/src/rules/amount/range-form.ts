/**
 * amount/range-form — 同类别同形式 (GB/T 15835-2011 §4.3) for money ranges: a document writes its
 * money ranges one way. Either form alone is accepted (3万元至10万元; 3万至10万元, where 元 is a plain
 * unit that may be left off the first number — number/range-unit), but a document that writes
 * 3万元至10万元 in one place and 1万至3万元 in another is reported on the form it uses less (on a tie,
 * the form it comes to later). Only ranges whose two numbers carry the same magnitude are compared
 * (13～17万元 is number/range-unit's). The fix adds 元 after the lower number; a range written with
 * 元 on both numbers among ranges without it is reported without a fix (the standard's own example).
 */
import type { Amount, Span } from '../../core/model';
import type { Rule, RuleDocs, Messages } from '../../core/contract';

const DOCS: RuleDocs = {
  title: { zh: '金额范围写法一致', en: 'Money ranges written one way' },
  explanation: {
    zh: '同一文件中的金额范围应采用同一写法：前后两个数都带“元”（3万元至10万元），或只在后一个数带“元”（3万至10万元），不混用。',
    en: 'A document writes its money ranges one way: 元 on both numbers (3万元至10万元) or on the second only (3万至10万元), not both.',
  },
  details: {
    zh: '同一文件中的金额范围应采用同一写法：前后两个数都带“元”（3万元至10万元），或只在后一个数带“元”（3万至10万元），不混用。\n\n两种写法单独使用都不报告。混用时报告本文用得较少的写法（一样多时报告后出现的写法）。只比较前后两个数数量级相同的范围；“13～17万元”前一个数缺“万”由 number/range-unit 报告。',
    en: 'A document writes its money ranges one way: 元 on both numbers (3万元至10万元) or on the second only (3万至10万元), not both.\n\nEither form alone is not reported. Where both occur, the form the document uses less is reported (on a tie, the form that comes later). Only ranges whose numbers carry the same magnitude are compared; 13～17万元 (万 missing on the first number) is number/range-unit\'s.',
  },
  good: ['给予1万元至3万元奖励；贡献重大的，给予3万元至10万元奖励。', '给予1万至3万元奖励；贡献重大的，给予3万至10万元奖励。'],
  bad: ['给予1万元至3万元奖励；贡献重大的，给予3万至10万元奖励。对特别重大的，给予10万元至20万元奖励。'],
  fix: {
    zh: '在前一个数后补“元”（只在本文多数范围两端都带“元”时提供）。',
    en: 'Adds 元 after the first number (offered only where most of the document\'s ranges carry 元 on both numbers).',
  },
  source: { tier: 'standard', zh: 'GB/T 15835-2011 第4.3条（同类别同形式）', en: 'GB/T 15835-2011 §4.3 (one form for one kind)' },
};

const MESSAGES: Messages = {
  'amount/range-form': { zh: '金额范围写法不一致', en: 'Money ranges written two ways' },
  'amount/range-form-short': {
    zh: '金额范围写法不一致：本文其他处前后两个数都带“元”（如“{other}”），此处“{range}”前一个数未带“元”',
    en: 'Money ranges written two ways: elsewhere this document writes 元 on both numbers (e.g. "{other}"), here "{range}" leaves it off the first',
  },
  'amount/range-form-full': {
    zh: '金额范围写法不一致：本文其他处只在后一个数带“元”（如“{other}”），此处“{range}”前后两个数都带“元”',
    en: 'Money ranges written two ways: elsewhere this document writes 元 on the second number only (e.g. "{other}"), here "{range}" writes it on both',
  },
  'fix/range-form': { zh: '在前一个数后补“元”', en: 'Add 元 after the first number' },
};

interface Form { amount: Amount; lower: Span; full: boolean }

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'amount/range-form', category: 'amount', severity: 'information', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const forms: Form[] = [];
    for (const a of doc.amounts) {
      const lower = a.lower;
      if (a.kind !== 'range' || !lower || !a.unit.endsWith('元')) continue;
      const full = lower.unit.endsWith('元');
      // The same magnitude on both numbers (万…万元, or none): 13～17万元 is another rule's.
      if ((full ? lower.unit.slice(0, -1) : lower.unit) !== a.unit.slice(0, -1)) continue;
      forms.push({ amount: a, lower: lower.range, full });
    }
    const fullCount = forms.filter((f) => f.full).length;
    const shortCount = forms.length - fullCount;
    if (!fullCount || !shortCount) return;
    // The document's form: the one used more; on a tie, the one it writes first.
    const docFull = fullCount === shortCount ? forms[0].full : fullCount > shortCount;
    const other = forms.find((f) => f.full === docFull)!.amount.text;
    for (const f of forms) {
      if (f.full === docFull) continue;
      const range = f.amount.text;
      if (f.full) {
        ctx.report({ range: f.amount.range, messageId: 'amount/range-form-full', args: { range, other } });
        continue;
      }
      ctx.report({
        range: f.amount.range,
        messageId: 'amount/range-form-short',
        args: { range, other },
        fix: { titleId: 'fix/range-form', edits: [{ start: f.lower.end, end: f.lower.end, newText: '元' }] },
      });
    }
  },
};
export default rule;
