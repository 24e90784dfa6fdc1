/**
 * --fix: apply the safe (non-snippet) fixes to .txt/.md files in place, never to .docx; --dry-run
 * prints a diff instead. Writes go to a fresh temporary file (random name, created exclusively) renamed
 * over the real file (through symbolic links), so an interrupted run never leaves half a draft; a
 * file with several hard links is rewritten in place so that it stays one file. A file that changed
 * since it was read, or is read-only, is left alone with a message.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { PolicyLintConfig, TextEdit } from '../linter';
import { applyEdits, lintText, selectFixes } from '../linter';
import { decode, ioMessage, MAX_BYTES } from './files';
import { displayPath } from './format';

export interface FixOutcome {
  path: string;
  /** Edits that changed the text, over all passes. */
  fixed: number;
  changed: boolean;
  error?: string;
  /** The fix was wanted but not written (write failed, file changed meanwhile, read-only): exit code 2. */
  failed?: boolean;
  diff?: string;
}

interface Span { start: number; end: number }

/**
 * Spans of a text → the same spans after `edits` (sorted, not overlapping): a span grows over an edit
 * inside or at its ends. One sweep over the sorted span ends: O((spans + edits) log spans).
 */
function mapSpans(spans: readonly Span[], edits: readonly TextEdit[]): Span[] {
  const points: { pos: number; end: boolean; i: number }[] = [];
  spans.forEach((sp, i) => { points.push({ pos: sp.start, end: false, i }, { pos: sp.end, end: true, i }); });
  points.sort((a, b) => a.pos - b.pos);
  const out: Span[] = spans.map(() => ({ start: 0, end: 0 }));
  let k = 0;
  let delta = 0;
  for (const p of points) {
    // Edits wholly before p (for a span end, also those ending at p, insertions included).
    while (k < edits.length && (edits[k].end < p.pos || (edits[k].end === p.pos && (p.end || edits[k].start < p.pos)))) {
      delta += edits[k].newText.length - (edits[k].end - edits[k].start);
      k++;
    }
    const e = edits[k];
    let mapped = p.pos + delta;
    // Inside an edit: a start moves to the edit's start, an end to the edit's new end.
    if (e && e.start < p.pos && p.pos < e.end) mapped = p.end ? e.start + delta + e.newText.length : e.start + delta;
    if (p.end) out[p.i].end = mapped; else out[p.i].start = mapped;
  }
  return out;
}

/**
 * Fix-all until nothing more changes (overlapping fixes wait for the next pass). `fixed` counts the
 * places the text really changed: one per applied fix that changed something (both brackets of a
 * 发文字号 are one change), a later pass re-fixing the same place counts once, fixes that changed
 * nothing do not count.
 */
