/**
 * The CLI against hostile settings, files and file systems: prototype keys and deep nesting in
 * .policylintrc.json, --fix racing an editor, read-only files, links and planted temp files,
 * UTF-16 without BOM, damaged and zip-bomb .docx, control characters in file names.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixAll, normalizeConfig } from '../../server/src/linter';
import { fixFile } from '../../server/src/cli/fix';
import { bigDocumentXml, docx, zip } from './cli-zip';

/** The fs module itself (the `import * as fs` namespace is read-only): patched to stage races and failures. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const realFs = require('fs') as { openSync: typeof fs.openSync; renameSync: typeof fs.renameSync };

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const PLAN = '示例市行动计划\n一、重点任务\n（一）依据国发[2021]29号文件，安排资金。\n';
const FIXED = '示例市行动计划\n一、重点任务\n（一）依据国发〔2021〕29号文件，安排资金。\n';
const CONFIG = { ...normalizeConfig({}).config, check: 'always' as const };

function run(args: string[], cwd = ROOT, timeout = 60000, env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}
interface JsonOut { files: { path: string; kind: string; diagnostics: { rule: string; line: number; column: number }[]; error?: string; skipped?: string; note?: string }[] }
const json = (s: string) => JSON.parse(s) as JsonOut;
const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
/** A stack trace printed anywhere: "    at fn (file:line:col)". */
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

describe('cli: hostile settings', function () {
  this.timeout(120000);
  let tmp: string;
  beforeEach(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-hostile-')); });
  afterEach(() => { fs.rmSync(tmp, { recursive: true, force: true }); });

  it('{"__proto__":{"enable":false}} in .policylintrc.json is reported and does not turn checking off', () => {
    fs.writeFileSync(path.join(tmp, 'plan.txt'), PLAN);
    const plain = json(run(['--format', 'json', path.join(tmp, 'plan.txt')]).stdout).files[0].diagnostics.length;
    assert.ok(plain > 0);
    for (const rc of ['{"__proto__":{"enable":false}}', '{"constructor":{"prototype":{"enable":false}}}', '{"rules":{"__proto__":{"citation":"off"}}}']) {
      fs.writeFileSync(path.join(tmp, '.policylintrc.json'), rc);
      const r = run(['--format', 'json', path.join(tmp, 'plan.txt')]);
      assert.strictEqual(r.code, 1, rc);
      assert.strictEqual(json(r.stdout).files[0].diagnostics.length, plain, rc);
      assert.match(r.stderr, /__proto__|constructor/, rc);
    }
  });

  it('--preset constructor (or toString, __proto__) is refused as an unknown preset, exit 2', () => {
    fs.writeFileSync(path.join(tmp, 'plan.txt'), PLAN);
    for (const preset of ['constructor', 'toString', '__proto__']) {
      const r = run(['--preset', preset, path.join(tmp, 'plan.txt')]);
      assert.strictEqual(r.code, 2, preset);
      assert.match(r.stderr, /unknown preset|未知预设/, preset);
    }
    assert.strictEqual(run(['--preset', 'national', '--format', 'json', path.join(tmp, 'plan.txt')]).code, 1);
  });

  for (const count of [1, 45]) {
    it(`options nested 10,000 levels deep in .policylintrc.json: a message, the other settings, an exit (${count} file${count > 1 ? 's, worker threads' : ''})`, () => {
      fs.writeFileSync(path.join(tmp, '.policylintrc.json'), `{"rules":{"structure":"off"},"options":{"citation/doc-number-bracket":${nested(10_000)}}}`);
      for (let i = 0; i < count; i++) fs.writeFileSync(path.join(tmp, `plan-${i}.txt`), PLAN);
      // Two worker threads whatever the machine's cores (cli/workers.ts workerCount).
      const r = run(['--format', 'json', tmp], ROOT, 90000, { ...process.env, POLICY_LINT_WORKERS: '2' });
      assert.strictEqual(r.signal, null, 'exited by itself');
      assert.strictEqual(r.code, 1, r.stderr);
      assert.match(r.stderr, /nested too deeply|嵌套层数过多/);
      assert.doesNotMatch(r.stderr, STACK);
      const out = json(r.stdout);
      assert.strictEqual(out.files.length, count);
      for (const f of out.files) {
        assert.ok(f.diagnostics.some((d) => d.rule === 'citation/doc-number-bracket'));
        assert.ok(!f.diagnostics.some((d) => d.rule.startsWith('structure/')), 'the rules setting of the same file applies');
      }
    });
  }

  it('a .policylintrc.json that is a symlink loop, or has wrong types, gets a message and the defaults', () => {
    fs.writeFileSync(path.join(tmp, 'plan.txt'), PLAN);
    fs.symlinkSync(path.join(tmp, '.policylintrc.json'), path.join(tmp, '.policylintrc.json'));
    let r = run(['--format', 'json', path.join(tmp, 'plan.txt')]);
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /policylintrc\.json: .*ignored/);
    fs.rmSync(path.join(tmp, '.policylintrc.json'));
    fs.writeFileSync(path.join(tmp, '.policylintrc.json'), '{"enable":"no","rules":[1],"options":{"x":2},"profile":{"units":{"a":1}},"preset":{}}');
    r = run(['--format', 'json', path.join(tmp, 'plan.txt')]);
    assert.strictEqual(r.code, 1);
    assert.ok(json(r.stdout).files[0].diagnostics.length > 0);
    assert.ok(r.stderr.split('\n').filter((l) => l.includes('policylintrc')).length >= 5, r.stderr);
  });
});

