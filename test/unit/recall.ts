/**
 * The corpus recall audit: defects found by careful reading of the corpus documents (test/fixtures/corpus), each with
 * the rule (or category) that should report it, and whether the checker does. Precision is the precision audit's job
 * (audit.ts); this file measures the other half, the defects a reader finds that the checker misses.
 * Per category: node scripts/recall.mjs.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { documentText, ROOT, type Raised } from './audit';

/** One JSONL file per reading (a set of documents read by one reader), one defect per line. */
export const RECALL_DIR = path.join(ROOT, 'test', 'fixtures', 'corpus-recall');

export interface Defect {
  /** The corpus copy, relative to test/fixtures/corpus. */
  file: string;
  /** 1-based line in the copy (the provenance line is line 1, as in the shared corpus). */
  line: number;
  /** The rule id that should report it (`amount/missing-yuan`), or a category with its slash (`amount/`). */
  rule: string;
  /** The words on the line that are wrong (a substring of the line). */
  excerpt: string;
  /** What is wrong, and by which norm (the regulation, the national standard, or the document's own practice). */
  defect: string;
  /** Set by scripts/recall.mjs --update when the checker reports it: it must not go missing again. */
  found?: boolean;
  /** Why a defect is not reported and is left so (a reader's judgement the checker cannot make safely). */
  left?: string;
  /** The JSONL file it was read from (not stored). */
  source?: string;
}

export function readRecall(): Defect[] {
  if (!existsSync(RECALL_DIR)) return [];
  const out: Defect[] = [];
  for (const name of readdirSync(RECALL_DIR).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const l of readFileSync(path.join(RECALL_DIR, name), 'utf8').split('\n')) {
      if (l.trim()) out.push({ ...(JSON.parse(l) as Defect), source: name });
    }
  }
  return out;
}

/** Write the defects back to the files they were read from. */
export function writeRecall(defects: readonly Defect[]): void {
  const byFile = new Map<string, string[]>();
  for (const { source, ...d } of defects) {
    if (!source) continue;
    byFile.set(source, [...(byFile.get(source) ?? []), JSON.stringify(d)]);
  }
  for (const [name, lines] of byFile) writeFileSync(path.join(RECALL_DIR, name), lines.join('\n') + '\n');
}

/** The category of a rule id or category (`amount/cap-conflict` → `amount`). */
export function categoryOf(rule: string): string {
  return rule.slice(0, rule.indexOf('/'));
}

const lineCache = new Map<string, string[]>();
/** The columns of a defect's words on its line ([-1, -1] when they are not there). */
function columnsOf(d: Defect): [number, number] {
  let lines = lineCache.get(d.file);
  if (!lines) { lines = documentText(d.file).split('\n'); lineCache.set(d.file, lines); }
  const at = (lines[d.line - 1] ?? '').indexOf(d.excerpt);
  return at < 0 ? [-1, -1] : [at, at + d.excerpt.length];
}

/**
 * The findings that report a defect: by its rule (or a rule of its category), on its line, over its words — a finding
 * of the rule elsewhere on the line is another defect's.
 */
export function reporting(d: Defect, raised: readonly Raised[]): Raised[] {
  const prefix = d.rule.endsWith('/');
  const [c0, c1] = columnsOf(d);
  return raised.filter((r) => r.file === d.file && r.line === d.line && (prefix ? r.rule.startsWith(d.rule) : r.rule === d.rule)
    && r.column < Math.max(c1, c0 + 1) && Math.max(r.endColumn, r.column + 1) > c0);
}

/** Found and missed defects per category. */
export function recallPerCategory(defects: readonly Defect[], raised: readonly Raised[]): Map<string, { found: number; missed: number }> {
  const out = new Map<string, { found: number; missed: number }>();
  for (const d of defects) {
    const c = out.get(categoryOf(d.rule)) ?? { found: 0, missed: 0 };
    if (reporting(d, raised).length) c.found++; else c.missed++;
    out.set(categoryOf(d.rule), c);
  }
  return out;
}