export function fixText(text: string, config: PolicyLintConfig): { text: string; fixed: number } {
  let current = text;
  let changed: Span[] = [];
  for (let pass = 0; pass < 5; pass++) {
    const { findings } = lintText(current, config);
    const { edits: accepted } = selectFixes(findings);
    // The fixes selectFixes took whole (it keeps the edit objects), those that change something.
    const taken = new Set(accepted);
    const groups: TextEdit[][] = [];
    for (const f of findings) {
      const edits = f.fix?.edits;
      if (!edits?.length || f.fix?.snippet || !taken.has(edits[0])) continue;
      if (edits.some((e) => current.slice(e.start, e.end) !== e.newText)) groups.push(edits);
    }
    const r = applyEdits(current, accepted);
    if (r.text === current) break;
    const queries: Span[] = [...changed];
    for (const g of groups) {
      let start = Infinity, end = -Infinity;
      for (const e of g) { start = Math.min(start, e.start); end = Math.max(end, e.end); }
      queries.push({ start, end });
    }
    const spans = mapSpans(queries, r.applied);
    spans.sort((a, b) => a.start - b.start);
    changed = [];
    for (const sp of spans) {
      const last = changed[changed.length - 1];
      if (last && sp.start <= last.end) last.end = Math.max(last.end, sp.end);
      else changed.push({ ...sp });
    }
    current = r.text;
  }
  return { text: current, fixed: current === text ? 0 : changed.length };
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

const fail = (file: string, error: string): FixOutcome => ({ path: file, fixed: 0, changed: false, error, failed: true });

export function fixFile(file: string, config: PolicyLintConfig, dryRun: boolean): FixOutcome {
  if (/\.docx$/i.test(file)) return { path: file, fixed: 0, changed: false, error: '.docx files are never changed / 不修改 .docx 文件' };
  // Work on the real file: a symbolic link stays a link to the fixed file.
  let real: string;
  let st: fs.Stats;
  let buf: Buffer;
  try {
    real = fs.realpathSync(file);
    st = fs.statSync(real);
    if (!st.isFile()) return { path: file, fixed: 0, changed: false, error: 'not a regular file; not fixed / 不是普通文件，未修改' };
    if (st.size > MAX_BYTES) return { path: file, fixed: 0, changed: false, error: 'file too large; not fixed / 文件过大，未修改' };
    buf = fs.readFileSync(real);
  } catch (e) {
    return { path: file, fixed: 0, changed: false, error: ioMessage(e) };
  }
  const read = decode(buf);
  if (!read.ok) return { path: file, fixed: 0, changed: false, error: read.error };
  if (read.encoding !== 'utf-8') return { path: file, fixed: 0, changed: false, error: `not fixed: the file is ${read.encoding}, not UTF-8 / 非 UTF-8 文件不自动修改` };
  const { text, fixed } = fixText(read.text, config);
  if (text === read.text) return { path: file, fixed: 0, changed: false };
  if (dryRun) return { path: file, fixed, changed: true, diff: lineDiff(displayPath(file), read.text, text) };
  if ((st.mode & 0o222) === 0) return fail(file, 'read-only file; not fixed / 文件只读，未修改');
  try {
    fs.accessSync(real, fs.constants.W_OK);
  } catch {
    return fail(file, 'no permission to write; not fixed / 没有写入权限，未修改');
  }
  const bom = buf.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? '\uFEFF' : '';
  const data = Buffer.from(bom + text, 'utf8');
  /** The file as read is still what is on disk (nobody saved an edit meanwhile). */
  const unchanged = (): boolean => {
    const now = fs.statSync(real);
    return now.ino === st.ino && now.size === st.size && now.mtimeMs === st.mtimeMs && fs.readFileSync(real).equals(buf);
  };
  const changedMeanwhile = 'the file changed while it was being fixed; not written, run --fix again / 修复期间文件已被修改，未写入，请重新运行 --fix';
  if (st.nlink > 1) {
    // Hard links: rewrite the one inode in place so every name keeps seeing the fixed text.
    let fd: number | undefined;
    try {
      if (!unchanged()) return fail(file, changedMeanwhile);
      fd = fs.openSync(real, 'r+');
      fs.writeSync(fd, data, 0, data.length, 0);
      fs.ftruncateSync(fd, data.length);
    } catch (e) {
      return fail(file, `could not write / 写入失败: ${ioMessage(e)}`);
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
    return { path: file, fixed, changed: true };
  }
  // A random name created exclusively: a file or link planted at a predictable name is never followed.
  const tmp = path.join(path.dirname(real), `.${path.basename(real)}.policy-lint-${crypto.randomBytes(8).toString('hex')}.tmp`);
  let created = false;
  try {
    const fd = fs.openSync(tmp, 'wx', st.mode & 0o777);
    created = true;
    try {
      fs.writeFileSync(fd, data);
      fs.fchmodSync(fd, st.mode & 0o7777);
    } finally {
      fs.closeSync(fd);
    }
    if (!unchanged()) {
      fs.rmSync(tmp, { force: true });
      return fail(file, changedMeanwhile);
    }
    fs.renameSync(tmp, real);
  } catch (e) {
    if (created) try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
    return fail(file, `could not write / 写入失败: ${ioMessage(e)}`);
  }
  return { path: file, fixed, changed: true };
}
