/**
 * Protocol test of the checks across related files: the server indexes the workspace folder in the
 * background, adds the cross-file findings to the pulled diagnostics of the open document (with
 * relatedInformation pointing into the other file), and follows the other file when it changes on
 * disk (workspace/didChangeWatchedFiles).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ROOT, TestClient, type LspDiagnostic } from './lsp-client';

type WithRelated = LspDiagnostic & { relatedInformation?: { location: { uri: string; range: { start: { line: number; character: number } } }; message: string }[] };

describe('protocol: consistency across related files', function () {
  this.timeout(60000);
  const pair = path.join(ROOT, 'test', 'fixtures', 'related', 'minjian');
  let dir: string;
  let c: TestClient;
  let policyFile: string;
  let policyUri: string;
  let noteUri: string;
  let note: string;
  const policy = fs.readFileSync(path.join(pair, '若干措施.txt'), 'utf8');

  /** Pull until `pred` holds for the open note's diagnostics (the index is built in the background). */
  async function pullUntil(pred: (d: WithRelated[]) => boolean, what: string): Promise<WithRelated[]> {
    const deadline = Date.now() + 20000;
    let last: WithRelated[] = [];
    while (Date.now() < deadline) {
      last = await c.pull(noteUri) as WithRelated[];
      if (pred(last)) return last;
      await new Promise((r) => setTimeout(r, 150));
    }
    assert.fail(`${what}: ${JSON.stringify(last.filter((d) => String(d.code).startsWith('consistency/')))}`);
  }
  const related = (d: WithRelated[]) => d.filter((x) => String(x.code).startsWith('consistency/related-'));

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-related-'));
    policyFile = path.join(dir, '若干措施.txt');
    fs.writeFileSync(policyFile, policy);
    // The explanation, with a planted count: the policy has 13 measures.
    note = fs.readFileSync(path.join(pair, '政策解读.txt'), 'utf8').replace('共13条', '共12条');
    fs.writeFileSync(path.join(dir, '政策解读.txt'), note);
    policyUri = pathToFileURL(policyFile).toString();
    noteUri = pathToFileURL(path.join(dir, '政策解读.txt')).toString();
    c = new TestClient({ pull: true, workspaceFolders: [pathToFileURL(dir).toString()] });
    await c.initialize();
  });
  after(async () => {
    await c.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows a cross-file diagnostic on the open document, with relatedInformation in the other file', async () => {
    c.open(noteUri, note);
    const d = await pullUntil((x) => related(x).some((y) => y.code === 'consistency/related-count'), 'related-count on the note');
    const count = d.find((y) => y.code === 'consistency/related-count')!;
    assert.match(count.message, /12条/);
    assert.match(count.message, /13条/);
    assert.strictEqual(note.split('\n')[count.range.start.line].slice(count.range.start.character, count.range.end.character), '12条');
    const info = count.relatedInformation!;
    assert.strictEqual(info.length, 1);
    assert.strictEqual(info[0].location.uri, policyUri);
    // The policy's title line (after the issuing notice in the same file).
    assert.strictEqual(policy.split('\n')[info[0].location.range.start.line], '关于进一步促进民间投资发展的若干措施');
    // Nothing else across files: the title and the 文号 agree.
    assert.deepStrictEqual(related(d).map((y) => y.code), ['consistency/related-count']);
  });

  it('follows the other file when it changes on disk', async () => {
    // The policy loses its 13th measure: now 12 is right.
    const lines = policy.split('\n');
    const shorter = lines.filter((l) => !l.startsWith('十三、')).join('\n');
    assert.notStrictEqual(shorter, policy);
    fs.writeFileSync(policyFile, shorter);
    const refreshes = c.notifications.filter((n) => n.method === 'refresh').length;
    c.watched([{ uri: policyUri, type: 2 }]);
    // The server asks the client to pull again once the index has the new summary.
    await c.until(() => c.notifications.filter((n) => n.method === 'refresh').length > refreshes);
    await pullUntil((x) => related(x).length === 0, 'no cross-file finding once the policy has 12 measures');
    // A different 文号 on disk: the note's citation is now wrong.
    fs.writeFileSync(policyFile, shorter.replace('国办发〔2025〕38号', '国办发〔2025〕39号'));
    c.watched([{ uri: policyUri, type: 2 }]);
    const d = await pullUntil((x) => related(x).some((y) => y.code === 'consistency/related-docnumber'), 'related-docnumber after the 文号 changed');
    const docno = d.find((y) => y.code === 'consistency/related-docnumber')!;
    assert.match(docno.message, /39号/);
    assert.strictEqual(docno.relatedInformation![0].location.uri, policyUri);
    // The policy deleted: nothing to compare with.
    fs.rmSync(policyFile);
    c.watched([{ uri: policyUri, type: 3 }]);
    await pullUntil((x) => related(x).length === 0, 'no cross-file finding once the policy is gone');
  });

  it('gives a large document (analysed in a worker thread) its findings across files too', async () => {
    fs.writeFileSync(policyFile, policy);
    c.watched([{ uri: policyUri, type: 1 }]);
    // Over the worker threshold (150,000 characters): the explanation with a long appendix of plain lines.
    const bigUri = pathToFileURL(path.join(dir, '政策解读（附材料）.txt')).toString();
    const big = note + '\n附：有关材料\n' + '各地区、各有关部门认真组织学习，结合实际抓好落实。\n'.repeat(7000);
    assert.ok(big.length > 150_000);
    c.open(bigUri, big);
    const deadline = Date.now() + 30000;
    let got: WithRelated[] = [];
    while (Date.now() < deadline) {
      try {
        got = related(await c.pull(bigUri) as WithRelated[]);
      } catch { /* analysis in progress: pull again */ }
      if (got.some((y) => y.code === 'consistency/related-count')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const count = got.find((y) => y.code === 'consistency/related-count');
    assert.ok(count, JSON.stringify(got));
    assert.strictEqual(count.relatedInformation![0].location.uri, policyUri);
    c.close(bigUri);
  });
});
