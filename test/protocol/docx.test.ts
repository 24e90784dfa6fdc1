/**
 * policyLint/readDocx (issue 20): the server reads a .docx (by path, file URI or bytes) for the client's
 * read-only view, and the view's text, opened as a policy document, is checked like a draft.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { PassThrough } from 'stream';
import { pathToFileURL } from 'url';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from '../../server/src/lsp/server';
import { ROOT } from './lsp-client';
import { bigDocumentXml, docx } from '../unit/cli-zip';

type ReadDocx = { ok: true; text: string; paragraphOfLine: number[]; revisions: boolean; numbered: number; note?: string } | { ok: false; error: string; unsupported?: boolean };

function inMemory(locale: string): { client: MessageConnection; close(): void; init: Promise<unknown> } {
  const up = new PassThrough();
  const down = new PassThrough();
  const server = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  startServer(server, { workerScript: path.join(ROOT, 'dist', 'server-worker.js') });
  const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  client.onRequest('client/registerCapability', () => null);
  client.onRequest('workspace/diagnostic/refresh', () => null);
  client.onNotification(() => undefined);
  client.listen();
  const init = client.sendRequest('initialize', {
    processId: null, rootUri: null, locale,
    capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true, diagnostics: { refreshSupport: true } } },
  }).then(() => client.sendNotification('initialized', {}));
  return { client, init, close: () => { client.dispose(); server.dispose(); up.end(); down.end(); } };
}

const DOCX = path.join(ROOT, 'test', 'fixtures', 'docx');

describe('protocol: policyLint/readDocx', function () {
  this.timeout(30000);
  let zh: ReturnType<typeof inMemory>;
  let en: ReturnType<typeof inMemory>;
  before(async () => {
    zh = inMemory('zh-cn');
    en = inMemory('en');
    await Promise.all([zh.init, en.init]);
  });
  after(async () => {
    for (const s of [zh, en]) { await s.client.sendRequest('shutdown'); s.close(); }
  });

  it('reads a .docx by path, file URI or bytes, with Word\'s chapter numbers restored', async () => {
    const file = path.join(DOCX, 'benxi-wenmingxingwei-cujin-tiaoli-2021.docx');
    const byPath = await zh.client.sendRequest<ReadDocx>('policyLint/readDocx', { path: file });
    const byUri = await zh.client.sendRequest<ReadDocx>('policyLint/readDocx', { uri: pathToFileURL(file).toString() });
    const byBytes = await zh.client.sendRequest<ReadDocx>('policyLint/readDocx', { name: 'x.docx', bytes: fs.readFileSync(file).toString('base64') });
    assert.ok(byPath.ok, JSON.stringify(byPath));
    assert.strictEqual(byPath.numbered, 6);
    assert.match(byPath.text, /^第六章\s+附则$/m, 'the automatic number of the last chapter');
    assert.strictEqual(byPath.paragraphOfLine.length, byPath.text.split('\n').length);
    assert.deepStrictEqual(byUri, byPath);
    assert.deepStrictEqual(byBytes, byPath);
  });

  it('the text opened as a policy-lint-docx: document is checked: diagnostics and the outline', async () => {
    const file = path.join(DOCX, 'baicheng-wenmingxingwei-cujin-tiaoli-2020.docx');
    const r = await zh.client.sendRequest<ReadDocx>('policyLint/readDocx', { path: file });
    assert.ok(r.ok);
    const uri = 'policy-lint-docx:' + pathToFileURL(file).pathname;
    await zh.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'policy', version: 1, text: r.text } });
    const report = await zh.client.sendRequest<{ items: { code?: string; message: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
    // 第一章 is numbered by Word: read back, the typed 第二章… do not look like a jump.
    assert.ok(!report.items.some((d) => d.code === 'structure/heading-sequence'), JSON.stringify(report.items));
    const symbols = await zh.client.sendRequest<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = JSON.stringify(symbols);
    for (const ch of ['第一章', '第二章', '第六章']) assert.ok(names.includes(ch), `${ch} in the outline: ${names.slice(0, 400)}`);
  });

  it('unsupported formats, missing files and damaged files get a message in the server\'s language', async () => {
    const wps = await zh.client.sendRequest<ReadDocx>('policyLint/readDocx', { path: '/nowhere/draft.wps' });
    assert.ok(!wps.ok && wps.unsupported && /不支持该格式.*另存为 \.docx/.test(wps.error), JSON.stringify(wps));
    const ofd = await en.client.sendRequest<ReadDocx>('policyLint/readDocx', { name: 'a.ofd', bytes: '' });
    assert.ok(!ofd.ok && /not supported; save the file as \.docx/.test(ofd.error), JSON.stringify(ofd));
    const missing = await zh.client.sendRequest<ReadDocx>('policyLint/readDocx', { path: path.join(DOCX, 'missing.docx') });
    assert.ok(!missing.ok && /不存在/.test(missing.error));
    const junk = await en.client.sendRequest<ReadDocx>('policyLint/readDocx', { name: 'j.docx', bytes: Buffer.from('PK\x03\x04 junk').toString('base64') });
    assert.ok(!junk.ok && /damaged/.test(junk.error), JSON.stringify(junk));
    const nothing = await zh.client.sendRequest<ReadDocx>('policyLint/readDocx', null);
    assert.ok(!nothing.ok);
  });

  it('a big .docx is read in a worker: a hover on another document is answered while it is read', async () => {
    // 18 MB of paragraphs (the reader's limit is 20 MB): reading it keeps a thread busy for a while.
    const big = docx('', bigDocumentXml(18, '示例市推进产业发展，'.repeat(30)));
    const uri = 'file:///tmp/hover-while-reading.txt';
    await zh.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'policy', version: 1, text: '示例市关于促进产业发展的若干措施\n\n一、给予最高50万元奖励。\n' } });
    await zh.client.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    const order: string[] = [];
    const reading = zh.client.sendRequest<ReadDocx>('policyLint/readDocx', { name: 'big.docx', bytes: big.toString('base64') }).then((r) => { order.push('read'); return r; });
    const hover = zh.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 8 } }).then(() => { order.push('hover'); });
    const [r] = await Promise.all([reading, hover]);
    assert.ok(r.ok, JSON.stringify(r).slice(0, 300));
    assert.deepStrictEqual(order, ['hover', 'read'], 'the hover was answered while the .docx was being read');
  });
});
