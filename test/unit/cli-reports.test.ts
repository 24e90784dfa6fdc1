/** The reviewer's CLI (issue 13): SARIF, GitHub and HTML reports, .docx and GB18030 input, --fix, --quiet, --max-warnings, globs. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import * as iconv from 'iconv-lite';
import { Document, Packer, Paragraph } from 'docx';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const EXAMPLES = path.join(ROOT, 'examples');
const SEED4 = path.join(ROOT, 'test', 'fixtures', 'corpus', 'seeds', '004_0111e17e71795b96.txt');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
interface Json { files: { path: string; kind: string; diagnostics: { rule: string; severity: string; line: number; column: number; endLine: number; endColumn: number; fixable?: boolean }[]; note?: string; error?: string }[] }
const json = (args: string[]) => JSON.parse(run(['--format', 'json', ...args]).stdout) as Json;
const key = (j: Json) => j.files.flatMap((f) => f.diagnostics.map((d) => `${d.rule}@${d.line}:${d.column}-${d.endLine}:${d.endColumn}`)).sort();

describe('cli: reviewer reports', function () {
  this.timeout(120000);
  let tmp: string;
  before(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-reports-')); });
  after(() => { fs.rmSync(tmp, { recursive: true, force: true }); });

  it('SARIF 2.1.0 output validates against the official schema and carries every finding', () => {
    const r = run(['--format', 'sarif', EXAMPLES]);
    assert.strictEqual(r.code, 1);
    const sarif = JSON.parse(r.stdout) as { version: string; runs: { results: unknown[]; tool: { driver: { rules: unknown[] } } }[] };
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'sarif-2.1.0.json'), 'utf8'));
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
    const results = sarif.runs[0].results as { ruleId: string; ruleIndex: number; level: string }[];
    const expected = json([EXAMPLES]).files.reduce((n, f) => n + f.diagnostics.length, 0);
    assert.strictEqual(results.length, expected);
    const rules = sarif.runs[0].tool.driver.rules as { id: string }[];
    assert.ok(results.every((x) => rules[x.ruleIndex].id === x.ruleId));
    // A broken report must fail the schema: the test can fail.
    assert.ok(!validate({ ...sarif, version: '2.0' }));
  });

  it('GitHub annotations: one workflow command per finding', () => {
    const out = run(['--format', 'github', EXAMPLES]).stdout.trim().split('\n');
    const expected = json([EXAMPLES]).files.reduce((n, f) => n + f.diagnostics.length, 0);
    assert.strictEqual(out.length, expected);
    for (const line of out) assert.match(line, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+\/[a-z0-9-]+::\S/);
  });

  it('HTML: one self-contained page with summaries and problems marked in place', () => {
    const file = path.join(tmp, 'report.html');
    const r = run(['--format', 'html', '--output', file, EXAMPLES]);
    assert.strictEqual(r.code, 1, r.stderr);
    const html = fs.readFileSync(file, 'utf8');
    assert.match(html, /<html lang="zh-CN">/);
    assert.match(html, /按规则汇总/);
    assert.match(html, /按文件汇总/);
    const marks = html.match(/<mark class="(error|warning|information|hint)"/g) ?? [];
    assert.ok(marks.length >= 10, `${marks.length} marks`);
    assert.ok(html.includes('<mark class="error" title="citation/doc-number-bracket'), 'the wrong bracket is marked');
    assert.ok(!/<(script|link|img)[^>]+(src|href)="https?:/i.test(html), 'no network resources');
  });

  it('a .docx made from a corpus document gives the same findings as its .txt', async () => {
    const text = fs.readFileSync(SEED4, 'utf8');
    const doc = new Document({ sections: [{ children: text.split('\n').map((line) => new Paragraph({ text: line })) }] });
    const docx = path.join(tmp, 'seed-004.docx');
    fs.writeFileSync(docx, await Packer.toBuffer(doc));
    const txt = path.join(tmp, 'seed-004.txt');
    fs.writeFileSync(txt, text);
    const fromDocx = json([docx]);
    const fromTxt = json([txt]);
    assert.strictEqual(fromDocx.files[0].kind, 'action-plan');
    assert.match(fromDocx.files[0].note ?? '', /docx/);
    assert.deepStrictEqual(key(fromDocx), key(fromTxt));
    assert.ok(key(fromTxt).length > 10);
  });

  it('GB18030 text is decoded with a note; undecodable bytes get a clear message and exit 2', () => {
    const text = fs.readFileSync(path.join(EXAMPLES, 'reply-letter-draft.txt'), 'utf8');
    const gb = path.join(tmp, 'gb.txt');
    fs.writeFileSync(gb, iconv.encode(text, 'gb18030'));
    const utf = path.join(tmp, 'utf.txt');
    fs.writeFileSync(utf, text);
    const j = json([gb]);
    assert.match(j.files[0].note ?? '', /GB18030/);
    assert.deepStrictEqual(key(j), key(json([utf])));
    const junk = path.join(tmp, 'junk.txt');
    fs.writeFileSync(junk, Buffer.from([0x81, 0x30, 0xff, 0xfe, 0x80, 0x41, 0xc3, 0x28, 0xa0, 0xa1, 0xf5, 0x80]));
    const r = run(['--format', 'json', junk]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /encoding|编码/);
  });

  it('--fix --dry-run prints a diff and writes nothing; --fix writes and leaves no fixable finding; .docx is never changed', () => {
    const file = path.join(tmp, 'plan.txt');
    const original = fs.readFileSync(path.join(EXAMPLES, 'action-plan-draft.txt'), 'utf8');
    fs.writeFileSync(file, original);
    const dry = run(['--fix', '--dry-run', file]);
    assert.match(dry.stdout, /^--- .*plan\.txt/m);
    assert.match(dry.stdout, /^\+.*国发〔2021〕29号/m);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), original, 'dry run writes nothing');
    run(['--fix', file]);
    const fixed = fs.readFileSync(file, 'utf8');
    assert.notStrictEqual(fixed, original);
    assert.ok(fixed.includes('国发〔2021〕29号'));
    assert.ok(!json([file]).files[0].diagnostics.some((d) => d.fixable), 'no fixable finding left');
    assert.strictEqual(fixed.split('\n').length, original.split('\n').length);
    const docx = path.join(tmp, 'seed-004.docx');
    if (fs.existsSync(docx)) {
      const before = fs.readFileSync(docx);
      run(['--fix', docx]);
      assert.ok(fs.readFileSync(docx).equals(before), '.docx untouched');
    }
  });

  it('--quiet keeps errors only; --max-warnings turns too many warnings into exit 1; globs expand', () => {
    const quiet = json(['--quiet', EXAMPLES]);
    assert.ok(quiet.files.every((f) => f.diagnostics.every((d) => d.severity === 'error')));
    const clean = path.join(EXAMPLES, 'clean-plan.txt');
    assert.strictEqual(run([clean]).code, 0);
    const warn = path.join(tmp, 'warn.txt');
    fs.writeFileSync(warn, '示例市行动计划（2024—2026年）\n一、工作目标\n到2026年，培育一批龙头企业。\n二、重点任务\n（一）建设平台。2025年底前建成平台5个。（牵头单位：市科技局）\n三、保障措施\n（一）加强领导。（牵头单位：市科技局）\n');
    assert.strictEqual(run([warn]).code, 0);
    assert.strictEqual(run(['--max-warnings', '0', warn]).code, 1);
    const g = json([path.join(EXAMPLES, '*.md').split(path.sep).join('/')]);
    assert.deepStrictEqual(g.files.map((f) => path.basename(f.path)), ['README.md', 'measures-draft.md']);
    assert.strictEqual(run([path.join(tmp, 'nothing-*.txt')]).code, 2);
  });
});
