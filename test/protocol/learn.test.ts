/**
 * Protocol test for “从本单位往年文件学习” (policyLint/learn): the server learns from the folders it is
 * given and answers with the learned lists (Markdown) and the settings file's new text, writing
 * nothing itself; with the learned profile in the settings, a citation's hover shows its library entry
 * and a wrong number is reported.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ROOT, TestClient } from './lsp-client';

describe('protocol: learning a profile from the unit\'s documents', function () {
  this.timeout(60000);
  let c: TestClient;
  let tmp: string;
  let profile: Record<string, unknown> | undefined;
  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-learn-lsp-'));
    c = new TestClient({ pull: true, settings: () => (profile ? { profile } : {}) });
    await c.initialize();
  });
  after(async () => { await c.shutdown(); fs.rmSync(tmp, { recursive: true, force: true }); });

  it('answers policyLint/learn with the learned lists and the settings text, and writes nothing', async () => {
    const target = path.join(tmp, '.policylintrc.json');
    fs.writeFileSync(target, JSON.stringify({ preset: 'national' }));
    const corpus = path.join(ROOT, 'test', 'fixtures', 'corpus');
    const r = await c.request<{ markdown: string; target: string; text: string; documents: number; errors: unknown[] }>('policyLint/learn', { folders: [pathToFileURL(corpus).toString()], target: pathToFileURL(target).toString() });
    assert.ok(r.documents >= 60, String(r.documents));
    assert.strictEqual(r.target, target);
    assert.match(r.markdown, /\| 国办函 \| 国务院办公厅 \|/);
    assert.match(r.markdown, /^# 从本单位往年文件学到的内容/);
    const rc = JSON.parse(r.text) as { preset: string; profile: Record<string, unknown> };
    assert.strictEqual(rc.preset, 'national', 'other settings kept');
    assert.strictEqual((rc.profile.docCodes as Record<string, string>)['国发'], '国务院');
    assert.strictEqual(fs.readFileSync(target, 'utf8'), JSON.stringify({ preset: 'national' }), 'the server writes nothing');
    profile = rc.profile;
    // Bad params: no answer, no crash.
    assert.strictEqual(await c.request('policyLint/learn', { folders: 'x' }), null);
    assert.strictEqual(await c.request('policyLint/learn', null), null);
  });

  it('with the learned profile: the citation hover shows the library entry and a wrong number is flagged', async () => {
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const uri = 'file:///tmp/learned-draft.txt';
    const text = ['某市扩大开放实施方案', '', '一、根据《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕5号），制定本方案。', ''].join('\n');
    c.open(uri, text);
    const d = (await c.pull(uri)).filter((x) => x.code === 'citation/number-mismatch');
    assert.strictEqual(d.length, 1);
    assert.match(d[0].message, /国发〔2019〕3号/);
    const h = await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 8 } });
    assert.ok(h);
    assert.match(h!.contents.value, /已发文件库/);
    assert.match(h!.contents.value, /国发〔2019〕3号） 2019-01-12/);
  });
});
