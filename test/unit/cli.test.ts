/** The CLI as a user runs it: the built dist/cli.js on real files, its JSON contract and exit codes. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DOCUMENT_KINDS } from '../../server/src/core/model';
import { workerCount } from '../../server/src/cli/workers';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'corpus');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonOut { version: number; files: { path: string; kind: string; diagnostics: { rule: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string }[]; error?: string; skipped?: string }[] }

describe('cli', function () {
  this.timeout(60000);
  let tmp: string;
  before(() => {
    assert.ok(fs.existsSync(CLI), 'dist/cli.js exists (run node scripts/build.mjs)');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-cli-'));
  });
  after(() => { fs.rmSync(tmp, { recursive: true, force: true }); });

  it('prints the JSON contract for the whole corpus, one entry per file, and exits 0 or 1', () => {
    const r = run(['--format', 'json', CORPUS]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const out = JSON.parse(r.stdout) as JsonOut;
    assert.strictEqual(out.version, 1);
    const expected: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(d, e.name));
        else if (/\.(txt|md|docx)$/.test(e.name)) expected.push(path.join(d, e.name));
      }
    };
    walk(CORPUS);
    assert.deepStrictEqual(out.files.map((f) => f.path).sort(), expected.sort());
    const kinds = new Set<string>(DOCUMENT_KINDS);
    for (const f of out.files) {
      assert.ok(kinds.has(f.kind), f.kind);
      for (const d of f.diagnostics) {
        assert.match(d.rule, /^(lead-unit|target|amount|citation|structure|reply|number|text)\/[a-z0-9-]+$/);
        assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
        assert.ok(d.line >= 1 && d.column >= 1 && (d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column)));
        assert.ok(d.message.length > 0);
      }
    }
    const hasError = out.files.some((f) => f.diagnostics.some((d) => d.severity === 'error'));
    assert.strictEqual(r.code, hasError ? 1 : 0);
  });

  it('reports 1-based positions of a wrong 发文字号 and exits 1', () => {
    const file = path.join(tmp, 'plan.txt');
    fs.writeFileSync(file, '示例市行动计划\n一、总体要求\n根据国发[2021]29号文件，制定本计划。\n');
    const r = run(['--format', 'json', file]);
    assert.strictEqual(r.code, 1, r.stderr);
    const d = (JSON.parse(r.stdout) as JsonOut).files[0].diagnostics.find((x) => x.rule === 'citation/doc-number-bracket');
    assert.deepStrictEqual(d && [d.line, d.column, d.endLine, d.endColumn], [3, 3, 3, 14]);
    assert.strictEqual(d!.severity, 'error');
    const text = run(['--no-color', file]);
    assert.match(text.stdout, /3:3\s+错误/);
    const off = run(['--rule', 'citation/doc-number-bracket=off', '--format', 'json', file]);
    assert.ok(!(JSON.parse(off.stdout) as JsonOut).files[0].diagnostics.some((x) => x.rule === 'citation/doc-number-bracket'));
    const allOff = run(['--rule', 'citation=off', '--format', 'json', file]);
    assert.strictEqual(allOff.code, 0, 'no errors left: exit 0');
    const en = run(['--lang', 'en', '--format', 'json', file]);
    assert.match((JSON.parse(en.stdout) as JsonOut).files[0].diagnostics[0].message, /[A-Za-z]{3}/);
  });

  it('gives an empty file a result', () => {
    const file = path.join(tmp, 'empty.txt');
    fs.writeFileSync(file, '');
    const r = run(['--format', 'json', file]);
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual((JSON.parse(r.stdout) as JsonOut).files[0].diagnostics, []);
  });

  it('skips a binary file with a clear message', () => {
    const file = path.join(tmp, 'picture.txt');
    fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const r = run(['--format', 'json', file]);
    assert.strictEqual(r.code, 0);
    assert.match((JSON.parse(r.stdout) as JsonOut).files[0].skipped ?? '', /binary|二进制/);
  });

  it('refuses undecodable bytes (neither UTF-8 nor GB18030) with a clear message and exit 2, still reporting the other files', () => {
    const bad = path.join(tmp, 'gbk', 'a.txt');
    fs.mkdirSync(path.dirname(bad));
    fs.writeFileSync(bad, Buffer.from([0x81, 0x30, 0xff, 0xfe, 0x80, 0x41, 0xc3, 0x28, 0xa0, 0xa1, 0xf5, 0x80]));
    fs.writeFileSync(path.join(tmp, 'gbk', 'b.txt'), '关于印发示例市行动计划的通知\n');
    const r = run(['--format', 'json', path.join(tmp, 'gbk')]);
    assert.strictEqual(r.code, 2);
    const out = JSON.parse(r.stdout) as JsonOut;
    assert.strictEqual(out.files.length, 2);
    assert.match(out.files[0].error ?? '', /UTF-8/);
    assert.match(r.stderr, /编码|encoding/);
  });

  it('says a note shared by several files once (how each was read), Chinese first', () => {
    const dir = path.join(tmp, 'docx-notes');
    fs.mkdirSync(dir);
    for (const f of fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'docx')).filter((x) => x.endsWith('.docx'))) fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'docx', f), path.join(dir, f));
    const r = run([dir]);
    const notes = r.stderr.split('\n').filter((l) => l.includes('.docx 提取的文本'));
    assert.strictEqual(notes.length, 1, r.stderr);
    assert.match(notes[0], /^policy-lint: 3 个文件 \/ 3 files \(.*\.docx, .*\.docx, .*\.docx\): 从 \.docx 提取的文本/);
    const one = run([path.join(dir, fs.readdirSync(dir)[0])]);
    assert.match(one.stderr, /^policy-lint: .*\.docx: 从 \.docx 提取的文本.* \/ text extracted from the \.docx/m);
  });

  it('checks a 10 MB document', () => {
    const file = path.join(tmp, 'big.txt');
    const seed = fs.readFileSync(path.join(CORPUS, 'seeds', '004_0111e17e71795b96.txt'), 'utf8');
    fs.writeFileSync(file, seed.repeat(Math.ceil(10 * 1024 * 1024 / Buffer.byteLength(seed))));
    const r = run(['--format', 'json', file]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.strictEqual((JSON.parse(r.stdout) as JsonOut).files[0].kind, 'action-plan');
  });

  it('exits 2 on usage errors and missing paths', () => {
    assert.strictEqual(run([]).code, 2);
    assert.strictEqual(run(['--format', 'xml', CORPUS]).code, 2);
    assert.strictEqual(run(['--bogus']).code, 2);
    const missing = run(['--format', 'json', path.join(tmp, 'nope.txt')]);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /不存在|no such/);
    assert.strictEqual(run(['--help']).code, 0);
  });
});

describe('CLI: how many worker threads check a folder', () => {
  it('one per core but one, from two on; none for a few files or POLICY_LINT_WORKERS=0; N when asked', () => {
    assert.strictEqual(workerCount(1000, 2, undefined), 0, 'two cores: the main thread checks');
    assert.strictEqual(workerCount(1000, 3, undefined), 2);
    assert.strictEqual(workerCount(1000, 8, undefined), 7);
    assert.strictEqual(workerCount(60, 8, undefined), 3, 'no more workers than batches of 25');
    assert.strictEqual(workerCount(39, 8, undefined), 0, 'below 40 files: no threads');
    assert.strictEqual(workerCount(1000, 8, '0'), 0);
    assert.strictEqual(workerCount(1000, 2, '2'), 2);
    assert.strictEqual(workerCount(45, 2, '3'), 2, 'asked for, still no more than batches');
    assert.strictEqual(workerCount(1000, 8, 'many'), 7, 'a setting that is no number: the default');
  });
});
