/**
 * Large documents are analysed in worker threads so that the server's main thread keeps answering
 * requests. Per document there is at most one worker analysing (the runner) and one worker holding
 * the model of the newest finished analysis (the holder), which answers hover, outline, completion
 * and code actions while the runner works. The first change after a quiet period cancels (terminates)
 * the runner; while changes keep coming, the runner runs to the end and the newest version starts
 * right after it, so that results keep arriving while the user types.
 */
import { Worker } from 'worker_threads';
import type { Diagnostic } from 'vscode-languageserver';
import { existsSync } from 'fs';
import type { AnalyseMessage, AnalysisSummary, JobMessage } from './worker';

/** Documents with at least this many characters are analysed off the main thread. */
export const WORKER_MIN_CHARS = 150_000;

export interface Finished { summary: AnalysisSummary; diagnostics: Diagnostic[] }
interface Runner { worker: Worker; input: AnalyseMessage }
interface Holder extends Finished { worker: Worker }
/**
 * warm: the worker that held the previous analysis, kept for the document's next one: its compiled code is
 * warm for this document (a fresh worker loads the bundle and runs the analysis cold, several times slower).
 */
interface State { runner?: Runner; holder?: Holder; warm?: Worker; next?: AnalyseMessage; cancelledInRow: number; waiters: (() => void)[] }
interface Cancellable { isCancellationRequested: boolean; onCancellationRequested(f: () => void): { dispose(): void } }

export class Offloader {
  private states = new Map<string, State>();
  private replies = new Map<number, { worker: Worker; resolve: (v: unknown) => void }>();
  private nextId = 1;
  /** A worker started ahead of need: loading the bundle is then off the critical path. */
  private spare: Worker | undefined;

  constructor(private readonly workerPath: string, private readonly onFinished: (f: Finished) => void,
    private readonly log: (m: string) => void) {}

  private state(uri: string): State {
    let s = this.states.get(uri);
    if (!s) { s = { cancelledInRow: 0, waiters: [] }; this.states.set(uri, s); }
    return s;
  }

  /** Make sure the analysis of this version and configuration is finished or on its way. */
  request(input: AnalyseMessage): void {
    const s = this.state(input.uri);
    const same = (v: { version: number; configKey: string } | undefined) => !!v && v.version === input.version && v.configKey === input.configKey;
    if (same(s.holder?.summary) && !s.runner) return;
    if (s.runner) {
      if (same(s.runner.input)) { s.next = undefined; return; }
      if (s.cancelledInRow === 0) {
        this.log(`cancelled the analysis of ${input.uri} v${s.runner.input.version} (superseded by v${input.version})`);
        this.stop(s.runner.worker);
        s.runner = undefined;
        s.cancelledInRow++;
        this.start(s, input);
      } else {
        s.next = input; // runs as soon as the current one finishes
      }
      return;
    }
    if (same(s.holder?.summary)) return;
    this.start(s, input);
  }

  private start(s: State, input: AnalyseMessage): void {
    const warm = s.warm;
    s.warm = undefined;
    const worker = warm ?? this.spare ?? new Worker(this.workerPath);
    worker.removeAllListeners();
    if (!warm) {
      this.spare = undefined;
      setImmediate(() => {
        if (!this.spare) { this.spare = new Worker(this.workerPath); this.spare.unref(); this.spare.on('error', () => { this.spare = undefined; }); }
      });
    }
    worker.ref();
    const runner: Runner = { worker, input };
    s.runner = runner;
    worker.on('message', (m: { type: string; summary?: AnalysisSummary; id?: number; result?: unknown; error?: string }) => {
      if (m.type === 'reply') {
        const r = this.replies.get(m.id!);
        this.replies.delete(m.id!);
        if (m.error) this.log(`request failed in the analysis worker: ${m.error}`);
        r?.resolve(m.error ? null : m.result);
      } else if (m.type === 'analysed' && s.runner === runner) {
        this.finish(s, runner, m.summary!);
      }
    });
    worker.on('error', (e) => this.log(`analysis worker failed: ${e instanceof Error ? e.stack : String(e)}`));
    worker.on('exit', () => {
      this.dropReplies(worker);
      if (s.runner === runner) { // died before finishing (out of memory…): do not retry the same version
        this.log(`analysis worker for ${input.uri} v${input.version} stopped without a result`);
        s.runner = undefined;
        this.wake(s);
        this.startNext(s);
      }
    });
    worker.postMessage(input);
  }

