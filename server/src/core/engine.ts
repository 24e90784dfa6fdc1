/** Runs the rules over a PolicyDocument, and applies fixes. No LSP or vscode imports. */
import { PolicyDocument } from './model';
import { NON_POLICY_TITLE_ENDINGS } from './vocabulary';
import { isHan, splitLines, stripEmphasis, trimStartOf } from './chars';
import { DEFAULT_CONFIG, PolicyLintConfig, ruleSetting } from './config';
import { parseDocument } from './document';
import { directiveFilter } from './directives';
import { registeredRules } from './registry';
import { Mapper, unwrappedTwin } from './unwrap';
import type { Finding, Fix, ReportInput, Rule, TextEdit } from './contract';

export interface LintResult { findings: Finding[]; errors: { ruleId: string; error: string }[] }

/**
 * At most this many findings of one rule in one document are listed; the rest are summed up in one
 * finding (message ui/more-findings) at the first one left out. Keeps diagnostics small on
 * pathological input (100 000 lines of 一、 gave 100 000 heading-sequence findings). Real documents
 * stay under it: the most in the corpus is 522 (text/ocr-debris on an OCR'd traditional text).
 */
export const MAX_FINDINGS_PER_RULE = 1000;

/** Whether `[start, end)` touches a masked (non-prose) span; an empty range touches the span it lies in. */
export function touchesMasked(masked: readonly { start: number; end: number }[], start: number, end: number): boolean {
  let lo = 0, hi = masked.length;
  // First span that ends after `start`.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (masked[mid].end <= start) lo = mid + 1; else hi = mid;
  }
  const m = masked[lo];
  return !!m && m.start < Math.max(end, start + 1);
}

const byPosition = (a: Finding, b: Finding) => a.range.start - b.range.start || a.range.end - b.range.end;

/**
 * Run every enabled rule. A rule that throws is reported in `errors` and does not stop the others.
 * Findings switched off by inline directives are dropped as they are reported; of the rest, each rule
 * keeps its first `maxPerRule` in document order plus one summary finding for the others.
 */
