/**
 * The VS Code side of policy-lint: starts the bundled language server over IPC, restarts it when it
 * crashes, and shows the active document's kind and problem count in the status bar.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, LanguageClientOptions, RevealOutputChannelOn, ServerOptions,
  State, TransportKind,
} from 'vscode-languageclient/node';
import { registerReview, writeRuleSeverity } from './review';
import { offerEditorDefaults } from './editor-defaults';
import { timeline, timelineOn } from '../../server/src/lsp/timeline';

interface Status {
  uri: string;
  version: number;
  checked: boolean;
  kind: string;
  kindLabel: string;
  title?: string;
  problems: number;
  counts: Record<'error' | 'warning' | 'information' | 'hint', number>;
  /** Process id of the server that sent it (logged once per server process). */
  pid?: number;
}

let client: LanguageClient | undefined;
let statusItem: vscode.StatusBarItem;
let output: vscode.OutputChannel;
const statuses = new Map<string, Status>();
let serverState: 'starting' | 'running' | 'stopped' = 'starting';
let serverPid: number | undefined;

/** Files the server looks at; the server decides whether a plain-text/Markdown file is a policy document. */
const SELECTOR = [
  { language: 'policy' },
  { language: 'plaintext', scheme: 'file' },
  { language: 'plaintext', scheme: 'untitled' },
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
];

/** Generated reports (the funding summary): read-only documents of this scheme, by URI. */
const REPORT_SCHEME = 'policy-lint-report';
const reports = new Map<string, string>();
const reportChanged = new vscode.EventEmitter<vscode.Uri>();

/**
 * A .docx opened as policy text: read-only documents of this scheme whose path is the .docx's, with the
 * text the server's reader extracted (automatic numbering restored, tracked changes accepted).
 */
const DOCX_SCHEME = 'policy-lint-docx';
const docxTexts = new Map<string, string>();
const docxChanged = new vscode.EventEmitter<vscode.Uri>();
const docxWatchers = new Map<string, vscode.Disposable>();

type ReadDocxResponse =
  | { ok: true; text: string; revisions: boolean; numbered: number; note?: string }
  | { ok: false; error: string; unsupported?: boolean };

/** The server reads the .docx: by path for a local file, from its bytes for any other file system. */
async function readDocx(file: vscode.Uri): Promise<ReadDocxResponse> {
  if (!client?.isRunning()) return { ok: false, error: vscode.l10n.t('policy-lint server starting') };
  if (file.scheme === 'file') return client.sendRequest<ReadDocxResponse>('policyLint/readDocx', { path: file.fsPath });
  if (/\.(wps|ofd|doc)$/i.test(file.path)) return client.sendRequest<ReadDocxResponse>('policyLint/readDocx', { name: path.posix.basename(file.path), bytes: '' });
  const bytes = await vscode.workspace.fs.readFile(file);
  return client.sendRequest<ReadDocxResponse>('policyLint/readDocx', { name: path.posix.basename(file.path), bytes: Buffer.from(bytes).toString('base64') });
}

