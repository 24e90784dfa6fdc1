/** Runs the rules over a PolicyDocument, and applies fixes. No LSP or vscode imports. */
import { PolicyDocument } from './model';
import { DEFAULT_CONFIG, PolicyLintConfig, ruleSetting } from './config';
import { parseDocument } from './document';
import { applyDirectives } from './directives';
import { registeredRules } from './registry';
import type { Finding, ReportInput, Rule, TextEdit } from './contract';

export interface LintResult { findings: Finding[]; errors: { ruleId: string; error: string }[] }

/** Run every enabled rule. A rule that throws is reported in `errors` and does not stop the others. */
export function lintDocument(doc: PolicyDocument, config: PolicyLintConfig = DEFAULT_CONFIG,
  rules: readonly Rule[] = registeredRules()): LintResult {
  const findings: Finding[] = [];
  const errors: LintResult['errors'] = [];
  if (!config.enable) return { findings, errors };
  for (const rule of rules) {
    const setting = ruleSetting(config, rule.meta.id, rule.meta.severity);
    if (setting === 'off') continue;
    const ctx = {
      doc,
      options: config.options[rule.meta.id] ?? {},
      report(input: ReportInput) {
        const { start, end } = input.range;
        if (!(start >= 0 && end >= start && end <= doc.text.length)) return;
        findings.push({
          ruleId: rule.meta.id,
          severity: input.severity && setting === rule.meta.severity ? input.severity : setting,
          range: { start, end },
          messageId: input.messageId ?? rule.meta.id,
          args: input.args,
          fix: input.fix,
        });
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      errors.push({ ruleId: rule.meta.id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  return { findings: applyDirectives(doc.text, doc.lineIndex, findings), errors };
}

export function lintText(text: string, config: PolicyLintConfig = DEFAULT_CONFIG): LintResult & { doc: PolicyDocument } {
  const doc = parseDocument(text);
  return { doc, ...lintDocument(doc, config) };
}

/**
 * Whether a plain-text or Markdown file is a policy document worth checking (`check: auto`).
 * Files of the `policy` language are always checked.
 */
export function looksLikePolicy(doc: PolicyDocument): boolean {
  if (doc.kind !== 'unknown') return true;
  if (doc.docNumbers.length > 0) return true;
  const cnHeadings = doc.allHeadings.filter((h) => h.style === 'cn' || h.style === 'paren-cn' || h.style === 'article').length;
  return cnHeadings >= 2 && /[\u4e00-\u9fff]/.test(doc.text.slice(0, 2000));
}

/**
 * Apply edits to a text. Edits must not overlap; an edit that overlaps an earlier one (in document
 * order) is skipped and returned in `skipped`, so a batch of fixes can never corrupt the text.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[]; skipped: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos || e.end < e.start || e.end > text.length) { skipped.push(e); continue; }
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
    applied.push(e);
  }
  return { text: out + text.slice(pos), applied, skipped };
}

/**
 * Choose the fixes of many findings that can be applied together (fix-all). A fix whose edits overlap
 * an already accepted fix is left out whole — never half-applied. Snippet fixes are left out (they
 * need an editor). With `ruleId`, only that rule's fixes.
 */
export function selectFixes(findings: readonly Finding[], ruleId?: string): { edits: TextEdit[]; fixed: number } {
  const accepted: TextEdit[] = [];
  let fixed = 0;
  for (const f of findings) {
    if (!f.fix || f.fix.snippet || (ruleId && f.ruleId !== ruleId)) continue;
    const overlaps = f.fix.edits.some((e) => accepted.some((a) => e.start < a.end && a.start < e.end
      || (e.start === e.end && a.start === a.end && e.start === a.start)));
    if (overlaps) continue;
    accepted.push(...f.fix.edits);
    fixed++;
  }
  return { edits: accepted, fixed };
}

/** Apply the fixes of many findings at once (fix-all); see selectFixes. */
export function applyFixes(text: string, findings: readonly Finding[], ruleId?: string): { text: string; fixed: number } {
  const { edits, fixed } = selectFixes(findings, ruleId);
  return { text: applyEdits(text, edits).text, fixed };
}

/** The text a snippet inserts when no editor expands it: ${1:default} → default, $1 → "". */
export function snippetToText(snippet: string): string {
  return snippet
    .replace(/\$\{\d{1,3}\|([^,|}]{0,200})[^}]{0,400}\}/g, '$1')
    .replace(/\$\{\d{1,3}:([^}]{0,400})\}/g, '$1')
    .replace(/\$\{?\d{1,3}\}?/g, '')
    .replace(/\\([$}\\])/g, '$1');
}
