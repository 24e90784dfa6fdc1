/**
 * The server stays responsive while large documents are analysed (in worker threads): requests are
 * answered before a 10 MB document's analysis finishes, a newer version cancels the analysis of an
 * older one, and pulls while typing in a 1 MB document receive diagnostics of intermediate versions.
 * Every assertion is on the order of events, never on elapsed milliseconds.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { LspDiagnostic, ROOT, TestClient } from './lsp-client';

const CORPUS = path.join(ROOT, 'test', 'fixtures', 'corpus');
function corpusOfBytes(bytes: number): string {
  let base = '';
  for (const f of fs.readdirSync(CORPUS).sort()) {
    if (!f.endsWith('.txt')) continue;
    let t = fs.readFileSync(path.join(CORPUS, f), 'utf8');
    if (t.startsWith('# source:')) t = t.slice(t.indexOf('\n') + 1);
    base += t + '\n\n';
  }
  const title = '示例市数字经济发展行动计划（2023—2025年）\n\n';
  let s = title;
  while (Buffer.byteLength(s) < bytes) s += base;
  return s;
}
const SMALL = [
  '示例市数字经济发展行动计划（2023—2025年）', '',
  '为贯彻落实《国务院关于印发“十四五”数字经济发展规划的通知》（国发[2021]29号），制定本行动计划。',
  '一、总体要求', '到2025年，全市数字经济核心产业增加值达到1200亿元。', '二、重点任务',
  '（一）建设数据中心。新建5G基站5000个。（牵头单位：市工业和信息化局）', '',
].join('\n');

type Status = { uri: string; version: number; problems: number };
const statuses = (c: TestClient, uri: string) => c.notifications.filter((n) => n.method === 'policyLint/status' && (n.params as Status).uri === uri).map((n) => n.params as Status);
const versionsOf = (d: LspDiagnostic[]) => [...new Set(d.filter((x) => x.data).map((x) => x.data!.version))];

describe('protocol: responsiveness with large documents', function () {
  this.timeout(300000);

  it('answers hover, completion and documentSymbol for other documents while a 10 MB document is analysed, and hovers on it from the previous version while the next one is analysed', async () => {
    const c = new TestClient({ pull: true });
    try {
      await c.initialize();
      const small = 'file:///tmp/small-plan.txt';
      const big = 'file:///tmp/big-plan.txt';
      c.open(small, SMALL);
      await c.pull(small);
      const text = corpusOfBytes(10 * 1024 * 1024);
      c.open(big, text);
      const order: string[] = [];
      const bigPull = c.pull(big).then((d) => { order.push('big diagnostics'); return d; });
      const at = SMALL.split('\n')[2].indexOf('国发');
      const hover = await c.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri: small }, position: { line: 2, character: at + 1 } });
      order.push('hover');
      await c.request('textDocument/completion', { textDocument: { uri: small }, position: { line: 6, character: 3 } });
      order.push('completion');
      const symbols = await c.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: small } });
      order.push('documentSymbol');
      assert.ok(hover && symbols.length > 0, 'real answers for the small document');
      assert.strictEqual(statuses(c, big).length, 0, 'the big document was still being analysed when the requests were answered');
      const diags = await bigPull;
      assert.deepStrictEqual(order, ['hover', 'completion', 'documentSymbol', 'big diagnostics']);
      assert.ok(diags.length > 0 && versionsOf(diags).every((v) => v === 1));

      // Version 2 is analysed while the model of version 1 answers requests about the big document.
      const d = diags.find((x) => x.data && x.code === 'citation/doc-number-bracket') ?? diags.find((x) => x.data)!;
      c.change(big, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '　');
      const bigHover = await c.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri: big }, position: d.range.start });
      const outline = await c.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: big } });
      assert.ok(!statuses(c, big).some((s) => s.version === 2), 'version 2 still being analysed');
      assert.ok(bigHover, 'hover on the big document answered from version 1');
      assert.ok(outline.length > 0, 'outline of the big document answered from version 1');
      await c.until(() => statuses(c, big).some((s) => s.version === 2), 120000);
    } finally {
      await c.shutdown();
    }
  });

  it('a newer version cancels the analysis of the older one; the result belongs to the newest version', async () => {
    const c = new TestClient({ pull: true });
    try {
      await c.initialize();
      const uri = 'file:///tmp/supersede.txt';
      c.open(uri, corpusOfBytes(1024 * 1024));
      const v2 = c.change(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '　');
      const diags = await c.pull(uri);
      assert.deepStrictEqual(versionsOf(diags), [v2]);
      await c.until(() => c.logs.some((l) => l.includes(`cancelled the analysis of ${uri} v1 `)));
      assert.deepStrictEqual(statuses(c, uri).map((s) => s.version), [v2], 'no result was produced for version 1');
    } finally {
      await c.shutdown();
    }
  });

  it('pulls while typing in a 1 MB document receive diagnostics of an intermediate version', async () => {
    const c = new TestClient({ pull: true });
    try {
      await c.initialize();
      const uri = 'file:///tmp/typing.txt';
      const text = corpusOfBytes(1024 * 1024);
      c.open(uri, text);
      await c.pull(uri);
      const line = Math.floor(text.split('\n').length / 2);
      const got: { version: number; typedAfter: number }[] = [];
      let version = 1;
      let pending: CancellationTokenSource | undefined;
      // Type like VS Code: every change is followed by a pull that cancels the previous pull.
      for (let i = 0; i < 600 && !got.some((g) => g.version > 1 && g.typedAfter > g.version); i++) {
        version = c.change(uri, { start: { line, character: 0 }, end: { line, character: 0 } }, '一');
        pending?.cancel();
        const source = new CancellationTokenSource();
        pending = source;
        void (c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token) as Promise<{ items: LspDiagnostic[] }>)
          .then((r) => { for (const v of versionsOf(r.items)) got.push({ version: v, typedAfter: version }); }, () => undefined);
        await new Promise((r) => setTimeout(r, 40));
      }
      const intermediate = got.find((g) => g.version > 1 && g.typedAfter > g.version);
      assert.ok(intermediate, `diagnostics of an intermediate version arrived while typing went on (got ${JSON.stringify(got.slice(-5))}, typed up to v${version})`);
    } finally {
      await c.shutdown();
    }
  });
});
