/** Check one file with the core: the unit of work of the CLI (and of its worker threads). */
import type { DocSummary, Locale, PolicyLintConfig, Severity } from '../linter';
import { isAutoFix, lintDocument, message, parseDocument, summarize } from '../linter';
import { FileEntry, readDocument, unsupportedFormat } from './files';

/** One diagnostic in the JSON contract: lines and columns 1-based, columns in UTF-16 code units. */
export interface CliDiagnostic {
  rule: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fixable?: boolean;
  /** A .docx: the 1-based number of its paragraph the finding starts in (a table row: the row's first paragraph). */
  paragraph?: number;
  /** A finding across files (consistency/related-…): the place in the other file it disagrees with. */
  related?: { path: string; line: number; column: number; endLine: number; endColumn: number; message: string }[];
}

export interface FileResult {
  path: string;
  kind: string;
  title?: string;
  diagnostics: CliDiagnostic[];
  /** The file could not be read (I/O error, undecodable): exit code 2. */
  error?: string;
  /** Rules that failed on this file (a bug in policy-lint; the other rules still ran). */
  ruleErrors?: string[];
  /** How the file was read, when it matters (GB18030, .docx paragraphs). */
  note?: string;
  /** The file was not checked on purpose (binary, too large). */
  skipped?: string;
  /** A .docx with tracked changes: checked as if all were accepted. */
  revisions?: boolean;
  /** The light summary for the checks across files (cli/related.ts); removed before the report is written. */
  summary?: DocSummary;
}

export function checkText(path: string, text: string, config: PolicyLintConfig, locale: Locale, withSummary = false): FileResult {
  const doc = parseDocument(text);
  const { findings, errors } = lintDocument(doc, config);
  const lines = doc.lineIndex;
  const diagnostics: CliDiagnostic[] = findings.map((f) => {
    const s = lines.positionAt(f.range.start);
    const e = lines.positionAt(f.range.end);
    const d: CliDiagnostic = {
      rule: f.ruleId,
      severity: f.severity,
      line: s.line + 1,
      column: s.character + 1,
      endLine: e.line + 1,
      endColumn: e.character + 1,
      message: message(f.messageId, f.args, locale),
    };
    if (isAutoFix(f.fix)) d.fixable = true;
    return d;
  });
  const result: FileResult = { path, kind: doc.kind, diagnostics };
  if (doc.title) result.title = doc.title;
  if (withSummary) result.summary = summarize(doc, path);
  if (errors.length) result.ruleErrors = errors.map((e) => message('ui/rule-error', { rule: e.ruleId, error: e.error }, locale));
  return result;
}

export async function checkFile(entry: FileEntry, config: PolicyLintConfig, locale: Locale, withSummary = false): Promise<FileResult> {
  if (entry.error) return { path: entry.path, kind: 'unknown', diagnostics: [], error: entry.error };
  const unsupported = unsupportedFormat(entry.path);
  if (unsupported) return { path: entry.path, kind: 'unknown', diagnostics: [], skipped: unsupported };
  const read = await readDocument(entry.path);
  if (!read.ok) {
    return read.skipped
      ? { path: entry.path, kind: 'unknown', diagnostics: [], skipped: read.error }
      : { path: entry.path, kind: 'unknown', diagnostics: [], error: read.error };
  }
  const result = checkText(entry.path, read.text, config, locale, withSummary);
  if (read.note) result.note = read.note;
  const paragraphs = read.paragraphOfLine;
  if (paragraphs) {
    for (const d of result.diagnostics) d.paragraph = paragraphs[d.line - 1] ?? paragraphs[paragraphs.length - 1];
    // The summary's lines are those of the text read from the .docx, as the diagnostics' are.
    if (read.revisions) result.revisions = true;
  }
  return result;
}
