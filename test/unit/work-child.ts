/**
 * Child process of work.ts (not a test file): turns V8 block coverage with call counts on, then loads
 * the scenarios (and through them the linter) and prints the blocks each labelled step ran, as JSON.
 */
import { Session } from 'inspector';

const session = new Session();
session.connect();

interface Coverage { result: { url: string; functions: { ranges: { count: number }[] }[] }[] }
function post<T>(method: string, params?: object): T {
  let out: T | undefined;
  let error: Error | null = null;
  // A session in the same thread answers synchronously.
  session.post(method, params ?? {}, (e, r) => { error = e; out = r as T; });
  if (error) throw error;
  return out as T;
}
post('Profiler.enable');
post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });

/** Blocks of out/server/src run since the last call (taking the coverage resets the counters). */
function take(): number {
  let n = 0;
  for (const script of post<Coverage>('Profiler.takePreciseCoverage').result) {
    if (!script.url.includes('/out/server/src/')) continue;
    for (const f of script.functions) for (const r of f.ranges) n += r.count;
  }
  return n;
}
export type Count = (fn: () => unknown) => number;
const count: Count = (fn) => { take(); fn(); return take(); };

// Loaded only now, so that every function of the linter is compiled with its counters.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SCENARIOS } = require('./work-scenarios') as typeof import('./work-scenarios');
const name = process.argv[2];
const scenario = SCENARIOS[name];
if (!scenario) { process.stderr.write(`unknown scenario ${name}\n`); process.exit(2); }
process.stdout.write(JSON.stringify(scenario(count)));
