/** number/ rules: the RULES.md §3–5 tables, corpus pairs, the shipped examples and the token helpers. */
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { applyFixes, lintText, parseDocument } from '../../server/src/linter';
import { formatArabic, mixedValue, numericRanges } from '../../server/src/core/tokens';
import { countInChild } from './work';

const ROOT = path.join(__dirname, '..', '..', '..');
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'corpus');
const corpus = (p: string) => readFileSync(path.join(CORPUS, readdirSync(CORPUS).find((f) => f.startsWith(p))!), 'utf8');
const hits = (text: string, rule: string) => lintText(text).findings.filter((f) => f.ruleId === rule);
const spans = (text: string, rule: string) => hits(text, rule).map((f) => text.slice(f.range.start, f.range.end));

// Excerpts of RULES.md §3–5 (✘ must be flagged by the rule, ✔ must not), copied here because
// nothing may read ../shared at test time. Each ✘ gets a context that the rule needs (an Arabic
// form elsewhere for same-form, a dated signature for date-format).
const TABLE: { rule: string; bad: string[]; good: string[] }[] = [
  { rule: 'number/mixed', bad: ['资金达到1千万以上。', '奖励4千元。', '距离3亿4千5百万公里。'], good: ['资金达到1000万以上。', '总投资3.45亿元。', '一律按规定执行。'] },
  { rule: 'number/same-form', bad: ['连续5年奖励。连续二年未使用的收回。', '2个千亿级产业集群和6个五百亿级产业集群。'], good: ['2个千亿级产业集群和6个500亿级产业集群。', '连续5年奖励。“十四五”时期，十三届全国人大五次会议，三五天，一两个，第一。'] },
  { rule: 'number/approx', bad: ['建设1到2个基地。', '建设2、3个基地。'], good: ['建设一两个基地。', '建设1～2个基地。', '政策期限为2016年至2018年。'] },
  { rule: 'number/year-short', bad: ['19年底前完成。', "力争'19年完成。"], good: ['2019年底前完成。'] },
  { rule: 'number/range-mark', bad: ['给予5%-20%奖励。', '给予3萬元-5萬元的資金支持。', '95分-99分的给予奖励。', '给予5万-200万元奖励。', '行动计划（2023-2025年）', '今年5月-6月开展。', '培育8—10个企业。', '按5%—20%奖励。'], good: ['给予5%～20%奖励。', '给予500万～1000万元。', '给予3万元～5万元。', '行动计划（2023—2025年）', '5—6月或5月—6月开展。', '（西郝庄—朱金紫）', '培育8～10个企业。'] },
  { rule: 'number/range-unit', bad: ['增长15～30%。', '给予13～17万元。', '给予500~1000 万元资助。'], good: ['增长15%～30%。', '给予13万元～17万元。', '给予500万～1000万元。'] },
  { rule: 'number/date-format', bad: ['成文日期：2019年03月08日', '某市人民政府\n二〇一九年三月八日\n'], good: ['成文日期：2019年3月8日', '国务院办公厅\n二〇〇七年三月二十六日\n'] },
];

describe('number: RULES.md §3–5 examples', () => {
  for (const row of TABLE) {
    for (const bad of row.bad) it(`${row.rule} flags ✘ ${JSON.stringify(bad)}`, () => assert.ok(hits(bad, row.rule).length > 0));
    for (const good of row.good) it(`${row.rule} passes ✔ ${JSON.stringify(good)}`, () => assert.deepStrictEqual(spans(good, row.rule), []));
  }
});

describe('number: severities and fixes', () => {
  it('a hyphen in a numeric range is an error, in a span of time a warning, — in a numeric range information', () => {
    const text = '给予5%-20%奖励。行动计划（2023-2025年）。培育8—10个企业。';
    assert.deepStrictEqual(hits(text, 'number/range-mark').map((f) => f.severity), ['error', 'warning', 'information']);
  });
  it('fixes write ～ for numbers and — for time, and ~ in a half-width web copy', () => {
    const text = '给予5%-20%奖励。行动计划（2023-2025年）。';
    assert.strictEqual(applyFixes(text, hits(text, 'number/range-mark')).text, '给予5%～20%奖励。行动计划（2023—2025年）。');
    const web = corpus('025');
    const f = hits(web, 'number/range-mark');
    assert.ok(f.length >= 5 && f.every((x) => x.fix!.edits[0].newText === '~'));
  });
  it('the fix of a traditional-script document writes traditional characters', () => {
    const text = '懷化市人民政府辦公室關于印發經濟增長實施方案的通知\n建設1到2個基地，整合3千萬元資金。\n';
    assert.ok(parseDocument(text).traditional);
    const out = applyFixes(text, lintText(text).findings.filter((f) => f.ruleId.startsWith('number/'))).text;
    assert.ok(out.includes('建設一兩個基地'), out);
    assert.ok(out.includes('整合3000萬元資金'), out);
  });
  it('range-unit inserts the unit as written (％, 萬)', () => {
    const text = '增长10～20％，给予30～50萬元。';
    assert.strictEqual(applyFixes(text, hits(text, 'number/range-unit')).text, '增长10％～20％，给予30萬～50萬元。');
  });
  it('a Chinese-numeral 成文日期 is flagged only after 2012-07-01', () => {
    assert.strictEqual(hits('某市人民政府\n二〇一二年六月三十日\n', 'number/date-format').length, 0);
    assert.strictEqual(hits('某市人民政府\n二〇一二年七月一日\n', 'number/date-format').length, 1);
  });
});

