/** The amount model on seeds/004 五、政策措施 and the seeds' lists (issue 5's acceptance). */
import * as assert from 'assert';
import { corpus } from './corpus';
import { DEFAULT_CONFIG, lintText, parseDocument } from '../../server/src/linter';
import { moneyItems } from '../../server/src/core/money';
import { fundingRows } from '../../server/src/lsp/hover';

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

/** Findings of one rule on a text, as the flagged strings. */
function flagged(text: string, rule: string): string[] {
  const r = lintText(text, DEFAULT_CONFIG);
  return r.findings.filter((f) => f.ruleId === rule).map((f) => r.doc.text.slice(f.range.start, f.range.end));
}

describe('amount/missing-unit: money without 元 read through its qualifiers (issue 19)', () => {
  it('flags 万 money before 一次性 / 不等的 / a loan', () => {
    // more/065: 给予每个项目20万元一次性奖补, with 元 removed.
    assert.deepStrictEqual(flagged('对绩效评价结果前10位的项目，给予每个项目20万一次性奖补。', 'amount/missing-unit'), ['20万']);
    // corpus 025: 给予企业5万-200万元不等的一次性奖励, with 元 removed.
    assert.deepStrictEqual(flagged('第四条给予企业5万-200万不等的一次性奖励。', 'amount/missing-unit'), ['5万-200万']);
    // corpus 005: 可申请最高不超过15万元的创业担保贷款, with 元 removed.
    assert.deepStrictEqual(flagged('符合创业担保贷款申请条件的人员自主创业的，可申请最高不超过15万的创业担保贷款。', 'amount/missing-unit'), ['15万']);
  });
  it('leaves ranges with 元 after the upper end, and counts, alone', () => {
    // more/062 and corpus 002, 032 as written or with the first 元 left off (GB/T 15835 allows it).
    for (const t of ['给予人民币1万元至3万元奖励；', '给予人民币1万至3万元奖励；', '给予企业10万—100万元资金支持。', '給予3萬-5萬元的資金支持。',
      '新增城镇就业10万人，给予一次性奖补。', '带动就业1万余人，按规定给予奖励。', '建设1万平方米厂房的，给予一次性奖补。']) {
      assert.deepStrictEqual(flagged(t, 'amount/missing-unit'), [], t);
    }
  });
});

describe('amount/cap-conflict: a measure restated with another cap (issue 19)', () => {
  const measure = '（三）加大创业担保贷款贴息及奖补政策支持力度。符合创业担保贷款申请条件的人员自主创业的，可申请最高不超过15万元的创业担保贷款。小微企业当年新招用符合创业担保贷款申请条件的人员数量达到企业现有在职职工人数的25%（超过100人的企业达到15%）并与其签订1年以上劳动合同的，可申请最高不超过300万元的创业担保贷款。';
  it('the beneficiary named by the condition before the clause (…的，可申请…)', () => {
    const doc = parseDocument(measure);
    const b = moneyItems(doc).map((i) => i.beneficiary);
    assert.match(b[0], /^符合创业担保贷款申请条件的人员自主创业$/);
    assert.match(b[1], /^小微企业当年新招用/);
  });
  it('different beneficiaries (individuals 15万元, small firms 300万元) are no conflict; a restatement with 30万元 is', () => {
    assert.deepStrictEqual(flagged(measure, 'amount/cap-conflict'), []);
    assert.deepStrictEqual(flagged(measure + '\n' + measure.replace('15万元', '30万元'), 'amount/cap-conflict'), ['30万元']);
  });
});

