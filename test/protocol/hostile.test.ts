/**
 * Hostile input through the language server, case for case with the CLI's hostile tests: binary,
 * NUL, invalid UTF-8 and UTF-16, UTF-16 without BOM, 50 MB, a 5 MB single line, 100k lines of 一、,
 * mixed line ends, damaged and zip-bomb .docx, symlink loops, a 5,000-file folder, odd file names,
 * prototype keys, deep nesting and wrong types in .policylintrc.json and in pulled and pushed
 * settings. Each gets a clear message or a result: never a crash, a stack overflow or a hang.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as iconv from 'iconv-lite';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspDiagnostic, ROOT, TestClient } from './lsp-client';
import { bigDocumentXml, docx } from '../unit/cli-zip';

const PLAN = '示例市行动计划（2023—2025年）\n一、重点任务\n（一）依据国发[2021]29号文件，安排资金。\n（二）依据国发[2021]30号文件。\n';
const seed004 = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'corpus', 'seeds', '004_0111e17e71795b96.txt'), 'utf8');
const brackets = (d: LspDiagnostic[]) => d.filter((x) => x.code === 'citation/doc-number-bracket');
const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const OVERFLOW = /Maximum call stack|RangeError|heap out of memory|\n\s+at .+:\d+:\d+/;

/** Send a JSON-RPC notification as raw bytes: values too deep for JSON.stringify reach the server as a real client would send them. */
function sendRaw(c: TestClient, body: string): void {
  c.proc.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

describe('hostile input: server', function () {
  this.timeout(300000);
  let c: TestClient;
  let settings: unknown = {};
  let tmp: string;
  let n = 0;
  /** Open `text` under a fresh uri, pull its diagnostics, close it. */
  const check = async (text: string, languageId = 'policy', name = `doc-${n++}.txt`): Promise<LspDiagnostic[]> => {
    const uri = pathToFileURL(path.join(tmp, name)).toString();
    c.open(uri, text, languageId);
    const d = await c.pull(uri);
    c.close(uri);
    return d;
  };
  const alive = async () => {
    assert.strictEqual(c.proc.exitCode, null, 'server process alive');
    assert.doesNotMatch(c.stderr, OVERFLOW);
    assert.ok(brackets(await check(PLAN, 'plaintext')).length === 2, 'still checking a plain policy text');
  };

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-hostile-lsp-'));
    c = new TestClient({ pull: true, settings: () => settings });
    await c.initialize();
  });
  after(async () => {
    await c.shutdown();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('binary, NUL bytes, invalid UTF-8 and unpaired surrogates: a notice or a result', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0, 1]);
    const binary = await check(png.toString('latin1').repeat(200));
    assert.ok(binary.some((d) => /二进制|binary/.test(d.message)), JSON.stringify(binary));
    assert.deepStrictEqual(await check(png.toString('latin1').repeat(200), 'plaintext'), [], 'plain text that is binary is left alone');
    const nul = await check(PLAN.replace('重点任务', '重点\u0000任务'));
    assert.ok(nul.length > 0);
    // Bytes that are not UTF-8, as an editor decodes them: replacement characters.
    const bad = Buffer.concat([Buffer.from(PLAN), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xf5, 0x80])]).toString('utf8');
    const badEnc = await check(bad);
    assert.ok(badEnc.some((d) => /编码|encoding/.test(d.message)), JSON.stringify(badEnc.map((d) => d.message)));
    assert.ok(brackets(badEnc).length === 2);
    assert.ok(brackets(await check(PLAN.replace('一、', '\uD800一、\uDFFF'))).length === 2);
    await alive();
  });

  it('UTF-16 without BOM opened as UTF-8, and GB18030 opened as UTF-8: a notice or a result', async () => {
    const gb = await check(iconv.encode(PLAN, 'gb18030').toString('utf8'));
    assert.ok(gb.some((d) => /编码|encoding/.test(d.message)), JSON.stringify(gb.map((d) => d.message)));
    const le = await check(Buffer.from(PLAN.repeat(20), 'utf16le').toString('utf8'));
    assert.ok(le.some((d) => /二进制|binary|编码|encoding/.test(d.message)), JSON.stringify(le.map((d) => d.message)));
    await alive();
  });

  it('50 MB: a notice; a 5 MB single line: a result', async () => {
    const big = await check(seed004.repeat(Math.ceil(50 * 1024 * 1024 / Buffer.byteLength(seed004)) / 3 | 0));
    assert.strictEqual(big.length, 1);
    assert.match(big[0].message, /过大|too large/);
    const line = seed004.replace(/\r?\n/g, '。');
    const oneLine = line.repeat(Math.ceil(5 * 1024 * 1024 / Buffer.byteLength(line)));
    const d = await check(oneLine);
    for (const x of d) assert.strictEqual(x.range.start.line, 0);
    await alive();
  });

  it('mixed line ends (\\r\\n, \\r, \\n, U+2028): diagnostics inside the document', async () => {
    const text = PLAN.replace(/\n/g, (_, i: number) => ['\r\n', '\r', '\n', '\u2028'][i % 4]).repeat(50);
    const d = await check(text);
    assert.ok(brackets(d).length > 0);
    const lines = text.split(/\r\n|\r|\n/).length;
    for (const x of d) assert.ok(x.range.end.line < lines, JSON.stringify(x.range));
    await alive();
  });

  it('damaged and zip-bomb .docx opened as text: a notice or a result', async () => {
    const files = [docx(PLAN), docx(PLAN).subarray(0, 300), docx('', bigDocumentXml(80))];
    for (const [i, b] of files.entries()) {
      for (const lang of ['policy', 'plaintext']) {
        const d = await check(b.toString('utf8'), lang, `doc-${i}-${lang}.docx`);
        assert.ok(Array.isArray(d));
      }
    }
    await alive();
  });

  it('a symlink loop as .policylintrc.json or in the path, and a 5,000-file folder', async () => {
    const loop = path.join(tmp, 'loop');
    fs.mkdirSync(loop);
    fs.symlinkSync(path.join(loop, '.policylintrc.json'), path.join(loop, '.policylintrc.json'));
    fs.symlinkSync(loop, path.join(loop, 'again'));
    const shown = c.notifications.length;
    assert.strictEqual(brackets(await check(PLAN, 'plaintext', 'loop/plan.txt')).length, 2);
    assert.strictEqual(brackets(await check(PLAN, 'plaintext', 'loop/again/again/again/again/plan.txt')).length, 2);
    await c.until(() => c.notifications.slice(shown).some((x) => x.method === 'window/showMessage' && /policylintrc\.json.*(loop|循环)/.test((x.params as { message: string }).message)));
    const many = path.join(tmp, 'many');
    fs.mkdirSync(many);
    for (let i = 0; i < 5000; i++) fs.writeFileSync(path.join(many, `f${i}.txt`), '');
    fs.writeFileSync(path.join(many, '.policylintrc.json'), JSON.stringify({ rules: { citation: 'off' } }));
    assert.strictEqual(brackets(await check(PLAN, 'plaintext', 'many/f4999.txt')).length, 0, 'the folder\'s settings apply');
    await alive();
  });

  it('odd file names and schemes', async () => {
    const names = ['a b#c%20d?.txt', '中文 文件名（草稿）.txt', 'x'.repeat(240) + '.txt', 'ctl\u0001\u001b[31m\u202e.txt', '..%2F..%2Fetc.txt'];
    for (const name of names) assert.strictEqual(brackets(await check(PLAN, 'plaintext', name)).length, 2, name);
    for (const uri of ['untitled:Untitled-1', 'vscode-notebook-cell:/x.ipynb#W0', 'file:///%E0%A4%A.txt', 'file://host/share/a.txt', 'weird:']) {
      c.open(uri, PLAN, 'policy');
      assert.ok(Array.isArray(await c.pull(uri)), uri);
      c.close(uri);
    }
    await alive();
  });

  it('.policylintrc.json with __proto__, constructor, deep nesting and wrong types: a message, checking goes on', async () => {
    const dir = path.join(tmp, 'rc');
    fs.mkdirSync(dir);
    const rc = path.join(dir, '.policylintrc.json');
    const cases = [
      '{"__proto__":{"enable":false}}',
      '{"constructor":{"prototype":{"enable":false}},"preset":"constructor"}',
      `{"options":{"citation/doc-number-bracket":${nested(10_000)}}}`,
      `{"rules":${nested(10_000)},"profile":${nested(10_000)}}`,
      '{"enable":"no","check":7,"rules":[1],"options":{"x":2},"profile":{"units":{"a":1},"validity":"x"},"preset":{}}',
    ];
    for (const [i, content] of cases.entries()) {
      fs.writeFileSync(rc, content);
      await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(rc).toString(), type: 2 }] });
      const shown = c.notifications.length;
      assert.strictEqual(brackets(await check(PLAN, 'plaintext', `rc/plan-${i}.txt`)).length, 2, content.slice(0, 80));
      await c.until(() => c.notifications.slice(shown).some((x) => x.method === 'window/showMessage'));
    }
    await alive();
  });

  it('pulled settings with __proto__, constructor, deep nesting and wrong types: checking goes on', async () => {
    const deep = JSON.parse(nested(1000)) as unknown;
    for (const s of [
      JSON.parse('{"__proto__":{"enable":false}}'),
      { preset: 'constructor', rules: JSON.parse('{"__proto__":{"citation":"off"},"constructor":"off"}') },
      { options: { 'citation/doc-number-bracket': deep }, profile: { docCodes: deep } },
      { enable: 'yes', rules: 'all', options: [1], profile: 5, check: {} },
      'junk', 42, [1, 2],
    ]) {
      settings = s;
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.strictEqual(brackets(await check(PLAN, 'plaintext')).length, 2, JSON.stringify(s).slice(0, 80));
    }
    settings = {};
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await alive();
  });
});

