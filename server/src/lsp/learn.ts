/**
 * The server's side of “从本单位往年文件学习” (policyLint/learn): learn from the folders the user picked
 * and answer with what was learned (Markdown, for the review preview) and the text of the settings
 * file with the learned profile — the client shows the first and writes the second only when the
 * user agrees. The server itself writes nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import type { Locale } from '../linter';
import { RC_NAME, readRcFile } from '../rcfile';
import { learnableFiles, learnFiles, learnReport, profileFileText } from '../cli/learn';

export interface LearnParams { folders: string[]; target?: string; merge?: boolean }
export interface LearnResult {
  markdown: string;
  /** The settings file to write and its new text. */
  target: string;
  text: string;
  documents: number;
  errors: { path: string; error: string }[];
}

function toPath(p: string): string | undefined {
  if (typeof p !== 'string' || !p) return undefined;
  try {
    return p.startsWith('file:') ? fileURLToPath(p) : path.resolve(p);
  } catch {
    return undefined;
  }
}

export async function learnRequest(raw: unknown, locale: Locale): Promise<LearnResult | null> {
  const params = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<LearnParams>;
  const folders = (Array.isArray(params.folders) ? params.folders : []).map(toPath).filter((p): p is string => !!p);
  if (!folders.length) return null;
  const target = (params.target && toPath(params.target)) || path.join(folders[0], RC_NAME);
  const { files, errors } = learnableFiles(folders);
  // The CLI bundle doubles as the learn worker (dist/cli.js beside dist/server.js).
  const script = path.join(__dirname, 'cli.js');
  const { learned, errors: readErrors } = await learnFiles(files, { root: folders.length === 1 ? folders[0] : undefined, script: fs.existsSync(script) ? script : undefined });
  const rc = fs.existsSync(target) ? readRcFile(target) : undefined;
  // A settings file that cannot be read is never overwritten: no text to write.
  if (rc?.error) return { markdown: learnReport(learned, locale, true), target, text: '', documents: learned.documents, errors: [...errors, ...readErrors, { path: target, error: rc.error }] };
  return {
    markdown: learnReport(learned, locale, true),
    target,
    text: profileFileText(rc && !rc.error ? rc.raw : undefined, learned, params.merge !== false),
    documents: learned.documents,
    errors: [...errors, ...readErrors],
  };
}