/** The .docx a view shows. */
function docxOfView(view: vscode.Uri): vscode.Uri {
  return vscode.Uri.parse(view.query || view.with({ scheme: 'file' }).toString());
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Policy Lint');
  statusItem = vscode.window.createStatusBarItem('policyLint.status', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = 'Policy Lint';
  // The count in the status bar opens the review summary (the server log is in the command palette).
  statusItem.command = 'policyLint.review.focus';
  context.subscriptions.push(output, statusItem);
  registerReview(context);

  context.subscriptions.push(
    reportChanged,
    vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, {
      onDidChange: reportChanged.event,
      provideTextDocumentContent: (uri) => reports.get(uri.toString()) ?? '',
    }),
    docxChanged,
    vscode.workspace.registerTextDocumentContentProvider(DOCX_SCHEME, {
      onDidChange: docxChanged.event,
      provideTextDocumentContent: async (uri) => {
        const cached = docxTexts.get(uri.toString());
        if (cached !== undefined) return cached;
        // Reopened from history: read the .docx again.
        const r = await readDocx(docxOfView(uri)).catch((e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) }));
        if (!r.ok) { void vscode.window.showErrorMessage(r.error); return ''; }
        docxTexts.set(uri.toString(), r.text);
        return r.text;
      },
    }),
    // 以政策文本打开 .docx: a read-only view of the .docx's text, checked like a draft (diagnostics, hovers, outline).
    vscode.commands.registerCommand('policyLint.openDocx', async (target?: vscode.Uri) => {
      let file = target instanceof vscode.Uri ? target : undefined;
      if (!file) {
        const picked = await vscode.window.showOpenDialog({
          canSelectMany: false,
          openLabel: vscode.l10n.t('Open as policy text'),
          filters: { [vscode.l10n.t('Word documents')]: ['docx'], [vscode.l10n.t('All files')]: ['*'] },
        });
        file = picked?.[0];
      }
      if (!file) return;
      let r: ReadDocxResponse;
      try {
        r = await readDocx(file);
      } catch (e) {
        r = { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
      if (!r.ok) {
        await vscode.window.showErrorMessage(`${path.posix.basename(file.path)}: ${r.error}`);
        return;
      }
      // The view's path is the .docx's (its name in the tab); the query keeps the .docx's own URI.
      const view = vscode.Uri.from({ scheme: DOCX_SCHEME, path: file.path, query: file.toString() });
      const known = docxTexts.has(view.toString());
      docxTexts.set(view.toString(), r.text);
      if (known) docxChanged.fire(view);
      // The view follows the .docx: saved again in Word, it is read again.
      if (file.scheme === 'file' && !docxWatchers.has(view.toString())) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(path.dirname(file.fsPath)), path.basename(file.fsPath)));
        const refresh = () => { docxTexts.delete(view.toString()); docxChanged.fire(view); };
        watcher.onDidChange(refresh);
        watcher.onDidCreate(refresh);
        docxWatchers.set(view.toString(), watcher);
        context.subscriptions.push(watcher);
      }
      const doc = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(view), 'policy');
      await vscode.window.showTextDocument(doc, { preview: false });
      if (r.revisions) void vscode.window.showInformationMessage(vscode.l10n.t('{0}: the document has tracked changes; checked as if all were accepted.', path.posix.basename(file.path)));
    }),
    vscode.workspace.onDidCloseTextDocument((d) => { if (d.uri.scheme === DOCX_SCHEME) docxTexts.delete(d.uri.toString()); }),
    vscode.commands.registerCommand('policyLint.restartServer', async () => {
      output.appendLine('[client] restarting the server');
      if (client) await client.restart();
    }),
    vscode.commands.registerCommand('policyLint.showOutput', () => output.show(true)),
    // 打开示例草稿: the example action plan as an untitled policy document (nothing is written to disk).
    vscode.commands.registerCommand('policyLint.openSample', async () => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.file(context.asAbsolutePath(path.join('examples', 'action-plan-draft.txt'))));
      const doc = await vscode.workspace.openTextDocument({ language: 'policy', content: new TextDecoder('utf-8').decode(bytes) });
      await vscode.window.showTextDocument(doc);
    }),
    vscode.commands.registerCommand('policyLint.recheck', async () => {
      if (client?.isRunning()) await client.sendNotification('policyLint/recheck');
    }),
    // Quick fixes that insert a template clause arrive as snippets: expand them in the editor.
    vscode.commands.registerCommand('policyLint.applySnippet', async (uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, snippet: string) => {
      const target = vscode.Uri.parse(uri);
      const doc = await vscode.workspace.openTextDocument(target);
      const editor = await vscode.window.showTextDocument(doc);
      const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
      await editor.insertSnippet(new vscode.SnippetString(snippet), r);
    }),
    vscode.commands.registerCommand('policyLint.openRuleDoc', async (url: string) => {
      const uri = vscode.Uri.parse(url);
      if (uri.scheme === 'file') {
        await vscode.commands.executeCommand('markdown.showPreview', uri).then(undefined, () => vscode.window.showTextDocument(uri));
      } else {
        await vscode.env.openExternal(uri);
      }
    }),
    // "Turn this rule off for this workspace": policyLint.rules[id] = "off" in the workspace (folder) settings.
    vscode.commands.registerCommand('policyLint.disableRule', async (ruleId?: string, uri?: string) => {
      const id = ruleId ?? await vscode.window.showInputBox({ prompt: vscode.l10n.t('Rule id or category to turn off, e.g. target/unquantified') });
      if (!id) return;
      await writeRuleSeverity(id, 'off', uri ? vscode.Uri.parse(uri) : vscode.window.activeTextEditor?.document.uri);
    }),
    // 资金汇总 / Funding summary: every amount of the active document in a Markdown table.
    vscode.commands.registerCommand('policyLint.fundingSummary', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client?.isRunning()) return;
      const result = await client.sendRequest<{ markdown: string } | null>('policyLint/fundingSummary', { uri: editor.document.uri.toString() });
      if (!result) return;
      await showReportOf(editor.document.uri, 'funding', result.markdown);
    }),
    // 导出为公文格式 .docx: the server typesets the document (the CLI's module), this side asks and writes.
    vscode.commands.registerCommand('policyLint.exportDocx', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client?.isRunning()) return;
      const source = editor.document.uri;
      const fonts = vscode.workspace.getConfiguration('policyLint', source).get<unknown>('export.fonts');
      const result = await client.sendRequest<{ data: string; errors: { line: number; rule: string; message: string }[]; fontErrors: string[] } | null>(
        'policyLint/exportDocx', { uri: source.toString(), fonts });
      if (!result) return;
      for (const e of result.fontErrors) output.appendLine(`[client] policyLint.export.fonts: ${e}`);
      if (result.errors.length) {
        const go = vscode.l10n.t('Export anyway');
        const detail = result.errors.slice(0, 10).map((e) => vscode.l10n.t('Line {0}: {1}', e.line, e.message)).join('\n')
          + (result.errors.length > 10 ? `\n…` : '');
        const pick = await vscode.window.showWarningMessage(
          vscode.l10n.t('The draft still has {0} errors, which would be printed as they are (document numbers, placeholders). Export anyway?', result.errors.length),
          { modal: true, detail }, go);
        if (pick !== go) return;
      }
      const base = source.scheme === 'file' ? source.fsPath.replace(/\.[^./\\]*$/, '') + '.docx' : undefined;
      const target = await vscode.window.showSaveDialog({
        defaultUri: base ? vscode.Uri.file(base) : undefined,
        filters: { [vscode.l10n.t('Word document')]: ['docx'] },
        title: vscode.l10n.t('Export as GB/T 9704 .docx'),
      });
      if (!target) return;
      try {
        await vscode.workspace.fs.writeFile(target, Buffer.from(result.data, 'base64'));
      } catch (e) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}: {1}', target.fsPath, e instanceof Error ? e.message : String(e)));
        return;
      }
      const open = vscode.l10n.t('Open');
      const pick = await vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0}', target.fsPath), open);
      if (pick === open) await vscode.env.openExternal(target);
    }),
    // 生成任务分工表 / Task-division table: a Markdown preview, with a command to save it as Excel, Word or CSV.
    vscode.commands.registerCommand('policyLint.taskTable', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client?.isRunning()) return;
      const result = await client.sendRequest<{ markdown: string } | null>('policyLint/taskTable', { uri: editor.document.uri.toString() });
      if (!result) return;
      lastTaskSource = editor.document.uri;
      await showReportOf(editor.document.uri, 'tasks', result.markdown + `\n[${vscode.l10n.t('Save as Excel, Word or CSV')}](command:policyLint.saveTaskTable)\n`);
    }),
    vscode.commands.registerCommand('policyLint.saveTaskTable', async () => {
      const editor = vscode.window.activeTextEditor;
      const source = editor && SELECTOR_SCHEMES.has(editor.document.uri.scheme) ? editor.document.uri : lastTaskSource;
      if (!source || !client?.isRunning()) return;
      const target = await vscode.window.showSaveDialog({
        title: vscode.l10n.t('Save the task-division table'),
        defaultUri: source.with({ path: source.path.replace(/\.[^./]+$/, '') + '.tasks.xlsx' }),
        filters: {
          [vscode.l10n.t('Excel workbook')]: ['xlsx'],
          [vscode.l10n.t('Word document (GB/T 9704)')]: ['docx'],
          [vscode.l10n.t('CSV (Excel)')]: ['csv'],
        },
      });
      if (!target) return;
      const format = /\.xlsx$/i.test(target.path) ? 'xlsx' : /\.docx$/i.test(target.path) ? 'docx' : 'csv';
      const fonts = format === 'docx' ? vscode.workspace.getConfiguration('policyLint', source).get<unknown>('export.fonts') : undefined;
      const result = await client.sendRequest<{ csv: string; xlsx?: string; docx?: string } | null>('policyLint/taskTable', { uri: source.toString(), format, fonts });
      if (!result) return;
      const binary = format === 'xlsx' ? result.xlsx : format === 'docx' ? result.docx : undefined;
      const bytes = binary ? Buffer.from(binary, 'base64') : Buffer.from(result.csv, 'utf8');
      if (!(await writeOrSay(target, bytes))) return;
      void vscode.window.showInformationMessage(vscode.l10n.t('Task-division table saved to {0}', target.fsPath));
    }),
    // 与旧版本比较 / Compare with an older version: a file, or a revision through the built-in Git extension.
    vscode.commands.registerCommand('policyLint.compare', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client?.isRunning()) return;
      const doc = editor.document;
      const old = await pickOlderVersion(doc.uri);
      if (!old) return;
      const result = await client.sendRequest<{ html: string } | null>('policyLint/compare', { uri: doc.uri.toString(), oldText: old.text, oldName: old.name });
      if (!result) return;
      lastComparison = { uri: doc.uri, oldText: old.text, oldName: old.name, html: result.html };
      const panel = vscode.window.createWebviewPanel('policyLint.compare', `${vscode.l10n.t('Comparison')}: ${path.basename(doc.uri.path)}`,
        vscode.ViewColumn.Beside, { enableScripts: false });
      panel.webview.html = result.html;
      const save = vscode.l10n.t('Save as Word or HTML…');
      if (await vscode.window.showInformationMessage(vscode.l10n.t('Comparison of {0} with {1} ready.', path.basename(doc.uri.path), old.name), save) === save) {
        await vscode.commands.executeCommand('policyLint.saveComparison');
      }
    }),
    // 保存修改对照表 / Save the last comparison: a GB/T 9704 Word document (原条文 / 修改后条文 / 修改说明) or the HTML page.
    vscode.commands.registerCommand('policyLint.saveComparison', async () => {
      const last = lastComparison;
      if (!last) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Compare the document with an older version first.'));
        return;
      }
      if (!client?.isRunning()) return;
      const target = await vscode.window.showSaveDialog({
        title: vscode.l10n.t('Save the comparison'),
        defaultUri: last.uri.with({ path: last.uri.path.replace(/\.[^./]+$/, '') + '.comparison.docx' }),
        filters: { [vscode.l10n.t('Word document (GB/T 9704)')]: ['docx'], [vscode.l10n.t('Web page')]: ['html'] },
      });
      if (!target) return;
      let bytes: Buffer;
      if (/\.docx$/i.test(target.path)) {
        const fonts = vscode.workspace.getConfiguration('policyLint', last.uri).get<unknown>('export.fonts');
        const result = await client.sendRequest<{ docx?: string } | null>('policyLint/compare', { uri: last.uri.toString(), oldText: last.oldText, oldName: last.oldName, format: 'docx', fonts });
        if (!result?.docx) {
          void vscode.window.showErrorMessage(vscode.l10n.t('The document is no longer open: compare it again.'));
          return;
        }
        bytes = Buffer.from(result.docx, 'base64');
      } else bytes = Buffer.from(last.html, 'utf8');
      if (!(await writeOrSay(target, bytes))) return;
      const open = vscode.l10n.t('Open');
      if (await vscode.window.showInformationMessage(vscode.l10n.t('Comparison saved to {0}', target.fsPath), open) === open) await vscode.env.openExternal(target);
    }),
    // 从本单位往年文件学习 / Learn from this unit's past documents: pick folders, the server learns, the
    // learned lists are shown for review, and .policylintrc.json is written only when the user agrees.
    vscode.commands.registerCommand('policyLint.learn', async () => {
      if (!client?.isRunning()) return;
      const picked = await vscode.window.showOpenDialog({
        canSelectFolders: true, canSelectFiles: false, canSelectMany: true,
        openLabel: vscode.l10n.t('Learn from these folders'),
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
      });
      if (!picked?.length) return;
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? picked[0];
      const target = vscode.Uri.joinPath(folder, '.policylintrc.json');
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Learning from the documents…') },
        () => client!.sendRequest<{ markdown: string; target: string; text: string; documents: number; errors: { path: string; error: string }[] } | null>(
          'policyLint/learn', { folders: picked.map((u) => u.toString()), target: target.toString(), merge: true }),
      );
      if (!result) return;
      for (const e of result.errors) output.appendLine(`[learn] ${e.path}: ${e.error}`);
      const reportUri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: '/learned-profile.md' });
      reports.set(reportUri.toString(), result.markdown);
      reportChanged.fire(reportUri);
      await showReport(reportUri);
      if (!result.text) {
        void vscode.window.showErrorMessage(vscode.l10n.t('{0} could not be read and was not changed. See the output channel "Policy Lint".', result.target));
        return;
      }
      const save = vscode.l10n.t('Save to .policylintrc.json');
      const answer = await vscode.window.showInformationMessage(
        vscode.l10n.t('Learned from {0} documents. Save the learned profile to {1}?', result.documents, result.target), save, vscode.l10n.t('Cancel'));
      if (answer !== save) return;
      await vscode.workspace.fs.writeFile(vscode.Uri.file(result.target), new TextEncoder().encode(result.text));
      void vscode.window.showInformationMessage(vscode.l10n.t('Saved {0}.', result.target));
    }),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus()),
    // The message language is fixed when the server starts: a change restarts it.
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!(e.affectsConfiguration('policyLint.language') || e.affectsConfiguration('policyLint.run')) || !client) return;
      output.appendLine(`[client] message language ${messageLanguage()}, checking ${runMode()}; restarting the server`);
      const pull = client.clientOptions.diagnosticPullOptions;
      if (pull) pull.onChange = runMode() === 'onType';
      await client.restart();
    }),
  );

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  let restarts: number[] = [];
  const clientOptions: LanguageClientOptions = {
    documentSelector: SELECTOR,
    outputChannel: quietNormalExit(output),
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // A function: read again on every (re)start, so a change of policyLint.language takes effect on restart.
    initializationOptions: () => ({
      locale: messageLanguage(),
      snippetCommand: 'policyLint.applySnippet',
      openDocCommand: 'policyLint.openRuleDoc',
      disableRuleCommand: 'policyLint.disableRule',
      severityCommand: 'policyLint.setRuleSeverity',
      fixCommand: 'policyLint.fixAt',
    }),
    // Hovers carry command links (fix this finding, change the rule's severity, open its page): only these run.
    markdown: { isTrusted: { enabledCommands: ['policyLint.fixAt', 'policyLint.setRuleSeverity', 'policyLint.openRuleDoc'] } },
    synchronize: {
      configurationSection: 'policyLint',
      // Settings files, and the drafts themselves: the server's index of the workspace's documents
      // (checks across related files) follows files created, changed and deleted outside the editor.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.policylintrc.json'),
        vscode.workspace.createFileSystemWatcher('**/*.{txt,md,docx}'),
        // A deleted folder is reported as the folder alone: its drafts leave the index with it.
        vscode.workspace.createFileSystemWatcher('**/*', true, true, false),
      ],
    },
    // policyLint.run: onType checks as you type, onSave only when the file is saved (and when it is opened).
    diagnosticPullOptions: { onChange: runMode() === 'onType', onSave: true },
    // The keystroke timeline (off unless POLICY_LINT_TIMELINE names a file): when a change leaves the
    // extension host and when its diagnostics come back.
    middleware: timelineOn ? {
      didChange: async (e, next) => { timeline('client', 'change', e.document.version); await next(e); },
      provideDiagnostics: async (doc, previous, token, next) => {
        const version = doc instanceof vscode.Uri ? undefined : doc.version;
        timeline('client', 'pull', version);
        const report = await next(doc, previous, token);
        timeline('client', 'answer', version);
        return report;
      },
    } : undefined,
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        // Restart after a crash, unless it keeps crashing (5 times in 3 minutes).
        const now = Date.now();
        restarts = restarts.filter((t) => now - t < 180_000);
        restarts.push(now);
        if (restarts.length <= 5) {
          output.appendLine(`[client] the server stopped; restarting (${restarts.length}/5)`);
          return { action: CloseAction.Restart };
        }
        void vscode.window.showErrorMessage(vscode.l10n.t('The policy-lint server stopped 5 times in 3 minutes and will not be restarted. See the output channel "Policy Lint".'));
        return { action: CloseAction.DoNotRestart };
      },
    },
  };
  client = new LanguageClient('policyLint', 'Policy Lint', serverOptions, clientOptions);
  context.subscriptions.push(client.onDidChangeState((e) => {
    serverState = e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped';
    // A new server process knows nothing of its predecessor's results: forget them, so that the status
    // bar shows what the new server reports (and agrees with the Problems panel), not a stale count.
    if (e.newState !== State.Running) statuses.clear();
    updateStatus();
  }));
  updateStatus();
  await client.start();
  context.subscriptions.push(client.onNotification('policyLint/status', (s: Status) => {
    if (s.pid !== undefined && s.pid !== serverPid) {
      serverPid = s.pid;
      output.appendLine(`[client] server process ${s.pid}`);
    }
    statuses.set(s.uri, s);
    if (s.checked) offerEditorDefaults(context, vscode.Uri.parse(s.uri));
    if (vscode.window.activeTextEditor?.document.uri.toString() === s.uri) updateStatus();
  }));
  context.subscriptions.push(vscode.workspace.onDidCloseTextDocument((d) => statuses.delete(d.uri.toString())));
  // policyLint.run = onSave: the client pulls on didSave, and a saved checked document also asks the server
  // to check again (a diagnostic refresh), so a save is never missed when the pull on save is not made.
  context.subscriptions.push(vscode.workspace.onDidSaveTextDocument((d) => {
    if (runMode() === 'onSave' && client?.isRunning() && statuses.get(d.uri.toString())?.checked) void client.sendNotification('policyLint/recheck');
  }));
  // Documents already open before the server started.
  updateStatus();
}

