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
import type { PolicyLintConfig } from '../linter';
import { fixAll } from '../linter';
import { decode, ioMessage, MAX_BYTES, unsupportedFormat } from './files';
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
  // .wps/.ofd/.doc are not read at all; the check reports them.
  if (unsupportedFormat(file)) return { path: file, fixed: 0, changed: false };
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
  const { text, fixed } = fixAll(read.text, config);
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
