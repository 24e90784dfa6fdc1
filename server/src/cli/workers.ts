/**
 * Check many files on every core: worker threads running this same bundle (dist/cli.js), fed batches
 * of files; results come back in the order the files were given.
 */
import * as os from 'os';
import { isMainThread, parentPort, Worker } from 'worker_threads';
import type { Locale, PolicyLintConfig } from '../linter';
import { checkFile, FileResult } from './check';
import type { FileEntry } from './files';

export interface Job { index: number; entry: FileEntry; config: PolicyLintConfig }
interface Batch { jobs: Job[]; locale: Locale }

/** Use workers from this many files on (below it, starting threads costs more than it saves). */
export const PARALLEL_FROM = 40;
const BATCH = 25;

/** In a worker: answer batches until the main thread closes the port. Returns true when running as a worker. */
export function runWorkerIfChild(): boolean {
  if (isMainThread || !parentPort) return false;
  const port = parentPort;
  port.on('message', (b: Batch) => {
    void Promise.all(b.jobs.map(async (j) => ({ index: j.index, result: await checkFile(j.entry, j.config, b.locale) })))
      .then((out) => port.postMessage(out));
  });
  return true;
}

export async function checkInParallel(jobs: Job[], locale: Locale, script: string): Promise<FileResult[]> {
  const results: FileResult[] = new Array(jobs.length);
  const count = Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, Math.ceil(jobs.length / BATCH)));
  let next = 0;
  await Promise.all(Array.from({ length: count }, () => new Promise<void>((resolve, reject) => {
    const w = new Worker(script);
    const feed = () => {
      if (next >= jobs.length) { void w.terminate().then(() => resolve()); return; }
      const batch = jobs.slice(next, next + BATCH);
      next += BATCH;
      w.postMessage({ jobs: batch, locale } satisfies Batch);
    };
    w.on('message', (out: { index: number; result: FileResult }[]) => {
      for (const o of out) results[o.index] = o.result;
      feed();
    });
    w.on('error', reject);
    feed();
  })));
  return results;
}
