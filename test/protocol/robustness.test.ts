/**
 * Hostile input and protocol misuse against the built server and CLI: random edit sequences through
 * didChange (fast-check, fixed seed), random settings and .policylintrc.json, out-of-order versions,
 * cancelled requests, a file deleted while open, 50 MB of text, an unreadable folder.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspDiagnostic, ROOT, TestClient } from './lsp-client';

const RUNS = Number(process.env.FUZZ_RUNS || 40);
const SEED = Number(process.env.FUZZ_SEED || 20261123);
const seed004 = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'corpus', 'seeds', '004_0111e17e71795b96.txt'), 'utf8');

/** Apply an LSP change to a text the way the server does (positions clamp to the text). */
function offsetOf(text: string, line: number, ch: number): number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  if (line >= starts.length) return text.length;
  const end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
  return Math.min(starts[line] + ch, end);
}

describe('robustness: server', function () {
  this.timeout(600000);
  let c: TestClient;
  let settings: unknown = {};
  before(async () => { c = new TestClient({ pull: true, settings: () => settings }); await c.initialize(); });
  after(async () => { await c.shutdown(); });

  it(`survives random edit sequences, with diagnostics inside the document (${RUNS} sequences)`, async () => {
    const edit = fc.record({ line: fc.nat(80), ch: fc.nat(120), len: fc.nat(30), text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('\n', '\r\n', '（牵头单位：', '〔2020〕', '[2020]', '\uD83D', '😀', '\u2028', '一、')) });
    let n = 0;
    await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 12 }), async (edits) => {
      const uri = `file:///fuzz/doc-${n++}.txt`;
      let text = seed004.slice(0, 4000);
      c.open(uri, text);
      for (const e of edits) {
        const s = offsetOf(text, e.line, e.ch);
        const end = Math.min(text.length, s + e.len);
        const pos = (o: number) => { const before = text.slice(0, o); const line = before.split('\n').length - 1; return { line, character: o - (before.lastIndexOf('\n') + 1) }; };
        c.change(uri, { start: pos(s), end: pos(end) }, e.text);
        text = text.slice(0, s) + e.text + text.slice(end);
      }
      const diags: LspDiagnostic[] = await c.pull(uri);
      const lines = text.split('\n');
      for (const d of diags) {
        assert.ok(d.range.start.line < lines.length + 1 && d.range.end.line < lines.length + 1, `inside the document: ${d.code} ${JSON.stringify(d.range)} (${lines.length} lines) ${JSON.stringify(edits)}`);
      }
      c.close(uri);
    }), { seed: SEED, numRuns: RUNS });
    // A document never opened is not "no problems": the pull is refused so the client asks again.
    await assert.rejects(c.pull('file:///fuzz/none.txt'), (e: { code?: number; data?: { retriggerRequest?: boolean } }) => e.code === -32802 && e.data?.retriggerRequest === true);
    c.open('file:///fuzz/after.txt', seed004.slice(0, 2000));
    assert.ok((await c.pull('file:///fuzz/after.txt')).length > 0, 'still checking after the refused pull');
  });

  it('survives random settings', async () => {
    await fc.assert(fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (raw) => {
      settings = raw;
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      c.open('file:///fuzz/settings.txt', seed004.slice(0, 2000));
      await c.pull('file:///fuzz/settings.txt');
      c.close('file:///fuzz/settings.txt');
    }), { seed: SEED + 1, numRuns: Math.min(RUNS, 30) });
    settings = {};
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  it('survives random .policylintrc.json content and a file deleted while open', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-rc-fuzz-'));
    const file = path.join(dir, 'plan.txt');
    fs.writeFileSync(file, seed004.slice(0, 2000));
    const uri = pathToFileURL(file).toString();
    await fc.assert(fc.asyncProperty(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))), async (content) => {
      fs.writeFileSync(path.join(dir, '.policylintrc.json'), content);
      await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, '.policylintrc.json')).toString(), type: 2 }] });
      c.open(uri, seed004.slice(0, 2000));
      await c.pull(uri);
      c.close(uri);
    }), { seed: SEED + 2, numRuns: Math.min(RUNS, 30) });
    c.open(uri, seed004.slice(0, 2000));
    fs.rmSync(dir, { recursive: true, force: true });
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    c.change(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '草稿');
    assert.ok((await c.pull(uri)).length > 0, 'still checking the open document after its file is gone');
  });

  it('out-of-order versions and cancelled requests leave the server working', async () => {
    const uri = 'file:///fuzz/versions.txt';
    c.open(uri, seed004.slice(0, 3000));
    // A stale version number after a newer one.
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 10 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'A' }] });
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '' }] });
    // Requests cancelled right after being sent.
    const { CancellationTokenSource } = await import('vscode-jsonrpc');
    for (let i = 0; i < 5; i++) {
      const src = new CancellationTokenSource();
      const p = c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, src.token).catch(() => 'cancelled');
      src.cancel();
      await p;
    }
    // Malformed params.
    await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: -5, character: 1e9 } }).catch(() => null);
    await c.conn.sendRequest('policyLint/documentInfo', null).catch(() => null);
    const d = await c.pull(uri);
    assert.ok(d.length > 0, 'still working');
    assert.ok(c.proc.exitCode === null, 'server process alive');
  });

  it('a 50 MB policy document gets a clear notice, not a hang', async () => {
    const big = seed004.repeat(Math.ceil(50 * 1024 * 1024 / Buffer.byteLength(seed004)) / 3 | 0);
    c.open('file:///fuzz/big.policy.txt', big, 'policy');
    // No time limit (a test's verdict must not depend on the machine): the notice comes without analysis.
    const d = await c.pull('file:///fuzz/big.policy.txt');
    assert.strictEqual(d.length, 1);
    assert.match(d[0].message, /过大|too large/);
    c.close('file:///fuzz/big.policy.txt');
  });
});

describe('robustness: CLI', function () {
  this.timeout(120000);
  const CLI = path.join(ROOT, 'dist', 'cli.js');
  it('50 MB of text: a clear message, exit 0, nothing written', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-big-'));
    const file = path.join(dir, 'big.txt');
    const fd = fs.openSync(file, 'w');
    const chunk = Buffer.from(seed004);
    for (let n = 0; n < 50 * 1024 * 1024; n += chunk.length) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    const before = fs.statSync(file).mtimeMs;
    const r = spawnSync(process.execPath, [CLI, '--format', 'json', '--fix', file], { encoding: 'utf8', timeout: 60000, maxBuffer: 1 << 24 });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(JSON.parse(r.stdout).files[0].skipped, /too large|过大/);
    assert.strictEqual(fs.statSync(file).mtimeMs, before, 'not written');
    fs.rmSync(dir, { recursive: true, force: true });
  });
  it('an unreadable folder: a clear message and exit 2', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-unreadable-'));
    const locked = path.join(dir, 'locked');
    fs.mkdirSync(locked);
    fs.writeFileSync(path.join(locked, 'a.txt'), '示例');
    fs.chmodSync(locked, 0o000);
    // As root, permissions are not enforced: a dangling symlink to a folder stands in for an unreadable one.
    const gone = path.join(dir, 'gone');
    fs.symlinkSync(path.join(dir, 'no-such-folder'), gone);
    const target = process.getuid && process.getuid() === 0 ? gone : locked;
    const r = spawnSync(process.execPath, [CLI, '--format', 'json', target], { encoding: 'utf8', timeout: 30000 });
    fs.chmodSync(locked, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /权限|permission|不存在|no such/);
  });
});
