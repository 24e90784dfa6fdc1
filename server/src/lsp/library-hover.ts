/** Hover on a citation: the library entry of the cited document (title, 发文字号, date, where it was seen). */
import type { Hover } from 'vscode-languageserver';
import type { Locale, PolicyDocument } from '../linter';
import { libraryEntriesFor, type LibraryEntry } from '../core/library';
import { toRange } from './convert';

const T = (locale: Locale, zh: string, en: string) => (locale === 'en' ? en : zh);

/** The library part of the hover at `offset`, or undefined when no citation there is in the library. */
export function libraryHoverText(doc: PolicyDocument, offset: number, locale: Locale, library: readonly LibraryEntry[] = []): { text: string; start: number; end: number } | undefined {
  const c = doc.citations.find((x) => x.range.start <= offset && offset <= x.range.end && (x.title || x.docNumber));
  if (!c) return undefined;
  const entries = libraryEntriesFor(doc, c, library);
  if (!entries.length) return undefined;
  const lines = entries.slice(0, 3).map((e) => {
    const seen = e.seen?.length ? T(locale, `；见于 ${e.seen.slice(0, 3).join('、')}`, `; seen in ${e.seen.slice(0, 3).join(', ')}`) : '';
    return `- 《${e.title}》（${e.number}）${e.date ? ' ' + e.date : ''}${seen}`;
  });
  return { text: `**${T(locale, '已发文件库', 'Library of issued documents')}**\n\n${lines.join('\n')}`, start: c.range.start, end: c.range.end };
}

/** The hover with the library entry added (after what is already there). */
export function withLibraryHover(hover: Hover | null, doc: PolicyDocument, offset: number, locale: Locale, library: readonly LibraryEntry[] = []): Hover | null {
  const part = libraryHoverText(doc, offset, locale, library);
  if (!part) return hover;
  if (!hover) return { contents: { kind: 'markdown', value: part.text }, range: toRange(doc.lineIndex, part.start, part.end) };
  const value = typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  return { ...hover, contents: { kind: 'markdown', value: value ? `${value}\n\n---\n\n${part.text}` : part.text } };
}
