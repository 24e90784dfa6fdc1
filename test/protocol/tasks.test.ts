/** Protocol tests for the reviewer's tools: the task-division table and the comparison with an older version (also as .docx). */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, TestClient } from './lsp-client';
import { compare } from '../../server/src/core/compare';
import { compareHtml } from '../../server/src/cli/compare';
import { unzip } from '../unit/cli-zip';

describe('protocol: task table and comparison', function () {
  this.timeout(30000);
  let c: TestClient;
  before(async () => { c = new TestClient({ pull: true }); await c.initialize(); });
  after(async () => { await c.shutdown(); });

  it('policyLint/taskTable: Markdown linking back to the draft, CSV, and an xlsx workbook or a .docx on request', async () => {
    const uri = 'file:///tmp/tasks047.txt';
    const more = path.join(ROOT, 'test', 'fixtures', 'corpus', 'more');
    c.open(uri, fs.readFileSync(path.join(more, fs.readdirSync(more).find((f) => f.startsWith('047_'))!), 'utf8'));
    const r = await c.request<{ markdown: string; csv: string; table: { rows: unknown[] }; xlsx?: string }>('policyLint/taskTable', { uri });
    assert.strictEqual(r.table.rows.length, 7);
    assert.match(r.markdown, /^\| \[1\]\(file:\/\/\/tmp\/tasks047\.txt#L\d+\) \| 印发实施/m);
    assert.ok(r.csv.startsWith('\uFEFF'));
    assert.strictEqual(r.xlsx, undefined);
    const x = await c.request<{ xlsx?: string }>('policyLint/taskTable', { uri, format: 'xlsx' });
    assert.strictEqual(Buffer.from(x.xlsx!, 'base64').subarray(0, 2).toString('latin1'), 'PK');
    // The Word document in the fonts of the setting (policyLint.export.fonts).
    const d = await c.request<{ docx?: string; xlsx?: string }>('policyLint/taskTable', { uri, format: 'docx', fonts: 'windows' });
    assert.strictEqual(d.xlsx, undefined);
    const parts = unzip(Buffer.from(d.docx!, 'base64'));
    assert.match(parts.get('word/document.xml')!.toString('utf8'), /印发实施“一总五分十专”襄阳都市圈一揽子规划/);
    assert.match(parts.get('word/styles.xml')!.toString('utf8'), /w:eastAsia="仿宋"/);
  });

  it('consistency/task-table: the table cell is flagged, with the body measure as related information', async () => {
    const uri = 'file:///tmp/tasktable.md';
    const text = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'rules', 'consistency', 'task-table', 'table.flagged.md'), 'utf8').replace(/[ \t]*\{![a-z-]+\/[a-z-]+\}/g, '');
    c.open(uri, text, 'markdown');
    const d = (await c.pull(uri)).filter((x) => x.code === 'consistency/task-table') as unknown as { message: string; relatedInformation?: { location: { uri: string; range: { start: { line: number } } } }[] }[];
    const deadline = d.find((x) => x.message.includes('完成时限'));
    assert.ok(deadline, JSON.stringify(d));
    assert.strictEqual(deadline!.relatedInformation![0].location.uri, uri);
    assert.strictEqual(text.split('\n')[deadline!.relatedInformation![0].location.range.start.line].slice(0, 2), '3.');
  });

  it('policyLint/compare: the open document against an older text', async () => {
    const corpus = path.join(ROOT, 'test', 'fixtures', 'corpus');
    const read = (p: string) => fs.readFileSync(path.join(corpus, fs.readdirSync(corpus).find((f) => f.startsWith(p))!), 'utf8');
    const uri = 'file:///tmp/liuhe-2023.txt';
    c.open(uri, read('001_'));
    const r = await c.request<{ html: string; result: { counts: Record<string, number> } }>('policyLint/compare', { uri, oldText: read('002_'), oldName: 'early.txt' });
    assert.match(r.html, /<th>原条文<\/th>/);
    assert.match(r.html, /金额由500万元改为200万元/);
    assert.ok(r.result.counts.changed > 0);
    assert.strictEqual((r as { docx?: string }).docx, undefined);
    const d = await c.request<{ docx?: string }>('policyLint/compare', { uri, oldText: read('002_'), oldName: 'early.txt', format: 'docx' });
    const document = unzip(Buffer.from(d.docx!, 'base64')).get('word/document.xml')!.toString('utf8');
    for (const cell of ['原条文', '修改后条文', '修改说明', '金额由500万元改为200万元', 'early.txt → liuhe-2023.txt']) assert.ok(document.includes(cell), cell);
    assert.strictEqual(await c.request('policyLint/compare', { uri: 'file:///tmp/none.txt', oldText: '' }), null);
  });

  it('policyLint/compare of long versions (compared in a worker) gives what the core gives', async () => {
    const corpus = path.join(ROOT, 'test', 'fixtures', 'corpus');
    const read = (p: string) => fs.readFileSync(path.join(corpus, fs.readdirSync(corpus).find((f) => f.startsWith(p))!), 'utf8');
    // Over 50,000 characters together: the server hands the comparison to a worker thread.
    const older = read('002_').repeat(8), newer = read('001_').repeat(8);
    assert.ok(older.length + newer.length >= 50_000);
    const uri = 'file:///tmp/liuhe-long.txt';
    c.open(uri, newer);
    const r = await c.request<{ html: string; result: unknown }>('policyLint/compare', { uri, oldText: older, oldName: 'early.txt' });
    const expected = compare(older, newer);
    assert.deepStrictEqual(r.result, JSON.parse(JSON.stringify(expected)));
    assert.strictEqual(r.html, compareHtml(expected, 'zh-cn', { old: 'early.txt', new: 'liuhe-long.txt' }));
    const d = await c.request<{ docx?: string }>('policyLint/compare', { uri, oldText: older, oldName: 'early.txt', format: 'docx' });
    assert.ok(unzip(Buffer.from(d.docx!, 'base64')).get('word/document.xml')!.toString('utf8').includes('修改说明'));
  });
});

