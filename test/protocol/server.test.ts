/**
 * Protocol tests: the built server (dist/server.js, made by `node scripts/build.mjs`) is started over
 * stdio and driven as an LSP client would: initialize, didOpen, didChange, diagnostics (pull and push),
 * codeAction, documentSymbol, foldingRange, hover, configuration.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyLspEdits, LspDiagnostic, ROOT, SERVER, TestClient } from './lsp-client';

const CORPUS = path.join(ROOT, 'test', 'fixtures', 'corpus');
const seed004 = fs.readFileSync(path.join(CORPUS, 'seeds', '004_0111e17e71795b96.txt'), 'utf8');
const PLAN = [
  '示例市数字经济发展行动计划（2023—2025年）',
  '',
  '为贯彻落实《国务院关于印发“十四五”数字经济发展规划的通知》（国发[2021]29号），制定本行动计划。',
  '一、总体要求',
  '到2025年，全市数字经济核心产业增加值达到1200亿元。',
  '二、重点任务',
  '（一）建设数据中心。新建5G基站5000个。（牵头单位：市工业和信息化局；配合单位：市通信管理局）',
  '（二）培育数字企业。依据深府办【2022】3号文件落实扶持政策。（牵头单位：市科技局）',
  '三、保障措施',
  '（一）加强组织领导。（牵头单位：市发展改革委）',
  '',
].join('\n');

function byRule(diags: LspDiagnostic[], rule: string): LspDiagnostic[] {
  return diags.filter((d) => d.code === rule);
}

describe('protocol: server over stdio', function () {
  this.timeout(30000);
  before(() => {
    assert.ok(fs.existsSync(SERVER), 'dist/server.js exists (run node scripts/build.mjs)');
  });

  describe('pull diagnostics client', () => {
    let client: TestClient;
    let settings: unknown = {};
    before(async () => {
      client = new TestClient({ pull: true, settings: () => settings });
      const init = await client.initialize();
      const caps = init.capabilities as Record<string, unknown>;
      assert.deepStrictEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } }, 'incremental sync; didSave for checking on save');
      assert.ok(caps.diagnosticProvider, 'pull diagnostics offered');
      assert.ok(caps.codeActionProvider && caps.documentSymbolProvider && caps.foldingRangeProvider && caps.hoverProvider);
    });
    after(async () => { await client.shutdown(); });

    const uri = 'file:///tmp/plan.txt';
    it('reports the wrong 发文字号 brackets with code, codeDescription, source and fix data', async () => {
      client.open(uri, PLAN);
      const diags = await client.pull(uri);
      const bracket = byRule(diags, 'citation/doc-number-bracket');
      assert.strictEqual(bracket.length, 2, JSON.stringify(diags.map((d) => d.code)));
      const d = bracket[0];
      assert.strictEqual(d.source, 'policy-lint');
      assert.strictEqual(d.severity, 1);
      const at = PLAN.split('\n')[2].indexOf('国发[2021]29号');
      assert.deepStrictEqual(d.range, { start: { line: 2, character: at }, end: { line: 2, character: at + 11 } });
      assert.match(d.message, /〔〕|六角括号/);
      assert.ok(d.codeDescription && /doc-number-bracket\.md$/.test(d.codeDescription.href), 'links its doc page');
      const docPath = new URL(d.codeDescription!.href);
      if (docPath.protocol === 'file:') assert.ok(fs.existsSync(docPath), 'the doc page exists: ' + docPath.pathname);
      assert.strictEqual(d.data?.ruleId, 'citation/doc-number-bracket');
      assert.strictEqual(d.data?.version, 1);
      assert.ok(d.data?.fix && d.data.fix.edits.length === 2);
    });

    it('builds the quick fix from diagnostic.data and the fix repairs the text', async () => {
      const diags = await client.pull(uri);
      const d = byRule(diags, 'citation/doc-number-bracket')[0];
      const actions = await client.request<{ title: string; kind: string; edit?: { changes: Record<string, { range: never; newText: string }[]> } }[]>(
        'textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const fix = actions.find((a) => a.kind === 'quickfix' && a.edit);
      assert.ok(fix, 'a quick fix with an edit');
      assert.match(fix!.title, /〔2021〕/);
      const fixed = applyLspEdits(PLAN, fix!.edit!.changes[uri]);
      assert.ok(fixed.includes('（国发〔2021〕29号）'));
      assert.strictEqual(fixed.length, PLAN.length);
      const fixAllRule = actions.find((a) => a.edit && a.edit.changes[uri].length === 4);
      assert.ok(fixAllRule, 'fix all of this rule in the document (2 findings × 2 edits)');
    });

    it('offers source.fixAll.policyLint', async () => {
      const actions = await client.request<{ kind: string; edit?: { changes: Record<string, never[]> } }[]>('textDocument/codeAction', {
        textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      const all = actions.find((a) => a.kind === 'source.fixAll.policyLint');
      assert.ok(all && all.edit, 'fix-all action');
      const fixed = applyLspEdits(PLAN, all!.edit!.changes[uri]);
      assert.ok(!/\[2021\]|【2022】/.test(fixed), fixed);
    });

    it('refuses a quick fix computed for an older version', async () => {
      const before = await client.pull(uri);
      const stale = byRule(before, 'citation/doc-number-bracket')[0];
      // Insert a line at the top: version 2, ranges move down.
      client.change(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '草稿\n');
      const after = await client.pull(uri);
      const moved = byRule(after, 'citation/doc-number-bracket')[0];
      assert.strictEqual(moved.range.start.line, stale.range.start.line + 1, 'incremental change applied');
      assert.strictEqual(moved.data?.version, 2);
      const actions = await client.request<{ kind: string; title: string; edit?: unknown }[]>('textDocument/codeAction', {
        textDocument: { uri }, range: stale.range, context: { diagnostics: [stale] },
      });
      assert.ok(!actions.some((a) => a.kind === 'quickfix' && a.edit && a.title.includes('〔2021〕')
        && JSON.stringify(a.edit).includes(`"line":${stale.range.start.line},`)), 'no stale edit at the old position');
    });

    it('re-checks on didChange: fixing the brackets by typing clears the finding', async () => {
      const diags = await client.pull(uri);
      const d = byRule(diags, 'citation/doc-number-bracket').find((x) => x.range.start.line === 3)!;
      const open = { line: d.range.start.line, character: d.range.start.character + 2 };
      client.change(uri, { start: open, end: { line: open.line, character: open.character + 1 } }, '〔');
      client.change(uri, { start: { line: open.line, character: open.character + 5 }, end: { line: open.line, character: open.character + 6 } }, '〕');
      const after = await client.pull(uri);
      assert.strictEqual(byRule(after, 'citation/doc-number-bracket').length, 1);
    });

    it('returns the heading tree as document symbols', async () => {
      const u = 'file:///tmp/seed004.txt';
      client.open(u, seed004);
      type Sym = { name: string; children?: Sym[]; range: unknown; selectionRange: unknown; detail?: string };
      const symbols = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri: u } });
      const top = symbols.filter((s) => /^[一二三四五六七八九十]+、/.test(s.name));
      assert.ok(top.length >= 5, symbols.map((s) => s.name).join(' | '));
      const tasks = top.find((s) => s.name.startsWith('四、'));
      const policies = top.find((s) => s.name.startsWith('五、'));
      assert.ok(tasks && policies);
      const leaves = (s: Sym): Sym[] => (s.children?.length ? s.children.flatMap(leaves) : [s]);
      assert.strictEqual(leaves(tasks!).length, 13);
      assert.strictEqual(leaves(policies!).length, 20);
      assert.ok(leaves(tasks!).every((c) => c.detail && /牵头/.test(c.detail)), 'each task shows its lead units');
      const folds = await client.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri: u } });
      assert.ok(folds.length >= top.length && folds.every((f) => f.endLine > f.startLine));
    });

    it('shows the rule explanation on hover', async () => {
      const diags = await client.pull(uri);
      const d = byRule(diags, 'citation/doc-number-bracket')[0];
      const hover = await client.request<{ contents: { kind: string; value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: d.range.start });
      assert.ok(hover, 'a hover');
      assert.strictEqual(hover!.contents.kind, 'markdown');
      assert.match(hover!.contents.value, /GB\/T 9704/);
      assert.match(hover!.contents.value, /✔/);
      assert.match(hover!.contents.value, /✘/);
    });

    it('pulls settings per resource: a rule turned off disappears after didChangeConfiguration', async () => {
      settings = { rules: { 'citation/doc-number-bracket': 'off' } };
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.until(() => client.notifications.some((n) => n.method === 'refresh'));
      const diags = await client.pull(uri);
      assert.strictEqual(byRule(diags, 'citation/doc-number-bracket').length, 0);
      settings = { rules: { citation: 'warning' } };
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const again = await client.pull(uri);
      const d = byRule(again, 'citation/doc-number-bracket');
      assert.ok(d.length >= 1 && d.every((x) => x.severity === 2), 'category severity applies');
      settings = {};
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    });

    it('survives malformed settings with a message and checks with defaults', async () => {
      settings = { rules: 'everything', check: 42, enable: 'yes' };
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const diags = await client.pull(uri);
      assert.ok(byRule(diags, 'citation/doc-number-bracket').length >= 1);
      settings = {};
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    });

    it('does not check plain text that is not a policy document, but always checks the policy language', async () => {
      const text = '会议纪要\n今天天气很好，国发[2021]29号文件已经收到。\n';
      client.open('file:///tmp/notes.txt', '购物清单：苹果、香蕉。\n');
      assert.deepStrictEqual(await client.pull('file:///tmp/notes.txt'), []);
      client.open('file:///tmp/notes.policy.txt', text, 'policy');
      assert.ok(byRule(await client.pull('file:///tmp/notes.policy.txt'), 'citation/doc-number-bracket').length === 1);
    });

    it('answers requests for unknown documents without failing', async () => {
      const u = 'file:///tmp/never-opened.txt';
      // Not "no problems": the pull is refused with ServerCancelled and retriggerRequest, so a client
      // that pulls before it re-sends didOpen (after a restart) asks again instead of showing nothing.
      await assert.rejects(client.pull(u), (e: { code?: number; data?: { retriggerRequest?: boolean } }) => e.code === -32802 && e.data?.retriggerRequest === true);
      assert.deepStrictEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: u } }), []);
      assert.deepStrictEqual(await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }), []);
      assert.strictEqual(await client.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 0 } }), null);
      assert.ok((await client.pull(uri)).length > 0, 'still working');
    });

    it('gives a binary or huge policy file a clear notice and stays up', async () => {
      client.open('file:///tmp/bin.policy.txt', 'PK\u0003\u0004\u0000\u0000binary', 'policy');
      const bin = await client.pull('file:///tmp/bin.policy.txt');
      assert.strictEqual(bin.length, 1);
      assert.match(bin[0].message, /二进制/);
      const huge = PLAN.repeat(Math.ceil(4.5 * 1024 * 1024 / PLAN.length));
      client.open('file:///tmp/huge.policy.txt', huge, 'policy');
      const big = await client.pull('file:///tmp/huge.policy.txt');
      assert.strictEqual(big.length, 1);
      assert.match(big[0].message, /过大/);
      client.open('file:///tmp/empty.policy.txt', '', 'policy');
      assert.deepStrictEqual(await client.pull('file:///tmp/empty.policy.txt'), []);
      assert.ok((await client.pull(uri)).length > 0, 'still working');
    });

    it('sends the document kind for the status bar', async () => {
      const info = await client.request<{ kind: string; kindLabel: string; checked: boolean; problems: number }>('policyLint/documentInfo', { uri: 'file:///tmp/seed004.txt' });
      assert.strictEqual(info.kind, 'action-plan');
      assert.strictEqual(info.checked, true);
      assert.ok(client.notifications.some((n) => n.method === 'policyLint/status'));
    });
  });

  describe('push diagnostics client (no pull, no configuration support)', () => {
    let client: TestClient;
    before(async () => {
      client = new TestClient({ locale: 'en' });
      const init = await client.initialize();
      assert.ok(!(init.capabilities as Record<string, unknown>).diagnosticProvider);
    });
    after(async () => { await client.shutdown(); });

    it('publishes diagnostics after didOpen and didChange, in English', async () => {
      const uri = 'file:///tmp/push.txt';
      client.open(uri, PLAN);
      const first = await client.until(() => client.lastPublished(uri));
      const d = byRule(first.diagnostics, 'citation/doc-number-bracket');
      assert.strictEqual(d.length, 2);
      assert.match(d[0].message, /[a-z]{4}/, 'English message');
      const at = PLAN.split('\n')[2].indexOf('国发[2021]29号');
      client.change(uri, { start: { line: 2, character: at }, end: { line: 2, character: at + 11 } }, '国发〔2021〕29号');
      const second = await client.until(() => { const p = client.lastPublished(uri); return p && p.version === 2 ? p : undefined; });
      assert.strictEqual(byRule(second.diagnostics, 'citation/doc-number-bracket').length, 1);
      client.close(uri);
      const cleared = await client.until(() => { const p = client.lastPublished(uri); return p && p.diagnostics.length === 0 ? p : undefined; });
      assert.deepStrictEqual(cleared.diagnostics, []);
    });

    it('takes pushed settings from didChangeConfiguration', async () => {
      const uri = 'file:///tmp/push2.txt';
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { policyLint: { rules: { citation: 'off' } } } });
      client.open(uri, PLAN);
      const p = await client.until(() => client.lastPublished(uri));
      assert.strictEqual(byRule(p.diagnostics, 'citation/doc-number-bracket').length, 0);
    });
  });
});
