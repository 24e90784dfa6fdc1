/**
 * A deterministic measure of how much work the analysis does: the number of basic blocks of the
 * project's compiled code (out/server/src) that ran, from V8's precise block coverage with call counts
 * (the inspector protocol's Profiler domain). The same input gives the same count on every machine,
 * loaded or idle, so tests can assert that work grows linearly with the input (10× the text → about 10×
 * the blocks; a quadratic scan gives 100×) without reading a clock. Time figures are for `npm run bench`.
 *
 * Coverage must be on before the code is first compiled (code optimised without counters is not
 * counted), so the counting runs in a fresh child process (./work-child.ts) that turns it on first and
 * then runs a named scenario from ./work-scenarios.ts.
 *
 * What it does not see: work inside built-ins (a regular expression's own backtracking, String#indexOf
 * scanning ahead). Regular expressions are covered by the static gate (redos.test.ts); code that calls a
 * scanning built-in once per position shows here only through its own loop.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';

/** Run scenario `name` of work-scenarios.ts in a fresh process: label → blocks run. */
export function countInChild(name: string): Record<string, number> {
  const r = spawnSync(process.execPath, [path.join(__dirname, 'work-child.js'), name], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`work-child ${name} failed (${r.status ?? r.signal}): ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, number>;
}
