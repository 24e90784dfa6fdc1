/**
 * 审阅摘要 / Review summary: a tree of policy-lint's findings — document → category → rule → finding —
 * with counts, built from the diagnostics VS Code already holds (no server state), so a long review is a
 * list of rules to walk through rather than hundreds of squiggles. A rule's node offers "fix all of this
 * rule in this file"; a finding's node opens it. Also the stateless "fix this finding" command that hover
 * links use, and the severity picker of the quick-fix menu.
 */
import * as path from 'path';
import * as vscode from 'vscode';

const SOURCE = 'policy-lint';
/** The server's kind for "fix all problems of this rule in this document" (server/src/lsp/actions.ts). */
const FIX_RULE_KIND = vscode.CodeActionKind.QuickFix.append('policyLint').append('fixRule');

type Node =
  | { type: 'doc'; uri: vscode.Uri; diags: vscode.Diagnostic[] }
  | { type: 'category'; uri: vscode.Uri; category: string; diags: vscode.Diagnostic[] }
  | { type: 'rule'; uri: vscode.Uri; rule: string; diags: vscode.Diagnostic[] }
  | { type: 'finding'; uri: vscode.Uri; diag: vscode.Diagnostic };

function ruleOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c ?? '');
}
const ours = (d: vscode.Diagnostic) => d.source === SOURCE;
const ORDER = [vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Warning, vscode.DiagnosticSeverity.Information, vscode.DiagnosticSeverity.Hint];
const worst = (ds: vscode.Diagnostic[]) => Math.min(...ds.map((d) => ORDER.indexOf(d.severity)));
const ICONS = ['error', 'warning', 'info', 'lightbulb'];

/** A rule's title, from the settings schema the extension contributes (generated from the rules). */
function titles(packageJSON: { contributes?: { configuration?: unknown } }): (id: string) => string {
  type Props = Record<string, { properties?: Record<string, { description?: string }> }>;
  const conf = packageJSON.contributes?.configuration as { properties: Props } | { properties: Props }[] | undefined;
  const all = Array.isArray(conf) ? conf : conf ? [conf] : [];
  const rules = all.map((c) => c.properties['policyLint.rules']).find(Boolean)?.properties ?? {};
  return (id) => {
    const d = rules[id]?.description;
    if (!d) return id;
    // "同一事项标准一致（默认 error） / One standard per funded thing (default error)"
    const [zh, en] = d.split(' / ');
    const lang = vscode.workspace.getConfiguration('policyLint').get<string>('language', 'auto');
    const english = lang === 'en' || (lang === 'auto' && !vscode.env.language.toLowerCase().startsWith('zh'));
    const t = (english && en ? en : zh).trim();
    // Without the "(default error)" / "（默认 error）" that the settings list shows.
    const cut = Math.max(t.lastIndexOf('(default '), t.lastIndexOf('（默认 '));
    return cut > 0 && (t.endsWith(')') || t.endsWith('）')) ? t.slice(0, cut).trim() : t;
  };
}

const CATEGORY: Record<string, string> = {
  'lead-unit': vscode.l10n.t('Lead units'),
  target: vscode.l10n.t('Targets'),
  amount: vscode.l10n.t('Amounts and caps'),
  citation: vscode.l10n.t('Citations and document numbers'),
  number: vscode.l10n.t('Numbers and dates'),
  structure: vscode.l10n.t('Structure'),
  text: vscode.l10n.t('Wording and punctuation'),
  reply: vscode.l10n.t('Replies'),
  consistency: vscode.l10n.t('Consistency'),
};

class ReviewTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private title: (id: string) => string;
  constructor(private readonly packageJSON: { contributes?: { configuration?: unknown } }) { this.title = titles(packageJSON); }
  refresh(): void { this.title = titles(this.packageJSON); this.changed.fire(undefined); }

  getChildren(node?: Node): Node[] {
    if (!node) {
      return vscode.languages.getDiagnostics()
        .map(([uri, ds]) => ({ type: 'doc' as const, uri, diags: ds.filter(ours) }))
        .filter((n) => n.diags.length > 0)
        .sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
    }
    if (node.type === 'doc') {
      const by = groupBy(node.diags, (d) => ruleOf(d).split('/')[0]);
      return [...by].sort((a, b) => worst(a[1]) - worst(b[1]) || b[1].length - a[1].length)
        .map(([category, diags]) => ({ type: 'category', uri: node.uri, category, diags }));
    }
    if (node.type === 'category') {
      const by = groupBy(node.diags, ruleOf);
      return [...by].sort((a, b) => worst(a[1]) - worst(b[1]) || b[1].length - a[1].length)
        .map(([rule, diags]) => ({ type: 'rule', uri: node.uri, rule, diags }));
    }
    if (node.type === 'rule') {
      return [...node.diags].sort((a, b) => a.range.start.compareTo(b.range.start)).map((diag) => ({ type: 'finding', uri: node.uri, diag }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    switch (node.type) {
      case 'doc': {
        const item = new vscode.TreeItem(path.basename(node.uri.fsPath || node.uri.path), C.Expanded);
        item.resourceUri = node.uri;
        item.description = vscode.l10n.t('{0} findings', node.diags.length);
        item.contextValue = 'policyLint.doc';
        return item;
      }
      case 'category': {
        const item = new vscode.TreeItem(CATEGORY[node.category] ?? node.category, C.Expanded);
        item.description = String(node.diags.length);
        item.iconPath = new vscode.ThemeIcon(ICONS[worst(node.diags)] ?? 'info');
        return item;
      }
      case 'rule': {
        const item = new vscode.TreeItem(this.title(node.rule), C.Collapsed);
        item.description = `${node.diags.length} · ${node.rule}`;
        item.tooltip = node.rule;
        item.iconPath = new vscode.ThemeIcon(ICONS[worst(node.diags)] ?? 'info');
        item.contextValue = 'policyLint.rule';
        return item;
      }
      case 'finding': {
        const line = node.diag.range.start.line + 1;
        const item = new vscode.TreeItem(node.diag.message.split('\n')[0], C.None);
        item.description = vscode.l10n.t('line {0}', line);
        item.tooltip = node.diag.message;
        item.command = { command: 'policyLint.review.open', title: '', arguments: [node.uri, node.diag.range] };
        return item;
      }
    }
  }
}

function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x); else m.set(k, [x]);
  }
  return m;
}

/** Apply a code action as VS Code would: its edit, then its command. */
async function run(action: vscode.CodeAction): Promise<boolean> {
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) return false;
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  return Boolean(action.edit || action.command);
}

async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind.value)) ?? [];
}

/** Every finding of `rule` in the document fixed at once (the server's fix-all-of-rule action, or the one finding's preferred fix). */
export async function fixRule(uri: vscode.Uri, rule: string): Promise<void> {
  const diags = vscode.languages.getDiagnostics(uri).filter((d) => ours(d) && ruleOf(d) === rule);
  if (diags.length === 0) return;
  const all = (await actionsAt(uri, diags[0].range, FIX_RULE_KIND)).find((a) => a.diagnostics?.some((d) => ruleOf(d) === rule) ?? true);
  if (all && (await run(all))) return;
  let fixed = 0;
  if (diags.length === 1) fixed = (await fixAt(uri, diags[0].range, rule)) ? 1 : 0;
  if (fixed === 0) void vscode.window.showInformationMessage(vscode.l10n.t('No automatic fix for "{0}" in this document: each finding needs a person to decide.', rule));
}

/**
 * The quick fix of the finding of `rule` at `range`, applied: the one titled `title` when given (a hover
 * link names the fix it shows), else the preferred fix attached to that finding.
 */
