/** CLI output formats. `json` is a public contract (version 1); `text` is for people. */
import type { Locale } from '../linter';
import { kindLabel, message } from '../linter';
import type { FileResult } from './check';

export interface Summary { files: number; errors: number; warnings: number; infos: number; failed: number; skipped: number }

export function summarize(results: readonly FileResult[]): Summary {
  const s: Summary = { files: results.length, errors: 0, warnings: 0, infos: 0, failed: 0, skipped: 0 };
  for (const r of results) {
    if (r.error && r.diagnostics.length === 0) s.failed++;
    if (r.skipped) s.skipped++;
    for (const d of r.diagnostics) {
      if (d.severity === 'error') s.errors++;
      else if (d.severity === 'warning') s.warnings++;
      else s.infos++;
    }
  }
  return s;
}

/**
 * A file name as shown to a person (text output, messages, diffs): control characters and the
 * bidirectional overrides are written as \xNN / \u{NNNN} escapes, so a name can neither move the
 * terminal's cursor, colour it, break a line nor reorder what is shown. Structured formats (JSON,
 * SARIF) carry the exact name instead.
 */
export function displayPath(p: string): string {
  // eslint-disable-next-line no-control-regex
  return p.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const n = c.charCodeAt(0);
    return n <= 0xff ? '\\x' + n.toString(16).padStart(2, '0') : '\\u{' + n.toString(16) + '}';
  });
}

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify({ version: 1, files: results }, null, 2) + '\n';
}

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[90m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

/** Display width of a string in a terminal (CJK and full-width characters take two columns). */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
      || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
      || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd))) ? 2 : 1;
  }
  return w;
}
function pad(s: string, n: number): string { return s + ' '.repeat(Math.max(0, n - width(s))); }

export function formatText(results: readonly FileResult[], locale: Locale, color: boolean): string {
  const c = (k: keyof typeof COLORS, s: string) => (color ? COLORS[k] + s + COLORS.reset : s);
  const out: string[] = [];
  for (const r of results) {
    if (r.diagnostics.length === 0 && !r.error && !r.skipped) continue;
    out.push(c('bold', displayPath(r.path)) + c('dim', `  ${kindLabel(r.kind, r.title, locale)}${r.title ? ' · ' + r.title : ''}`));
    if (r.skipped) out.push('  ' + c('dim', r.skipped));
    if (r.error) out.push('  ' + c('error', r.error));
    if (r.revisions) out.push('  ' + c('dim', message('ui/docx-revisions', undefined, locale)));
    for (const d of r.diagnostics) {
      const sev = message('severity/' + d.severity, undefined, locale);
      // A .docx line that is not its paragraph number (line breaks, table rows): the paragraph is named too.
      const para = d.paragraph !== undefined && d.paragraph !== d.line ? '  ' + c('dim', message('ui/paragraph', { n: d.paragraph }, locale)) : '';
      out.push(`  ${pad(`${d.line}:${d.column}`, 8)} ${c(d.severity, pad(sev, 6))} ${d.message}  ${c('dim', d.rule)}${para}`);
      // A finding across files: where the other file says otherwise.
      for (const x of d.related ?? []) out.push(`  ${pad('', 8)} ${c('dim', `↳ ${displayPath(x.path)}:${x.line}:${x.column}  ${x.message}`)}`);
    }
    out.push('');
  }
  const s = summarize(results);
  const problems = s.errors + s.warnings + s.infos;
  out.push(message('ui/summary', { problems, errors: s.errors, warnings: s.warnings, infos: s.infos, files: s.files }, locale)
    + (s.failed ? '  ' + c('error', message('ui/summary-failed', { count: s.failed }, locale)) : '')
    + (s.skipped ? '  ' + message('ui/summary-skipped', { count: s.skipped }, locale) : ''));
  return out.join('\n') + '\n';
}
