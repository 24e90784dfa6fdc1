/**
 * `.policylintrc.json`: the shared configuration file of a folder, found by walking up from a
 * document. JSON only — no configuration ever executes code. Shared by the server and the CLI.
 */
import * as fs from 'fs';
import * as path from 'path';

export const RC_NAME = '.policylintrc.json';

export interface RcFile {
  path: string;
  /** Parsed content, or undefined when the file is malformed (see error). */
  raw?: unknown;
  error?: string;
}

const cache = new Map<string, { mtimeMs: number; size: number; rc: RcFile }>();

/** Read and parse one rc file; a malformed file gives a clear error and no settings. */
export function readRcFile(file: string): RcFile {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { path: file, error: code === 'ELOOP' ? 'a symbolic link loop / 符号链接循环' : code === 'ENOENT' ? 'no such file (a dangling link?) / 文件不存在' : (e as Error).message };
  }
  if (!st.isFile()) return { path: file, error: 'not a regular file / 不是普通文件' };
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.rc;
  let rc: RcFile;
  if (st.size > 1024 * 1024) rc = { path: file, error: 'file too large (over 1 MB) / 文件过大' };
  else {
    try {
      const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      rc = { path: file, raw: text.trim() === '' ? {} : JSON.parse(text) };
      if (typeof rc.raw !== 'object' || rc.raw === null || Array.isArray(rc.raw)) rc = { path: file, error: 'must be a JSON object / 内容必须是 JSON 对象' };
    } catch (e) {
      rc = { path: file, error: jsonError(e) };
    }
  }
  cache.set(file, { mtimeMs: st.mtimeMs, size: st.size, rc });
  return rc;
}

function jsonError(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return `invalid JSON / JSON 格式错误: ${msg}`;
}

/**
 * The nearest rc file for a document: its folder, then each parent up to `stopAt` (a workspace
 * folder) or the file-system root.
 */
export function findRcFile(documentPath: string, stopAt?: string): RcFile | undefined {
  let dir = path.dirname(path.resolve(documentPath));
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (let i = 0; i < 64; i++) {
    const candidate = path.join(dir, RC_NAME);
    // lstat: a link loop or a dangling link named .policylintrc.json is reported, not passed over.
    if (fs.lstatSync(candidate, { throwIfNoEntry: false })) return readRcFile(candidate);
    if (stop && dir === stop) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}