describe('cli: --fix write safety', function () {
  this.timeout(60000);
  let tmp: string;
  beforeEach(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-fix-')); });
  afterEach(() => { fs.rmSync(tmp, { recursive: true, force: true }); });
  const leftovers = () => fs.readdirSync(tmp).filter((n) => n.includes('policy-lint'));

  it('an edit saved while --fix runs is kept: the fix is refused with a message', () => {
    const file = path.join(tmp, 'plan.txt');
    fs.writeFileSync(file, PLAN);
    // The editor saves right when the fixed text is being written.
    const open = fs.openSync;
    let saved = false;
    realFs.openSync = ((p: fs.PathLike, flags: fs.OpenMode, mode?: fs.Mode) => {
      if (!saved && String(p).startsWith(path.join(tmp, '.plan.txt.'))) { saved = true; fs.appendFileSync(file, '（二）编辑器刚保存的一句。\n'); }
      return open(p, flags, mode);
    }) as typeof fs.openSync;
    let o;
    try { o = fixFile(file, CONFIG, false); } finally { realFs.openSync = open; }
    assert.ok(saved, 'the temporary file was created');
    assert.ok(o.failed);
    assert.match(o.error ?? '', /changed|已被修改/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), PLAN + '（二）编辑器刚保存的一句。\n', 'the saved edit is there');
    assert.deepStrictEqual(leftovers(), []);
  });

  it('a read-only file is not overwritten: message, exit 2', () => {
    const file = path.join(tmp, 'plan.txt');
    fs.writeFileSync(file, PLAN);
    fs.chmodSync(file, 0o444);
    const r = run(['--fix', file]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /read-only|只读/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), PLAN);
    assert.strictEqual(fs.statSync(file).mode & 0o777, 0o444);
  });

  it('a symlink stays a symlink to the fixed file; a hard link stays one file', () => {
    const real = path.join(tmp, 'real.txt');
    fs.writeFileSync(real, PLAN);
    fs.symlinkSync(real, path.join(tmp, 'link.txt'));
    // Exit 1: citation/order (a 发文字号 without its title) is an error with no automatic fix.
    assert.strictEqual(run(['--fix', path.join(tmp, 'link.txt')]).code, 1);
    assert.ok(fs.lstatSync(path.join(tmp, 'link.txt')).isSymbolicLink());
    assert.strictEqual(fs.readFileSync(real, 'utf8'), FIXED);
    const a = path.join(tmp, 'a.txt');
    fs.writeFileSync(a, PLAN);
    fs.linkSync(a, path.join(tmp, 'b.txt'));
    const ino = fs.statSync(a).ino;
    assert.strictEqual(run(['--fix', a]).code, 1);
    assert.strictEqual(fs.statSync(a).ino, ino);
    assert.strictEqual(fs.statSync(a).nlink, 2);
    assert.strictEqual(fs.readFileSync(path.join(tmp, 'b.txt'), 'utf8'), FIXED);
    assert.deepStrictEqual(leftovers(), []);
  });

  it('a symlink planted at the old predictable temp name is not followed; the temp name is random and exclusive', () => {
    const file = path.join(tmp, 'plan.txt');
    const victim = path.join(tmp, 'victim.txt');
    fs.writeFileSync(file, PLAN);
    fs.writeFileSync(victim, '不能被改写');
    fs.symlinkSync(victim, `${file}.policy-lint-${process.pid}.tmp`);
    const open = fs.openSync;
    const opened: { p: string; flags: unknown }[] = [];
    realFs.openSync = ((p: fs.PathLike, flags: fs.OpenMode, mode?: fs.Mode) => {
      opened.push({ p: String(p), flags });
      return open(p, flags, mode);
    }) as typeof fs.openSync;
    let o;
    try { o = fixFile(file, CONFIG, false); } finally { realFs.openSync = open; }
    assert.ok(!o.failed, o.error);
    assert.strictEqual(fs.readFileSync(victim, 'utf8'), '不能被改写');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), FIXED);
    const tmpOpen = opened.find((x) => x.p.endsWith('.tmp'));
    assert.ok(tmpOpen, 'a temporary file');
    assert.strictEqual(tmpOpen.flags, 'wx');
    assert.ok(!tmpOpen.p.includes(String(process.pid)), tmpOpen.p);
  });

  it('a failed write exits 2 and leaves no temporary file', () => {
    const file = path.join(tmp, 'plan.txt');
    fs.writeFileSync(file, PLAN);
    const rename = fs.renameSync;
    realFs.renameSync = () => { throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }); };
    let o;
    try { o = fixFile(file, CONFIG, false); } finally { realFs.renameSync = rename; }
    assert.ok(o.failed);
    assert.match(o.error ?? '', /could not write|写入失败/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), PLAN);
    assert.deepStrictEqual(leftovers(), []);
    // Through the CLI: a file in a folder it cannot write to (as root: a file made immutable is not available, so a read-only file stands in).
    fs.chmodSync(file, 0o400);
    assert.strictEqual(run(['--fix', file]).code, 2);
  });

  it('reports the number of places really changed, and 200万 元资助 becomes 200万元资助', () => {
    const file = path.join(tmp, 'plan.txt');
    fs.writeFileSync(file, PLAN);
    assert.match(run(['--fix', file]).stderr, /fixed 1\n/, 'one 发文字号 with two brackets is one change');
    const two = '示例市行动计划\n一、重点任务\n（一）依据国发[2021]29号、国发(2021)30号文件，安排资金。\n';
    assert.strictEqual(fixAll(two, CONFIG).fixed, 2);
    assert.strictEqual(fixAll(FIXED, CONFIG).fixed, 0);
    const money = '示例市支持产业发展若干措施\n一、支持措施\n（一）对认定的企业给予200万 元资助。\n';
    const r = fixAll(money, CONFIG);
    assert.ok(r.text.includes('给予200万元资助。'), r.text);
    assert.ok(!r.text.includes('元 元'), r.text);
  });
});

