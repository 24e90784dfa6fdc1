/** Protocol test of the export request the editor command sends: policyLint/exportDocx. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, TestClient } from './lsp-client';
import { unzip } from '../unit/cli-zip';

describe('protocol: export as a GB/T 9704 .docx', function () {
  this.timeout(30000);
  let c: TestClient;
  before(async () => { c = new TestClient({ pull: true }); await c.initialize(); });
  after(async () => { await c.shutdown(); });

  interface Exported { data: string; errors: { line: number; rule: string; message: string }[]; fontErrors: string[]; title?: string }

  it('returns the .docx as base64 with the error-severity findings the client asks about', async () => {
    const uri = 'file:///tmp/notice-draft.txt';
    c.open(uri, fs.readFileSync(path.join(ROOT, 'examples', 'notice-draft.txt'), 'utf8'));
    const r = await c.request<Exported>('policyLint/exportDocx', { uri, fonts: 'windows' });
    assert.deepStrictEqual(r.errors.map((e) => `${e.line} ${e.rule}`), ['2 citation/doc-number-serial', '25 target/blank']);
    assert.deepStrictEqual(r.fontErrors, []);
    assert.strictEqual(r.title, '示例市人民政府办公室关于印发《示例市科技创新券管理办法》的通知');
    const parts = unzip(Buffer.from(r.data, 'base64'));
    assert.match(parts.get('word/document.xml')!.toString('utf8'), /示府办〔2024〕08号/);
    assert.match(parts.get('word/styles.xml')!.toString('utf8'), /w:eastAsia="仿宋"/);
  });

  it('names a bad font setting and keeps the defaults; answers null for an unknown document', async () => {
    const uri = 'file:///tmp/clean-plan.txt';
    c.open(uri, fs.readFileSync(path.join(ROOT, 'examples', 'clean-plan.txt'), 'utf8'));
    const r = await c.request<Exported>('policyLint/exportDocx', { uri, fonts: { preset: 'mac' } });
    assert.deepStrictEqual(r.errors, []);
    assert.strictEqual(r.fontErrors.length, 1);
    assert.match(unzip(Buffer.from(r.data, 'base64')).get('word/styles.xml')!.toString('utf8'), /w:eastAsia="仿宋_GB2312"/);
    assert.strictEqual(await c.request('policyLint/exportDocx', { uri: 'file:///tmp/none.txt' }), null);
  });
});
