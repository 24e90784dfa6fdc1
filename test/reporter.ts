/**
 * Mocha's spec reporter plus closing lines in the plain form CI reads: a "NOT RUN: <test>" line for each
 * skipped test (the LibreOffice rendering of the export where LibreOffice is not installed), then
 * "mocha: N passed, N failed, N skipped". Pending (skipped) tests are never counted as passed.
 * Printed from done(), which mocha awaits before it exits (.mocharc sets exit: true).
 */
import * as Mocha from 'mocha';

const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;

class PlainSummaryReporter extends Mocha.reporters.Spec {
  private passed = 0;
  private failed = 0;
  private readonly notRun: string[] = [];

  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.on(EVENT_TEST_PASS, () => { this.passed++; });
    runner.on(EVENT_TEST_FAIL, () => { this.failed++; });
    runner.on(EVENT_TEST_PENDING, (test: Mocha.Test) => { this.notRun.push(test.fullTitle()); });
  }

  done(failures: number, fn?: (failures: number) => void): void {
    for (const t of this.notRun) console.log(`NOT RUN: ${t}`);
    console.log(`mocha: ${this.passed} passed, ${this.failed} failed, ${this.notRun.length} skipped`);
    fn?.(failures);
  }
}
export = PlainSummaryReporter;
