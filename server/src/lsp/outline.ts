/** The heading tree as the outline (document symbols) and folding ranges. */
import { DocumentSymbol, FoldingRange, FoldingRangeKind, SymbolKind } from 'vscode-languageserver';
import type { Heading, Locale, PolicyDocument } from '../linter';
import { kindLabel, message, unwrappedTwin } from '../linter';
import { toRange } from './convert';

const KIND: Record<Heading['style'], SymbolKind> = {
  chapter: SymbolKind.Module,
  cn: SymbolKind.Namespace,
  'paren-cn': SymbolKind.Class,
  arabic: SymbolKind.Method,
  'paren-arabic': SymbolKind.Field,
  circled: SymbolKind.Field,
  article: SymbolKind.Property,
};

/** Lead units of each measure heading, for the outline's detail column. */
function measureDetails(doc: PolicyDocument, locale: Locale): Map<Heading, string> {
  const details = new Map<Heading, string>();
  for (const m of doc.measures) {
    if (!m.heading || !m.task) continue;
    const clause = m.clause ?? m.inherited;
    const units = clause ? clause.lead.map((u) => u.name).join('、') : '';
    details.set(m.heading, units ? message('ui/lead', { units }, locale) : message('ui/no-lead', undefined, locale));
  }
  return details;
}

/**
 * The document as the rules read it, and a map of its offsets into the text as written: a hard-wrapped copy (out
 * of a PDF) is read with its paragraphs joined, so that a heading's title on the line after its number, or a lead
 * clause broken over two lines, shows in the outline as it does in the findings.
 */
function asRead(doc: PolicyDocument): { read: PolicyDocument; span: (start: number, end: number) => { start: number; end: number } } {
  const twin = unwrappedTwin(doc);
  return twin ? { read: twin.doc, span: (start, end) => twin.mapper.span({ start, end }) } : { read: doc, span: (start, end) => ({ start, end }) };
}

export function documentSymbols(written: PolicyDocument, locale: Locale): DocumentSymbol[] {
  const { read: doc, span } = asRead(written);
  const rangeOf = (start: number, end: number) => {
    const r = span(start, end);
    return toRange(written.lineIndex, r.start, r.end);
  };
  const details = measureDetails(doc, locale);
  const counts = new Map<Heading, { all: number; missing: number }>();
  for (const m of doc.measures) {
    if (!m.section || !m.task) continue;
    const c = counts.get(m.section) ?? { all: 0, missing: 0 };
    c.all++;
    if (!m.clause && !m.inherited) c.missing++;
    counts.set(m.section, c);
  }
  const convert = (h: Heading): DocumentSymbol => {
    const range = rangeOf(h.lineRange.start, Math.max(h.sectionRange.end, h.lineRange.end));
    const selStart = h.markerRange.start;
    const selEnd = Math.max(h.titleRange.end, h.markerRange.end);
    const name = (h.marker + h.title).trim() || h.marker;
    const count = counts.get(h);
    const sym: DocumentSymbol = {
      name: name.length > 80 ? name.slice(0, 79) + '…' : name,
      detail: details.get(h) ?? (count ? message(count.missing ? 'ui/measures-missing' : 'ui/measures', { count: count.all, missing: count.missing }, locale) : undefined),
      kind: KIND[h.style] ?? SymbolKind.String,
      range,
      selectionRange: rangeOf(selStart, selEnd),
      children: h.children.map(convert),
    };
    return sym;
  };
  const symbols = doc.headings.map(convert);
  if (doc.title && doc.titleRange) {
    const r = rangeOf(doc.titleRange.start, doc.titleRange.end);
    symbols.unshift({
      name: doc.title,
      detail: kindLabel(doc.kind, doc.title, locale),
      kind: SymbolKind.File,
      range: r,
      selectionRange: r,
    });
  }
  return symbols;
}

export function foldingRanges(written: PolicyDocument): FoldingRange[] {
  const { read: doc, span } = asRead(written);
  const out: FoldingRange[] = [];
  const lines = written.lineIndex;
  for (const h of doc.allHeadings) {
    let end = Math.max(h.sectionRange.end, h.lineRange.end);
    // Do not fold the blank lines before the next heading.
    while (end > h.lineRange.end && /\s/.test(doc.text[end - 1])) end--;
    const r = span(h.lineRange.start, end);
    const startLine = lines.positionAt(r.start).line;
    const endLine = lines.positionAt(r.end).line;
    if (endLine > startLine) out.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  return out;
}
