/**
 * In-editor tests through the vscode API, run inside VS Code's extension host: by runTest.ts with
 * @vscode/test-electron where VS Code can be downloaded or is installed, and by test/e2e/run.mjs in
 * code-server's extension host on machines without internet. They check the shared fixture workspace
 * against the shared expectations (test/fixtures/workspace/expectations.json, or the file named by
 * POLICY_LINT_EXPECTATIONS): diagnostics with rule ids, lines and severities, a hover with the rule's
 * explanation, the outline's heading tree, the lead-unit quick fix, and a rule turned off in the
 * workspace settings taking effect without a reload.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

interface Expectation {
  file: string;
  kind: string;
  /** Expected 1-based lines of each rule; with `complete`, no other policy-lint diagnostics. */
  rules: Record<string, number[]>;
  complete?: boolean;
  severity?: Record<string, 'error' | 'warning' | 'information' | 'hint'>;
  hover?: { rule: string; line: number; column: number; contains: string[]; explanation: Record<string, string> };
  quickFix?: { rule: string; line: number; title: Record<string, string>; inserts: string; insertsPattern: string };
  settingsOff?: string;
  symbols?: string[];
  /** The outline in tree order: [depth (1 = top level), start of the name]. */
  outline?: [number, string][];
  /** Not a policy draft: no policy-lint diagnostics at all. */
  none?: boolean;
}

const EXPECTATIONS = process.env.POLICY_LINT_EXPECTATIONS
  || path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'workspace', 'expectations.json');
const expectations = JSON.parse(fs.readFileSync(EXPECTATIONS, 'utf8')) as Expectation[];
const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ruleOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
const keys = (ds: vscode.Diagnostic[]) => ds.map((d) => `${ruleOf(d)}@${d.range.start.line + 1}`).sort();
const wanted = (rules: Record<string, number[]>) => Object.entries(rules).flatMap(([rule, lines]) => lines.map((l) => `${rule}@${l}`)).sort();
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'policy-lint');

/** Polls until pred holds for the file's policy-lint diagnostics, then waits for them to stop changing. */
async function diagnosticsWhen(uri: vscode.Uri, pred: (d: vscode.Diagnostic[]) => boolean, ms = 30000): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + ms;
  let prev = '';
  for (;;) {
    const d = ours(uri);
    const now = JSON.stringify(keys(d));
    if (pred(d) && now === prev) return d;
    if (Date.now() > deadline) return d;
    prev = now;
    await sleep(300);
  }
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

function flatten(symbols: (vscode.DocumentSymbol | vscode.SymbolInformation)[], depth = 1): [number, string][] {
  return symbols.flatMap((s) => [[depth, s.name] as [number, string], ...flatten('children' in s ? s.children : [], depth + 1)]);
}

async function open(root: vscode.Uri, file: string): Promise<{ uri: vscode.Uri; doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const uri = vscode.Uri.joinPath(root, file);
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  return { uri, doc, editor };
}

