/**
 * The `[policy]` language gets editor defaults from package.json (no boxes around full-width
 * punctuation, word wrap, no word-based suggestions). A checked plain-text or Markdown draft keeps the
 * user's own settings for those languages; the first time one is checked while VS Code still boxes
 * ambiguous characters in it, offer once to apply the same defaults to that language in this workspace.
 */
import * as vscode from 'vscode';

const ASKED = 'policyLint.editorDefaultsAsked';
const DEFAULTS: Record<string, unknown> = {
  'editor.unicodeHighlight.ambiguousCharacters': false,
  'editor.wordWrap': 'on',
  'editor.wordBasedSuggestions': 'off',
};

export function offerEditorDefaults(context: vscode.ExtensionContext, uri: vscode.Uri): void {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!doc || (doc.languageId !== 'plaintext' && doc.languageId !== 'markdown')) return;
  const asked = context.workspaceState.get<string[]>(ASKED, []);
  if (asked.includes(doc.languageId)) return;
  const boxes = vscode.workspace.getConfiguration('editor', { languageId: doc.languageId, uri }).get<boolean | string>('unicodeHighlight.ambiguousCharacters');
  if (boxes === false) return;
  void context.workspaceState.update(ASKED, [...asked, doc.languageId]);
  const apply = vscode.l10n.t('Apply to {0} files in this workspace', doc.languageId === 'markdown' ? 'Markdown' : vscode.l10n.t('plain-text'));
  void vscode.window.showInformationMessage(
    vscode.l10n.t('VS Code draws boxes around full-width punctuation (，（）：) in this draft. Use the policy editor settings (no boxes, word wrap, no word-based suggestions) for these files?'),
    apply, vscode.l10n.t('Not now'),
  ).then(async (pick) => {
    if (pick !== apply) return;
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    const config = vscode.workspace.getConfiguration(undefined, { languageId: doc.languageId });
    for (const [key, value] of Object.entries(DEFAULTS)) await config.update(key, value, target, true);
  });
}