describe('cli: hostile files', function () {
  this.timeout(120000);
  let tmp: string;
  before(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-hfiles-')); });
  after(() => { fs.rmSync(tmp, { recursive: true, force: true }); });

  it('UTF-16 LE and BE without BOM are decoded, with the findings of the UTF-8 file and a note', () => {
    const utf8 = path.join(tmp, 'u8.txt');
    fs.writeFileSync(utf8, PLAN + '一二三四五六七八九十\n');
    const le = Buffer.from(fs.readFileSync(utf8, 'utf8'), 'utf16le');
    fs.writeFileSync(path.join(tmp, 'le.txt'), le);
    fs.writeFileSync(path.join(tmp, 'be.txt'), Buffer.from(le).swap16());
    const key = (f: JsonOut['files'][number]) => f.diagnostics.map((d) => `${d.rule}@${d.line}:${d.column}`).join(',');
    const r = run(['--format', 'json', utf8, path.join(tmp, 'le.txt'), path.join(tmp, 'be.txt')]);
    assert.strictEqual(r.code, 1, r.stderr);
    const [a, b, c] = json(r.stdout).files;
    assert.ok(a.diagnostics.length > 0);
    assert.strictEqual(key(b), key(a));
    assert.strictEqual(key(c), key(a));
    assert.match(b.note ?? '', /UTF-16LE/);
    assert.match(c.note ?? '', /UTF-16BE/);
    // NUL bytes that are not UTF-16 stay binary.
    fs.writeFileSync(path.join(tmp, 'bin.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3, 0]));
    assert.match(json(run(['--format', 'json', path.join(tmp, 'bin.txt')]).stdout).files[0].skipped ?? '', /binary/);
  });

  it('damaged .docx files get a clear message and exit 2', () => {
    const cases: [string, Buffer][] = [
      ['garbage.docx', Buffer.from('PK\x03\x04 not really a zip'.repeat(50))],
      ['truncated.docx', docx(PLAN).subarray(0, 300)],
      ['no-document.docx', zip([{ name: 'word/other.xml', data: Buffer.from('<x/>') }])],
      ['bad-deflate.docx', zip([{ name: 'word/document.xml', data: Buffer.from('not deflate data at all'), store: true }]).fill(0x55, 40, 60)],
    ];
    for (const [name, data] of cases) {
      fs.writeFileSync(path.join(tmp, name), data);
      const r = run(['--format', 'json', path.join(tmp, name)]);
      assert.strictEqual(r.code, 2, name);
      assert.match(json(r.stdout).files[0].error ?? '', /docx|Word/, name);
      assert.doesNotMatch(r.stderr, STACK, name);
    }
    fs.writeFileSync(path.join(tmp, 'good.docx'), docx(PLAN));
    const good = run(['--format', 'json', path.join(tmp, 'good.docx')]);
    assert.ok(json(good.stdout).files[0].diagnostics.some((d) => d.rule === 'citation/doc-number-bracket'), good.stderr);
  });

  it('a zip-bomb .docx is refused by its unpacked size, also when its directory lies about it', () => {
    const xml = bigDocumentXml(80);
    for (const [name, data] of [['bomb.docx', docx('', xml)], ['liar.docx', zip([{ name: 'word/document.xml', data: xml, declaredSize: 1000 }])]] as const) {
      assert.ok(data.length < 1024 * 1024, `${name}: ${data.length} bytes`);
      fs.writeFileSync(path.join(tmp, name), data);
      const r = run(['--format', 'json', path.join(tmp, name)]);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(json(r.stdout).files[0].skipped ?? '', /too large|过大/, name);
    }
  });

  it('a .docx whose extracted text is over the text limit is not checked', () => {
    // ~22 MB of text in a ~25 MB document.xml (under the XML limit), from a .docx of a few dozen KB.
    const data = docx('', bigDocumentXml(25, '政策'.repeat(2000)));
    fs.writeFileSync(path.join(tmp, 'long.docx'), data);
    const r = run(['--format', 'json', path.join(tmp, 'long.docx')]);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(json(r.stdout).files[0].skipped ?? '', /text of the \.docx is too large|文本过大/);
  });

  it('control characters in file names are escaped in text output and messages, exact in JSON', () => {
    const name = 'a\x1b[31mred\rb\u202ec.txt';
    const file = path.join(tmp, name);
    fs.writeFileSync(file, PLAN);
    const text = run(['--no-color', file]);
    assert.ok(text.stdout.includes('a\\x1b[31mred\\x0db\\u{202e}c.txt'), text.stdout);
    const raw = (s: string) => s.includes('\x1b') || s.includes('\r') || s.includes('\u202e');
    assert.ok(!raw(text.stdout + text.stderr), 'no raw control character');
    const fix = run(['--fix', '--dry-run', file]);
    assert.ok(!raw(fix.stdout + fix.stderr));
    const html = run(['--format', 'html', file]).stdout;
    assert.ok(!raw(html) && html.includes('a\\x1b[31mred'), 'HTML shows the escaped name');
    assert.strictEqual(json(run(['--format', 'json', file]).stdout).files[0].path, file);
  });
});
