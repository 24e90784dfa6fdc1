/** Finding and reading the files the CLI is given. Every failure becomes a clear message, never a throw. */
import * as fs from 'fs';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import * as zlib from 'zlib';

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
      } else if ((ent.isFile() || ent.isSymbolicLink()) && TEXT_EXTENSIONS.includes(path.extname(ent.name).toLowerCase())) {
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
  | { ok: true; text: string; encoding: string; note?: string }
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
      return { ok: true, text: gb, encoding: 'gb18030', note: 'decoded as GB18030 (not UTF-8) / 按 GB18030 编码读取（不是 UTF-8）' };
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
  return { ok: true, text, encoding, note: `decoded as ${encoding.toUpperCase()} without a byte order mark / 按 ${encoding.toUpperCase()}（无 BOM）编码读取` };
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

/** Limits for a .docx: its word/document.xml inflated, all its XML parts inflated, and the text extracted. */
export const MAX_DOCX_XML = 64 * 1024 * 1024;
export const MAX_DOCX_PARTS = 128 * 1024 * 1024;

/**
 * Check a .docx before mammoth opens it: a zip whose central directory lists word/document.xml, each
 * XML part stored or deflated, and — inflating for real, with a ceiling, since sizes in the directory
 * can lie — word/document.xml within MAX_DOCX_XML and all XML parts within MAX_DOCX_PARTS.
 * Returns why the file is not read (too large: skipped; damaged: an error), or undefined when it may be read.
 */
export function inspectDocx(buf: Buffer): { error: string; skipped?: boolean } | undefined {
  const r = inspectZip(buf);
  if (!r) return undefined;
  return r.startsWith('!') ? { error: r.slice(1), skipped: true } : { error: r };
}

/** inspectDocx's finding as a message; '!' first when the file is too large rather than damaged. */
function inspectZip(buf: Buffer): string | undefined {
  const corrupt = 'not a valid .docx (damaged zip archive) / 不是有效的 .docx 文件（压缩包已损坏）';
  const eocdMin = 22;
  if (buf.length < eocdMin) return corrupt;
  let eocd = -1;
  for (let i = buf.length - eocdMin; i >= Math.max(0, buf.length - eocdMin - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return corrupt;
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  if (entries === 0xffff || p === 0xffffffff) return 'ZIP64 .docx files are not supported / 不支持 ZIP64 格式的 .docx';
  let total = 0;
  let sawDocument = false;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return corrupt;
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const declared = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28), extraLen = buf.readUInt16LE(p + 30), commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    if (p + 46 + nameLen > buf.length) return corrupt;
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (!/\.(xml|rels)$/i.test(name)) continue;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) return corrupt;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (compressed === 0xffffffff || start + compressed > buf.length) return corrupt;
    const data = buf.subarray(start, start + compressed);
    const isDocument = name === 'word/document.xml';
    const limit = Math.min(isDocument ? MAX_DOCX_XML : Infinity, MAX_DOCX_PARTS - total);
    let size: number;
    if (declared > limit) size = declared;
    else if (method === 0) size = data.length;
    else if (method === 8) {
      try {
        size = zlib.inflateRawSync(data, { maxOutputLength: limit + 1 }).length;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) size = limit + 1;
        else return corrupt;
      }
    } else return `unsupported compression in the .docx (method ${method}) / .docx 使用了不支持的压缩方式`;
    if (size > limit) {
      return isDocument && size > MAX_DOCX_XML
        ? `!the document text of the .docx is too large (word/document.xml over ${MAX_DOCX_XML / 1048576} MB unpacked); not checked / .docx 正文解压后过大，未检查`
        : `!the .docx unpacks to too much data (over ${MAX_DOCX_PARTS / 1048576} MB, a zip bomb?); not checked / .docx 解压后数据过大，未检查`;
    }
    total += size;
    if (isDocument) sawDocument = true;
  }
  return sawDocument ? undefined : 'not a Word document (no word/document.xml) / 不是 Word 文档（缺少 word/document.xml）';
}

/** Text of a .docx with its paragraph structure (one paragraph per line), through mammoth. */
export async function readDocx(file: string): Promise<ReadResult> {
  try {
    const st = fs.statSync(file);
    if (st.size > MAX_BYTES) return { ok: false, skipped: true, error: `file too large (${(st.size / 1048576).toFixed(1)} MB); not checked / 文件过大，未检查` };
    const buf = fs.readFileSync(file);
    const problem = inspectDocx(buf);
    if (problem) return { ok: false, ...problem };
    // mammoth is loaded only when a .docx is given.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mammoth = require('mammoth') as { extractRawText(o: { buffer: Buffer }): Promise<{ value: string }> };
    const { value } = await mammoth.extractRawText({ buffer: buf });
    // The extracted text has the same limit as a text file.
    const bytes = Buffer.byteLength(value);
    if (bytes > MAX_BYTES) {
      return { ok: false, skipped: true, error: `the text of the .docx is too large (${(bytes / 1048576).toFixed(1)} MB, limit ${MAX_BYTES / 1048576} MB); not checked / .docx 文本过大，未检查` };
    }
    // mammoth separates paragraphs with a blank line; keep one paragraph per line, as drafts are written.
    return { ok: true, text: value.replace(/\r\n?/g, '\n').replace(/\n\n/g, '\n'), encoding: 'docx', note: 'positions are paragraph/line numbers in the text extracted from the .docx / 位置为从 .docx 提取的文本中的段落（行）号' };
  } catch (e) {
    return { ok: false, error: `could not read the .docx / 无法读取 .docx 文件: ${e instanceof Error ? e.message : String(e)}` };
  }
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