export async function fixAt(uri: vscode.Uri, range: vscode.Range, rule: string, title?: string): Promise<boolean> {
  const actions = (await actionsAt(uri, range, vscode.CodeActionKind.QuickFix)).filter((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value);
  const mine = title !== undefined ? actions.filter((a) => a.title === title)
    : actions.filter((a) => a.diagnostics?.some((d) => ours(d) && ruleOf(d) === rule && d.range.isEqual(range)));
  const pick = mine.find((a) => a.isPreferred) ?? mine.find((a) => a.edit || a.command);
  return pick ? run(pick) : false;
}

const SEVERITIES = ['off', 'hint', 'information', 'warning', 'error'] as const;

/** "调整此规则的级别…": pick a severity for a rule (or category) and write it to policyLint.rules in the workspace settings. */
export async function setRuleSeverity(ruleId?: string, uriText?: string): Promise<void> {
  const id = ruleId ?? await vscode.window.showInputBox({ prompt: vscode.l10n.t('Rule id or category, e.g. target/unquantified') });
  if (!id) return;
  const resource = uriText ? vscode.Uri.parse(uriText) : vscode.window.activeTextEditor?.document.uri;
  const config = vscode.workspace.getConfiguration('policyLint', resource);
  const label: Record<(typeof SEVERITIES)[number], string> = {
    off: vscode.l10n.t('Off'), hint: vscode.l10n.t('Hint'), information: vscode.l10n.t('Information'),
    warning: vscode.l10n.t('Warning'), error: vscode.l10n.t('Error'),
  };
  const now = config.get<Record<string, string>>('rules', {})[id];
  const picked = await vscode.window.showQuickPick(
    SEVERITIES.map((s) => ({ label: label[s], description: s === now ? vscode.l10n.t('current') : s, value: s })).reverse(),
    { title: vscode.l10n.t('Severity of {0}', id), placeHolder: vscode.l10n.t('Written to policyLint.rules in the workspace settings') },
  );
  if (!picked) return;
  await writeRuleSeverity(id, picked.value, resource);
}

/**
 * policyLint.rules[id] = severity in the settings nearest the resource: its folder's in a multi-root
 * workspace, else the workspace's, else the user's; the other entries of that level are kept.
 */
export async function writeRuleSeverity(id: string, severity: string, resource: vscode.Uri | undefined): Promise<void> {
  const config = vscode.workspace.getConfiguration('policyLint', resource);
  const folder = resource ? vscode.workspace.getWorkspaceFolder(resource) : undefined;
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1 && folder;
  const target = multiRoot ? vscode.ConfigurationTarget.WorkspaceFolder
    : vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const inspected = config.inspect<Record<string, string>>('rules');
  const current = (multiRoot ? inspected?.workspaceFolderValue : target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue) ?? {};
  await config.update('rules', { ...current, [id]: severity }, target);
}

export function registerReview(context: vscode.ExtensionContext): { reveal(): Promise<void> } {
  const tree = new ReviewTree(context.extension.packageJSON as { contributes?: { configuration?: unknown } });
  const view = vscode.window.createTreeView('policyLint.review', { treeDataProvider: tree, showCollapseAll: true });
  let pending: NodeJS.Timeout | undefined;
  context.subscriptions.push(
    view,
    vscode.languages.onDidChangeDiagnostics(() => {
      // Diagnostics arrive per document and per keystroke: redraw at most every 300 ms.
      if (pending) return;
      pending = setTimeout(() => { pending = undefined; tree.refresh(); }, 300);
    }),
    { dispose: () => { if (pending) clearTimeout(pending); } },
    vscode.commands.registerCommand('policyLint.review.open', async (uri: vscode.Uri, range: vscode.Range) => {
      const editor = await vscode.window.showTextDocument(uri, { selection: range, preserveFocus: false });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    vscode.commands.registerCommand('policyLint.review.fixRule', async (node?: Node) => {
      if (node?.type === 'rule') await fixRule(node.uri, node.rule);
    }),
    vscode.commands.registerCommand('policyLint.review.severity', async (node?: Node) => {
      if (node?.type === 'rule') await setRuleSeverity(node.rule, node.uri.toString());
    }),
    vscode.commands.registerCommand('policyLint.fixAt', async (uri: string, line: number, character: number, rule: string, title?: string) => {
      const u = vscode.Uri.parse(uri);
      const diag = vscode.languages.getDiagnostics(u).find((d) => ours(d) && ruleOf(d) === rule && d.range.contains(new vscode.Position(line, character)));
      if (!diag || !(await fixAt(u, diag.range, rule, title))) void vscode.window.showInformationMessage(vscode.l10n.t('This finding has changed since the hover was shown; hover again.'));
    }),
    vscode.commands.registerCommand('policyLint.setRuleSeverity', setRuleSeverity),
  );
  return {
    reveal: async () => {
      await vscode.commands.executeCommand('policyLint.review.focus');
    },
  };
}
