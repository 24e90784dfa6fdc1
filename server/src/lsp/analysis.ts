/**
 * One analysis per document version and configuration: the parsed model, the findings and the
 * diagnostics. Hostile input (binary, huge, undecodable text) gets a notice, never an exception.
 */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Locale, PolicyDocument, PolicyLintConfig } from '../linter';
import { lintDocument, looksLikePolicy, parseDocument } from '../linter';
import { noticeDiagnostic, toDiagnostic } from './convert';
import { countOf } from '../core/chars';

/** The live server does not check documents larger than this (the CLI goes further). */
export const MAX_CHARS = 4 * 1024 * 1024;

export interface Analysis {
  uri: string;
  version: number;
  configKey: string;
  /** False when the document was skipped (not a policy document, disabled, binary, too large). */
  checked: boolean;
  doc?: PolicyDocument;
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Rules that threw (logged by the server). */
  errors: { ruleId: string; error: string }[];
}

/** Binary content: NUL or many C0 control characters in the first 8 K characters. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
  }
  return n > 0 && controls / n > 0.05;
}

export function analyse(td: TextDocument, config: PolicyLintConfig, configKey: string, locale: Locale): Analysis {
  const base: Analysis = { uri: td.uri, version: td.version, configKey, checked: false, findings: [], diagnostics: [], errors: [] };
  if (!config.enable) return base;
  const forced = td.languageId === 'policy' || config.check === 'always';
  if (!forced && config.check === 'never') return base;
  const text = td.getText();
  if (text.length > MAX_CHARS) {
    const sample = parseDocument(text.slice(0, 200_000));
    if (forced || looksLikePolicy(sample)) {
      base.diagnostics.push(noticeDiagnostic('ui/too-large', {
        size: (text.length / 1024 / 1024).toFixed(1), limit: MAX_CHARS / 1024 / 1024,
      }, locale, DiagnosticSeverity.Information));
    }
    return base;
  }
  if (looksBinary(text)) {
    if (forced) base.diagnostics.push(noticeDiagnostic('ui/binary', undefined, locale));
    return base;
  }
  const doc = parseDocument(text);
  if (!forced && !looksLikePolicy(doc)) return { ...base, doc };
  const result = lintDocument(doc, config);
  const diagnostics = result.findings.map((f) => toDiagnostic(doc, f, td.version, locale, td.uri));
  const bad = countOf(text, '\uFFFD');
  if (bad > 0) diagnostics.unshift(noticeDiagnostic('ui/bad-encoding', { count: bad }, locale));
  return { ...base, checked: true, doc, findings: result.findings, diagnostics, errors: result.errors };
}