describe('policy-lint in VS Code (vscode API)', function () {
  this.timeout(60000);
  const root = () => vscode.workspace.workspaceFolders![0].uri;

  before(async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'policy-lint');
    assert.ok(ext, 'the policy-lint extension is installed');
    await ext.activate();
  });

  // Issue 21: a drafting note and the policy it explains, written into the workspace while the editor runs; the
  // server's workspace index (fed by the client's file watcher) pairs them by the title the note names.
  describe('related files', () => {
    const policy = '示例市关于支持重点产业加快发展的实施意见\n\n一、政策支持\n\n第1条 对初次认定为国家高新技术企业的，给予企业20万元奖励。\n\n'
      + '第2条 对新认定的省级专精特新企业，给予企业10万元奖励。\n\n第3条 对首次入选的企业，给予企业5万元奖励。\n';
    const note = '关于《示例市关于支持重点产业加快发展的实施意见》的起草说明\n\n一、主要内容\n\n《实施意见》共4条，主要内容如下。\n';
    const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const related = (d: vscode.Diagnostic[]) => d.filter((x) => ruleOf(x) === 'consistency/related-count');

    it('a count in the note that the policy on disk does not have is flagged, linked to the policy, and goes when the policy changes', async () => {
      const folder = vscode.Uri.joinPath(root(), 'related');
      const policyUri = vscode.Uri.joinPath(folder, '实施意见.txt');
      const noteUri = vscode.Uri.joinPath(folder, '起草说明.txt');
      await write(policyUri, policy);
      await write(noteUri, note);
      try {
        const { uri } = await open(root(), 'related/起草说明.txt');
        const d = related(await diagnosticsWhen(uri, (x) => related(x).length > 0));
        assert.strictEqual(d.length, 1, `consistency/related-count on the note: ${keys(ours(uri)).join(', ')}`);
        assert.strictEqual(d[0].range.start.line, 4);
        assert.ok(d[0].relatedInformation?.some((r) => r.location.uri.toString() === policyUri.toString()), 'related information points at the policy');
        // The policy gains a fourth article on disk (not open in the editor): the file watcher updates the index.
        await write(policyUri, policy + '\n第4条 对新建项目，给予企业3万元奖励。\n');
        const after = await diagnosticsWhen(uri, (x) => related(x).length === 0);
        assert.deepStrictEqual(related(after).map((x) => x.message), [], 'the count agrees once the policy has four articles');
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      } finally {
        await vscode.workspace.fs.delete(folder, { recursive: true });
      }
    });
    it('a .docx in the workspace is a related file: its related place opens the .docx as policy text at its line', async () => {
      const folder = vscode.Uri.joinPath(root(), 'related-docx');
      // The same three-article policy as the Word file the export writes (test/fixtures/related/docx).
      const docx = fs.readFileSync(path.join(path.dirname(EXPECTATIONS), '..', 'related', 'docx', '实施意见.docx'));
      const docxUri = vscode.Uri.joinPath(folder, '实施意见.docx');
      await vscode.workspace.fs.writeFile(docxUri, docx);
      await write(vscode.Uri.joinPath(folder, '起草说明.txt'), note);
      try {
        const { uri } = await open(root(), 'related-docx/起草说明.txt');
        const d = related(await diagnosticsWhen(uri, (x) => related(x).length > 0));
        assert.strictEqual(d.length, 1, `consistency/related-count on the note: ${keys(ours(uri)).join(', ')}`);
        const place = d[0].relatedInformation?.[0]?.location;
        assert.ok(place, 'related information');
        assert.strictEqual(place.uri.scheme, 'policy-lint-docx', place.uri.toString());
        assert.strictEqual(vscode.Uri.parse(place.uri.query).toString(), docxUri.toString(), 'the view is of the .docx in the workspace');
        // Following the link (as a click does) opens the .docx's text; the place is its title line.
        const view = await vscode.workspace.openTextDocument(place.uri);
        assert.strictEqual(view.lineAt(place.range.start.line).text, '示例市关于支持重点产业加快发展的实施意见');
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      } finally {
        await vscode.workspace.fs.delete(folder, { recursive: true });
      }
    });
  });

  for (const exp of expectations) {
    describe(exp.file, () => {
      it('diagnostics: rule ids, lines and severities', async () => {
        const { uri } = await open(root(), exp.file);
        const want = wanted(exp.rules);
        if (exp.none) await sleep(2000);
        const d = await diagnosticsWhen(uri, (x) => keys(x.filter((y) => ruleOf(y) in exp.rules)).length >= want.length);
        if (exp.none) assert.deepStrictEqual(keys(d), [], 'no policy-lint diagnostics');
        assert.deepStrictEqual(exp.complete ? keys(d) : keys(d.filter((x) => ruleOf(x) in exp.rules)), want);
        for (const [rule, sev] of Object.entries(exp.severity ?? {})) {
          for (const x of d.filter((y) => ruleOf(y) === rule)) assert.strictEqual(x.severity, SEVERITY[sev], `severity of ${rule}`);
        }
      });

      if (exp.hover) {
        const h = exp.hover;
        it(`hover on line ${h.line} explains ${h.rule}`, async () => {
          const { uri } = await open(root(), exp.file);
          await diagnosticsWhen(uri, (x) => x.some((y) => ruleOf(y) === h.rule));
          const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(h.line - 1, h.column - 1));
          const text = hoverText(hovers);
          for (const c of h.contains) assert.ok(text.includes(c), `hover has "${c}":\n${text}`);
          assert.ok(Object.values(h.explanation).some((x) => text.includes(x)), `hover has the explanation:\n${text}`);
        });
      }

      if (exp.outline) {
        const outline = exp.outline;
        it('outline: the heading tree', async () => {
          const { uri } = await open(root(), exp.file);
          let got: [number, string][] = [];
          for (let i = 0; i < 50 && got.length < outline.length; i++) {
            got = flatten((await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? []);
            if (got.length < outline.length) await sleep(200);
          }
          const matched = got.map(([depth, name], i) => [depth, outline[i] && name.startsWith(outline[i][1]) ? outline[i][1] : name]);
          assert.deepStrictEqual(matched, outline);
        });
      }

      if (exp.quickFix) {
        const q = exp.quickFix;
        it(`quick fix for ${q.rule} inserts the clause`, async () => {
          const { uri, doc } = await open(root(), exp.file);
          const d = (await diagnosticsWhen(uri, (x) => x.some((y) => ruleOf(y) === q.rule && y.range.start.line === q.line - 1)))
            .find((y) => ruleOf(y) === q.rule && y.range.start.line === q.line - 1);
          assert.ok(d, `${q.rule} on line ${q.line}`);
          const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
          const titles = Object.values(q.title);
          const action = actions.find((a) => titles.includes(a.title));
          assert.ok(action, `a quick fix titled ${titles.join(' | ')}: ${actions.map((a) => a.title).join(' | ')}`);
          const original = doc.getText();
          try {
            if ('edit' in action && action.edit) await vscode.workspace.applyEdit(action.edit);
            const cmd = 'command' in action && typeof action.command === 'object' ? action.command : (action as vscode.Command);
            if (cmd?.command) await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
            const line = doc.lineAt(q.line - 1).text;
            assert.match(line, new RegExp(q.insertsPattern), `line ${q.line} after the fix`);
            assert.ok(await doc.save(), 'saved');
            const onDisk = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8').split(/\r?\n/)[q.line - 1];
            assert.match(onDisk, new RegExp(q.insertsPattern), `line ${q.line} on disk`);
            const after = await diagnosticsWhen(uri, (x) => !x.some((y) => ruleOf(y) === q.rule && y.range.start.line === q.line - 1));
            assert.ok(!after.some((y) => ruleOf(y) === q.rule && y.range.start.line === q.line - 1), `${q.rule} on line ${q.line} is gone`);
          } finally {
            // Put the file back for the other tests.
            const all = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
            const edit = new vscode.WorkspaceEdit();
            edit.replace(uri, all, original);
            await vscode.workspace.applyEdit(edit);
            await doc.save();
          }
        });
      }

      if (exp.settingsOff) {
        it('the funding summary opens as a read-only report that is not checked', async () => {
          const { uri } = await open(root(), exp.file);
          await diagnosticsWhen(uri, (x) => x.length > 0);
          await vscode.commands.executeCommand('policyLint.fundingSummary');
          const deadline = Date.now() + 15000;
          let report: vscode.TextDocument | undefined;
          while (!report && Date.now() < deadline) {
            report = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'policy-lint-report' && d.uri.query === uri.toString());
            if (!report) await sleep(200);
          }
          assert.ok(report, 'a policy-lint-report document for the draft');
          assert.match(report.getText(), /\|---:\|/, 'the summary table');
          await sleep(1500);
          assert.deepStrictEqual(ours(report.uri), [], 'the report is not linted');
          assert.ok(!vscode.workspace.textDocuments.some((d) => d.isUntitled && d.getText().includes('|---:|')), 'no untitled copy');
        });

        it('policyLint.language sets the language of the messages, whatever the display language', async () => {
          const { uri } = await open(root(), exp.file);
          const config = vscode.workspace.getConfiguration('policyLint');
          const previous = config.inspect<string>('language')?.globalValue;
          const message = (ds: vscode.Diagnostic[]) => ds.find((y) => ruleOf(y) === exp.settingsOff)?.message ?? '';
          const english = (m: string) => /^[A-Z][a-z]+ [a-z]+/.test(m);
          const chinese = (m: string) => /^[\u4e00-\u9fff]{2}/.test(m);
          try {
            await config.update('language', 'en', vscode.ConfigurationTarget.Global);
            const en = await diagnosticsWhen(uri, (x) => english(message(x)), 60000);
            assert.ok(english(message(en)), `English: ${message(en)}`);
            await config.update('language', 'zh-cn', vscode.ConfigurationTarget.Global);
            const zh = await diagnosticsWhen(uri, (x) => chinese(message(x)), 60000);
            assert.ok(chinese(message(zh)), `Chinese: ${message(zh)}`);
          } finally {
            await config.update('language', previous, vscode.ConfigurationTarget.Global);
          }
        });

        /** Run `fn` on the open draft, then put its text back (and save) for the other tests. */
        const restoring = async (doc: vscode.TextDocument, fn: () => Promise<void>) => {
          const original = doc.getText();
          try { await fn(); } finally {
            const edit = new vscode.WorkspaceEdit();
            edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
            await vscode.workspace.applyEdit(edit);
            await doc.save();
          }
        };
        const BRACKETS = 'citation/doc-number-bracket';

        it('the review summary opens, and its "fix all of this rule" fixes every finding of the rule', async () => {
          const { uri, doc } = await open(root(), exp.file);
          const before = await diagnosticsWhen(uri, (x) => x.filter((y) => ruleOf(y) === BRACKETS).length >= 2);
          assert.ok(before.filter((y) => ruleOf(y) === BRACKETS).length >= 2, 'two or more bracket findings');
          await vscode.commands.executeCommand('policyLint.review.focus');
          await restoring(doc, async () => {
            await vscode.commands.executeCommand('policyLint.review.fixRule', { type: 'rule', uri, rule: BRACKETS, diags: before.filter((y) => ruleOf(y) === BRACKETS) });
            assert.ok(!/[[【]\d{4}[\]】]/.test(doc.getText()), 'no 文号 year left in [ ] or 【 】');
            const after = await diagnosticsWhen(uri, (x) => !x.some((y) => ruleOf(y) === BRACKETS));
            assert.ok(!after.some((y) => ruleOf(y) === BRACKETS), 'the rule\'s findings are gone');
            assert.deepStrictEqual(keys(after), keys(before).filter((k) => !k.startsWith(BRACKETS + '@')), 'the other findings stay');
          });
        });

        it('a hover says what is wrong first and its fix link (policyLint.fixAt) repairs that finding', async () => {
          const { uri, doc } = await open(root(), exp.file);
          const d = (await diagnosticsWhen(uri, (x) => x.some((y) => ruleOf(y) === BRACKETS))).find((y) => ruleOf(y) === BRACKETS)!;
          const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, d.range.start);
          const text = hoverText(hovers);
          assert.strictEqual(text.split('\n')[0], `**${d.message}**`, 'the finding first');
          const link = /\(command:policyLint\.fixAt\?([^)]+)\)/.exec(text);
          assert.ok(link, `a fix link:\n${text}`);
          const args = JSON.parse(decodeURIComponent(link[1])) as [string, number, number, string];
          await restoring(doc, async () => {
            const line = d.range.start.line;
            await vscode.commands.executeCommand('policyLint.fixAt', ...args);
            assert.match(doc.lineAt(line).text, /〔\d{4}〕/, 'the year now in 〔 〕');
          });
        });

        it('policyLint.run = onSave checks an edit only when the file is saved', async () => {
          const { uri, doc, editor } = await open(root(), exp.file);
          await diagnosticsWhen(uri, (x) => x.length > 0);
          const config = vscode.workspace.getConfiguration('policyLint');
          const previous = config.inspect<string>('run')?.globalValue;
          const count = () => ours(uri).filter((y) => ruleOf(y) === BRACKETS).length;
          await restoring(doc, async () => {
            try {
              await config.update('run', 'onSave', vscode.ConfigurationTarget.Global);
              await sleep(3000); // the server restarts with the new mode
              const n = (await diagnosticsWhen(uri, (x) => x.some((y) => ruleOf(y) === BRACKETS))).filter((y) => ruleOf(y) === BRACKETS).length;
              await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount - 1, 0), '依据国发[2020]1号文件。\n'));
              await sleep(3000);
              assert.strictEqual(count(), n, 'not checked while typing');
              await doc.save();
              const after = await diagnosticsWhen(uri, (x) => x.filter((y) => ruleOf(y) === BRACKETS).length > n);
              assert.strictEqual(after.filter((y) => ruleOf(y) === BRACKETS).length, n + 1, 'checked on save');
            } finally {
              await config.update('run', previous, vscode.ConfigurationTarget.Global);
              await sleep(3000);
            }
          });
        });

        it('打开示例草稿 opens the example draft as a checked, unsaved policy document', async () => {
          await vscode.commands.executeCommand('policyLint.openSample');
          const doc = vscode.window.activeTextEditor?.document;
          assert.ok(doc && doc.isUntitled && doc.languageId === 'policy', 'an untitled policy document');
          const d = await diagnosticsWhen(doc.uri, (x) => x.length >= 3);
          assert.ok(d.length >= 3, `findings on the sample: ${keys(d).join(', ')}`);
          await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        });

        const off = exp.settingsOff;
        it(`turning ${off} off in the workspace settings takes effect without a reload`, async () => {
          const { uri } = await open(root(), exp.file);
          const before = await diagnosticsWhen(uri, (x) => x.some((y) => ruleOf(y) === off));
          assert.ok(before.some((y) => ruleOf(y) === off), `${off} is reported before the change`);
          const config = vscode.workspace.getConfiguration('policyLint', uri);
          const previous = config.inspect<Record<string, string>>('rules')?.workspaceValue;
          await config.update('rules', { ...(previous ?? {}), [off]: 'off' }, vscode.ConfigurationTarget.Workspace);
          try {
            const after = await diagnosticsWhen(uri, (x) => !x.some((y) => ruleOf(y) === off));
            assert.deepStrictEqual(keys(after), keys(before).filter((k) => !k.startsWith(off + '@')), 'only that rule went away');
          } finally {
            await config.update('rules', previous, vscode.ConfigurationTarget.Workspace);
          }
          await diagnosticsWhen(uri, (x) => x.some((y) => ruleOf(y) === off));
        });
      }
    });
  }
});
