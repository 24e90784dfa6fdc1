/**
 * In-editor tests (run by runTest.ts inside VS Code): the shared fixture workspace
 * test/fixtures/workspace and its expectations.json, checked through the vscode API.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

/** Per file: the expected lines (1-based) of each listed rule; `none` = no policy-lint diagnostics at all. */
interface Expectation { file: string; kind: string; rules: Record<string, number[]>; symbols?: string[]; none?: boolean }

const expectations = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'workspace', 'expectations.json'), 'utf8')) as Expectation[];

async function diagnosticsOf(uri: vscode.Uri, min: number): Promise<vscode.Diagnostic[]> {
  for (let i = 0; i < 150; i++) {
    const d = vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'policy-lint');
    if (d.length >= min) return d;
    await new Promise((r) => setTimeout(r, 200));
  }
  return vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'policy-lint');
}

describe('policy-lint in VS Code', () => {
  const root = vscode.workspace.workspaceFolders![0].uri;
  for (const exp of expectations) {
    it(`${exp.file}: diagnostics, hover, outline`, async () => {
      const uri = vscode.Uri.joinPath(root, exp.file);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const ruleOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
      const want = Object.entries(exp.rules).flatMap(([rule, lines]) => lines.map((l) => `${rule}@${l}`)).sort();
      const diags = await diagnosticsOf(uri, want.length);
      if (exp.none) assert.deepStrictEqual(diags.map(ruleOf), []);
      const got = diags.filter((d) => ruleOf(d) in exp.rules).map((d) => `${ruleOf(d)}@${d.range.start.line + 1}`).sort();
      assert.deepStrictEqual(got, want);
      if (diags.length) {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, diags[0].range.start);
        assert.ok(hovers.some((h) => h.contents.some((c) => (c as vscode.MarkdownString).value?.includes(ruleOf(diags[0])))));
      }
      if (exp.symbols) {
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
        const names = symbols.map((s) => s.name);
        for (const s of exp.symbols) assert.ok(names.some((n) => n.startsWith(s)), `outline has ${s}: ${names.join(' | ')}`);
      }
    });
  }
});
