/** Completion of unit names inside a lead-unit clause: units already used in the document first, then configured and known ones. */
import { CompletionItem, CompletionItemKind, Position } from 'vscode-languageserver';
import type { PolicyDocument } from '../linter';
import { unitCompletions } from '../core/units';
import { citedTitles } from '../core/features/docnumber';

/** After a clause label and colon, or after 、/，/；/牵头， inside an open clause bracket. */
const IN_CLAUSE = /(?:牵头单位|配合单位|责任单位|负责部门|协办单位|参与单位|牵头部门|责任部门)[:：][^）)\]】\n]{0,200}$|[（([【][^（()）\]】\n]{0,100}(?:牵头|会同)[，,、][^）)\]】\n]{0,200}$/;

export function unitCompletionItems(doc: PolicyDocument, position: Position, extra: readonly string[]): CompletionItem[] {
  const lineStart = doc.lineIndex.starts[position.line] ?? 0;
  const offset = doc.lineIndex.offsetAt(position);
  const before = doc.text.slice(Math.max(lineStart, offset - 200), offset);
  if (!IN_CLAUSE.test(before)) return [];
  const typed = /[^:：、，,；;（([【\s]{0,40}$/.exec(before)![0];
  const names = unitCompletions(doc, typed, extra, offset).slice(0, 200);
  return names.map((name, i) => ({
    label: name,
    kind: CompletionItemKind.Module,
    sortText: String(i).padStart(4, '0'),
    textEdit: { range: { start: { line: position.line, character: position.character - typed.length }, end: position }, newText: name },
  }));
}

/** After an unclosed 《 on the line: the titles already cited in the document (with their numbers). */
export function titleCompletionItems(doc: PolicyDocument, position: Position): CompletionItem[] {
  const lineStart = doc.lineIndex.starts[position.line] ?? 0;
  const offset = doc.lineIndex.offsetAt(position);
  const before = doc.text.slice(lineStart, offset);
  const open = before.lastIndexOf('《');
  if (open < 0 || before.indexOf('》', open) >= 0) return [];
  const typed = before.slice(open + 1);
  const closes = doc.text[offset] === '》';
  return citedTitles(doc).filter((t) => t.title.startsWith(typed) && t.title !== typed).map((t, i) => ({
    label: t.title,
    kind: CompletionItemKind.Reference,
    detail: t.number,
    sortText: String(i).padStart(4, '0'),
    textEdit: {
      range: { start: { line: position.line, character: position.character - typed.length }, end: position },
      newText: t.title + (closes ? '' : '》') + (t.number && !closes ? `（${t.number}）` : ''),
    },
  }));
}
