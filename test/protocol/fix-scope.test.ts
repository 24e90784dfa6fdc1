/**
 * Diagnostics stay small (issue 17): findings of one rule are capped with one summary, and a
 * renumbering fix travels as a descriptor whose edits the code action computes from the document.
 */
import * as assert from 'assert';
import { applyLspEdits, LspDiagnostic, TestClient } from './lsp-client';

type Action = { title: string; kind?: string; edit?: { changes: Record<string, { range: LspDiagnostic['range']; newText: string }[]> } };
type Data = { ruleId: string; version: number; fix?: { title: string; edits: unknown[]; lazy?: { kind: string; at: number } } };

describe('protocol: small diagnostics, lazy renumbering', function () {
  this.timeout(60000);
  let c: TestClient;
  before(async () => { c = new TestClient({ pull: true }); await c.initialize(); });
  after(async () => { await c.shutdown(); });
  const seq = (d: LspDiagnostic[]) => d.filter((x) => x.code === 'structure/heading-sequence');

  it('a renumbering fix carries no edits; the code action computes them, and refuses another version', async () => {
    const uri = 'file:///tmp/renumber.policy';
    const text = '一、总体要求\n甲。\n二、重点任务\n乙。\n四、保障措施\n丙。\n五、附则\n丁。\n';
    c.open(uri, text, 'policy');
    const d = seq(await c.pull(uri));
    assert.strictEqual(d.length, 1);
    const data = d[0].data as Data;
    assert.deepStrictEqual(data.fix?.edits, []);
    assert.strictEqual(data.fix?.lazy?.kind, 'renumber');
    const actions = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d[0].range, context: { diagnostics: d } });
    const fix = actions.find((a) => a.title === data.fix!.title);
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    assert.strictEqual(applyLspEdits(text, fix!.edit!.changes[uri]), '一、总体要求\n甲。\n二、重点任务\n乙。\n三、保障措施\n丙。\n四、附则\n丁。\n');
    // The document moved on: the old diagnostic's fix is not offered.
    c.change(uri, { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, '附件\n');
    const stale = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d[0].range, context: { diagnostics: d } });
    assert.ok(!stale.some((a) => a.title === data.fix!.title), stale.map((a) => a.title).join(' | '));
  });

  it('5 000 lines of 一、: one rule\'s findings are capped with a summary, and the pull stays small', async () => {
    const uri = 'file:///tmp/many.policy';
    const n = 5000;
    c.open(uri, '一、\n'.repeat(n), 'policy');
    const items = await c.pull(uri);
    const d = seq(items);
    const summary = d.filter((x) => /另有 \d+ 处问题未逐一列出/.test(x.message));
    assert.strictEqual(summary.length, 1);
    const listed = d.length - 1;
    assert.ok(listed < n - 1, `${listed} listed of ${n - 1}`);
    assert.strictEqual(Number(/另有 (\d+) 处/.exec(summary[0].message)![1]) + listed, n - 1);
    // Each renumbering fix used to carry 200 edits (about 8 KB); now each diagnostic is well under 1 KB.
    assert.ok(JSON.stringify(items).length < 1000 * items.length, `${JSON.stringify(items).length} bytes for ${items.length}`);
    // The fix-all of the rule still renumbers: computed from the text on request.
    const actions = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d[0].range, context: { diagnostics: [d[0]] } });
    const own = actions.find((a) => a.title === (d[0].data as Data).fix!.title);
    assert.ok(own?.edit && own.edit.changes[uri].length === 200, 'the first renumbering: 200 headings');
  });
});
