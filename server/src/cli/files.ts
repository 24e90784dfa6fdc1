/** Finding and reading the files the CLI is given. Every failure becomes a clear message, never a throw. */
import * as fs from 'fs';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { readDocxBuffer, REVISIONS_NOTE_EN, REVISIONS_NOTE_ZH, UNSUPPORTED_EXTENSIONS, unsupportedFormat } from '../docx/read';

/** Files the CLI checks when it walks a folder. Files named explicitly are checked whatever their extension. */
export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.docx'];
/** The CLI does not check files larger than this. */
export const MAX_BYTES = 20 * 1024 * 1024;
const SKIP_DIRS = new Set(['node_modules', '.git', '.svn', '.hg', 'out', 'dist', '.vscode-test']);

export interface FileEntry { path: string; error?: string }

export const IGNORE_NAME = '.policylintignore';

/** A glob of a .policylintignore line as a regular expression over '/'-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let g = glob.trim();
  const dirOnly = g.endsWith('/');
  if (dirOnly) g = g.slice(0, -1);
  const anchored = g.startsWith('/') || g.includes('/');
  if (g.startsWith('/')) g = g.slice(1);
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*' && g[i + 1] === '*') {
      re += '.*';
      i++;
      if (g[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp((anchored ? '^' : '(?:^|/)') + re + (dirOnly ? '(?:/|$)' : '(?:/.*)?$'));
}

/** Patterns of the .policylintignore in `dir` (gitignore-like: globs, # comments, trailing / for folders). */
function readIgnore(dir: string): RegExp[] {
  try {
    return fs.readFileSync(path.join(dir, IGNORE_NAME), 'utf8').split(/\r?\n/)
      .map((l) => l.trim()).filter((l) => l && !l.startsWith('#') && !l.startsWith('!')).map(globToRegExp);
  } catch {
    return [];
  }
}

/** Expand the arguments into files, in a stable order. Missing or unreadable paths become error entries. */
export function collectFiles(args: readonly string[]): FileEntry[] {
  const out: FileEntry[] = [];
  const seen = new Set<string>();
  const add = (e: FileEntry) => {
    const key = path.resolve(e.path);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(e);
  };
  let ignore: RegExp[] = [];
  let ignoreRoot = '';
  const ignored = (p: string) => {
    if (ignore.length === 0) return false;
    const rel = path.relative(ignoreRoot, p).split(path.sep).join('/');
    return ignore.some((re) => re.test(rel));
  };
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      add({ path: dir, error: ioMessage(e) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const ent of entries) {
      const p = path.join(dir, ent.name);
      if (ignored(p)) continue;
      if (ent.isDirectory()) {
        if (ent.name.startsWith('.') || SKIP_DIRS.has(ent.name)) continue;
        walk(p);
      } else if ((ent.isFile() || ent.isSymbolicLink()) && (TEXT_EXTENSIONS.includes(path.extname(ent.name).toLowerCase()) || UNSUPPORTED_EXTENSIONS.includes(path.extname(ent.name).toLowerCase()))) {
        // .wps/.ofd/.doc files are listed too, to be reported as not supported rather than passed over in silence.
        add({ path: p });
      }
    }
  };
  const expanded: string[] = [];
  for (const a of args) {
    const matches = expandGlob(a);
    if (matches.length === 0) add({ path: a, error: 'no file matches this pattern / 没有匹配的文件' });
    expanded.push(...matches);
  }
  for (const arg of expanded) {
    let st: fs.Stats;
    try {
      st = fs.statSync(arg);
    } catch (e) {
      add({ path: arg, error: ioMessage(e) });
      continue;
    }
    if (st.isDirectory()) {
      // A folder's .policylintignore (or the working folder's) applies to the files found in it.
      ignoreRoot = path.resolve(arg);
      ignore = readIgnore(ignoreRoot);
      if (ignore.length === 0) { ignoreRoot = process.cwd(); ignore = readIgnore(ignoreRoot); }
      walk(arg);
    }
    else add({ path: arg });
  }
  return out;
}

export function ioMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT': return 'no such file or folder / 文件或文件夹不存在';
    case 'EACCES': case 'EPERM': return 'permission denied / 没有读取权限';
    case 'EISDIR': return 'is a folder / 这是一个文件夹';
    case 'ENOTDIR': return 'not a folder / 不是文件夹';
    case 'ELOOP': return 'a symbolic link loop / 符号链接循环';
    default: return err?.message ?? String(e);
  }
}

export type ReadResult =
  | { ok: true; text: string; encoding: string; note?: string; /** A .docx: the paragraph of each line (1-based). */ paragraphOfLine?: number[]; /** A .docx with tracked changes (accepted). */ revisions?: boolean }
  | { ok: false; error: string; skipped?: boolean };

/** Read a file as text: UTF-8 (with or without BOM) or UTF-16 with a BOM. Binary, huge and undecodable files are refused with a reason. */
export function readText(file: string): ReadResult {
  let size: number;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) return { ok: false, error: ioMessage({ code: 'EISDIR' }) };
    size = st.size;
  } catch (e) {
    return { ok: false, error: ioMessage(e) };
  }
  if (size > MAX_BYTES) {
    return { ok: false, skipped: true, error: `file too large (${(size / 1048576).toFixed(1)} MB, limit ${MAX_BYTES / 1048576} MB); not checked / 文件过大，未检查` };
  }
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, error: ioMessage(e) };
  }
  return decode(buf);
}