describe('amount: money given, not money measured (the funding summary)', () => {
  const funding = (text: string) => moneyItems(parseDocument('示例市关于促进产业发展的若干措施\n一、重点任务\n' + text)).map((i) => `${i.amount.text}:${i.funding ? 'funding' : 'measure'}`);
  it('an eligibility threshold or a size is not funding; the grant after it is', () => {
    // more/039: a revenue threshold before the grant.
    assert.deepStrictEqual(funding('（一）对年营业收入首次超过100亿元的服务业企业，给予一次性奖励200万元。'), ['100亿元:measure', '200万元:funding']);
    // seeds/004: a goal, the size of an industry.
    assert.deepStrictEqual(funding('（二）全市IAB产业规模年均增长15%以上，总规模超10000亿元。'), ['10000亿元:measure']);
    // 063: fines are not funding.
    assert.deepStrictEqual(funding('（三）拒不改正的，处1万元以上10万元以下的罚款。'), ['1万元:measure', '10万元:measure']);
  });
  it('grants, awards, caps and tiers are funding, before or after the verb', () => {
    // 030: the amount before its verb.
    assert.deepStrictEqual(funding('（一）按每家20万元给予资助。'), ['20万元:funding']);
    // 000: a tiered list of caps with 予以.
    assert.deepStrictEqual(funding('（二）市财政每年度分别予以不超过40万元、30万元和20万元的专项工作经费。'), ['40万元:funding', '30万元:funding', '20万元:funding']);
    assert.deepStrictEqual(funding('（三）按项目总投资的10%给予补助，最高500万元。每亩补助300元。'), ['500万元:funding', '300元:funding']);
  });
});

describe('amount: floor-only awards and per-unit rates are money items of their own (issue 19)', () => {
  const kinds = (text: string) => parseDocument(text).amounts.map((a) => `${a.text}:${a.kind}`);
  it('不低于 X with no cap is a floor; 每亩 / 元/亩 / 元/人/夜 with no cap is a rate; a cap stays a cap', () => {
    // more/039 with 不低于 for 不超过.
    assert.deepStrictEqual(kinds('一次性给予不低于100万元资金奖励。'), ['100万元:floor']);
    // corpus 001 and 003.
    assert.deepStrictEqual(kinds('对新建面积在500亩以上的，给予企业200元/亩奖励。'), ['200元:rate']);
    assert.deepStrictEqual(kinds('对组团达1000人次以上的，给予5元/人/夜的奖励。'), ['5元:rate']);
    assert.deepStrictEqual(kinds('对新建高标准农田每亩补助300元，每亩最高补助500元。'), ['300元:rate', '500元:cap']);
    // 每家, 每个项目: per beneficiary, not a rate.
    assert.deepStrictEqual(kinds('每个项目20万元。每家企业最高50万元。'), ['20万元:fixed', '50万元:cap']);
  });
  it('the funding summary lists floors and rates but adds only caps, sums, tiers and ranges', () => {
    const rows = fundingRows(parseDocument('示例市关于促进产业发展的若干措施\n一、重点任务\n（一）对新认定的国家级企业技术中心，一次性给予不低于100万元资金奖励。\n（二）对新建面积在500亩以上的，给予企业200元/亩奖励。\n（三）对新认定的省级企业技术中心，给予最高50万元奖励。\n'), 'zh-cn');
    assert.deepStrictEqual(rows.map((r) => `${r.text}:${r.kind}:${r.inTotal}`), ['100万元:下限:false', '200元:单价（按单位计）:false', '50万元:上限:true']);
  });
  it('thresholds inside the beneficiary tell tiers apart (corpus 002: 达到30万元以上 / 50万元以上)', () => {
    const text = '（九）对年上缴税金地方经济贡献额达到30万元以上的规模以上工业企业，一次性给予10万元奖励；对年上缴税金地方经济贡献额达到50万元以上的规模以上工业企业，一次性给予20万元奖励。';
    assert.deepStrictEqual(flagged(text, 'amount/cap-conflict'), []);
    assert.deepStrictEqual(flagged(text + '\n（十）对年上缴税金地方经济贡献额达到50万元以上的规模以上工业企业，给予15万元奖励。', 'amount/cap-conflict'), ['15万元']);
  });
});