let policyContext: boolean | undefined;
function setPolicyContext(value: boolean): void {
  if (value === policyContext) return;
  policyContext = value;
  void vscode.commands.executeCommand('setContext', 'policyLint.isPolicyDocument', value);
}

const SELECTOR_SCHEMES = new Set(['file', 'untitled']);
/** The document whose task table was shown last (the save command may run from the preview). */
let lastTaskSource: vscode.Uri | undefined;
/** The comparison shown last: what the save command writes (the new side is the open document as it is then). */
let lastComparison: { uri: vscode.Uri; oldText: string; oldName: string; html: string } | undefined;

/** Write a file, or say why not: true when written. */
async function writeOrSay(target: vscode.Uri, bytes: Uint8Array): Promise<boolean> {
  try {
    await vscode.workspace.fs.writeFile(target, bytes);
    return true;
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}: {1}', target.fsPath, e instanceof Error ? e.message : String(e)));
    return false;
  }
}

/**
 * A generated report (funding summary, task table) as a read-only document of our own scheme (never
 * linted: the selector takes file and untitled only), shown as a Markdown preview whose line numbers
 * link back to the draft.
 */
async function showReportOf(source: vscode.Uri, name: string, markdown: string): Promise<void> {
  const reportUri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${path.basename(source.path)}.${name}.md`, query: source.toString() });
  reports.set(reportUri.toString(), markdown);
  reportChanged.fire(reportUri);
  await showReport(reportUri);
}

async function showReport(reportUri: vscode.Uri): Promise<void> {
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', reportUri);
  } catch {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(reportUri), { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }
}

interface GitRepository { rootUri: vscode.Uri; show(ref: string, path: string): Promise<string> }
interface GitApi { getRepository(uri: vscode.Uri): GitRepository | null }

/** The Git extension's API, when it is there and enabled. */
async function gitApi(): Promise<GitApi | undefined> {
  const ext = vscode.extensions.getExtension<{ getAPI(v: 1): GitApi }>('vscode.git');
  if (!ext) return undefined;
  try {
    const exports = ext.isActive ? ext.exports : await ext.activate();
    return exports.getAPI(1);
  } catch {
    return undefined;
  }
}

/** The older text: a file picked, or the document at a Git revision. */
async function pickOlderVersion(uri: vscode.Uri): Promise<{ text: string; name: string } | undefined> {
  const git = uri.scheme === 'file' ? await gitApi() : undefined;
  const repo = git?.getRepository(uri) ?? undefined;
  let choice: string | undefined = 'file';
  if (repo) {
    const items = [
      { label: vscode.l10n.t('A file…'), id: 'file' },
      { label: vscode.l10n.t('Git revision (HEAD)'), id: 'HEAD' },
      { label: vscode.l10n.t('Git revision…'), id: 'rev' },
    ];
    choice = (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Pick the older version') }))?.id;
  }
  if (!choice) return undefined;
  try {
    if (choice === 'file') {
      const picked = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: vscode.l10n.t('Compare with'), title: vscode.l10n.t('Older version of the document'), defaultUri: vscode.Uri.joinPath(uri, '..') });
      if (!picked?.length) return undefined;
      const bytes = await vscode.workspace.fs.readFile(picked[0]);
      return { text: new TextDecoder('utf-8').decode(bytes), name: path.basename(picked[0].path) };
    }
    const ref = choice === 'HEAD' ? 'HEAD' : await vscode.window.showInputBox({ prompt: vscode.l10n.t('Revision (commit, tag or branch)'), value: 'HEAD~1' });
    if (!ref || !repo) return undefined;
    const rel = path.relative(repo.rootUri.fsPath, uri.fsPath).split(path.sep).join('/');
    return { text: await repo.show(ref, rel), name: `${path.basename(uri.path)}@${ref}` };
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The older version could not be read: {0}', e instanceof Error ? e.message : String(e)));
    return undefined;
  }
}

function updateStatus(): void {
  if (!statusItem) return;
  if (serverState !== 'running') {
    setPolicyContext(false);
    statusItem.text = serverState === 'starting' ? '$(sync~spin) Policy Lint' : '$(error) Policy Lint';
    statusItem.tooltip = serverState === 'starting' ? vscode.l10n.t('policy-lint server starting') : vscode.l10n.t('policy-lint server stopped — click to see its log');
    statusItem.backgroundColor = serverState === 'stopped' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    statusItem.show();
    return;
  }
  statusItem.backgroundColor = undefined;
  const editor = vscode.window.activeTextEditor;
  const status = editor ? statuses.get(editor.document.uri.toString()) : undefined;
  // The export button in the editor title bar shows for checked policy documents.
  setPolicyContext(!!status?.checked);
  if (!status || !status.checked) {
    statusItem.hide();
    return;
  }
  const { error, warning, information, hint } = status.counts;
  statusItem.text = `$(checklist) ${status.kindLabel} · ${status.problems}`;
  statusItem.tooltip = vscode.l10n.t('{0}: {1} errors, {2} warnings, {3} infos', status.title ?? status.kindLabel, error, warning, information + hint);
  statusItem.show();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}

/**
 * vscode-languageclient logs every end of the server process as an error, "Server process exited with
 * code 0." included — which is what a restart or a normal stop looks like. That line is written as
 * information; every other line passes unchanged.
 */
function quietNormalExit(channel: vscode.OutputChannel): vscode.OutputChannel {
  const normal = /^\[Error - ([^\]]*)\] Server process exited with code 0\.$/;
  return new Proxy(channel, {
    get(target, prop, receiver) {
      if (prop === 'appendLine') {
        return (line: string) => {
          const m = normal.exec(line);
          target.appendLine(m ? `[Info  - ${m[1]}] the server process ended normally (exit code 0)` : line);
        };
      }
      const v: unknown = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/** The language of the server's messages: policyLint.language, or VS Code's display language. */
function messageLanguage(): string {
  const set = vscode.workspace.getConfiguration('policyLint').get<string>('language', 'auto');
  return set === 'zh-cn' || set === 'en' ? set : vscode.env.language;
}

/** policyLint.run: check on every change (onType, the default) or when the file is saved (onSave). */
function runMode(): 'onType' | 'onSave' {
  return vscode.workspace.getConfiguration('policyLint').get<string>('run') === 'onSave' ? 'onSave' : 'onType';
}
