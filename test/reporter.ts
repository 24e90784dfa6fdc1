/**
 * Mocha's spec reporter plus one closing line in the plain form CI reads:
 * "mocha: N passed, N failed, N skipped". Pending (skipped) tests are never counted as passed.
 */
import * as Mocha from 'mocha';

const { EVENT_RUN_END, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;

class PlainSummaryReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    let passed = 0, failed = 0, skipped = 0;
    runner.on(EVENT_TEST_PASS, () => { passed++; });
    runner.on(EVENT_TEST_FAIL, () => { failed++; });
    runner.on(EVENT_TEST_PENDING, () => { skipped++; });
    runner.once(EVENT_RUN_END, () => {
      // Printed after the spec reporter's epilogue.
      setImmediate(() => console.log(`mocha: ${passed} passed, ${failed} failed, ${skipped} skipped`));
    });
  }
}
export = PlainSummaryReporter;
