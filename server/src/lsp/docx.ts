/**
 * policyLint/readDocx: the text of a .docx for the editor's read-only view ("以政策文本打开 .docx"),
 * read by the same reader as the CLI (../docx/read.ts), so that the reader lives in the server bundle only.
 */
import * as fs from 'fs';
import { fileURLToPath } from 'url';
import type { Locale } from '../linter';
import { message } from '../linter';
import { MAX_DOCX_BYTES, messageIn, readDocxBuffer, unsupportedFormat } from '../docx/read';

/**
 * The client's read-only view of a .docx ("以政策文本打开 .docx") has URIs of this scheme: the .docx's path as
 * the path (its name in the tab) and the .docx's own URI as the query (client/src/extension.ts makes them).
 */
export const DOCX_SCHEME = 'policy-lint-docx';

/** The view URI of a local .docx (file: URI), as the client makes it: a related place in a .docx opens its text. */
export function docxViewUri(fileUri: string): string {
  const u = new URL(fileUri);
  return `${DOCX_SCHEME}:${u.pathname}?${encodeURIComponent(u.href)}`;
}

/** The file a document is: a view's .docx (file: URI), or the URI itself. */
export function fileOfView(uri: string): string {
  if (!uri.startsWith(DOCX_SCHEME + ':')) return uri;
  const q = uri.indexOf('?');
  if (q >= 0) {
    try {
      const file = decodeURIComponent(uri.slice(q + 1));
      if (file.startsWith('file:')) return new URL(file).href;
    } catch { /* a malformed query: the path below */ }
  }
  const rest = uri.slice(DOCX_SCHEME.length + 1, q >= 0 ? q : undefined);
  return 'file:' + (rest.startsWith('//') ? '' : '//') + rest;
}

export interface ReadDocxParams {
  /** A local file path … */
  path?: string;
  /** … or a file: URI … */
  uri?: string;
  /** … or the file's bytes, base64 (with `name` for its file name, when known). */
  bytes?: string;
  name?: string;
}

export type ReadDocxResponse =
  | { ok: true; text: string; paragraphOfLine: number[]; revisions: boolean; numbered: number; note?: string }
  | { ok: false; error: string; unsupported?: boolean; tooLarge?: boolean };

export async function readDocxRequest(params: ReadDocxParams | undefined, locale: Locale): Promise<ReadDocxResponse> {
  const lang = locale === 'en' ? 'en' : 'zh-cn';
  const fail = (bilingual: string, extra: { unsupported?: boolean; tooLarge?: boolean } = {}): ReadDocxResponse => ({ ok: false, error: messageIn(bilingual, lang), ...extra });
  const p = params && typeof params === 'object' ? params : {};
  let file: string | undefined;
  try {
    file = typeof p.path === 'string' ? p.path : typeof p.uri === 'string' && p.uri.startsWith('file:') ? fileURLToPath(p.uri) : undefined;
  } catch {
    return fail('not a local file / 不是本地文件');
  }
  const name = file ?? (typeof p.name === 'string' ? p.name : undefined);
  const unsupported = name !== undefined ? unsupportedFormat(name) : undefined;
  if (unsupported) return fail(unsupported, { unsupported: true });
  let bytes: Buffer;
  if (typeof p.bytes === 'string') {
    if (p.bytes.length > (MAX_DOCX_BYTES / 3) * 4 + 4) return fail(`file too large (limit ${MAX_DOCX_BYTES / 1048576} MB); not checked / 文件过大，未检查`, { tooLarge: true });
    bytes = Buffer.from(p.bytes, 'base64');
  } else if (file !== undefined) {
    try {
      const st = await fs.promises.stat(file);
      if (st.isDirectory()) return fail('is a folder / 这是一个文件夹');
      if (st.size > MAX_DOCX_BYTES) return fail(`file too large (${(st.size / 1048576).toFixed(1)} MB, limit ${MAX_DOCX_BYTES / 1048576} MB); not checked / 文件过大，未检查`, { tooLarge: true });
      bytes = await fs.promises.readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return fail(code === 'ENOENT' ? 'no such file / 文件不存在' : code === 'EACCES' || code === 'EPERM' ? 'permission denied / 没有读取权限' : `could not read the file / 无法读取文件: ${e instanceof Error ? e.message : String(e)}`);
    }
  } else {
    return fail('no file given / 未指定文件');
  }
  const r = readDocxBuffer(bytes);
  if (!r.ok) return fail(r.error, { tooLarge: r.tooLarge });
  return {
    ok: true, text: r.text, paragraphOfLine: r.paragraphOfLine, revisions: r.revisions, numbered: r.numbered,
    note: r.revisions ? message('ui/docx-revisions', undefined, locale) : undefined,
  };
}
