/**
 * citation/unbalanced and a mark the drafter is still typing: an opening 《 or （ typed in the sentence of
 * the last edit is not reported until the document is saved or an edit happens elsewhere; the CLI (lintText)
 * reports it at once. Text from corpus 006 (国发〔2018〕38号).
 */
import * as assert from 'assert';
import { lintText } from '../../server/src/linter';
import { LspDiagnostic, TestClient } from './lsp-client';

const LINES = [
  '国务院关于支持自由贸易试验区深化改革创新若干措施的通知',
  '一、营造优良投资环境',
  '（三）将建筑工程施工许可、建筑施工企业安全生产许可等工程审批类权限下放至自贸试验区。（负责部门：住房城乡建设部）',
  '（四）授权自贸试验区开展试点工作，将省级及以下机关实施的建筑企业资质申请、升级、增项许可改为实行告知承诺制。（负责部门：住房城乡建设部）',
  '',
];
const TEXT = LINES.join('\n');
/** The end of line 2, where the drafter goes on writing a new sentence. */
const END2 = { line: 2, character: LINES[2].length };
const typed = '落实《国务院关于';
const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });
const unbalanced = (d: LspDiagnostic[]) => d.filter((x) => x.code === 'citation/unbalanced').map((x) => `${x.range.start.line}:${x.range.start.character}`);
/** Where the typed 《 stands. */
const MARK = `2:${LINES[2].length + 2}`;

describe('protocol: citation/unbalanced on a mark being typed', function () {
  this.timeout(30000);

  it('the CLI and the core report the unclosed 《 at once', () => {
    const text = TEXT.replace(LINES[2], LINES[2] + typed);
    assert.strictEqual(lintText(text).findings.filter((f) => f.ruleId === 'citation/unbalanced').length, 1);
  });

  describe('pull diagnostics', () => {
    let c: TestClient;
    before(async () => { c = new TestClient({ pull: true }); await c.initialize(); });
    after(async () => { await c.shutdown(); });

    it('typing 《 … in a sentence: not reported; an edit on another line: reported', async () => {
      const uri = 'file:///tmp/typing-a.txt';
      c.open(uri, TEXT);
      assert.deepStrictEqual(unbalanced(await c.pull(uri)), []);
      // Typed one character at a time, as an editor sends them.
      let ch = END2.character;
      for (const t of typed) { c.change(uri, at(2, ch), t); ch++; }
      const held = await c.pull(uri);
      assert.deepStrictEqual(unbalanced(held), [], 'held back while the sentence is typed');
      // The status bar's count is that of the squiggles, not of the analysis.
      const sent = c.notifications.filter((n) => n.method === 'policyLint/status' && (n.params as { uri: string }).uri === uri).map((n) => n.params as { problems: number; version: number });
      const status = sent[sent.length - 1];
      assert.strictEqual(status?.problems, held.length, 'the count sent for the status bar');
      // One status per version: no first count of the analysis's own list followed by a corrected one.
      assert.strictEqual(sent.filter((x) => x.version === status.version).length, 1, 'statuses sent for the held-back version');
      c.change(uri, at(3, 0), '　');
      assert.deepStrictEqual(unbalanced(await c.pull(uri)), [MARK], 'reported once the drafter edits elsewhere');
    });

    it('saving reports it and asks the client to pull again', async () => {
      const uri = 'file:///tmp/typing-b.txt';
      c.open(uri, TEXT);
      c.change(uri, at(2, END2.character), typed);
      assert.deepStrictEqual(unbalanced(await c.pull(uri)), []);
      const refreshes = c.notifications.filter((n) => n.method === 'refresh').length;
      void c.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
      await c.until(() => c.notifications.filter((n) => n.method === 'refresh').length > refreshes);
      assert.deepStrictEqual(unbalanced(await c.pull(uri)), [MARK]);
    });

    it('a new sentence after the mark (。 typed, then more) ends the hold', async () => {
      const uri = 'file:///tmp/typing-c.txt';
      c.open(uri, TEXT);
      c.change(uri, at(2, END2.character), typed + '的通知。');
      assert.deepStrictEqual(unbalanced(await c.pull(uri)), [], 'the sentence just ended is still the one typed');
      c.change(uri, at(2, END2.character + typed.length + 4), '各');
      assert.deepStrictEqual(unbalanced(await c.pull(uri)), [MARK]);
    });

    it('an unclosed mark of an earlier sentence on the line being edited is reported', async () => {
      const uri = 'file:///tmp/typing-d.txt';
      const line = LINES[2].replace('施工许可、', '施工许可（');
      c.open(uri, TEXT.replace(LINES[2], line));
      const before = unbalanced(await c.pull(uri));
      assert.deepStrictEqual(before, [`2:${line.indexOf('许可（') + 2}`]);
      // Typing goes on at the end of the line, after the sentence (…自贸试验区。) that holds the open （.
      c.change(uri, at(2, line.length), '落实');
      assert.deepStrictEqual(unbalanced(await c.pull(uri)), before);
    });

    it('a mark in the edited sentence that the edit did not reach (after the cursor) is reported', async () => {
      const uri = 'file:///tmp/typing-e.txt';
      c.open(uri, TEXT.replace(LINES[2], LINES[2] + typed));
      assert.deepStrictEqual(unbalanced(await c.pull(uri)), [MARK]);
      // An edit at the start of line 2, in its first sentence; the open 《 is in its last.
      c.change(uri, at(2, 3), '试');
      assert.deepStrictEqual(unbalanced(await c.pull(uri)), [`2:${LINES[2].length + 3}`]);
    });
  });

  describe('push diagnostics', () => {
    let c: TestClient;
    before(async () => { c = new TestClient({ pull: false }); await c.initialize(); });
    after(async () => { await c.shutdown(); });

    it('published diagnostics hold the mark back while typing and show it after didSave', async () => {
      const uri = 'file:///tmp/typing-push.txt';
      c.open(uri, TEXT);
      await c.until(() => c.lastPublished(uri)?.version === 1);
      const v = c.change(uri, at(2, END2.character), typed);
      const held = await c.until(() => { const p = c.lastPublished(uri); return p?.version === v && p; });
      assert.deepStrictEqual(unbalanced(held.diagnostics), []);
      const count = c.published.length;
      void c.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
      const after = await c.until(() => c.published.length > count && c.lastPublished(uri));
      assert.deepStrictEqual(unbalanced(after!.diagnostics), [MARK]);
    });
  });
});
