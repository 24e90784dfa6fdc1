/**
 * Linear-time gate through the public lint API (lintText), deterministic: adversarial texts built from
 * the characters the patterns and scans look at (runs of spaces, tabs, U+3000, digits, 〔, 《, （, 万, 第,
 * 一, 十, 发文字号 with long gaps, amounts …) are linted at 32 KB and 320 KB, and the work done — the
 * basic blocks of the project's code that ran, counted by V8's block coverage (./work.ts) — must grow
 * about linearly (10× the text: at most 12× the blocks; a quadratic scan gives ~100×) and stay within a
 * bound of the work on the same size of real policy text. No clock is read, so a slow or busy machine
 * cannot change the verdict; the time figures (target: 1 MB of each family ≤ 3× 1 MB of policy text)
 * are printed by `npm run bench`.
 */
import * as assert from 'assert';
import { EXAMPLE_SMALL, exampleUnits, FAMILIES, SMALL } from './work-scenarios';
import { countInChild } from './work';

/** Work on an adversarial family may be at most this many times the work on policy text of the same size. */
const BOUND = 20;

describe('linear time: adversarial input through lintText (work counted, not timed)', function () {
  this.timeout(0);
  let work: Record<string, number> = {};
  before(() => { work = countInChild('adversarial'); });

  it('counts work: policy text of 320 KB runs some hundred thousand blocks', () => {
    assert.ok(work['policy text'] > 100_000, String(work['policy text']));
  });
  for (const name of Object.keys(FAMILIES)) {
    it(`${name}: 10× the text → ≤ 12× the work, and ≤ ${BOUND}× the work on policy text`, () => {
      const small = work[`${name} small`];
      const big = work[`${name} big`];
      const policy = work['policy text'];
      assert.ok(small > 0 && big > 0, 'counted');
      // The floor keeps a tiny count at the small size (a family the analysis skips at once) from deciding the ratio.
      assert.ok(big <= 12 * Math.max(small, policy / 100), `${SMALL / 1024} KB: ${small} blocks → ${SMALL * 10 / 1024} KB: ${big} blocks (${(big / small).toFixed(1)}×)`);
      assert.ok(big <= BOUND * policy, `${big} blocks, ${(big / policy).toFixed(1)}× the ${policy} blocks of the same size of policy text`);
    });
  }
});

describe('linear time: every rule example repeated (work counted, not timed)', function () {
  this.timeout(0);
  // What each rule looks at, many times over: a model or rule that searches every heading, section or
  // number again for each one (seen: measures per task section, goal sections, sibling runs, ratios in one
  // long sentence, 附件 lines against every 发文字号) grows with the square of such a text.
  let work: Record<string, number> = {};
  before(() => { work = countInChild('examples'); });
  for (const { name } of exampleUnits()) {
    it(`${name} repeated: 10× the text → ≤ 12× the work, and ≤ ${BOUND}× the work on policy text`, () => {
      const small = work[`${name} small`];
      const big = work[`${name} big`];
      const policy = work['policy text'];
      assert.ok(small > 0 && big > 0, 'counted');
      assert.ok(big <= 12 * Math.max(small, policy / 100), `${EXAMPLE_SMALL / 1024} KB: ${small} blocks → ${EXAMPLE_SMALL * 10 / 1024} KB: ${big} blocks (${(big / small).toFixed(1)}×)`);
      assert.ok(big <= BOUND * policy, `${big} blocks, ${(big / policy).toFixed(1)}× the ${policy} blocks of the same size of policy text`);
    });
  }
});
