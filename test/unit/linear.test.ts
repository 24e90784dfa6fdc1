/**
 * Empirical linear-time gate through the public lint API (lintText): adversarial texts of 100 KB and
 * 1 MB built from the characters the patterns and scans look at (runs of spaces, tabs, U+3000,
 * digits, 〔, 《, （, 万, 第, 一, 十, 发文字号 with long gaps …) must be linted no slower than 3× the
 * same size of normal policy text (the corpus copy repeated), and 1 MB no slower than 30× 100 KB
 * (linear growth is 10×, quadratic 100×). Only ratios of times measured in this process, each the
 * best of several runs, so a slow or busy machine does not change the verdict.
 */
import * as assert from 'assert';
import { readdirSync } from 'fs';
import { lintText } from '../../server/src/linter';
import { CORPUS, corpusText } from './corpus';

const KB100 = 100 * 1024;
const MB1 = 1024 * 1024;
const HEAD = '示例市关于促进产业发展的若干措施\n\n一、';

/** `unit` repeated to `chars` characters after a policy title (so the document is analysed in full). */
function build(unit: string, chars: number, prefix = HEAD, suffix = '。'): string {
  return prefix + unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars) + suffix;
}

/** Families of adversarial input: name → text of about `n` characters. */
const FAMILIES: Record<string, (n: number) => string> = {
  'spaces': (n) => build(' ', n),
  'tabs': (n) => build('\t', n),
  'U+3000': (n) => build('\u3000', n),
  'digits': (n) => build('9', n),
  'digits then 万元 (最高不超过99…9万元)': (n) => build('9', n, HEAD + '最高不超过', '万元'),
  '〔': (n) => build('〔', n),
  '《': (n) => build('《', n),
  '（': (n) => build('（', n),
  '万': (n) => build('万', n),
  '第': (n) => build('第', n),
  '一': (n) => build('一', n),
  '十': (n) => build('十', n),
  '发文字号 then tabs (国发〔2019〕\\t…)': (n) => build('\t', n, HEAD + '根据国发〔2019〕', 'x。'),
  '发文字号 then U+3000 (〔2020〕\\u3000…)': (n) => build('\u3000', n, HEAD + '根据国发〔2020〕', 'x。'),
  '〔 and spaces': (n) => build('〔 ', n),
  'mixed run': (n) => build('第一十万9 \t\u3000〔《（', n),
  '三部分共十五条': (n) => build('一部分共二条', n),
  '包括…，共': (n) => build('包括甲、乙，共', n),
  '分别 labels': (n) => build('国家级、', n),
  'dated sentences on one line': (n) => build('到2025年，建成9个。', n),
  // Amounts packed densely: each one's clause, cap words, period and beneficiary come from sweeps over
  // the text, not from a scan of the 80–300 characters around every amount.
  '9元 repeated': (n) => build('9元', n),
  '1万元、 repeated': (n) => build('1万元、', n),
  '1万 repeated (万 without 元)': (n) => build('给予1万', n),
};

function time(text: string): number {
  const t0 = process.hrtime.bigint();
  lintText(text);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
const best = (text: string, runs: number) => Math.min(...Array.from({ length: runs }, () => time(text)));

describe('linear time: adversarial input through lintText', function () {
  this.timeout(0);
  let base = '';
  for (const f of readdirSync(CORPUS).sort()) if (f.endsWith('.txt')) base += corpusText(f) + '\n\n';
  const normal = base.repeat(Math.ceil(MB1 / base.length)).slice(0, MB1);
  let baseline = 0;
  before(() => {
    time(base);
    baseline = best(normal, 3);
  });

  for (const [name, make] of Object.entries(FAMILIES)) {
    it(`${name}: 1 MB ≤ 6× 1 MB of policy text, and 1 MB ≤ 30× 100 KB`, () => {
      const small = make(KB100);
      const big = make(MB1);
      assert.ok(big.length >= MB1);
      const tSmall = best(small, 3);
      const tBig = best(big, 2);
      // The target is 3× (npm run bench prints each family's figure beside it); the gate allows 6× so that a
      // loaded machine cannot fail it, while any quadratic scan (hundreds of × at 1 MB) still does.
      assert.ok(tBig <= 6 * baseline, `1 MB took ${tBig.toFixed(0)} ms, ${(tBig / baseline).toFixed(1)}× the ${baseline.toFixed(0)} ms of 1 MB of policy text`);
      // Growth: linear is ~10×; the floor keeps a sub-millisecond 100 KB time from deciding the ratio.
      assert.ok(tBig <= 30 * Math.max(tSmall, baseline / 10), `100 KB ${tSmall.toFixed(1)} ms → 1 MB ${tBig.toFixed(0)} ms`);
    });
  }
});
