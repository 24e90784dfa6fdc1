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
import { fileURLToPath, pathToFileURL } from 'url';
import { ROOT, TestClient, type LspDiagnostic } from './lsp-client';
import { exportGongwenDocx } from '../../server/src/export/gongwen-docx';
import { docxText as docxTextOf } from '../../server/src/cli/files';

type WithRelated = LspDiagnostic & { relatedInformation?: { location: { uri: string; range: { start: { line: number; character: number } } }; message: string }[] };

const related = (d: WithRelated[]) => d.filter((x) => String(x.code).startsWith('consistency/related-'));

/** Pull a document until `pred` holds for its diagnostics (the index is built in the background). */
async function pullOf(c: TestClient, uri: string, pred: (d: WithRelated[]) => boolean, what: string): Promise<WithRelated[]> {
  const deadline = Date.now() + 20000;
  let last: WithRelated[] = [];
  while (Date.now() < deadline) {
    last = await c.pull(uri) as WithRelated[];
    if (pred(last)) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  assert.fail(`${what}: ${JSON.stringify(last.filter((d) => String(d.code).startsWith('consistency/')))}`);
}

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
  const pullUntil = (pred: (d: WithRelated[]) => boolean, what: string) => pullOf(c, noteUri, pred, what);

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

  it('forgets the files of a folder deleted on disk (the watcher reports the folder alone)', async () => {
    const sub = path.join(dir, '旧稿');
    fs.mkdirSync(sub);
    const oldPolicy = path.join(sub, '若干措施.txt');
    fs.writeFileSync(oldPolicy, policy);
    c.watched([{ uri: pathToFileURL(oldPolicy).toString(), type: 1 }]);
    // The only policy indexed is the one in the folder (the top-level one was deleted above).
    await pullUntil((x) => related(x).some((y) => y.code === 'consistency/related-count'), 'related-count against the policy in the folder');
    fs.rmSync(sub, { recursive: true, force: true });
    c.watched([{ uri: pathToFileURL(sub).toString(), type: 3 }]);
    await pullUntil((x) => related(x).length === 0, 'no cross-file finding once the folder is gone');
  });

  it('reads the files beside a document when it opens: a folder outside the workspace, with no watcher event', async () => {
    // Neither the workspace scan nor a file-system event can bring this policy into the index; opening the note can.
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-beside-'));
    try {
      const besidePolicy = path.join(outside, '若干措施.txt');
      fs.writeFileSync(besidePolicy, policy);
      const besideNote = pathToFileURL(path.join(outside, '政策解读.txt')).toString();
      fs.writeFileSync(fileURLToPath(besideNote), note);
      c.open(besideNote, note);
      const d = await pullOf(c, besideNote, (x) => related(x).some((y) => y.code === 'consistency/related-count'), 'related-count against the policy beside the note');
      const count = d.find((y) => y.code === 'consistency/related-count')!;
      assert.strictEqual(count.relatedInformation![0].location.uri, pathToFileURL(besidePolicy).toString());
      c.close(besideNote);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
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

describe('protocol: a .docx in the workspace is a related file too', function () {
  this.timeout(60000);
  const pair = path.join(ROOT, 'test', 'fixtures', 'related', 'minjian');
  let dir: string;
  let c: TestClient;
  let docxUri: string;
  let docxText: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-related-docx-'));
    // The policy as the finished Word file (the project's own export), the explanation as a draft with a wrong count.
    const policy = fs.readFileSync(path.join(pair, '若干措施.txt'), 'utf8');
    const docxFile = path.join(dir, '若干措施.docx');
    fs.writeFileSync(docxFile, await exportGongwenDocx(policy));
    docxUri = pathToFileURL(docxFile).toString();
    const read = docxTextOf(fs.readFileSync(docxFile));
    assert.ok(read.ok);
    docxText = read.text;
    c = new TestClient({ pull: true, workspaceFolders: [pathToFileURL(dir).toString()] });
    await c.initialize();
  });
  after(async () => {
    await c.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const pullUntil = (uri: string, pred: (d: WithRelated[]) => boolean, what: string) => pullOf(c, uri, pred, what);

  it('pairs an open draft with a .docx on disk; the related place opens the .docx as text at its line', async () => {
    const note = fs.readFileSync(path.join(pair, '政策解读.txt'), 'utf8').replace('共13条', '共12条');
    const noteUri = pathToFileURL(path.join(dir, '政策解读.txt')).toString();
    fs.writeFileSync(path.join(dir, '政策解读.txt'), note);
    c.open(noteUri, note);
    const d = await pullUntil(noteUri, (x) => related(x).some((y) => y.code === 'consistency/related-count'), 'related-count against the .docx');
    const info = d.find((y) => y.code === 'consistency/related-count')!.relatedInformation!;
    assert.strictEqual(info.length, 1);
    const loc = info[0].location.uri;
    // The client's view of the .docx: its path, and the .docx's own URI as the query.
    assert.ok(loc.startsWith('policy-lint-docx:'), loc);
    assert.strictEqual(decodeURIComponent(loc.slice(loc.indexOf('?') + 1)), docxUri);
    assert.strictEqual(docxText.split('\n')[info[0].location.range.start.line], '关于进一步促进民间投资发展的若干措施');
    c.close(noteUri);
  });

  it('the .docx open as text stands for its file: the draft is compared with the text in the editor', async () => {
    // The .docx's view (as the client opens it), edited in memory down to 12 measures: the draft's 共12条 now agrees.
    // Paired with the .docx on disk as well (13 measures), the draft would still be told 12 ≠ 13.
    const note = fs.readFileSync(path.join(pair, '政策解读.txt'), 'utf8').replace('共13条', '共12条');
    const noteUri = pathToFileURL(path.join(dir, '政策解读.txt')).toString();
    // Written as another client might (the path not percent-encoded): still the same .docx.
    const viewUri = `policy-lint-docx:${fileURLToPath(docxUri)}?${encodeURIComponent(docxUri)}`;
    const twelve = docxText.split('\n').filter((l) => !l.startsWith('十三、')).join('\n');
    assert.notStrictEqual(twelve, docxText);
    c.open(noteUri, note);
    await pullUntil(noteUri, (x) => related(x).some((y) => y.code === 'consistency/related-count'), 'related-count against the .docx on disk');
    // Opened as text, the .docx is one document, not two with the same title (that pairing would be ambiguous).
    c.open(viewUri, docxText, 'policy');
    await c.pull(viewUri);
    const d = await pullUntil(noteUri, (x) => related(x).some((y) => y.code === 'consistency/related-count' && y.relatedInformation?.[0].location.uri === viewUri), 'related-count against the open .docx');
    assert.strictEqual(related(d).length, 1);
    c.change(viewUri, { start: { line: 0, character: 0 }, end: { line: docxText.split('\n').length, character: 0 } }, twelve);
    await c.pull(viewUri);
    await pullUntil(noteUri, (x) => related(x).length === 0, 'no cross-file finding once the open .docx has 12 measures');
    c.close(viewUri);
    await pullUntil(noteUri, (x) => related(x).some((y) => y.code === 'consistency/related-count'), 'related-count again once the view is closed');
    c.close(noteUri);
  });
});
