/** Protocol tests for the lead-unit editor features: quick fix (snippet command / plain text), completion, hover, outline counts. */
import * as assert from 'assert';
import { applyLspEdits, LspDiagnostic, TestClient } from './lsp-client';

const PLAN = [
  '示例市数字经济发展行动计划（2024—2026年）',
  '二、重点任务',
  '（一）建设数据中心。新增标准机架5000个。（牵头单位：市发展改革委；配合单位：市工业和信息化局）',
  '（二）培育数字企业。每年培育数字企业20家。',
  '（三）推进数据开放。2025年底前开放数据集1000个。（牵头单位：市发展改革委；配合单位：）',
  '',
].join('\n');
const missing = (d: LspDiagnostic[]) => d.filter((x) => x.code === 'lead-unit/missing');

describe('protocol: lead units in the editor', function () {
  this.timeout(30000);
  let plain: TestClient;
  let vscodeLike: TestClient;
  const uri = 'file:///tmp/lead.txt';
  before(async () => {
    plain = new TestClient({ pull: true });
    vscodeLike = new TestClient({ pull: true, initializationOptions: { snippetCommand: 'policyLint.applySnippet' } });
    await plain.initialize();
    await vscodeLike.initialize();
    plain.open(uri, PLAN);
    vscodeLike.open(uri, PLAN);
  });
  after(async () => { await plain.shutdown(); await vscodeLike.shutdown(); });

  it('flags the measure without a lead unit and inserts the clause in the document\'s style', async () => {
    const d = missing(await plain.pull(uri));
    assert.strictEqual(d.length, 1);
    assert.strictEqual(d[0].range.start.line, 3);
    const actions = await plain.request<{ title: string; edit?: { changes: Record<string, { range: never; newText: string }[]> } }[]>(
      'textDocument/codeAction', { textDocument: { uri }, range: d[0].range, context: { diagnostics: d } });
    const fix = actions.find((a) => a.title.includes('牵头单位'));
    assert.ok(fix && fix.edit, actions.map((a) => a.title).join(' | '));
    const text = applyLspEdits(PLAN, fix!.edit!.changes[uri]);
    // No snippets: the units are blanks (××), not a unit the drafter did not choose, nor 配合单位：配合单位.
    assert.strictEqual(text.split('\n')[3], '（二）培育数字企业。每年培育数字企业20家。（牵头单位：××；配合单位：××）');
    plain.change(uri, { start: { line: 0, character: 0 }, end: { line: 6, character: 0 } }, text);
    const again = await plain.pull(uri);
    assert.strictEqual(missing(again).length, 0, 'linted again: the finding is gone');
    const blanks = again.filter((x) => x.code === 'text/placeholder' && x.range.start.line === 3);
    assert.strictEqual(blanks.length, 2, 'both blanks are reported by text/placeholder');
  });

  it('sends the clause as a snippet command to a client that expands snippets', async () => {
    const d = missing(await vscodeLike.pull(uri));
    const actions = await vscodeLike.request<{ title: string; command?: { command: string; arguments: unknown[] } }[]>(
      'textDocument/codeAction', { textDocument: { uri }, range: d[0].range, context: { diagnostics: d } });
    const fix = actions.find((a) => a.command?.command === 'policyLint.applySnippet');
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    // The document's usual lead is a choice after the blank.
    assert.match(String(fix!.command!.arguments[2]), /^（牵头单位：\$\{1\|××,市发展改革委\|\}；配合单位：\$\{2:××\}）$/);
  });

  it('completes unit names inside a clause, the document\'s own first', async () => {
    const line = PLAN.split('\n')[4];
    const items = await vscodeLike.request<{ label: string; textEdit: { newText: string } }[]>('textDocument/completion', {
      textDocument: { uri }, position: { line: 4, character: line.length - 1 } });
    assert.ok(items.length > 5);
    assert.deepStrictEqual(items.slice(0, 2).map((i) => i.label).sort(), ['市发展改革委', '市工业和信息化局']);
    assert.ok(items.some((i) => i.label === '市财政局'), 'known units follow');
    const outside = await vscodeLike.request<unknown[]>('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 5 } });
    assert.deepStrictEqual(outside, [], 'nothing outside a clause');
  });

  it('shows a measure\'s units on hover over its number, and counts in the outline', async () => {
    const h = await vscodeLike.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 1 } });
    assert.ok(h);
    assert.match(h!.contents.value, /市发展改革委/);
    assert.match(h!.contents.value, /市工业和信息化局/);
    const h2 = await vscodeLike.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 1 } });
    assert.match(h2!.contents.value, /未明确牵头单位/);
    type Sym = { name: string; detail?: string; children?: Sym[] };
    const symbols = await vscodeLike.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const tasks = symbols.find((s) => s.name.startsWith('二、'));
    assert.strictEqual(tasks?.detail, '3 项措施，1 项未明确牵头单位');
  });
});

