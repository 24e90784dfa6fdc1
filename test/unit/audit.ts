/**
 * The precision audit of the corpus: every finding the checker raises on the real documents in
 * test/fixtures/corpus, judged by a person (true defect, false alarm, debatable) in
 * test/fixtures/corpus-audit.jsonl. Shared by audit.test.ts and scripts/audit.mjs.
 *
 * A finding is identified by file, rule, line and the flagged text, so a verdict survives changes
 * elsewhere in the code; the "# source:" provenance line of a corpus copy is blanked (it is not part
 * of the document) and line numbers stay those of the file.
 */
import { readdirSync, readFileSync, existsSync } from 'fs';
import * as path from 'path';
import { lintText, relatedFindings, summarize, type DocSummary, type Finding, type PolicyDocument } from '../../server/src/linter';

export const ROOT = path.join(__dirname, '..', '..', '..');
export const AUDIT_CORPUS = path.join(ROOT, 'test', 'fixtures', 'corpus');
export const AUDIT_FILE = path.join(ROOT, 'test', 'fixtures', 'corpus-audit.jsonl');

export type Verdict = 'true' | 'false' | 'debatable';
export interface Judged {
  file: string; line: number; rule: string; excerpt: string; verdict: Verdict; reason: string;
  /** A false alarm that the checker no longer raises (set by scripts/audit.mjs --update): it must not come back. */
  fixed?: boolean;
}
export interface Raised {
  file: string; line: number; rule: string; excerpt: string; message: string; severity: string; context: string;
  /** Where the finding stands on its line: first and last+1 column (the end may lie on a later line: then the line's end). */
  column: number; endColumn: number;
}

export function keyOf(x: { file: string; line: number; rule: string; excerpt: string }): string {
  return `${x.file}\u0000${x.rule}\u0000${x.line}\u0000${x.excerpt}`;
}

/** Every .txt document of the corpus copy, relative to it, in a stable order. */
export function corpusFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(path.join(AUDIT_CORPUS, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.txt')) out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/** The document text of a corpus copy: its provenance line blanked, everything else as published. */
export function documentText(rel: string): string {
  const text = readFileSync(path.join(AUDIT_CORPUS, rel), 'utf8');
  if (!text.startsWith('# source:')) return text;
  const nl = text.indexOf('\n');
  return nl < 0 ? '' : text.slice(nl);
}

/**
 * What the checker raises on the corpus now, with the default settings: each document's findings,
 * and those across files (consistency/related-…) among all the documents given, as the CLI reports
 * them when run on the corpus folder.
 */
export function raisedFindings(files: readonly string[] = corpusFiles()): Raised[] {
  const out: Raised[] = [];
  const parsed: { file: string; text: string; doc: PolicyDocument; findings: Finding[] }[] = [];
  for (const file of files) {
    const text = documentText(file);
    const { doc, findings } = lintText(text);
    parsed.push({ file, text, doc, findings });
  }
  const summaries: DocSummary[] = parsed.map((p) => summarize(p.doc, p.file));
  const across = relatedFindings(summaries).findings;
  for (const { file, text, doc, findings: own } of parsed) {
    const findings = [...own, ...(across.get(file) ?? [])];
    for (const f of findings) {
      const pos = doc.lineIndex.positionAt(f.range.start);
      const lineStart = f.range.start - pos.character;
      let lineEnd = text.indexOf('\n', f.range.start);
      if (lineEnd < 0) lineEnd = text.length;
      const excerpt = text.slice(f.range.start, Math.min(f.range.end, f.range.start + 40));
      const context = text.slice(Math.max(lineStart, f.range.start - 30), Math.min(lineEnd, f.range.end + 30));
      const endColumn = Math.max(pos.character, Math.min(f.range.end, lineEnd) - lineStart);
      out.push({ file, line: pos.line + 1, rule: f.ruleId, excerpt, message: f.messageId, severity: f.severity, context, column: pos.character, endColumn });
    }
  }
  return out;
}

export function readAudit(): Judged[] {
  if (!existsSync(AUDIT_FILE)) return [];
  return readFileSync(AUDIT_FILE, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Judged);
}

export interface Comparison {
  unjudged: Raised[];
  /** False alarms once fixed that are raised again. */
  falseReturned: { raised: Raised; judged: Judged }[];
  /** False alarms still raised (not yet fixed). */
  falseRaised: { raised: Raised; judged: Judged }[];
  trueLost: Judged[];
  /** Per rule: verdicts of the findings raised now. */
  perRule: Map<string, { true: number; false: number; debatable: number }>;
  /** The same, counting only findings shown as errors or warnings (information and hints are advice). */
  perRuleWarning: Map<string, { true: number; false: number; debatable: number }>;
}

export function compare(raised: readonly Raised[], audit: readonly Judged[]): Comparison {
  const byKey = new Map<string, Judged>();
  for (const j of audit) byKey.set(keyOf(j), j);
  const raisedKeys = new Set(raised.map(keyOf));
  const cmp: Comparison = { unjudged: [], falseReturned: [], falseRaised: [], trueLost: [], perRule: new Map(), perRuleWarning: new Map() };
  for (const r of raised) {
    const j = byKey.get(keyOf(r));
    if (!j) { cmp.unjudged.push(r); continue; }
    const c = cmp.perRule.get(r.rule) ?? { true: 0, false: 0, debatable: 0 };
    c[j.verdict]++;
    cmp.perRule.set(r.rule, c);
    if (r.severity === 'error' || r.severity === 'warning') {
      const w = cmp.perRuleWarning.get(r.rule) ?? { true: 0, false: 0, debatable: 0 };
      w[j.verdict]++;
      cmp.perRuleWarning.set(r.rule, w);
    }
    if (j.verdict === 'false') (j.fixed ? cmp.falseReturned : cmp.falseRaised).push({ raised: r, judged: j });
  }
  for (const j of audit) if (j.verdict === 'true' && !raisedKeys.has(keyOf(j))) cmp.trueLost.push(j);
  return cmp;
}

/** Precision of a rule: true / (true + false); debatable findings are left out of both. */
export function precision(c: { true: number; false: number }): number {
  return c.true + c.false === 0 ? 1 : c.true / (c.true + c.false);
}
