/**
 * Several files in one text, for the examples and fixtures of the rules across files
 * (consistency/related-…): each file starts with a line `=== NAME ===`. The findings come back with
 * their line in the whole text, so a fixture's inline markers can be matched as for one document.
 */
import { parseDocument, relatedFindings, summarize, type Finding } from '../../server/src/linter';

export interface FileInText { name: string; text: string; /** 0-based line of the text's first line after its header. */ firstLine: number }

/** A `=== NAME ===` header line: its name, or undefined. */
function headerName(line: string): string | undefined {
  const t = line.trim();
  return t.length > 8 && t.startsWith('=== ') && t.endsWith(' ===') ? t.slice(4, -4).trim() : undefined;
}

export function splitFiles(text: string): FileInText[] {
  const out: { name: string; lines: string[]; firstLine: number }[] = [];
  text.split('\n').forEach((line, i) => {
    const name = headerName(line);
    if (name !== undefined) out.push({ name, lines: [], firstLine: i + 1 });
    else if (out.length) out[out.length - 1].lines.push(line);
  });
  return out.map((f) => ({ name: f.name, text: f.lines.join('\n'), firstLine: f.firstLine }));
}

/** The cross-file findings among the files of `text`, each with its file and its line in `text`. */
export function relatedInText(text: string): (Finding & { file: string; line: number })[] {
  const files = splitFiles(text);
  const { findings, errors } = relatedFindings(files.map((f) => summarize(parseDocument(f.text), f.name)));
  if (errors.length) throw new Error(JSON.stringify(errors));
  return files.flatMap((f) => (findings.get(f.name) ?? []).map((x) => ({ ...x, file: f.name, line: f.firstLine + (x.lines?.line ?? 0) })));
}
