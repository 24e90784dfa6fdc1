/**
 * The policy-lint language server on a given connection: `startServer(connection)`. The process entry
 * (../server.ts) makes the connection from the command line (stdio, IPC, socket); tests can hand it an
 * in-memory one. All analysis is in ../core; this file is protocol only.
 */
import {
  CodeAction, CodeActionKind, CompletionItem, Connection, Diagnostic, DocumentSymbol, FoldingRange, Hover, DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind, FileChangeType, InitializeParams, InitializeResult, LSPErrorCodes, ResponseError,
  TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocSummary, Locale, PolicyDocument, PolicyLintConfig } from '../linter';
import { fileURLToPath } from 'url';
import * as path from 'path';
import { kindLabel, lintDocument, message, parseDocument, pickLocale, relatedFindings, resolveConfig, summarize } from '../linter';
import { exportGongwenDocx, resolveFonts } from '../export/gongwen-docx';
import { findRcFile } from '../rcfile';
import { analyse, Analysis } from './analysis';
import { FIX_ALL_KIND, fixAllAction, quickFixes } from './actions';
import { fundingRows, hoverAt } from './hover';
import { withLibraryHover } from './library-hover';
import { learnRequest } from './learn';
import { documentSymbols, foldingRanges } from './outline';
import { titleCompletionItems, unitCompletionItems } from './completion';
import { Finished, Offloader, WORKER_MIN_CHARS } from './offload';
import { lastEditEnd, LastEdit, typedJustNow } from './typing';
import type { AnalysisSummary, CompareJob } from './worker';
import { taskTable, taskTableCsv, taskTableMarkdown, type TaskTable } from '../core/tasks';
import { compareDocx, compareReport } from '../cli/compare';
import { taskTableDocx } from '../cli/tasks';
import { fileOfView, ReadDocxParams, ReadDocxResponse, readDocxRequest } from './docx';
import { timeline } from './timeline';
import { indexable, RelatedIndex } from './related-index';
import { relatedDiagnostic } from './convert';

/** The scheme of the client's read-only views of .docx files. */

/** Versions at least this long (both together, characters) are compared off the main thread. */
const COMPARE_OFFLOAD_CHARS = 50_000;

interface ClientOptions { locale?: string; snippetCommand?: string; openDocCommand?: string; disableRuleCommand?: string; severityCommand?: string; fixCommand?: string }

export interface ServerOptions {
  /** The bundled worker script for large documents (default: server-worker.js beside this file). */
  workerScript?: string;
}