  private finish(s: State, runner: Runner, summary: AnalysisSummary): void {
    let diagnostics: Diagnostic[] = [];
    try { diagnostics = JSON.parse(summary.diagnosticsJson) as Diagnostic[]; } catch { /* empty */ }
    summary.diagnosticsJson = '';
    if (s.holder) {
      // The previous holder answers no more queries; it analyses the document's next version.
      const previous = s.holder.worker;
      this.dropReplies(previous);
      if (s.warm) this.stop(s.warm);
      previous.removeAllListeners();
      previous.on('error', () => undefined);
      previous.on('exit', () => { if (s.warm === previous) s.warm = undefined; });
      s.warm = previous;
    }
    s.holder = { worker: runner.worker, summary, diagnostics };
    s.runner = undefined;
    // Still typing (a newer version is waiting): its analysis is not cancelled by the next keystroke.
    s.cancelledInRow = s.next ? 1 : 0;
    this.onFinished({ summary, diagnostics });
    this.wake(s);
    this.startNext(s);
  }

  private startNext(s: State): void {
    const n = s.next;
    s.next = undefined;
    if (n && !(s.holder && s.holder.summary.version === n.version && s.holder.summary.configKey === n.configKey)) this.start(s, n);
  }

  private wake(s: State): void { const w = s.waiters; s.waiters = []; for (const f of w) f(); }

  private stop(worker: Worker): void {
    this.dropReplies(worker);
    void worker.terminate();
  }

  private dropReplies(worker: Worker): void {
    for (const [id, r] of this.replies) if (r.worker === worker) { this.replies.delete(id); r.resolve(null); }
  }

  /** Whether jobs can run in a worker: the worker script is there (the bundle, or the compiled tests' copy). */
  canRunJobs(): boolean { return existsSync(this.workerPath); }

  /**
   * Run a self-contained job (reading a .docx, comparing two long versions) in a worker of its own, so
   * that the main thread keeps answering hovers and pulls meanwhile. Rejects when the worker fails or
   * stops without an answer (out of memory on a hostile file): the caller reports it, and does not retry
   * the job on the main thread.
   */
  job<T>(method: JobMessage['method'], params: unknown, locale: string): Promise<T> {
    const worker = this.spare ?? new Worker(this.workerPath);
    this.spare = undefined;
    worker.removeAllListeners();
    worker.ref();
    return new Promise<T>((resolve, reject) => {
      let done = false;
      const finish = (f: () => void) => { if (done) return; done = true; f(); void worker.terminate(); };
      worker.on('message', (m: { type: string; result?: unknown; error?: string }) => {
        if (m.type === 'reply') finish(() => (m.error ? reject(new Error(m.error)) : resolve(m.result as T)));
      });
      worker.on('error', (e) => finish(() => reject(e)));
      worker.on('exit', () => finish(() => reject(new Error('the worker stopped without an answer'))));
      worker.postMessage({ type: 'job', id: 0, method, params, locale } satisfies JobMessage);
    });
  }

  /** The newest finished analysis of a document. */
  latest(uri: string): Finished | undefined { return this.states.get(uri)?.holder; }

  /** True while an analysis of the document is running or waiting to run. */
  busy(uri: string): boolean { const s = this.states.get(uri); return !!(s?.runner || s?.next); }

  /** Resolves when the next analysis of the document finishes, the token is cancelled or the document closes. */
  whenFinished(uri: string, token?: Cancellable): Promise<void> {
    const s = this.state(uri);
    if (!s.runner && !s.next) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const sub = token?.onCancellationRequested(() => resolve());
      s.waiters.push(() => { sub?.dispose(); resolve(); });
      if (token?.isCancellationRequested) resolve();
    });
  }

  /** Ask the worker holding the newest finished model of the document (waits for the first one). */
  async query<T>(uri: string, method: string, params: Record<string, unknown>, token?: Cancellable): Promise<T | null> {
    let s = this.states.get(uri);
    if (s && !s.holder) await this.whenFinished(uri, token);
    s = this.states.get(uri);
    if (!s?.holder || token?.isCancellationRequested) return null;
    const worker = s.holder.worker;
    const id = this.nextId++;
    return new Promise<T | null>((resolve) => {
      this.replies.set(id, { worker, resolve: resolve as (v: unknown) => void });
      worker.postMessage({ type: 'query', id, method, params });
    });
  }

  close(uri: string): void {
    const s = this.states.get(uri);
    if (!s) return;
    this.states.delete(uri);
    if (s.runner) this.stop(s.runner.worker);
    if (s.holder) this.stop(s.holder.worker);
    if (s.warm) this.stop(s.warm);
    s.warm = undefined;
    this.wake(s);
  }

  has(uri: string): boolean { return this.states.has(uri); }

  /** Stop every worker (the server shuts down). */
  dispose(): void {
    for (const uri of [...this.states.keys()]) this.close(uri);
    if (this.spare) this.stop(this.spare);
    this.spare = undefined;
  }
}