describe('number: corpus', () => {
  it('002 → 001: 5%-20% (error) became 5%—20% (information only)', () => {
    const early = hits(corpus('002'), 'number/range-mark').filter((f) => f.severity === 'error');
    assert.ok(early.some((f) => corpus('002').slice(f.range.start, f.range.end) === '5%-20%'));
    assert.ok(hits(corpus('001'), 'number/range-mark').every((f) => f.severity === 'information'));
  });
  it('033 (2023—2025年) is clean; 034 (2023-2025年) is flagged', () => {
    assert.strictEqual(hits(corpus('033'), 'number/range-mark').filter((f) => f.severity !== 'information').length, 0);
    assert.ok(spans(corpus('034'), 'number/range-mark').includes('2023-2025年'));
  });
  it('002 gives 五年…前三年…后两年 beside Arabic years; 001 rewrote it as 5/2/3', () => {
    assert.deepStrictEqual(spans(corpus('002'), 'number/same-form'), ['五', '三', '两']);
    assert.ok(!spans(corpus('001'), 'number/same-form').includes('五'));
  });
  it('the national documents 004–019 raise no number/ finding above information', () => {
    for (let n = 4; n <= 19; n++) {
      const id = String(n).padStart(3, '0');
      const bad = lintText(corpus(id)).findings.filter((f) => f.ruleId.startsWith('number/') && f.severity !== 'information' && f.ruleId !== 'number/same-form');
      assert.deepStrictEqual(bad.map((f) => f.ruleId), [], id);
    }
  });
  it('the shipped example drafts raise number/ findings only on the planted 3-5亿元', () => {
    const dir = path.join(ROOT, 'examples');
    for (const f of readdirSync(dir).filter((x) => /\.(txt|md)$/.test(x) && x !== 'README.md')) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const got = lintText(text).findings.filter((x) => x.ruleId.startsWith('number/')).map((x) => text.slice(x.range.start, x.range.end));
      assert.deepStrictEqual(got, f === 'action-plan-draft.txt' ? ['3-5亿元', '3-5亿元'] : [], f);
    }
  });
});

describe('number: tokens', () => {
  it('mixedValue reads Arabic digits with 十/百/千/万/亿', () => {
    assert.strictEqual(mixedValue('1千万'), 1e7);
    assert.strictEqual(mixedValue('3亿4千5百万'), 3.45e8);
    assert.strictEqual(mixedValue('2万5千'), 25000);
    assert.strictEqual(mixedValue('1万亿'), 1e12);
  });
  it('formatArabic keeps the largest 万/亿', () => {
    assert.strictEqual(formatArabic(1e7, '万'), '1000万');
    assert.strictEqual(formatArabic(3.45e8, '亿'), '3.45亿');
    assert.strictEqual(formatArabic(4000, ''), '4000');
  });
  it('ranges: dates, codes and phone numbers are not ranges; time spans are told apart', () => {
    const doc = parseDocument('发布时间:2023-07-21，GB/T 15834-2011，电话0755-83788608，（2023-2025年），5-6月，3-12个月。');
    const rs = numericRanges(doc).map((r) => [doc.text.slice(r.range.start, r.range.end), r.time]);
    // Unitless pairs (15834-2011, 0755-83788608) are kept as tokens; the rules need a unit or years.
    assert.deepStrictEqual(rs.filter(([s]) => /[年月个]$/.test(String(s))), [['2023-2025年', true], ['5-6月', true], ['3-12个月', false]]);
    assert.ok(!rs.some(([s]) => String(s).includes('2023-07')), 'a numeric date is not a range');
    assert.deepStrictEqual(lintText(doc.text).findings.filter((f) => f.ruleId === 'number/range-mark').map((f) => doc.text.slice(f.range.start, f.range.end)), ['2023-2025年', '5-6月', '3-12个月']);
  });
  it('the number/ and text/ rules do work in proportion to the size of the document (250 KB → 1 MB)', function () {
    this.timeout(0);
    // Blocks of code run, counted (./work.ts), not timed: linear work grows 4×, quadratic work 16×.
    const w = countInChild('numberText');
    assert.ok(w['big findings'] > 1000);
    assert.ok(w.big < 5 * w.small, `${w.small} blocks at 250 KB, ${w.big} blocks at 1 MB`);
  });
});