/** Serve policy-lint on `connection`: registers every handler and starts listening. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  /** Where each document was last edited: an opening mark being typed there is not reported yet (lsp/typing.ts). */
  const lastEdits = new Map<string, LastEdit>();
  const documents = new TextDocuments<TextDocument>({
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
    update: (doc, changes, version) => {
      // Apply all but the last change, read where the last one lands, then apply it.
      if (changes.length > 1) TextDocument.update(doc, changes.slice(0, -1), version);
      const last = changes[changes.length - 1] as { range?: { start: { line: number; character: number } }; text: string } | undefined;
      const end = lastEditEnd(last, (p) => doc.offsetAt(p));
      const next = TextDocument.update(doc, last ? [changes[changes.length - 1]] : [], version);
      if (end === undefined) lastEdits.delete(doc.uri);
      else lastEdits.set(doc.uri, { version, offset: end });
      return next;
    },
  });

  /** The diagnostics to show of `version`: without citation/unbalanced on a mark still being typed. */
  function shown(td: TextDocument, version: number, diagnostics: Diagnostic[]): Diagnostic[] {
    const edit = lastEdits.get(td.uri);
    if (!edit || edit.version !== version || td.version !== version) return diagnostics;
    if (!diagnostics.some((d) => d.code === 'citation/unbalanced')) return diagnostics;
    const text = td.getText();
    return diagnostics.filter((d) => d.code !== 'citation/unbalanced' || !typedJustNow(text, edit, td.offsetAt(d.range.start)));
  }


  let locale: Locale = 'zh-cn';
  let pullDiagnostics = false;
  let configurationPull = false;
  let refreshSupport = false;
  let clientOptions: ClientOptions = {};
  let workspaceFolders: string[] = [];
  let workspaceFolderEvents = false;

  /** The local path of the workspace folder holding a document (the rc file search stops there). */
  function folderPathOf(uri: string): string | undefined {
    const owner = workspaceFolders.filter((f) => uri.startsWith(f.endsWith('/') ? f : f + '/')).sort((a, b) => b.length - a.length)[0];
    try {
      return owner && owner.startsWith('file:') ? fileURLToPath(owner) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Settings per resource, pulled from the client; invalidated on didChangeConfiguration. */
  const settingsCache = new Map<string, Promise<{ config: PolicyLintConfig; key: string }>>();
  /** One analysis per document version and settings. */
  const analyses = new Map<string, Analysis>();
  const reportedConfigErrors = new Set<string>();

  function log(msg: string): void { connection.console.log(`[policy-lint] ${msg}`); }

  /**
   * The workspace's policy documents, summarised in the background for the checks across related
   * files (lsp/related-index.ts); when a summary comes in or changes, the open documents are checked again.
   */
  const index = new RelatedIndex(() => recheckAll(), log);
  /** The summary of an open document's current parse (one per parse). */
  const ownSummaries = new WeakMap<PolicyDocument, DocSummary>();
  function summaryOf(uri: string, doc: PolicyDocument): DocSummary {
    let s = ownSummaries.get(doc);
    if (!s) { s = summarize(doc, uri); ownSummaries.set(doc, s); }
    return s;
  }

  /**
   * The findings across files on an open document: its summary paired with the indexed files (another
   * open document counts as its current text), as diagnostics. Only the open document's own findings.
   */
  function relatedDiagnosticsOf(uri: string, own: DocSummary, version: number, config: PolicyLintConfig): Diagnostic[] {
    if (own.role === 'other' || !config.enable) return [];
    // Keyed by the file a document is: a .docx open as policy text replaces the index's summary of that .docx.
    const docs = new Map<string, DocSummary>();
    for (const s of index.summaries()) docs.set(fileOfView(s.id), s);
    for (const other of documents.all()) {
      const b = analyses.get(other.uri);
      if (other.uri !== uri && b?.doc && b.version === other.version) docs.set(fileOfView(other.uri), summaryOf(other.uri, b.doc));
    }
    docs.set(fileOfView(uri), own);
    if (docs.size < 2) return [];
    try {
      const { findings, errors } = relatedFindings([...docs.values()], { only: new Set([uri]), configOf: () => config });
      for (const err of errors) log(message('ui/rule-error', { rule: err.ruleId, error: err.error }, 'en'));
      return (findings.get(uri) ?? []).map((f) => relatedDiagnostic(f, version, locale));
    } catch (e) {
      log(`related files: ${e instanceof Error ? e.stack : String(e)}`);
      return [];
    }
  }
  function relatedDiagnostics(td: TextDocument, a: Analysis, config: PolicyLintConfig): Diagnostic[] {
    if (!a.doc || !a.checked) return [];
    // Alone (no other file indexed or open): nothing to pair with, and no summary to build on every keystroke.
    if (!index.hasOtherThan(td.uri) && !documents.all().some((o) => o.uri !== td.uri)) return [];
    return relatedDiagnosticsOf(td.uri, summaryOf(td.uri, a.doc), a.version, config);
  }
  /** A large document's summary, asked of its worker once per analysed version. */
  const bigSummaries = new Map<string, { version: number; summary: DocSummary }>();
  async function bigRelatedDiagnostics(uri: string, version: number): Promise<Diagnostic[]> {
    let s = bigSummaries.get(uri);
    if (!s || s.version !== version) {
      // Never held up by a worker that is busy or replaced: the pull answers without these findings then.
      const r = await Promise.race([
        offloader.query<{ version: number; summary: DocSummary }>(uri, 'relatedSummary', {}).catch(() => null),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 1000)),
      ]);
      if (!r || r.version !== version) return [];
      s = r;
      bigSummaries.set(uri, s);
    }
    const { config } = await settingsFor(uri);
    return relatedDiagnosticsOf(uri, s.summary, version, config);
  }

  /** Large documents: analysed in worker threads (see lsp/offload.ts), never on this thread. */
  const offloader = new Offloader(options.workerScript ?? path.join(__dirname, 'server-worker.js'), onBigFinished, log);
  /** Large documents whose last pull was answered with an older version's diagnostics. */
  const staleAnswered = new Set<string>();
  function isBig(td: TextDocument): boolean { return td.getText().length >= WORKER_MIN_CHARS; }

  /** Start (or keep) the analysis of a large document's current version in a worker. */
  async function scheduleBig(td: TextDocument): Promise<void> {
    const { config, key } = await settingsFor(td.uri);
    const current = documents.get(td.uri);
    if (!current) return;
    offloader.request({
      type: 'analyse', uri: current.uri, version: current.version, languageId: current.languageId,
      text: current.getText(), config, configKey: key, locale,
    });
  }

  function onBigFinished({ summary, diagnostics }: Finished): void {
    for (const err of summary.errors) log(message('ui/rule-error', { rule: err.ruleId, error: err.error }, 'en'));
    log(`checked ${summary.uri} v${summary.version} in ${summary.ms} ms (worker)`);
    const td = documents.get(summary.uri);
    if (!td) return;
    sendSummary(summary);
    if (!pullDiagnostics) {
      void connection.sendDiagnostics({ uri: summary.uri, version: summary.version, diagnostics: shown(td, summary.version, diagnostics) });
    } else if (td.version === summary.version && staleAnswered.delete(summary.uri) && refreshSupport) {
      // A pull got an older version's diagnostics while this one ran: let the client pull the fresh ones.
      refreshDiagnostics();
    }
  }

  /** Diagnostics of a large document: the current version's, or the newest finished while typing goes on. */
  async function pullBig(td: TextDocument, token: { isCancellationRequested: boolean; onCancellationRequested(f: () => void): { dispose(): void } }): Promise<Diagnostic[]> {
    await scheduleBig(td);
    const { key } = await settingsFor(td.uri);
    const fresh = () => {
      const f = offloader.latest(td.uri);
      const cur = documents.get(td.uri);
      return f && cur && f.summary.version === cur.version && f.summary.configKey === key ? f : undefined;
    };
    if (!fresh() && !token.isCancellationRequested) await offloader.whenFinished(td.uri, token);
    const f = fresh() ?? offloader.latest(td.uri);
    if (!f) {
      // Nothing finished yet and the client gave up waiting: ask it to pull again later.
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'analysis in progress', { retriggerRequest: true });
    }
    if (f !== fresh()) staleAnswered.add(td.uri);
    else staleAnswered.delete(td.uri);
    return shown(td, f.summary.version, f.diagnostics);
  }


  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    clientOptions = (typeof params.initializationOptions === 'object' && params.initializationOptions) || {};
    locale = pickLocale(clientOptions.locale ?? params.locale);
    pullDiagnostics = !!caps.textDocument?.diagnostic;
    configurationPull = !!caps.workspace?.configuration;
    refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
    workspaceFolders = params.workspaceFolders ? params.workspaceFolders.map((f) => f.uri) : params.rootUri ? [params.rootUri] : [];
    workspaceFolderEvents = !!caps.workspace?.workspaceFolders;
    const result: InitializeResult = {
      capabilities: {
        // save: the client pulls diagnostics on didSave (policyLint.run = onSave), which it sends only when asked for.
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        documentSymbolProvider: { label: 'policy-lint' },
        foldingRangeProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['：', ':', '、', '，', ',', '《'] },
      },
      serverInfo: { name: 'policy-lint', version: '0.1.0' },
    };
    if (pullDiagnostics) {
      result.capabilities.diagnosticProvider = { identifier: 'policy-lint', interFileDependencies: false, workspaceDiagnostics: false };
    }
    return result;
  });

  connection.onInitialized(() => {
    if (configurationPull) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'policyLint' }).catch(() => undefined);
    }
    if (workspaceFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)];
        for (const f of removed) index.removeFolder(f);
        index.addFolders(e.added.map((f) => f.uri));
        invalidateAll();
      });
    }
    // The index of the workspace's documents, built in the background.
    index.addFolders(workspaceFolders);
    log(`ready (${pullDiagnostics ? 'pull' : 'push'} diagnostics, locale ${locale})`);
  });

  async function settingsFor(uri: string): Promise<{ config: PolicyLintConfig; key: string }> {
    let cached = settingsCache.get(uri);
    if (!cached) {
      cached = (async () => {
        let raw: unknown = undefined;
        if (configurationPull) {
          try {
            raw = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'policyLint' });
          } catch (e) {
            log(`could not read settings: ${e instanceof Error ? e.message : String(e)}`);
          }
        } else {
          raw = globalSettings;
        }
        // .policylintrc.json of the document's folder (or a parent, up to its workspace folder) wins over settings.
        let rc: ReturnType<typeof findRcFile>;
        const errors: string[] = [];
        // A .docx opened as policy text (the client's policy-lint-docx: view) takes the settings of the .docx's folder.
        const local = fileOfView(uri);
        if (local.startsWith('file:')) {
          try {
            rc = findRcFile(fileURLToPath(local), folderPathOf(local));
            if (rc?.error) errors.push(`${rc.path}: ${rc.error}`);
          } catch (e) {
            log(`could not read .policylintrc.json: ${e instanceof Error ? e.message : String(e)}`);
          }
        }
        const resolved = resolveConfig([{ raw }, { raw: rc && !rc.error ? rc.raw : undefined, source: rc ? path.basename(rc.path) : undefined }]);
        const config = resolved.config;
        errors.push(...resolved.errors);
        if (errors.length) {
          const detail = errors.join('；');
          log(message('ui/config-error', { detail }, 'en'));
          if (!reportedConfigErrors.has(detail)) {
            reportedConfigErrors.add(detail);
            void connection.window.showWarningMessage(message('ui/config-error', { detail }, locale));
          }
        }
        return { config, key: JSON.stringify(config) };
      })();
      settingsCache.set(uri, cached);
    }
    return cached;
  }

  /** Settings pushed by clients that do not support workspace/configuration. */
  let globalSettings: unknown = undefined;

  connection.onDidChangeConfiguration((change) => {
    if (!configurationPull) {
      const s = change.settings as Record<string, unknown> | undefined;
      globalSettings = s && typeof s === 'object' ? s.policyLint : undefined;
    }
    invalidateAll();
  });

  connection.onNotification('policyLint/recheck', () => {
    invalidateAll();
  });

  // Files changed on disk (the client watches .policylintrc.json, the .txt/.md/.docx files, and deletions of
  // anything): settings files make everything be checked again; a policy document is read into the index
  // again; a deleted folder takes the indexed files under it (the watcher reports the folder only).
  connection.onDidChangeWatchedFiles((params) => {
    let settings = false;
    const folders: string[] = [];
    for (const c of params.changes) {
      if (c.uri.endsWith('/.policylintrc.json')) { settings = true; continue; }
      if (!indexable(c.uri)) { if (c.type === FileChangeType.Deleted) folders.push(c.uri); continue; }
      if (c.type === FileChangeType.Deleted) index.remove(c.uri);
      else index.update(c.uri);
    }
    index.removeUnder(folders);
    if (settings) invalidateAll();
  });

  /** Settings or files changed: forget settings and analyses, and have every open document checked again. */
  function invalidateAll(): void {
    settingsCache.clear();
    analyses.clear();
    recheckAll();
  }

  function recheckAll(): void {
    if (pullDiagnostics && refreshSupport) {
      refreshDiagnostics();
    } else {
      for (const td of documents.all()) schedulePush(td, 0);
    }
  }

  /** The analysis of a document's current version, from the cache when it is still valid. */
  async function analysisOf(td: TextDocument): Promise<Analysis> {
    const { config, key } = await settingsFor(td.uri);
    const current = documents.get(td.uri) ?? td;
    const cached = analyses.get(current.uri);
    if (cached && cached.version === current.version && cached.configKey === key) return cached;
    const started = Date.now();
    let a: Analysis;
    try {
      a = analyse(current, config, key, locale);
    } catch (e) {
      log(`analysis failed for ${current.uri}: ${e instanceof Error ? e.stack : String(e)}`);
      a = { uri: current.uri, version: current.version, configKey: key, checked: false, findings: [], diagnostics: [], errors: [] };
    }
    for (const err of a.errors) log(message('ui/rule-error', { rule: err.ruleId, error: err.error }, 'en'));
    const ms = Date.now() - started;
    if (ms > 50) log(`checked ${current.uri} v${current.version} in ${ms} ms`);
    analyses.set(current.uri, a);
    return a;
  }

  /**
   * What the editor is sent for an analysis: its findings less a mark being typed, and the findings across
   * files. The status (the status bar's count) is sent from this list, once, so that the count and the
   * Problems panel agree.
   */
  function visible(td: TextDocument, a: Analysis, config: PolicyLintConfig): Diagnostic[] {
    const own = shown(td, a.version, a.diagnostics);
    const related = relatedDiagnostics(td, a, config);
    const items = related.length ? [...own, ...related] : own;
    const counts = { error: 0, warning: 0, information: 0, hint: 0 };
    const names = ['', 'error', 'warning', 'information', 'hint'] as const;
    for (const d of items) { const n = names[d.severity ?? 1]; if (n) counts[n]++; }
    sendSummary({ uri: a.uri, version: a.version, checked: a.checked, kind: a.doc?.kind, title: a.doc?.title, problems: items.length, counts });
    return items;
  }

  /** The last status sent per document, so that a pull answered twice (or a hover's analysis) sends no repeat. */
  const lastStatus = new Map<string, string>();
  function sendSummary(s: Pick<AnalysisSummary, 'uri' | 'version' | 'checked' | 'kind' | 'title' | 'problems' | 'counts'>): void {
    const key = JSON.stringify([s.version, s.checked, s.kind, s.title, s.problems, s.counts]);
    if (lastStatus.get(s.uri) === key) return;
    lastStatus.set(s.uri, key);
    void connection.sendNotification('policyLint/status', {
      uri: s.uri,
      version: s.version,
      checked: s.checked,
      kind: s.kind ?? 'unknown',
      kindLabel: kindLabel(s.kind, s.title, locale),
      title: s.title,
      problems: s.problems,
      counts: s.counts,
      // The client shows it in its log, so that a crashed or killed server can be told apart from its successor.
      pid: process.pid,
    });
  }

  /**
   * A pull can reach the server before the didOpen of its document (vscode-languageclient 9 pulls every
   * open document as soon as it (re)starts, racing the didOpen notifications it sends for them); wait for
   * the didOpen instead of answering "no problems" for a document the server has not seen yet.
   */
  const openWaiters = new Map<string, (() => void)[]>();
  function openedSoon(uri: string, token: { isCancellationRequested: boolean; onCancellationRequested(f: () => void): { dispose(): void } }): Promise<TextDocument | undefined> {
    if (token.isCancellationRequested) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const done = () => { clearTimeout(timer); sub.dispose(); resolve(documents.get(uri)); };
      const timer = setTimeout(done, 5000);
      const sub = token.onCancellationRequested(done);
      const list = openWaiters.get(uri) ?? [];
      list.push(done);
      openWaiters.set(uri, list);
    });
  }

  // Pull diagnostics (LSP 3.17).
  // An empty report is an answer ("no problems") that the client keeps: a pull the server cannot answer
  // yet — the document not opened here yet (a client that restarted pulls before it re-sends didOpen)
  // or the request cancelled — is refused with ServerCancelled + retriggerRequest, so the client asks again.
  function notYet(why: string): never {
    throw new ResponseError(LSPErrorCodes.ServerCancelled, why, { retriggerRequest: true });
  }
  connection.languages.diagnostics.on(async (params, token) => {
    const td = documents.get(params.textDocument.uri) ?? await openedSoon(params.textDocument.uri, token);
    if (!td) notYet('document not open yet');
    timeline('server', 'pull', td.version);
    if (isBig(td)) {
      const items = await pullBig(td, token);
      const f = offloader.latest(td.uri);
      return { kind: DocumentDiagnosticReportKind.Full, items: f ? [...items, ...await bigRelatedDiagnostics(td.uri, f.summary.version)] : items };
    }
    if (token.isCancellationRequested) notYet('cancelled');
    const a = await analysisOf(td);
    const { config } = await settingsFor(td.uri);
    timeline('server', 'answer', a.version);
    return { kind: DocumentDiagnosticReportKind.Full, items: visible(td, a, config) };
  });

  // Push diagnostics for clients without pull support, debounced per document.
  const pushTimers = new Map<string, NodeJS.Timeout>();
  function schedulePush(td: TextDocument, delay = 150): void {
    if (isBig(td)) {
      const f = offloader.latest(td.uri);
      if (!pullDiagnostics && f && f.summary.version === td.version && !offloader.busy(td.uri)) {
        void settingsFor(td.uri).then(({ key }) => {
          if (key === f.summary.configKey) void connection.sendDiagnostics({ uri: td.uri, version: td.version, diagnostics: shown(td, td.version, f.diagnostics) });
          else void scheduleBig(td);
        });
      } else void scheduleBig(td);
      return;
    }
    if (offloader.has(td.uri)) offloader.close(td.uri); // shrank below the worker threshold
    if (pullDiagnostics) return;
    const old = pushTimers.get(td.uri);
    if (old) clearTimeout(old);
    pushTimers.set(td.uri, setTimeout(() => {
      pushTimers.delete(td.uri);
      const current = documents.get(td.uri);
      if (!current) return;
      void analysisOf(current).then(async (a) => {
        const { config } = await settingsFor(td.uri);
        const latest = documents.get(td.uri);
        if (!latest || latest.version !== a.version) return; // stale: a newer version is scheduled
        void connection.sendDiagnostics({ uri: a.uri, version: a.version, diagnostics: visible(latest, a, config) });
      });
    }, delay));
  }

  /** Ask the client to pull again; a connection closed meanwhile (shutdown, a client gone) is not an error. */
  function refreshDiagnostics(): void {
    if (stopped) return;
    try {
      connection.languages.diagnostics.refresh();
    } catch (e) {
      log(`refresh failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  /** After shutdown no timer of ours fires: debounced pushes and refreshes are dropped. */
  let stopped = false;
  connection.onShutdown(() => {
    stopped = true;
    if (refreshTimer) clearTimeout(refreshTimer);
    refreshTimer = undefined;
    for (const t of pushTimers.values()) clearTimeout(t);
    pushTimers.clear();
    offloader.dispose();
    index.dispose();
  });

  /** After documents are opened (e.g. all at once after a restart), ask the client to pull again, once. */
  let refreshTimer: NodeJS.Timeout | undefined;
  function refreshSoon(): void {
    if (!pullDiagnostics || !refreshSupport) return;
    if (refreshTimer) clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => { refreshTimer = undefined; refreshDiagnostics(); }, 500);
  }
  documents.onDidOpen((e) => {
    const waiting = openWaiters.get(e.document.uri);
    openWaiters.delete(e.document.uri);
    for (const f of waiting ?? []) f();
    schedulePush(e.document, 0);
    refreshSoon();
    // The files beside it pair even if the watcher missed them or the folder is outside the workspace.
    index.addNeighbours(e.document.uri);
  });
  documents.onDidChangeContent((e) => { timeline('server', 'change', e.document.version); schedulePush(e.document); });
  documents.onDidSave((e) => {
    // The index takes the saved text (the other open documents' findings across files follow).
    const a = analyses.get(e.document.uri);
    if (a?.doc && a.version === e.document.version) index.set(e.document.uri, a.doc);
    else index.update(e.document.uri);
    // A mark held back while it was being typed is reported now.
    if (!lastEdits.delete(e.document.uri)) return;
    if (pullDiagnostics) { if (refreshSupport) refreshDiagnostics(); } else schedulePush(e.document, 0);
  });
  documents.onDidClose((e) => {
    index.leave(e.document.uri);
    offloader.close(e.document.uri);
    staleAnswered.delete(e.document.uri);
    bigSummaries.delete(e.document.uri);
    const t = pushTimers.get(e.document.uri);
    if (t) clearTimeout(t);
    pushTimers.delete(e.document.uri);
    analyses.delete(e.document.uri);
    lastStatus.delete(e.document.uri);
    lastEdits.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCodeAction(async (params, token) => {
    const td = documents.get(params.textDocument.uri);
    if (!td) return [];
    try {
      const only = params.context.only;
      const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) && k !== CodeActionKind.Empty && (k.startsWith(CodeActionKind.Source)));
      // A kind asked for covers its sub-kinds and is covered by its parents (quickfix.policyLint.fixRule is a quick fix).
      const wantsQuickFix = !only || only.some((k) => k === CodeActionKind.Empty || k === CodeActionKind.QuickFix || k.startsWith(CodeActionKind.QuickFix + '.'));
      if (isBig(td)) {
        return await offloader.query<CodeAction[]>(td.uri, 'codeAction', {
          version: td.version, diagnostics: params.context.diagnostics, wantsQuickFix, wantsFixAll,
          options: { snippetCommand: clientOptions.snippetCommand, openDocCommand: clientOptions.openDocCommand, disableRuleCommand: clientOptions.disableRuleCommand, severityCommand: clientOptions.severityCommand },
        }, token).then((r) => onlyKinds(r ?? [], only));
      }
      const a = await analysisOf(td);
      const current = a.doc && a.checked ? { doc: a.doc, findings: a.findings } : undefined;
      const actions: CodeAction[] = [];
      if (wantsQuickFix) {
        actions.push(...quickFixes(td.uri, td.version, params.context.diagnostics as Diagnostic[], current, {
          locale, snippetCommand: clientOptions.snippetCommand, openDocCommand: clientOptions.openDocCommand,
          disableRuleCommand: clientOptions.disableRuleCommand, severityCommand: clientOptions.severityCommand, languageId: td.languageId, text: td.getText(),
        }));
      }
      if (wantsFixAll && current) {
        const fixAll = fixAllAction(td.uri, current, locale);
        if (fixAll) actions.push(fixAll);
      }
      return onlyKinds(actions, only);
    } catch (e) {
      log(`code actions failed: ${e instanceof Error ? e.stack : String(e)}`);
      return [];
    }
  });

  connection.onHover(async (params, token) => {
    const td = documents.get(params.textDocument.uri);
    if (!td) return null;
    const links = { uri: td.uri, fixCommand: clientOptions.fixCommand, severityCommand: clientOptions.severityCommand };
    if (isBig(td)) return offloader.query<Hover>(td.uri, 'hover', { position: params.position, links }, token);
    const a = await analysisOf(td);
    if (!a.doc || !a.checked) return null;
    const { config } = await settingsFor(td.uri);
    const offset = a.doc.lineIndex.offsetAt(params.position);
    return withLibraryHover(hoverAt(a.doc, a.findings, offset, locale, config.profile?.docCodes, links), a.doc, offset, locale, config.profile?.library);
  });

  connection.onDocumentSymbol(async (params, token) => {
    const td = documents.get(params.textDocument.uri);
    if (!td) return [];
    if (isBig(td)) return await offloader.query<DocumentSymbol[]>(td.uri, 'documentSymbol', {}, token) ?? [];
    const a = await analysisOf(td);
    return a.doc && a.checked ? documentSymbols(a.doc, locale) : [];
  });

  connection.onFoldingRanges(async (params, token) => {
    const td = documents.get(params.textDocument.uri);
    if (!td) return [];
    if (isBig(td)) return await offloader.query<FoldingRange[]>(td.uri, 'foldingRange', {}, token) ?? [];
    const a = await analysisOf(td);
    return a.doc && a.checked ? foldingRanges(a.doc) : [];
  });

  connection.onCompletion(async (params, token) => {
    const td = documents.get(params.textDocument.uri);
    if (!td) return [];
    if (isBig(td)) return await offloader.query<CompletionItem[]>(td.uri, 'completion', { position: params.position }, token) ?? [];
    const a = await analysisOf(td);
    if (!a.doc || !a.checked) return [];
    const { config } = await settingsFor(td.uri);
    const titles = titleCompletionItems(a.doc, params.position);
    if (titles.length) return titles;
    return unitCompletionItems(a.doc, params.position, config.profile?.units ?? []);
  });

  /** 资金汇总 / Funding summary: every amount of the document as a Markdown table. */
  connection.onRequest('policyLint/fundingSummary', async (params: { uri: string }) => {
    const td = params && typeof params.uri === 'string' ? documents.get(params.uri) : undefined;
    if (!td) return null;
    let found: { title?: string; rows: ReturnType<typeof fundingRows> } | null;
    if (isBig(td)) {
      found = await offloader.query<{ title?: string; rows: ReturnType<typeof fundingRows> }>(td.uri, 'fundingRows', {});
    } else {
      const a = await analysisOf(td);
      found = a.doc ? { title: a.doc.title, rows: fundingRows(a.doc, locale) } : null;
    }
    if (!found) return null;
    const rows = found.rows;
    const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const lines = [`# ${message('ui/funding-title', { title: found.title ?? td.uri }, locale)}`, '', message('ui/funding-header', undefined, locale), '|---:|---|---|---|---:|---:|---|'];
    for (const r of rows) {
      const value = r.minYuan !== undefined ? `${r.minYuan.toLocaleString('en-US')}～${r.yuan.toLocaleString('en-US')}` : r.yuan.toLocaleString('en-US');
      // The line number links back to the amount (a Markdown preview opens the draft at that line).
    lines.push(`| [${r.line}](${td.uri}#L${r.line}) | ${cell(r.measure)} | ${cell(r.beneficiary)} | ${r.kind} | ${cell(r.text)} | ${value} | ${cell(r.period)} |`);
    }
    const total = rows.filter((r) => r.inTotal !== false && !Number.isNaN(r.yuan)).reduce((n, r) => n + r.yuan, 0);
    lines.push('', message('ui/funding-total', { count: rows.length, total: total.toLocaleString('en-US') }, locale));
    return { markdown: lines.join('\n'), rows };
  });

  /** The text of a .docx (automatic numbering restored, revisions accepted), for the client's read-only view. */
  // In a worker of its own when the worker script is there: a big .docx takes a second to read and unzip.
  connection.onRequest('policyLint/readDocx', async (params: ReadDocxParams): Promise<ReadDocxResponse> => {
    if (!offloader.canRunJobs()) return readDocxRequest(params, locale);
    try {
      return await offloader.job<ReadDocxResponse>('readDocx', params, locale);
    } catch (e) {
      log(`reading a .docx failed: ${e instanceof Error ? e.message : String(e)}`);
      return { ok: false, error: message('ui/docx-failed', undefined, locale) };
    }
  });

  /**
   * 导出为公文格式 / Export as a GB/T 9704 .docx: the document typeset by the same module as the CLI's
   * `export`, as base64, with its error-severity findings (the client asks before writing a draft that
   * still has errors) and what was wrong with the font setting. The client writes the file.
   */
  connection.onRequest('policyLint/exportDocx', async (params: { uri: string; fonts?: unknown }) => {
    const td = params && typeof params.uri === 'string' ? documents.get(params.uri) : undefined;
    if (!td) return null;
    const { config } = await settingsFor(td.uri);
    const text = td.getText();
    // A one-off: parsed here whatever the document's size (a large one is otherwise checked off-thread).
    const doc = parseDocument(text);
    const errors = lintDocument(doc, config).findings.filter((f) => f.severity === 'error').map((f) => ({
      line: doc.lineIndex.positionAt(f.range.start).line + 1,
      rule: f.ruleId,
      message: message(f.messageId, f.args, locale),
    }));
    const { fonts, errors: fontErrors } = resolveFonts(params.fonts);
    const data = (await exportGongwenDocx(text, { fonts }, doc)).toString('base64');
    return { data, errors, fontErrors, title: doc.title };
  });

  /**
   * 任务分工表 / Task-division table: the table, as Markdown (its numbers link back to the draft) and
   * CSV; with `format: 'xlsx'` also the workbook, with `format: 'docx'` the GB/T 9704 Word document (in the
   * fonts of policyLint.export.fonts, given as `fonts`), base64-encoded.
   */
  connection.onRequest('policyLint/taskTable', async (params: { uri: string; format?: string; fonts?: unknown }) => {
    const td = params && typeof params.uri === 'string' ? documents.get(params.uri) : undefined;
    if (!td) return null;
    let table: TaskTable | null;
    if (isBig(td)) {
      await scheduleBig(td);
      table = await offloader.query<TaskTable>(td.uri, 'taskTable', {});
    } else {
      const a = await analysisOf(td);
      table = a.doc ? taskTable(a.doc) : null;
    }
    if (!table) return null;
    table = { ...table, title: table.title ?? path.basename(td.uri) };
    const markdown = taskTableMarkdown(table, locale, (r) => `${td.uri}#L${r.line}`);
    const result: { markdown: string; csv: string; table: TaskTable; xlsx?: string; docx?: string } = { markdown, csv: taskTableCsv(table, locale), table };
    if (params.format === 'xlsx') {
      const { taskTableXlsx } = await import('../cli/xlsx');
      result.xlsx = (await taskTableXlsx(table, locale)).toString('base64');
    } else if (params.format === 'docx') {
      result.docx = (await taskTableDocx(table, locale, { fonts: resolveFonts(params.fonts).fonts })).toString('base64');
    }
    return result;
  });

  /**
   * 修改对照表 / Comparison with an older version: the open document against the text given, as HTML; with
   * `format: 'docx'` also the GB/T 9704 Word document (fonts as for the export), base64-encoded.
   */
  connection.onRequest('policyLint/compare', async (params: { uri: string; oldText: string; oldName?: string; format?: string; fonts?: unknown }) => {
    const td = params && typeof params.uri === 'string' ? documents.get(params.uri) : undefined;
    if (!td || typeof params.oldText !== 'string') return null;
    const job: CompareJob = { oldText: params.oldText, newText: td.getText(), oldName: params.oldName ?? '', newName: path.basename(td.uri) };
    const names = { old: job.oldName, new: job.newName };
    let out: ReturnType<typeof compareReport> | null;
    // Long versions are compared in a worker, so that hovers and pulls are answered meanwhile.
    if (job.oldText.length + job.newText.length >= COMPARE_OFFLOAD_CHARS && offloader.canRunJobs()) {
      out = await offloader.job<ReturnType<typeof compareReport>>('compare', job, locale).catch((e: unknown) => {
        log(`comparing failed: ${e instanceof Error ? e.message : String(e)}`);
        return null;
      });
    } else {
      out = compareReport(job.oldText, job.newText, locale, names);
    }
    if (!out) return null;
    const docx = params.format === 'docx' ? (await compareDocx(out.result, locale, names, false, { fonts: resolveFonts(params.fonts).fonts })).toString('base64') : undefined;
    return { ...out, docx };
  });

  /** 从本单位往年文件学习 / Learn from the unit's past documents: what was learned and the settings file to write. */
  connection.onRequest('policyLint/learn', (params: unknown) => learnRequest(params, locale));

  /** The status of one document, for the client's status bar. */
  connection.onRequest('policyLint/documentInfo', async (params: { uri: string }) => {
    const td = params && typeof params.uri === 'string' ? documents.get(params.uri) : undefined;
    if (!td) return null;
    if (isBig(td)) {
      await scheduleBig(td);
      if (!offloader.latest(td.uri)) await offloader.whenFinished(td.uri);
      const f = offloader.latest(td.uri);
      if (!f) return null;
      const kind = f.summary.kind ?? 'unknown';
      return { checked: f.summary.checked, kind, kindLabel: kindLabel(kind, f.summary.title, locale), title: f.summary.title, problems: f.diagnostics.length };
    }
    const a = await analysisOf(td);
    const { config } = await settingsFor(td.uri);
    return {
      checked: a.checked,
      kind: a.doc?.kind ?? 'unknown',
      kindLabel: kindLabel(a.doc?.kind, a.doc?.title, locale),
      title: a.doc?.title,
      problems: visible(td, a, config).length,
    };
  });

  documents.listen(connection);
  connection.listen();
}

/** The actions of the kinds asked for (a kind covers its sub-kinds: quickfix covers quickfix.policyLint.fixRule). */
function onlyKinds(actions: CodeAction[], only: string[] | undefined): CodeAction[] {
  if (!only || only.includes(CodeActionKind.Empty)) return actions;
  return actions.filter((a) => a.kind !== undefined && only.some((k) => a.kind === k || a.kind!.startsWith(k + '.')));
}
