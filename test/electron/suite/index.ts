/**
 * Entry point VS Code calls inside the extension host: runs the mocha suite in this folder.
 * With POLICY_LINT_TEST_RESULTS set, also writes {passed, failed, failures} there as JSON (the
 * code-server harness, test/e2e/run.mjs, reads it: the extension host's stdout is not its own).
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000 });
  for (const f of fs.readdirSync(__dirname)) if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const passed: string[] = [];
    const failures: { title: string; error: string }[] = [];
    const runner = mocha.run((failed) => {
      const out = process.env.POLICY_LINT_TEST_RESULTS;
      if (out) fs.writeFileSync(out, JSON.stringify({ passed, failed: failures.length, failures }, null, 2));
      if (failed > 0) reject(new Error(`${failed} tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => passed.push(t.fullTitle()));
    runner.on('fail', (t, err: Error) => failures.push({ title: t.fullTitle(), error: err?.message ?? String(err) }));
  });
}