export function lintDocument(doc: PolicyDocument, config: PolicyLintConfig = DEFAULT_CONFIG,
  rules: readonly Rule[] = registeredRules(), maxPerRule = MAX_FINDINGS_PER_RULE): LintResult {
  const findings: Finding[] = [];
  const errors: LintResult['errors'] = [];
  if (!config.enable) return { findings, errors };
  // A hard-wrapped copy (out of a PDF): the rules read its paragraphs joined, the findings point into the lines as written.
  const twin = unwrappedTwin(doc);
  if (twin) {
    const r = lintDocument(twin.doc, config, rules, maxPerRule);
    return { findings: r.findings.map((f) => mapFinding(f, twin.mapper)), errors: r.errors };
  }
  const keep = directiveFilter(doc.text, doc.lineIndex);
  const masked = doc.masked ?? [];
  const limit = Math.max(1, Math.floor(maxPerRule));
  for (const rule of rules) {
    const setting = ruleSetting(config, rule.meta.id, rule.meta.severity);
    if (setting === 'off') continue;
    let mine: Finding[] = [];
    let omitted = 0;
    let firstOmitted: Finding | undefined;
    /** `mine` is in document order (byPosition), as sorting would leave it. */
    let inOrder = true;
    // Keep the `limit` first findings in document order; sorting only when the buffer doubles keeps this linear.
    const truncate = () => {
      mine.sort(byPosition);
      for (let i = limit; i < mine.length; i++) {
        if (!firstOmitted || byPosition(mine[i], firstOmitted) < 0) firstOmitted = mine[i];
      }
      omitted += mine.length - limit;
      mine = mine.slice(0, limit);
      inOrder = true;
    };
    const ctx = {
      doc,
      options: config.options[rule.meta.id] ?? {},
      report(input: ReportInput) {
        const { start, end } = input.range;
        if (!(start >= 0 && end >= start && end <= doc.text.length)) return;
        // Nothing in code, a link target or a URL is flagged, and no fix edits one.
        if (masked.length && touchesMasked(masked, start, start)) return;
        const fix = input.fix && masked.length && input.fix.edits.some((e) => touchesMasked(masked, e.start, e.end)) ? undefined : input.fix;
        const f: Finding = {
          ruleId: rule.meta.id,
          severity: input.severity && setting === rule.meta.severity ? input.severity : setting,
          range: { start, end },
          messageId: input.messageId ?? rule.meta.id,
          args: input.args,
          fix,
        };
        if (input.related?.length) f.related = input.related;
        if (keep && !keep(f)) return;
        // Findings mostly come in document order: while they do, one at or after the last of the first
        // `limit` kept is left out at once (it would sort after them), not stored and sorted.
        const last = mine[mine.length - 1];
        if (last && byPosition(f, last) >= 0) {
          if (inOrder && mine.length >= limit) {
            omitted++;
            if (!firstOmitted || byPosition(f, firstOmitted) < 0) firstOmitted = f;
            return;
          }
        } else if (last) inOrder = false;
        mine.push(f);
        if (mine.length >= 2 * limit) truncate();
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      errors.push({ ruleId: rule.meta.id, error: e instanceof Error ? e.message : String(e) });
    }
    if (mine.length > limit) truncate();
    findings.push(...mine);
    if (omitted > 0 && firstOmitted) {
      findings.push({
        ruleId: rule.meta.id, severity: setting, range: { ...firstOmitted.range },
        messageId: 'ui/more-findings', args: { count: omitted },
      });
    }
  }
  // Rule ids are ASCII (a-z, 0-9, / and -), where comparing code units orders them as localeCompare
  // did, without the collator (whose first use costs a cold process more than the whole sort).
  findings.sort((a, b) => byPosition(a, b) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { findings, errors };
}

/** A finding on the joined text of a hard-wrapped document, with its ranges in the text as written. */
function mapFinding(f: Finding, m: Mapper): Finding {
  const out: Finding = { ...f, range: m.span(f.range) };
  if (f.related) out.related = f.related.map((x) => x.file ? x : { ...x, range: m.span(x.range) });
  if (f.fix) {
    out.fix = { ...f.fix, edits: f.fix.edits.map((e) => ({ ...e, ...m.span(e) })) };
    if (f.fix.lazy) out.fix.lazy = { ...f.fix.lazy, at: m.map(f.fix.lazy.at) };
  }
  return out;
}

/** A fix that fix-all may apply: not a snippet (needs an editor), not explicit-only (changes what the text says). */
export function isAutoFix(fix: Fix | undefined): fix is Fix {
  return !!fix && !fix.snippet && !fix.explicitOnly;
}

/**
 * The edits of a finding's fix on `doc` (the document the finding was computed on, or a parse of the
 * same text): the edits it carries, or for a lazy fix those its rule recomputes. Undefined when a lazy
 * fix no longer applies or its rule is unknown.
 */
export function resolveFix(doc: PolicyDocument, ruleId: string, fix: Fix, config: PolicyLintConfig = DEFAULT_CONFIG,
  rules: readonly Rule[] = registeredRules()): TextEdit[] | undefined {
  if (!fix.lazy) return fix.edits;
  const rule = rules.find((r) => r.meta.id === ruleId);
  if (!rule?.resolveFix) return undefined;
  const edits = rule.resolveFix(doc, fix.lazy, config.options[ruleId] ?? {});
  return edits && edits.length ? edits : undefined;
}

export function lintText(text: string, config: PolicyLintConfig = DEFAULT_CONFIG): LintResult & { doc: PolicyDocument } {
  const doc = parseDocument(text);
  return { doc, ...lintDocument(doc, config) };
}

/**
 * The first line of text (Markdown # and ** removed, a trailing （…） such as （征求意见稿） too) ends
 * with the name of a genre that is not a policy document: 会议纪要, 讲话, 简报 …
 */
function namesOtherGenre(doc: PolicyDocument): boolean {
  const head = doc.text.slice(0, 400);
  let first = '';
  for (const line of splitLines(head)) {
    first = trimStartOf(stripEmphasis(line), ' \t\u3000#>').trim();
    if (first) break;
  }
  if (first.endsWith('）') || first.endsWith(')')) first = first.slice(0, Math.max(first.lastIndexOf('（'), first.lastIndexOf('('), 0)).trim();
  return NON_POLICY_TITLE_ENDINGS.some((w) => first.endsWith(w));
}

/**
 * Whether a plain-text or Markdown file is a policy document worth checking (`check: auto`).
 * Files of the `policy` language are always checked.
 */
export function looksLikePolicy(doc: PolicyDocument): boolean {
  if (doc.kind !== 'unknown') return true;
  if (namesOtherGenre(doc)) return false;
  if (doc.docNumbers.length > 0) return true;
  const cnHeadings = doc.allHeadings.filter((h) => h.style === 'cn' || h.style === 'paren-cn' || h.style === 'article').length;
  return cnHeadings >= 2 && [...doc.text.slice(0, 2000)].some(isHan);
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
 * an already accepted fix is left out whole — never half-applied. Snippet fixes (they need an editor)
 * and explicit-only fixes (they change what the text says) are left out. Lazy fixes are computed on
 * `doc`, the document the findings were computed on; without it they are left out. With `ruleId`,
 * only that rule's fixes.
 */
export function selectFixes(findings: readonly Finding[], ruleId?: string, doc?: PolicyDocument,
  config: PolicyLintConfig = DEFAULT_CONFIG): { edits: TextEdit[]; fixed: number } {
  const accepted: TextEdit[] = [];
  let fixed = 0;
  for (const f of findings) {
    if (!isAutoFix(f.fix) || (ruleId && f.ruleId !== ruleId)) continue;
    if (f.fix.lazy && !doc) continue;
    const edits = doc ? resolveFix(doc, f.ruleId, f.fix, config) : f.fix.edits;
    if (!edits) continue;
    const overlaps = edits.some((e) => accepted.some((a) => e.start < a.end && a.start < e.end
      || (e.start === e.end && a.start === a.end && e.start === a.start)));
    if (overlaps) continue;
    accepted.push(...edits);
    fixed++;
  }
  return { edits: accepted, fixed };
}

/**
 * Apply the fixes of many findings of `text` at once (fix-all); see selectFixes. Lazy fixes are computed
 * on `doc` when given (it must be the parse of `text`), else on a fresh parse of `text`.
 */
export function applyFixes(text: string, findings: readonly Finding[], ruleId?: string, doc?: PolicyDocument,
  config: PolicyLintConfig = DEFAULT_CONFIG): { text: string; fixed: number } {
  const needsDoc = findings.some((f) => f.fix?.lazy && isAutoFix(f.fix) && (!ruleId || f.ruleId === ruleId));
  const base = doc && doc.text === text ? doc : needsDoc ? parseDocument(text) : undefined;
  const { edits, fixed } = selectFixes(findings, ruleId, base, config);
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