export function decode(buf: Buffer): ReadResult {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) {
    const utf16 = decodeUtf16WithoutBom(buf);
    if (utf16) return utf16;
    return { ok: false, skipped: true, error: 'binary file (contains NUL bytes); not checked / 二进制文件，未检查' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Chinese government files are often GB18030/GBK. Accept that decoding only when it
    // reads as Chinese text; otherwise say the encoding is unsure rather than guess.
    const gb = iconv.decode(buf, 'gb18030');
    if (looksChinese(gb)) {
      return { ok: true, text: gb, encoding: 'gb18030', note: '按 GB18030 编码读取（不是 UTF-8） / decoded as GB18030 (not UTF-8)' };
    }
    return { ok: false, error: 'unknown encoding: neither UTF-8 nor GB18030 text; save the file as UTF-8 / 无法确定文件编码（既不是 UTF-8 也不像 GB18030），请另存为 UTF-8' };
  }
}

/**
 * UTF-16 saved without a byte order mark (Windows "Unicode" text): the NUL bytes of the first 8 KB
 * mostly on one side of the code units (the high byte of ASCII characters), and the whole file
 * decodes to text — no unpaired surrogates, no control characters but tab, line and page breaks.
 */
function decodeUtf16WithoutBom(buf: Buffer): ReadResult | undefined {
  if (buf.length % 2 !== 0) return undefined;
  const head = buf.subarray(0, 8192);
  let even = 0, odd = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) { if (i % 2 === 0) even++; else odd++; }
  // ASCII characters put their NUL on one side; CJK characters whose low byte is 0 (一 U+4E00) put
  // a few on the other. The decoding below decides.
  const encoding = odd >= even ? 'utf-16le' : 'utf-16be';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(buf);
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffe\uffff]/.test(text)) return undefined;
  return { ok: true, text, encoding, note: `按 ${encoding.toUpperCase()}（无 BOM）编码读取 / decoded as ${encoding.toUpperCase()} without a byte order mark` };
}

/** Decoded text that reads as Chinese: no replacement characters, and CJK among its letters. */
export function looksChinese(text: string): boolean {
  if (text.includes('\uFFFD')) return false;
  let cjk = 0, odd = 0;
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    // Rare CJK extension blocks and private use: what a wrong guess produces.
    else if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0xe000 && c <= 0xf8ff)) odd++;
  }
  return cjk >= 2 && odd * 20 < cjk && cjk * 4 >= Math.min(n, 40) ;
}

export { MAX_DOCX_PARTS, MAX_DOCX_XML } from '../docx/zip';

export { UNSUPPORTED_EXTENSIONS, unsupportedFormat };

/**
 * Text of a .docx with its paragraph structure (one paragraph per line), Word's automatic numbering
 * restored as text, tracked changes accepted (server/src/docx/read.ts). Damaged, hostile and too large
 * files are refused with a reason.
 */
export async function readDocx(file: string): Promise<ReadResult> {
  let buf: Buffer;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) return { ok: false, error: ioMessage({ code: 'EISDIR' }) };
    if (st.size > MAX_BYTES) return { ok: false, skipped: true, error: `file too large (${(st.size / 1048576).toFixed(1)} MB); not checked / 文件过大，未检查` };
    buf = await fs.promises.readFile(file);
  } catch (e) {
    return { ok: false, error: ioMessage(e) };
  }
  return docxText(buf);
}

/** Whether a path names a Word document (read as its paragraphs, never written). */
export function isDocxPath(file: string): boolean { return file.toLowerCase().endsWith('.docx'); }

/** A file read as the CLI checks it: a .docx as its paragraphs, any other file as text. */
export async function readDocument(file: string): Promise<ReadResult> {
  return isDocxPath(file) ? readDocx(file) : readText(file);
}

/** readDocument on bytes already read (the language server's index of related files). */
export function decodeDocument(file: string, buf: Buffer): ReadResult {
  return isDocxPath(file) ? docxText(buf) : decode(buf);
}

/** readDocx on bytes already read. */
export function docxText(buf: Uint8Array): ReadResult {
  const r = readDocxBuffer(buf);
  // Too large (a zip bomb, or an extracted text over the limit of a text file): skipped, not an error.
  if (!r.ok) return r.tooLarge ? { ok: false, skipped: true, error: r.error } : { ok: false, error: r.error };
  // Chinese first, as the CLI's other notices: 中文 / English.
  const zh = ['从 .docx 提取的文本：每段（表格每行）一行，自动编号已还原'];
  const en = ['text extracted from the .docx: lines are its paragraphs (table rows), automatic numbering restored'];
  if (r.revisions) { zh.push(REVISIONS_NOTE_ZH); en.push(REVISIONS_NOTE_EN); }
  return { ok: true, text: r.text, encoding: 'docx', note: `${zh.join('；')} / ${en.join('; ')}`, paragraphOfLine: r.paragraphOfLine, revisions: r.revisions };
}

/** Expand a glob argument (*, **, ?) against the file system; other arguments pass through. */
export function expandGlob(arg: string): string[] {
  if (!/[*?]/.test(arg)) return [arg];
  const parts = arg.split(/[\\/]/);
  const firstGlob = parts.findIndex((p) => /[*?]/.test(p));
  const root = parts.slice(0, firstGlob).join('/') || '.';
  const re = globToRegExp('/' + parts.slice(firstGlob).join('/'));
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
      const r = rel ? rel + '/' + e.name : e.name;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else if (re.test(r)) out.push(path.join(root, r));
    }
  };
  walk(root, '');
  return out;
}
