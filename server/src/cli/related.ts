/**
 * The checks across related files for the CLI: the summaries its files came back with (from worker
 * threads too) are paired by core/related.ts, and each cross-file finding joins the diagnostics of the
 * file it is on, with the place in the other file it disagrees with.
 */
import type { Finding, Locale, PolicyLintConfig } from '../linter';
import { isAutoFix, message, relatedFindings } from '../linter';
import type { CliDiagnostic, FileResult } from './check';

export function addRelated(results: FileResult[], configFor: (path: string) => PolicyLintConfig, locale: Locale): { errors: string[] } {
  const summaries = results.flatMap((r) => (r.summary ? [r.summary] : []));
  for (const r of results) delete r.summary;
  const { findings, errors } = relatedFindings(summaries, { configOf: configFor });
  for (const r of results) {
    const mine = findings.get(r.path);
    if (!mine?.length) continue;
    r.diagnostics.push(...mine.map((f) => toCli(f, locale)));
    r.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  }
  const out = errors.map((e) => message('ui/rule-error', { rule: e.ruleId, error: e.error }, locale));
  for (const r of results) if (out.length && findings.has(r.path)) r.ruleErrors = [...(r.ruleErrors ?? []), ...out];
  return { errors: out };
}

function toCli(f: Finding, locale: Locale): CliDiagnostic {
  const at = f.lines ?? { line: 0, character: 0, endLine: 0, endCharacter: 0 };
  const d: CliDiagnostic = {
    rule: f.ruleId, severity: f.severity,
    line: at.line + 1, column: at.character + 1, endLine: at.endLine + 1, endColumn: at.endCharacter + 1,
    message: message(f.messageId, f.args, locale),
  };
  if (isAutoFix(f.fix)) d.fixable = true;
  const related = (f.related ?? []).filter((x) => x.file && x.lines);
  if (related.length) {
    d.related = related.map((x) => ({
      path: x.file!, line: x.lines!.line + 1, column: x.lines!.character + 1, endLine: x.lines!.endLine + 1, endColumn: x.lines!.endCharacter + 1,
      message: message(x.messageId, x.args, locale),
    }));
  }
  return d;
}
