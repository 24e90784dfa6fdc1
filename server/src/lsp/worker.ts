/**
 * Worker thread entry (dist/server-worker.js): analyses one large document off the server's main
 * thread and then keeps its model to answer requests (hover, outline, completion, code actions…)
 * for that version until the main thread replaces it with a newer one. Cancellation is by
 * Worker.terminate() from the main thread.
 */
import { parentPort } from 'worker_threads';
import { CodeAction, Diagnostic, Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale, PolicyLintConfig } from '../linter';
import { analyse, Analysis } from './analysis';
import { fixAllAction, quickFixes } from './actions';
import { fundingRows, hoverAt, type HoverLinks } from './hover';
import { taskTable } from '../core/tasks';
import { summarize } from '../core/related';
import { withLibraryHover } from './library-hover';
import { documentSymbols, foldingRanges } from './outline';
import { titleCompletionItems, unitCompletionItems } from './completion';
import { ReadDocxParams, readDocxRequest } from './docx';
import { compareReport } from '../cli/compare';

export interface AnalyseMessage {
  type: 'analyse';
  uri: string; version: number; languageId: string; text: string;
  config: PolicyLintConfig; configKey: string; locale: Locale;
}
/** What the main thread needs of an analysis: the diagnostics travel as one JSON string (a cheap copy). */
export interface AnalysisSummary {
  uri: string; version: number; configKey: string; checked: boolean;
  kind?: string; title?: string;
  counts: Record<'error' | 'warning' | 'information' | 'hint', number>;
  problems: number;
  diagnosticsJson: string;
  errors: { ruleId: string; error: string }[];
  ms: number;
}
export interface QueryMessage { type: 'query'; id: number; method: string; params: Record<string, unknown> }
/** A self-contained job, answered with one reply, after which the main thread ends the worker. */
export interface JobMessage { type: 'job'; id: number; method: 'readDocx' | 'compare'; params: unknown; locale: string }
/** The compare job's input: both texts travel, since the worker holds no document. */
export interface CompareJob { oldText: string; newText: string; oldName: string; newName: string }

async function runJob(m: JobMessage): Promise<unknown> {
  const locale = m.locale as Locale;
  if (m.method === 'readDocx') return readDocxRequest(m.params as ReadDocxParams, locale);
  const p = m.params as CompareJob;
  return compareReport(p.oldText, p.newText, locale, { old: p.oldName, new: p.newName });
}

let current: { a: Analysis; td: TextDocument; config: PolicyLintConfig; locale: Locale } | undefined;

function answer(method: string, p: Record<string, unknown>): unknown {
  if (!current) return null;
  const { a, td, config, locale } = current;
  const doc = a.doc && a.checked ? a.doc : undefined;
  switch (method) {
    case 'hover':
      return doc ? withLibraryHover(hoverAt(doc, a.findings, doc.lineIndex.offsetAt(p.position as Position), locale, config.profile?.docCodes, p.links as HoverLinks | undefined), doc, doc.lineIndex.offsetAt(p.position as Position), locale, config.profile?.library) : null;
    case 'completion': {
      if (!doc) return [];
      const titles = titleCompletionItems(doc, p.position as Position);
      return titles.length ? titles : unitCompletionItems(doc, p.position as Position, config.profile?.units ?? []);
    }
    case 'documentSymbol': return doc ? documentSymbols(doc, locale) : [];
    case 'foldingRange': return doc ? foldingRanges(doc) : [];
    case 'codeAction': {
      const o = p as { version: number; diagnostics: Diagnostic[]; wantsQuickFix: boolean; wantsFixAll: boolean; options: Record<string, string | undefined> };
      const cur = doc ? { doc, findings: a.findings } : undefined;
      const actions: CodeAction[] = [];
      if (o.wantsQuickFix) {
        actions.push(...quickFixes(a.uri, o.version, o.diagnostics, cur, {
          locale, snippetCommand: o.options.snippetCommand, openDocCommand: o.options.openDocCommand,
          disableRuleCommand: o.options.disableRuleCommand, severityCommand: o.options.severityCommand, languageId: td.languageId,
          text: o.version === a.version ? td.getText() : undefined,
        }));
      }
      if (o.wantsFixAll && cur && o.version === a.version) {
        const fixAll = fixAllAction(a.uri, cur, locale);
        if (fixAll) actions.push(fixAll);
      }
      return actions;
    }
    case 'fundingRows': return a.doc ? { title: a.doc.title, rows: fundingRows(a.doc, locale) } : null;
    case 'taskTable': return a.doc ? taskTable(a.doc) : null;
    // The light summary for the checks across files (the main thread pairs it with its index).
    case 'relatedSummary': return doc ? { version: a.version, summary: summarize(doc, a.uri) } : null;
    default: return null;
  }
}

parentPort?.on('message', (m: AnalyseMessage | QueryMessage | JobMessage) => {
  if (m.type === 'job') {
    runJob(m).then(
      (result) => parentPort!.postMessage({ type: 'reply', id: m.id, result }),
      (e: unknown) => parentPort!.postMessage({ type: 'reply', id: m.id, result: null, error: e instanceof Error ? e.stack ?? e.message : String(e) }),
    );
    return;
  }
  if (m.type === 'analyse') {
    // A worker that held an older version analyses the next: its model goes now, not after the new one is built.
    current = undefined;
    const started = Date.now();
    const td = TextDocument.create(m.uri, m.languageId, m.version, m.text);
    let a: Analysis;
    let failure: string | undefined;
    try {
      a = analyse(td, m.config, m.configKey, m.locale);
    } catch (e) {
      failure = e instanceof Error ? e.stack ?? e.message : String(e);
      a = { uri: m.uri, version: m.version, configKey: m.configKey, checked: false, findings: [], diagnostics: [], errors: [] };
    }
    current = { a, td, config: m.config, locale: m.locale };
    const counts = { error: 0, warning: 0, information: 0, hint: 0 };
    for (const f of a.findings) counts[f.severity]++;
    const summary: AnalysisSummary = {
      uri: a.uri, version: a.version, configKey: a.configKey, checked: a.checked, kind: a.doc?.kind, title: a.doc?.title,
      counts, problems: a.diagnostics.length, diagnosticsJson: JSON.stringify(a.diagnostics),
      errors: failure ? [{ ruleId: '(analysis)', error: failure }, ...a.errors] : a.errors, ms: Date.now() - started,
    };
    parentPort!.postMessage({ type: 'analysed', summary });
  } else if (m.type === 'query') {
    let result: unknown = null;
    let error: string | undefined;
    try { result = answer(m.method, m.params); } catch (e) { error = e instanceof Error ? e.stack ?? e.message : String(e); }
    parentPort!.postMessage({ type: 'reply', id: m.id, result, error });
  }
});
