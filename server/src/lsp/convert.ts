/** Core findings → LSP diagnostics, with the fix carried in `data` (no server-side fix state). */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  Diagnostic, DiagnosticSeverity, Range, TextEdit,
} from 'vscode-languageserver';
import type { Finding, LineRange, Locale, PolicyDocument, Severity, Fix } from '../linter';
import { LineIndex, message, snippetToText } from '../linter';

export const SOURCE = 'policy-lint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries in `data`: enough to build its code actions with no server state. */
export interface DiagnosticData {
  ruleId: string;
  /** Document version the ranges refer to; a code action on another version is not offered. */
  version: number;
  /**
   * `lazy`: the edits are not sent (empty); the code action recomputes them from the document text.
   * `explicitOnly`: offered as its own action, never preferred, never part of fix-all.
   */
  fix?: { title: string; edits: TextEdit[]; snippet?: boolean; explicitOnly?: boolean; lazy?: { kind: string; at: number } };
}

/** Where a rule's documentation lives: the docs/ folder shipped beside dist/ (offline), else the repository. */
function findDocsRoot(): string | undefined {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'docs', 'rules');
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}
let docsRoot: string | undefined = findDocsRoot();
/** The URL of each rule's page, made once per rule (a diagnostic each made it again: pathToFileURL was a tenth of a keystroke's conversion). */
const docUrls = new Map<string, string>();
export function setDocsRoot(root: string | undefined): void { docsRoot = root; docUrls.clear(); }
export const REPO_DOCS = 'https://github.com/policy-lint/policy-lint/blob/main/docs/rules/';

export function ruleDocUrl(ruleId: string): string {
  let url = docUrls.get(ruleId);
  if (url === undefined) {
    url = docsRoot ? pathToFileURL(path.join(docsRoot, ...ruleId.split('/')) + '.md').toString() : REPO_DOCS + ruleId + '.md';
    // Ids come back from clients too (a code action's data): the cache stays small whatever they send.
    if (docUrls.size >= 1000) docUrls.clear();
    docUrls.set(ruleId, url);
  }
  return url;
}

export function toRange(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

export function fixToData(lines: LineIndex, fix: Fix, locale: Locale): DiagnosticData['fix'] {
  return {
    title: message(fix.titleId, fix.titleArgs, locale),
    edits: fix.edits.map((e) => ({ range: toRange(lines, e.start, e.end), newText: e.newText })),
    snippet: fix.snippet || undefined,
    explicitOnly: fix.explicitOnly || undefined,
    lazy: fix.lazy ? { kind: fix.lazy.kind, at: fix.lazy.at } : undefined,
  };
}

/** A place given by its lines (a finding across files carries them) as an LSP range. */
function rangeOfLines(l: LineRange): Range {
  return { start: { line: l.line, character: l.character }, end: { line: l.endLine, character: l.endCharacter } };
}

export function toDiagnostic(doc: PolicyDocument, f: Finding, version: number, locale: Locale, uri?: string): Diagnostic {
  const data: DiagnosticData = { ruleId: f.ruleId, version };
  if (f.fix) data.fix = fixToData(doc.lineIndex, f.fix, locale);
  const d: Diagnostic = {
    range: toRange(doc.lineIndex, f.range.start, f.range.end),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: ruleDocUrl(f.ruleId) },
    source: SOURCE,
    message: message(f.messageId, f.args, locale),
    data,
  };
  if (uri && f.related?.length) {
    d.relatedInformation = f.related.map((r) => ({
      // A place in another file (a finding across files) carries its own lines.
      location: r.file && r.lines
        ? { uri: r.file, range: rangeOfLines(r.lines) }
        : { uri, range: toRange(doc.lineIndex, r.range.start, r.range.end) },
      message: message(r.messageId, r.args, locale),
    }));
  }
  return d;
}

/**
 * A finding across files (core/related.ts) as a diagnostic: its range and its related places come as
 * lines (`Finding.lines`, `Related.lines`), so no parse of either document is needed here.
 */
export function relatedDiagnostic(f: Finding, version: number, locale: Locale): Diagnostic {
  const d: Diagnostic = {
    range: rangeOfLines(f.lines ?? { line: 0, character: 0, endLine: 0, endCharacter: 0 }),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: ruleDocUrl(f.ruleId) },
    source: SOURCE,
    message: message(f.messageId, f.args, locale),
    data: { ruleId: f.ruleId, version } satisfies DiagnosticData,
  };
  const related = (f.related ?? []).filter((r) => r.file && r.lines);
  if (related.length) {
    d.relatedInformation = related.map((r) => ({
      location: { uri: r.file!, range: rangeOfLines(r.lines!) },
      message: message(r.messageId, r.args, locale),
    }));
  }
  return d;
}

/** A whole-document notice (binary, too large, bad encoding) as a diagnostic on the first line. */
export function noticeDiagnostic(id: string, args: Record<string, string | number> | undefined, locale: Locale,
  severity: DiagnosticSeverity = DiagnosticSeverity.Warning): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity,
    code: id,
    source: SOURCE,
    message: message(id, args, locale),
  };
}

/** Snippet text as plain text, for clients that cannot expand snippets. */
export function plainEdits(edits: TextEdit[], snippet: boolean | undefined): TextEdit[] {
  return snippet ? edits.map((e) => ({ range: e.range, newText: snippetToText(e.newText) })) : edits;
}

export function isDiagnosticData(v: unknown): v is DiagnosticData {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Partial<DiagnosticData>;
  return typeof d.ruleId === 'string' && typeof d.version === 'number';
}
