/**
 * --fix: apply the safe (non-snippet) fixes to .txt/.md files in place, never to .docx; --dry-run
 * prints a diff instead. Writes go to a temporary file renamed over the original, so an interrupted
 * run never leaves half a draft.
 */
import * as fs from 'fs';
import type { PolicyLintConfig } from '../linter';
import { applyFixes, lintText } from '../linter';
import { readText } from './files';

export interface FixOutcome { path: string; fixed: number; changed: boolean; error?: string; diff?: string }

/** Fix-all until nothing more changes (overlapping fixes wait for the next pass). */
export function fixText(text: string, config: PolicyLintConfig): { text: string; fixed: number } {
  let current = text;
  let total = 0;
  for (let pass = 0; pass < 5; pass++) {
    const { findings } = lintText(current, config);
    const r = applyFixes(current, findings);
    if (r.fixed === 0 || r.text === current) break;
    total += r.fixed;
    current = r.text;
  }
  return { text: current, fixed: total };
}

/** A minimal unified diff of the changed region(s), line by line. */
export function lineDiff(file: string, before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length === b.length) {
    // Fixes that keep the line count: one hunk per changed line.
    const out = [`--- ${file}`, `+++ ${file} (fixed)`];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.push(`@@ -${i + 1},1 +${i + 1},1 @@`, '-' + a[i], '+' + b[i]);
    return out.join('\n') + '\n';
  }
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1, endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) { endA--; endB--; }
  const out = [`--- ${file}`, `+++ ${file} (fixed)`, `@@ -${start + 1},${endA - start + 1} +${start + 1},${endB - start + 1} @@`];
  for (let i = start; i <= endA; i++) out.push('-' + a[i]);
  for (let i = start; i <= endB; i++) out.push('+' + b[i]);
  return out.join('\n') + '\n';
}

export function fixFile(file: string, config: PolicyLintConfig, dryRun: boolean): FixOutcome {
  if (/\.docx$/i.test(file)) return { path: file, fixed: 0, changed: false, error: '.docx files are never changed / 不修改 .docx 文件' };
  const read = readText(file);
  if (!read.ok) return { path: file, fixed: 0, changed: false, error: read.error };
  if (read.encoding !== 'utf-8') return { path: file, fixed: 0, changed: false, error: `not fixed: the file is ${read.encoding}, not UTF-8 / 非 UTF-8 文件不自动修改` };
  const { text, fixed } = fixText(read.text, config);
  if (text === read.text) return { path: file, fixed: 0, changed: false };
  if (dryRun) return { path: file, fixed, changed: true, diff: lineDiff(file, read.text, text) };
  const bom = fs.readFileSync(file).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? '\uFEFF' : '';
  const tmp = `${file}.policy-lint-${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, bom + text, { mode: fs.statSync(file).mode });
    fs.renameSync(tmp, file);
  } catch (e) {
    try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
    return { path: file, fixed: 0, changed: false, error: `could not write: ${e instanceof Error ? e.message : String(e)}` };
  }
  return { path: file, fixed, changed: true };
}