describe('protocol: a hard-wrapped copy (out of a PDF) in the editor', function () {
  this.timeout(30000);
  // 襄阳 2023 (a 重点工作清单 with lead units and deadlines), set in lines of 34 characters as a PDF copy keeps them:
  // a line never ends inside a number, but a lead clause or a deadline often runs on to the next line.
  const source = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'corpus', 'more', '047_xiangyang-dushiquan-2023-zhongdiangongzuoqingdan-zhengqiuyijiangao.txt'), 'utf8').split('\n').slice(1);
  const wrapLine = (s: string): string[] => {
    const out: string[] = [];
    while (s.length > 34) {
      let cut = 34;
      while (cut > 1 && /[0-9A-Za-z]/.test(s[cut - 1]) && /[0-9A-Za-z]/.test(s[cut])) cut--;
      out.push(s.slice(0, cut));
      s = s.slice(cut);
    }
    return [...out, s];
  };
  const wrapped = source.flatMap(wrapLine).join('\n');
  const published = source.join('\n');
  const uri = 'file:///tmp/wrapped-047.txt';
  const plainUri = 'file:///tmp/published-047.txt';
  let c: TestClient;
  before(async () => { c = new TestClient({ pull: true }); await c.initialize(); c.open(uri, wrapped); c.open(plainUri, published); });
  after(async () => { await c.shutdown(); });

  it('gives the task table of the document as published, each row linking to its line as written', async () => {
    type Row = { task: string; lead: string[]; deadlines: { text: string }[]; line: number };
    const got = await c.request<{ table: { rows: Row[] } }>('policyLint/taskTable', { uri });
    const want = await c.request<{ table: { rows: Row[] } }>('policyLint/taskTable', { uri: plainUri });
    const cells = (rows: Row[]) => rows.map((r) => [r.task, r.lead.join('、'), r.deadlines.map((d) => d.text).join('；')]);
    assert.ok(want.table.rows.length >= 7);
    assert.deepStrictEqual(cells(got.table.rows), cells(want.table.rows));
    // Without the joined reading, the first row's lead unit was cut at the line end (襄阳都) and its deadline lost.
    assert.deepStrictEqual(got.table.rows[0].lead, ['襄阳都市圈发展协调机制办公室', '襄阳都市圈各规划编制牵头单位']);
    const lines = wrapped.split('\n');
    for (const r of got.table.rows) assert.ok(lines[r.line - 1].includes(r.task.slice(0, 4)), `row at line ${r.line}: ${r.task.slice(0, 10)}`);
  });

  it('shows in the outline the lead units the findings see, at the headings as written', async () => {
    type Sym = { name: string; detail?: string; selectionRange: { start: { line: number } }; children?: Sym[] };
    const got = await c.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const want = await c.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri: plainUri } });
    const flat = (s: Sym[]): Sym[] => s.flatMap((x) => [x, ...flat(x.children ?? [])]);
    assert.deepStrictEqual(flat(got).map((s) => [s.name, s.detail]), flat(want).map((s) => [s.name, s.detail]));
    const lines = wrapped.split('\n');
    for (const s of flat(got)) assert.ok(lines[s.selectionRange.start.line].startsWith(s.name.slice(0, 2)), `${s.name} at line ${s.selectionRange.start.line + 1}`);
  });
});
