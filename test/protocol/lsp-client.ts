/** A minimal LSP client over stdio for protocol tests: starts the built server (dist/server.js) as a child process. */
import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export const ROOT = path.join(__dirname, '..', '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

export interface Published { uri: string; version?: number; diagnostics: LspDiagnostic[] }
export interface LspRange { start: { line: number; character: number }; end: { line: number; character: number } }
export interface LspDiagnostic {
  range: LspRange; severity?: number; code?: string; source?: string; message: string;
  codeDescription?: { href: string }; data?: { ruleId: string; version: number; fix?: { title: string; edits: { range: LspRange; newText: string }[]; snippet?: boolean } };
}

export interface ClientOptions {
  /** Advertise pull diagnostics (textDocument/diagnostic). */
  pull?: boolean;
  /** Answer workspace/configuration with this (per request item); undefined = no configuration capability. */
  settings?: (scopeUri: string | undefined) => unknown;
  initializationOptions?: unknown;
  locale?: string;
  /** Workspace folders (file: URIs) given in initialize. */
  workspaceFolders?: string[];
}

export class TestClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  readonly published: Published[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly logs: string[] = [];
  stderr = '';
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();

  constructor(readonly options: ClientOptions = {}) {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d: Buffer) => { this.stderr += d.toString(); });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: Published) => { this.published.push(p); this.wake(); });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => { this.logs.push(p.message); });
    this.conn.onNotification((method: string, params: unknown) => { this.notifications.push({ method, params }); this.wake(); });
    this.conn.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) =>
      p.items.map((i) => (this.options.settings ? this.options.settings(i.scopeUri) : null)));
    this.conn.onRequest('client/registerCapability', () => null);
    // showWarningMessage and friends arrive as a request; record them like window/showMessage.
    this.conn.onRequest('window/showMessageRequest', (p: unknown) => { this.notifications.push({ method: 'window/showMessage', params: p }); this.wake(); return null; });
    this.conn.onRequest('workspace/diagnostic/refresh', () => { this.notifications.push({ method: 'refresh', params: null }); this.wake(); return null; });
    this.conn.listen();
  }

  private wake(): void { const w = this.waiters; this.waiters = []; for (const f of w) f(); }

  /** Wait until `pred` holds, re-checking on every message from the server. */
  async until<T>(pred: () => T | undefined | false, timeoutMs = 10000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = pred();
      if (v) return v;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('timed out waiting for the server');
      await new Promise<void>((resolve) => { const t = setTimeout(resolve, Math.min(left, 200)); this.waiters.push(() => { clearTimeout(t); resolve(); }); });
    }
  }

  async initialize(): Promise<{ capabilities: Record<string, unknown>; serverInfo?: { name: string } }> {
    const o = this.options;
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: o.workspaceFolders ? o.workspaceFolders.map((uri, i) => ({ uri, name: `folder${i}` })) : null,
      locale: o.locale ?? 'zh-cn',
      initializationOptions: o.initializationOptions,
      capabilities: {
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          ...(o.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, dataSupport: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          foldingRange: {},
        },
        workspace: {
          ...(o.settings ? { configuration: true } : {}),
          ...(o.pull ? { diagnostics: { refreshSupport: true } } : {}),
        },
      },
    });
    await this.conn.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  open(uri: string, text: string, languageId = 'plaintext'): void {
    this.versions.set(uri, 1);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** An incremental change: replace `range` with `text`. */
  change(uri: string, range: LspRange, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  /** Files changed on disk (workspace/didChangeWatchedFiles; type 1 created, 2 changed, 3 deleted). */
  watched(changes: { uri: string; type: 1 | 2 | 3 }[]): void {
    void this.conn.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  close(uri: string): void {
    void this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async pull(uri: string): Promise<LspDiagnostic[]> {
    const r = await this.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as { kind: string; items: LspDiagnostic[] };
    return r.items;
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  lastPublished(uri: string): Published | undefined {
    for (let i = this.published.length - 1; i >= 0; i--) if (this.published[i].uri === uri) return this.published[i];
    return undefined;
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.conn.sendNotification('exit');
    } catch { /* already gone */ }
    await new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null) return resolve();
      const t = setTimeout(() => { this.proc.kill(); resolve(); }, 2000);
      this.proc.on('exit', () => { clearTimeout(t); resolve(); });
    });
    this.conn.dispose();
  }
}

/** Apply LSP text edits to a text (non-overlapping, any order). */
export function applyLspEdits(text: string, edits: { range: LspRange; newText: string }[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const off = (p: { line: number; character: number }) => (lineStarts[p.line] ?? text.length) + p.character;
  const sorted = edits.map((e) => ({ s: off(e.range.start), e: off(e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
  for (const e of sorted) text = text.slice(0, e.s) + e.t + text.slice(e.e);
  return text;
}
