/** Protocol tests for citations in the editor: hover decoding a 发文字号, completion of cited titles after 《, a format quick fix. */
import * as assert from 'assert';
import { applyLspEdits, TestClient } from './lsp-client';

const TEXT = [
  '示例市数字经济发展行动计划（2024—2026年）',
  '为贯彻落实《国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号），制定本计划。',
  '依据国发〔2015〕40号文件精神和穗府办〔2023〕09号。',
  '落实《',
  '',
].join('\n');

describe('protocol: citations in the editor', function () {
  this.timeout(30000);
  let c: TestClient;
  const uri = 'file:///tmp/cite.txt';
  before(async () => { c = new TestClient({ pull: true }); await c.initialize(); c.open(uri, TEXT); });
  after(async () => { await c.shutdown(); });

  it('decodes a 发文字号 on hover and lists the other places citing it', async () => {
    const h = await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 4 } });
    assert.ok(h);
    assert.match(h!.contents.value, /国务院/);
    assert.match(h!.contents.value, /2015/);
    assert.match(h!.contents.value, /第 2 行/);
    assert.match(h!.contents.value, /积极推进/);
  });

  it('offers the titles already cited after 《', async () => {
    const items = await c.request<{ label: string; detail?: string; textEdit: { newText: string } }[]>('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 3 } });
    assert.strictEqual(items.length, 1);
    assert.strictEqual(items[0].label, '国务院关于积极推进“互联网+”行动的指导意见');
    assert.strictEqual(items[0].textEdit.newText, '国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号）');
  });

  it('fixes a padded serial from the diagnostic data, and the finding goes away', async () => {
    const d = (await c.pull(uri)).filter((x) => x.code === 'citation/doc-number-serial');
    assert.strictEqual(d.length, 1);
    const order = (await c.pull(uri)).filter((x) => x.code === 'citation/order');
    assert.strictEqual(order.length, 2, 'both bare numbers are flagged');
    const actions = await c.request<{ title: string; edit?: { changes: Record<string, { range: never; newText: string }[]> } }[]>(
      'textDocument/codeAction', { textDocument: { uri }, range: d[0].range, context: { diagnostics: d } });
    const fix = actions.find((a) => a.edit && a.title.includes('9'));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    const text = applyLspEdits(TEXT, fix!.edit!.changes[uri]);
    assert.ok(text.includes('穗府办〔2023〕9号'));
    c.change(uri, { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } }, text);
    assert.strictEqual((await c.pull(uri)).filter((x) => x.code === 'citation/doc-number-serial').length, 0);
  });
});
