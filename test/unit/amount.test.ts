/** The amount model on seeds/004 五、政策措施 and the seeds' lists (issue 5's acceptance). */
import * as assert from 'assert';
import { corpus } from './corpus';
import { DEFAULT_CONFIG, lintText, parseDocument } from '../../server/src/linter';
import { moneyItems } from '../../server/src/core/money';

const seed = (p: string) => corpus(`seeds/${p}`);

describe('amounts: seeds/004 五、政策措施', () => {
  const doc = parseDocument(seed('004'));
  const policies = doc.headings.find((h) => h.title.startsWith('政策措施'))!;
  const items = moneyItems(doc);
  const measure = (n: number) => {
    const leaves = (h: typeof policies): typeof policies[] => (h.children.length ? h.children.flatMap(leaves) : [h]);
    const h = leaves(policies).find((x) => x.style === 'arabic' && x.number === n)!;
    return items.filter((i) => i.amount.range.start >= h.lineRange.start && i.amount.range.start < h.ownRange.end);
  };
  const show = (n: number) => measure(n).map((i) => `${i.amount.yuan}/${i.amount.kind}/${i.level ?? i.beneficiary}`);

  it('measure 2: 国家级、省级、市级 1亿元、2000万元、800万元 (tiered) and 100万元 (cap)', () => {
    const m = measure(2);
    assert.deepStrictEqual(m.filter((i) => i.amount.kind === 'tiered').map((i) => [i.amount.yuan, i.level]),
      [[1e8, '国家级'], [2e7, '省级'], [8e6, '市级']]);
    assert.ok(m.some((i) => i.amount.yuan === 1e6 && i.amount.kind === 'cap' && /国家级重大科技项目/.test(i.beneficiary)), show(2).join('; '));
  });
  it('measure 4: 最高1000万元 (cap), 200万元 累计 per firm a year (cap), 100—200万元 (range)', () => {
    const m = measure(4);
    assert.deepStrictEqual(m.map((i) => [i.amount.yuan, i.amount.kind]), [[1e7, 'cap'], [2e6, 'cap'], [2e6, 'range']]);
    assert.strictEqual(m[2].amount.minYuan, 1e6);
    assert.match(m[2].beneficiary, /技术转移示范机构/);
  });
  it('measures 7, 9, 13, 15: caps with their beneficiaries', () => {
    assert.deepStrictEqual(measure(7).map((i) => [i.amount.yuan, i.amount.kind]), [[5e6, 'cap'], [5e6, 'cap']]);
    assert.deepStrictEqual(measure(9).map((i) => [i.amount.yuan, i.amount.kind]), [[3e7, 'cap'], [5e6, 'cap']]);
    assert.deepStrictEqual(measure(13).map((i) => [i.amount.yuan, i.amount.kind, i.amount.period]), [[1e8, 'cap', '累计']]);
    assert.match(measure(13)[0].beneficiary, /价值创新园区/);
    assert.deepStrictEqual(measure(15).map((i) => [i.amount.yuan, i.amount.kind]), [[2e6, 'cap']]);
    assert.match(measure(15)[0].beneficiary, /信息化提升项目/);
  });
});

describe('amounts: seeds acceptance', () => {
  it('seeds/001 最高不超过1000万的支持 is missing-unit', () => {
    const r = lintText(seed('001'), DEFAULT_CONFIG);
    assert.ok(r.findings.some((f) => f.ruleId === 'amount/missing-unit' && r.doc.text.slice(f.range.start, f.range.end) === '1000万'));
  });
  it('seeds/000 and seeds/004 lists are consistent', () => {
    for (const p of ['000', '004']) {
      const r = lintText(seed(p), DEFAULT_CONFIG);
      assert.deepStrictEqual(r.findings.filter((f) => ['amount/list-mismatch', 'amount/tier-order', 'amount/cap-conflict'].includes(f.ruleId)).map((f) => f.ruleId), [], p);
    }
  });
});
