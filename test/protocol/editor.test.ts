/**
 * What the editor features ask of the server (issue 23): the fix-all-of-rule quick fix asked for alone by
 * its kind (the review summary view), the severity action of the quick-fix menu, and hovers laid out as
 * what is wrong → fix and severity links → explanation, with line references as links.
 */
import * as assert from 'assert';
import { LspDiagnostic, TestClient, applyLspEdits } from './lsp-client';

const PLAN = [
  '示例市数字经济发展行动计划（2023—2025年）',
  '',
  '一、重点任务',
  '（一）建设数据中心。依据国发[2021]29号文件。（牵头单位：市工业和信息化局）',
  '（二）培育数字企业。依据国发[2021]30号文件。（牵头单位：市科技局）',
  '（三）落实扶持政策。依据国发〔2021〕29号文件。（牵头单位：市财政局）',
  '',
].join('\n');
const URI = 'file:///tmp/editor-plan.txt';
type Action = { title: string; kind: string; diagnostics?: LspDiagnostic[]; edit?: { changes: Record<string, { range: never; newText: string }[]> }; command?: { command: string; arguments?: unknown[] } };

describe('protocol: what the editor features ask of the server', function () {
  this.timeout(60000);
  let client: TestClient;
  let caps: Record<string, unknown> = {};
  before(async () => {
    client = new TestClient({ pull: true, initializationOptions: {
      disableRuleCommand: 'policyLint.disableRule', severityCommand: 'policyLint.setRuleSeverity', fixCommand: 'policyLint.fixAt',
    } });
    caps = (await client.initialize()).capabilities;
    client.open(URI, PLAN);
  });
  after(async () => { await client.shutdown(); });

  it('asks the client for didSave (policyLint.run = onSave pulls diagnostics on save)', () => {
    const sync = caps.textDocumentSync as { save?: unknown };
    assert.deepStrictEqual(sync.save, { includeText: false });
  });
  const brackets = async () => (await client.pull(URI)).filter((d) => d.code === 'citation/doc-number-bracket');

  it('gives the fix-all-of-rule action alone when asked for its kind, and it fixes every finding of the rule', async () => {
    const ds = await brackets();
    assert.strictEqual(ds.length, 2);
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri: URI }, range: ds[0].range, context: { diagnostics: [ds[0]], only: ['quickfix.policyLint.fixRule'] },
    });
    assert.deepStrictEqual(actions.map((a) => a.kind), ['quickfix.policyLint.fixRule']);
    const fixed = applyLspEdits(PLAN, actions[0].edit!.changes[URI]);
    assert.ok(!fixed.includes('[2021]') && fixed.includes('国发〔2021〕30号'), fixed);
    // Asked for quick fixes in general, it is one of them (a sub-kind of quickfix).
    const all = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri: URI }, range: ds[0].range, context: { diagnostics: [ds[0]], only: ['quickfix'] },
    });
    assert.ok(all.some((a) => a.kind === 'quickfix.policyLint.fixRule') && all.some((a) => a.kind === 'quickfix' && a.edit));
    assert.ok(all.every((a) => a.kind.startsWith('quickfix')));
  });

  it('offers 调整此规则的级别… through the client\'s severity command instead of "turn off"', async () => {
    const d = (await brackets())[0];
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } });
    const sev = actions.find((a) => a.command?.command === 'policyLint.setRuleSeverity');
    assert.ok(sev, 'severity action');
    assert.match(sev!.title, /级别/);
    assert.deepStrictEqual(sev!.command!.arguments, ['citation/doc-number-bracket', URI]);
    assert.ok(!actions.some((a) => a.command?.command === 'policyLint.disableRule'), 'no separate turn-off action');
  });

  it('lays a hover out as what is wrong, then fix and severity links, then the explanation — with no line twice', async () => {
    const d = (await brackets())[0];
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: URI }, position: d.range.start });
    const lines = hover.contents.value.split('\n').filter((l) => l.trim() && l !== '---');
    assert.strictEqual(lines[0], `**${d.message}**`, 'the finding first');
    assert.match(lines[1], /^\[修复：[^\]]+\]\(command:policyLint\.fixAt\?/);
    assert.match(lines[1], /\[调整此规则的级别…\]\(command:policyLint\.setRuleSeverity\?/);
    const args = JSON.parse(decodeURIComponent(/command:policyLint\.fixAt\?([^)]+)\)/.exec(lines[1])![1])) as unknown[];
    assert.deepStrictEqual(args.slice(0, 4), [URI, d.range.start.line, d.range.start.character, 'citation/doc-number-bracket']);
    // The fix's own title, so the client applies that fix and no other.
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } });
    assert.ok(actions.some((a) => a.kind === 'quickfix' && a.title === args[4] && a.edit), `a quick fix titled ${String(args[4])}`);
    assert.match(lines.slice(2).join('\n'), /✔[\s\S]*✘[\s\S]*GB\/T 9704/);
    assert.strictEqual(new Set(lines).size, lines.length, 'no repeated line');
  });

  it('links the line references of a 文号 hover to their lines', async () => {
    // On the correct 国发〔2021〕29号 of line 6: the same number is cited on line 4 (written with [ ]).
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 5, character: 13 } });
    assert.ok(hover, 'a hover on the 文号');
    assert.match(hover!.contents.value, new RegExp(`\\[第\\s?4\\s?行\\]\\(${URI.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}#L4\\)`), hover!.contents.value);
  });
});
