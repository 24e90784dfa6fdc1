/**
 * The server in memory: startServer(connection) on a pair of in-process streams, no child process.
 * Two servers in one process keep their own documents and settings (no module-level state).
 */
import * as assert from 'assert';
import * as path from 'path';
import { PassThrough } from 'stream';
import { CancellationTokenSource, createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from '../../server/src/lsp/server';
import { ROOT } from './lsp-client';

interface Diag { code?: string; source?: string; message: string }

function inMemory(settings: () => unknown): { client: MessageConnection; close(): void } {
  const up = new PassThrough(); // client → server
  const down = new PassThrough(); // server → client
  const server = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  startServer(server, { workerScript: path.join(ROOT, 'dist', 'server-worker.js') });
  const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings()));
  client.onRequest('client/registerCapability', () => null);
  client.onRequest('workspace/diagnostic/refresh', () => null);
  client.onNotification(() => undefined);
  client.listen();
  return { client, close: () => { client.dispose(); server.dispose(); up.end(); down.end(); } };
}

const TEXT = ['示例市促进产业发展行动计划', '', '一、重点任务', '依据国发[2021]29号文件，推进产业发展。'].join('\n');

describe('protocol: the server in memory (startServer on in-process streams)', function () {
  this.timeout(30000);
  let a: ReturnType<typeof inMemory>;
  let b: ReturnType<typeof inMemory>;
  let bSettings: unknown = {};
  before(async () => {
    a = inMemory(() => ({}));
    b = inMemory(() => bSettings);
    for (const s of [a, b]) {
      await s.client.sendRequest('initialize', {
        processId: null, rootUri: null, locale: 'zh-cn',
        capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true, diagnostics: { refreshSupport: true } } },
      });
      await s.client.sendNotification('initialized', {});
    }
  });
  after(async () => {
    // shutdown (not exit: the exit notification ends the process) stops the servers' timers and workers.
    for (const s of [a, b]) { await s.client.sendRequest('shutdown'); s.close(); }
  });

  const open = (s: ReturnType<typeof inMemory>, uri: string) =>
    s.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'policy', version: 1, text: TEXT } });
  const pull = async (s: ReturnType<typeof inMemory>, uri: string) =>
    (await s.client.sendRequest<{ items: Diag[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;

  it('answers a pull with the rule\'s diagnostic, and a hover', async () => {
    await open(a, 'file:///mem/a.txt');
    const items = await pull(a, 'file:///mem/a.txt');
    const d = items.find((x) => x.code === 'citation/doc-number-bracket');
    assert.ok(d, JSON.stringify(items));
    assert.strictEqual(d.source, 'policy-lint');
    const hover = await a.client.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: 'file:///mem/a.txt' }, position: { line: 3, character: 4 } });
    assert.ok(hover && hover.contents.value.includes('〔'), JSON.stringify(hover));
  });

  it('two servers in one process keep their own settings and documents', async () => {
    await open(b, 'file:///mem/b.txt');
    assert.ok((await pull(b, 'file:///mem/b.txt')).some((x) => x.code === 'citation/doc-number-bracket'));
    bSettings = { rules: { citation: 'off' } };
    await b.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.ok(!(await pull(b, 'file:///mem/b.txt')).some((x) => x.code?.startsWith('citation/')), 'turned off in b');
    assert.ok((await pull(a, 'file:///mem/a.txt')).some((x) => x.code === 'citation/doc-number-bracket'), 'still on in a');
    // a waits for a didOpen of b's document that never comes; the client gives up and a refuses the pull.
    const cancel = new CancellationTokenSource();
    setTimeout(() => cancel.cancel(), 100);
    await assert.rejects(a.client.sendRequest('textDocument/diagnostic', { textDocument: { uri: 'file:///mem/b.txt' } }, cancel.token), (e: { code?: number }) => e.code === -32802, 'a has not seen b\'s document');
  });
});
