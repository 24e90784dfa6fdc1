/** Protocol tests for money in the editor: hover on an amount and the funding summary. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, TestClient } from './lsp-client';

describe('protocol: money in the editor', function () {
  this.timeout(30000);
  let c: TestClient;
  const uri = 'file:///tmp/money.txt';
  const text = [
    '示例市促进软件产业发展若干措施',
    '一、对新认定的国家级企业技术中心，给予一次性奖励50万元。（责任单位：市工业和信息化局）',
    '二、对新认定的国家级企业技术中心，一次性奖励30万元。（责任单位：市财政局）',
    '',
  ].join('\n');
  before(async () => { c = new TestClient({ pull: true }); await c.initialize(); c.open(uri, text); });
  after(async () => { await c.shutdown(); });

  it('hover on an amount: its value in 元, what it funds, the other amounts for the same thing', async () => {
    const h = await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: text.split('\n')[1].indexOf('50万元') + 1 } });
    assert.ok(h);
    assert.match(h!.contents.value, /500,000/);
    assert.match(h!.contents.value, /国家级企业技术中心/);
    assert.match(h!.contents.value, /30万元/);
    const d = (await c.pull(uri)).filter((x) => x.code === 'amount/cap-conflict');
    assert.strictEqual(d.length, 1);
  });

  it('the funding summary lists every amount of a real document', async () => {
    const seed = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'corpus', 'seeds', '004_0111e17e71795b96.txt'), 'utf8');
    c.open('file:///tmp/seed004.txt', seed);
    const r = await c.request<{ markdown: string; rows: { text: string; yuan: number }[] }>('policyLint/fundingSummary', { uri: 'file:///tmp/seed004.txt' });
    // The grants and awards of the text (17), not its goals (总规模超10000亿元) or size thresholds.
    assert.ok(r.rows.length >= 15, String(r.rows.length));
    assert.ok(!r.rows.some((x) => x.text === '10000亿元'), 'a goal is not funding');
    assert.ok(r.rows.some((x) => x.text === '2000万元' && x.yuan === 2e7));
    assert.match(r.markdown, /\| 资助对象 \|/);
    assert.match(r.markdown, /国家级/);
    // Each row links back to its line in the draft.
    const row = r.markdown.split('\n').find((l) => l.includes('2000万元'));
    assert.match(row ?? '', /^\| \[(\d+)\]\(file:\/\/\/tmp\/seed004\.txt#L\1\) \|/);
  });
});