type Action = { title: string; kind?: string; isPreferred?: boolean; edit?: { changes: Record<string, { range: LspDiagnostic['range']; newText: string }[]> } };

describe('protocol: a rewrite that changes the stated responsibility', function () {
  this.timeout(30000);
  const DOC = [
    '示例市数字经济发展行动计划（2024—2026年）',
    '二、重点任务',
    '（一）建设数据中心。新增标准机架5000个。（牵头单位：市发展改革委；配合单位：市工业和信息化局）',
    '（二）培育数字企业。每年培育数字企业20家。（牵头单位：市工业和信息化局）',
    '（三）推进数据开放。开放数据集1000个。（牵头单位：市政务服务数据管理局）',
    '（四）推进社区服务。建成智慧社区100个。（各区人民政府按职责分工负责）',
    '（五）推进教育应用。建成智慧校园50所。（市教育局负责）',
    '',
  ].join('\n');
  const uri = 'file:///tmp/lead-role.txt';
  let c: TestClient;
  before(async () => { c = new TestClient({ pull: true }); await c.initialize(); c.open(uri, DOC); });
  after(async () => { await c.shutdown(); });
  const form = (d: LspDiagnostic[]) => d.filter((x) => x.code === 'lead-unit/inconsistent-format');

  it('（…按职责分工负责） is flagged but never rewritten into （牵头单位：…）', async () => {
    const d = form(await c.pull(uri)).filter((x) => x.range.start.line === 5);
    assert.strictEqual(d.length, 1);
    assert.strictEqual(d[0].data?.fix, undefined);
    const actions = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d[0].range, context: { diagnostics: d } });
    assert.ok(!actions.some((a) => a.edit && JSON.stringify(a.edit).includes('牵头单位：各区人民政府')), actions.map((a) => a.title).join(' | '));
  });

  it('（市教育局负责） → （牵头单位：市教育局） is its own, not preferred, action and never part of fix-all', async () => {
    const d = form(await c.pull(uri)).filter((x) => x.range.start.line === 6);
    assert.strictEqual(d.length, 1);
    const actions = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d[0].range, context: { diagnostics: d } });
    const rewrite = actions.find((a) => a.edit && JSON.stringify(a.edit).includes('（牵头单位：市教育局）'));
    assert.ok(rewrite, actions.map((a) => a.title).join(' | '));
    assert.strictEqual(rewrite!.title, '改写为“（牵头单位：市教育局）”（会改变职责表述，请核对）');
    assert.strictEqual(rewrite!.isPreferred, false);
    const all = await c.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.ok(!all.some((a) => a.edit && JSON.stringify(a.edit).includes('牵头单位：市教育局')), 'fix-all leaves it alone');
  });
});

describe('protocol: hover on a goal', function () {
  this.timeout(30000);
  it('shows the plan period and the other goals with the same unit', async () => {
    const c = new TestClient({ pull: true });
    await c.initialize();
    const uri = 'file:///tmp/goal.txt';
    c.open(uri, '示例市数字经济发展行动计划（2024—2026年）\n一、工作目标\n到2026年，全市数字经济核心产业增加值达到1500亿元。到2025年，软件业务收入达到800亿元。\n二、重点任务\n');
    const h = await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 5 } });
    await c.shutdown();
    assert.ok(h, 'a hover');
    assert.match(h!.contents.value, /2024—2026/);
    assert.match(h!.contents.value, /800亿元/);
  });
});
