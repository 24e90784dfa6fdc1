/**
 * Code actions, built from `diagnostic.data` alone (vale-ls style): the fix travels with the
 * diagnostic, so the server keeps no fix state. Fix-all recomputes from the current analysis.
 */
import { CodeAction, CodeActionKind, Command, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { Locale, PolicyDocument, Finding } from '../linter';
import { ignoreLineDirective, message, parseDocument, resolveFix, selectFixes, ruleDocs } from '../linter';
import { DiagnosticData, isDiagnosticData, plainEdits, ruleDocUrl, SOURCE, toRange } from './convert';

export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.policyLint';
/** "Fix all of this rule in this document": a quick fix of its own kind, so that a client (the review panel) can ask for it alone. */
export const FIX_RULE_KIND = CodeActionKind.QuickFix + '.policyLint.fixRule';

export interface ActionOptions {
  locale: Locale;
  /** The client expands snippets through this command (VS Code client); otherwise plain text is inserted. */
  snippetCommand?: string;
  /** The client opens a rule's documentation through this command. */
  openDocCommand?: string;
  /** The client turns a rule off in the workspace settings through this command. */
  disableRuleCommand?: string;
  /** Client command (ruleId, uri) that asks for a rule's severity and writes it to the settings. */
  severityCommand?: string;
  /** The document's language (the ignore-line directive is an HTML comment in Markdown). */
  languageId?: string;
  /** The document's text, to insert the ignore-line directive above a line. */
  text?: string;
}

/** Offset of the start of a 0-based line, and the document's line break. */
function lineStart(text: string, line: number): number {
  let pos = 0;
  for (let i = 0; i < line; i++) {
    const n = text.indexOf('\n', pos);
    if (n < 0) return text.length;
    pos = n + 1;
  }
  return pos;
}

function ruleTitle(ruleId: string, locale: Locale): string {
  const t = ruleDocs(ruleId)?.title;
  return t ? (locale === 'en' ? t.en : t.zh) : ruleId;
}

function editOf(uri: string, edits: TextEdit[]): WorkspaceEdit {
  return { changes: { [uri]: edits } };
}

export function fixAllEdits(doc: PolicyDocument, findings: readonly Finding[], ruleId?: string): { edits: TextEdit[]; fixed: number } {
  const { edits, fixed } = selectFixes(findings, ruleId, doc);
  return { edits: edits.map((e) => ({ range: toRange(doc.lineIndex, e.start, e.end), newText: e.newText })), fixed };
}

/**
 * Quick fixes for the diagnostics in the request context. `version` is the document's current
 * version; fixes computed for another version are not offered (their ranges may have moved).
 */
export function quickFixes(uri: string, version: number, diagnostics: readonly Diagnostic[],
  current: { doc: PolicyDocument; findings: readonly Finding[] } | undefined, opts: ActionOptions): CodeAction[] {
  const actions: CodeAction[] = [];
  const fixAllDone = new Set<string>();
  const docsDone = new Set<string>();
  // A lazy fix is computed on the document's current text: the analysis of this version when there is
  // one, else a parse of the text the client holds (parsed at most once per request).
  let parsed: PolicyDocument | undefined;
  const docForLazy = (): PolicyDocument | undefined => {
    if (current && (opts.text === undefined || current.doc.text === opts.text)) return current.doc;
    if (opts.text === undefined) return undefined;
    return (parsed ??= parseDocument(opts.text));
  };
  for (const d of diagnostics) {
    if (d.source !== SOURCE || !isDiagnosticData(d.data)) continue;
    const data: DiagnosticData = d.data;
    let fix = data.fix && data.version === version ? data.fix : undefined;
    if (fix?.lazy) {
      const doc = docForLazy();
      const edits = doc && resolveFix(doc, data.ruleId, { titleId: '', edits: [], lazy: fix.lazy });
      fix = doc && edits ? { ...fix, edits: edits.map((e) => ({ range: toRange(doc.lineIndex, e.start, e.end), newText: e.newText })) } : undefined;
    }
    if (fix) {
      if (fix.snippet && opts.snippetCommand && fix.edits.length === 1) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: !fix.explicitOnly,
          command: Command.create(fix.title, opts.snippetCommand, uri, fix.edits[0].range, fix.edits[0].newText),
        });
      } else {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: !fix.explicitOnly,
          edit: editOf(uri, plainEdits(fix.edits, fix.snippet)),
        });
      }
    }
    if (current && !fixAllDone.has(data.ruleId)) {
      fixAllDone.add(data.ruleId);
      const all = fixAllEdits(current.doc, current.findings, data.ruleId);
      if (all.fixed > 1) {
        actions.push({
          title: message('ui/fix-all-rule', { rule: ruleTitle(data.ruleId, opts.locale) }, opts.locale),
          kind: FIX_RULE_KIND,
          diagnostics: [d],
          edit: editOf(uri, all.edits),
        });
      }
    }
    if (opts.text !== undefined && data.version === version) {
      const line = d.range.start.line;
      const eol = opts.text.includes('\r\n') ? '\r\n' : '\n';
      if (lineStart(opts.text, line) <= opts.text.length) {
        actions.push({
          title: message('ui/ignore-line', { rule: data.ruleId }, opts.locale),
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: editOf(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: ignoreLineDirective(data.ruleId, opts.languageId === 'markdown' || /\.md$/i.test(uri)) + eol }]),
        });
      }
    }
    if (opts.severityCommand && !docsDone.has(data.ruleId)) {
      const title = message('ui/rule-severity', { rule: data.ruleId }, opts.locale);
      actions.push({ title, kind: CodeActionKind.QuickFix, command: Command.create(title, opts.severityCommand, data.ruleId, uri) });
    } else if (opts.disableRuleCommand && !docsDone.has(data.ruleId)) {
      const title = message('ui/rule-off', { rule: data.ruleId }, opts.locale);
      actions.push({ title, kind: CodeActionKind.QuickFix, command: Command.create(title, opts.disableRuleCommand, data.ruleId, uri) });
    }
    if (opts.openDocCommand && !docsDone.has(data.ruleId)) {
      docsDone.add(data.ruleId);
      const title = message('ui/open-doc', { rule: data.ruleId }, opts.locale);
      actions.push({ title, kind: CodeActionKind.QuickFix, command: Command.create(title, opts.openDocCommand, ruleDocUrl(data.ruleId)) });
    }
  }
  return actions;
}

/** source.fixAll.policyLint: every fix that can be applied together (no snippet, no explicit-only fix). */
export function fixAllAction(uri: string, current: { doc: PolicyDocument; findings: readonly Finding[] }, locale: Locale): CodeAction | undefined {
  const all = fixAllEdits(current.doc, current.findings);
  if (all.fixed === 0) return undefined;
  return { title: message('ui/fix-all', undefined, locale), kind: FIX_ALL_KIND, edit: editOf(uri, all.edits) };
}
