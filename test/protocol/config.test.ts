/** Protocol tests for configuration: .policylintrc.json per folder, presets, malformed files, inline disable and its quick fix. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { applyLspEdits, LspDiagnostic, TestClient } from './lsp-client';

const PLAN = '示例市行动计划（2023—2025年）\n一、重点任务\n依据国发[2021]29号文件。\n依据国发[2021]30号文件。\n';
const brackets = (d: LspDiagnostic[]) => d.filter((x) => x.code === 'citation/doc-number-bracket');

describe('protocol: configuration files and inline disable', function () {
  this.timeout(30000);
  let tmp: string;
  let client: TestClient;
  let settings: Record<string, unknown> = {};
  const uriOf = (...p: string[]) => pathToFileURL(path.join(tmp, ...p)).toString();

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-rc-'));
    for (const f of ['a', 'b', 'c']) fs.mkdirSync(path.join(tmp, f));
    fs.writeFileSync(path.join(tmp, 'a', '.policylintrc.json'), JSON.stringify({ rules: { 'citation/doc-number-bracket': 'warning' } }));
    fs.writeFileSync(path.join(tmp, 'b', '.policylintrc.json'), '{ "rules": { "citation": "off" }, ');
    client = new TestClient({ pull: true, settings: () => settings, initializationOptions: { disableRuleCommand: 'policyLint.disableRule' } });
    await client.initialize();
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('applies the folder\'s .policylintrc.json over the settings', async () => {
    settings = { rules: { citation: 'error' } };
    client.open(uriOf('a', 'plan.txt'), PLAN);
    const d = brackets(await client.pull(uriOf('a', 'plan.txt')));
    assert.strictEqual(d.length, 2);
    assert.ok(d.every((x) => x.severity === 2), 'warning from the rc file');
    client.open(uriOf('c', 'plan.txt'), PLAN);
    assert.ok(brackets(await client.pull(uriOf('c', 'plan.txt'))).every((x) => x.severity === 1), 'other folders keep the settings');
    settings = {};
  });

  it('reports a malformed .policylintrc.json clearly and checks with defaults', async () => {
    client.open(uriOf('b', 'plan.txt'), PLAN);
    const d = brackets(await client.pull(uriOf('b', 'plan.txt')));
    assert.strictEqual(d.length, 2, 'checking continues with defaults');
    const shown = await client.until(() => client.notifications.find((n) => n.method === 'window/showMessage'
      && /policylintrc/.test((n.params as { message: string }).message)));
    assert.match((shown.params as { message: string }).message, /JSON/);
  });

  it('re-checks when the rc file changes (watched files), without a reload', async () => {
    fs.writeFileSync(path.join(tmp, 'b', '.policylintrc.json'), JSON.stringify({ preset: 'final-review', rules: { citation: 'off' } }));
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('b', '.policylintrc.json'), type: 2 }] });
    assert.strictEqual(brackets(await client.pull(uriOf('b', 'plan.txt'))).length, 0);
  });

  it('offers "ignore on this line" and "turn the rule off", and the directive silences the finding', async () => {
    const uri = uriOf('c', 'plan.txt');
    const d = brackets(await client.pull(uri))[0];
    const actions = await client.request<{ title: string; edit?: { changes: Record<string, { range: never; newText: string }[]> }; command?: { command: string; arguments: unknown[] } }[]>(
      'textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const ignore = actions.find((a) => a.edit && a.edit.changes[uri][0].newText.includes('policy-lint-disable-next-line'));
    assert.ok(ignore, actions.map((a) => a.title).join(' | '));
    const off = actions.find((a) => a.command?.command === 'policyLint.disableRule');
    assert.deepStrictEqual(off?.command?.arguments, ['citation/doc-number-bracket', uri]);
    const text = applyLspEdits(PLAN, ignore!.edit!.changes[uri]);
    assert.strictEqual(text.split('\n')[2], '// policy-lint-disable-next-line citation/doc-number-bracket');
    client.change(uri, { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } }, text);
    assert.strictEqual(brackets(await client.pull(uri)).length, 1);
    const md = uriOf('c', 'plan.md');
    client.open(md, PLAN, 'markdown');
    const dm = brackets(await client.pull(md))[0];
    const mdActions = await client.request<{ edit?: { changes: Record<string, { newText: string }[]> } }[]>(
      'textDocument/codeAction', { textDocument: { uri: md }, range: dm.range, context: { diagnostics: [dm] } });
    assert.ok(mdActions.some((a) => a.edit?.changes[md][0].newText.startsWith('<!-- policy-lint-disable-next-line')));
  });
});