describe('hostile input: server, 100,000 lines of 一、', function () {
  // Its own server: without a cap on findings per rule this case exhausts the heap (issue 17; the
  // cap is another change), and the other cases must still be tested meanwhile.
  this.timeout(300000);
  let c: TestClient;
  before(async () => { c = new TestClient({ pull: true, settings: () => ({}) }); await c.initialize(); });
  after(async () => { await c.shutdown(); });

  it('a result (findings capped), the server stays up', async () => {
    const uri = 'file:///tmp/hostile-headings.txt';
    c.open(uri, '一、\n'.repeat(100_000), 'policy');
    const d = await c.pull(uri);
    assert.ok(Array.isArray(d));
    c.close(uri);
    assert.strictEqual(c.proc.exitCode, null, 'server process alive');
    assert.doesNotMatch(c.stderr, OVERFLOW);
    c.open('file:///tmp/hostile-after.txt', PLAN);
    assert.strictEqual(brackets(await c.pull('file:///tmp/hostile-after.txt')).length, 2);
  });
});

describe('hostile input: server with pushed settings', function () {
  this.timeout(120000);
  let c: TestClient;
  before(async () => { c = new TestClient({ locale: 'en' }); await c.initialize(); });
  after(async () => { await c.shutdown(); });

  it('pushed settings nested 10,000 levels deep, with __proto__ and wrong types: a result for every document', async () => {
    const pushes = [
      `{"policyLint":{"options":{"citation/doc-number-bracket":${nested(10_000)}}}}`,
      `{"policyLint":${nested(10_000)}}`,
      '{"policyLint":{"__proto__":{"enable":false}}}',
      '{"policyLint":{"preset":"constructor","rules":{"constructor":"off","__proto__":{"citation":"off"}}}}',
      '{"policyLint":{"enable":[],"rules":7,"options":"x","profile":[]}}',
      '{"policyLint":"junk"}',
    ];
    for (const [i, push] of pushes.entries()) {
      sendRaw(c, `{"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":${push}}}`);
      const uri = `file:///tmp/hostile-push-${i}.txt`;
      c.open(uri, PLAN);
      const p = await c.until(() => c.lastPublished(uri));
      assert.strictEqual(brackets(p.diagnostics).length, 2, push.slice(0, 80));
      c.close(uri);
    }
    assert.strictEqual(c.proc.exitCode, null);
    assert.doesNotMatch(c.stderr, OVERFLOW);
  });
});
