/** Editor support for 发文字号 (no LSP imports): decode a number and find where else it is cited; titles cited so far. */
import codes from '../../../data/doc-codes.json';
import { isWhite } from '../chars';
import type { DocNumber, PolicyDocument, Span } from '../model';
import { normalizeForMatching } from '../normalize';

const TABLE: Record<string, string> = {};
for (const [k, v] of Object.entries(codes as Record<string, string>)) if (!k.startsWith('$')) TABLE[k] = v;

/** The organ a 机关代字 stands for: exact, else the longest known prefix (工信部科 → 工业和信息化部科技司). */
export function organOfCode(agency: string, extra: Record<string, string> = {}): string | undefined {
  const a = normalizeForMatching(agency);
  const table = { ...TABLE, ...extra };
  if (table[a]) return table[a];
  for (let n = a.length - 1; n >= 1; n--) if (table[a.slice(0, n)]) return table[a.slice(0, n)];
  return undefined;
}

export interface DocNumberInfo {
  number: DocNumber;
  text: string;
  organ?: string;
  year: string;
  serial: string;
  /** Other places in the document with the same number. */
  others: Span[];
  /** Title cited with this number anywhere in the document. */
  title?: string;
}

const key = (doc: PolicyDocument, d: DocNumber) => normalizeForMatching(doc.text.slice(d.range.start, d.range.end)).split('').filter((ch) => !isWhite(ch) && !'[]【】()﹝﹞〈〉〔〕'.includes(ch)).join('');

export function docNumberAt(doc: PolicyDocument, offset: number, extra: Record<string, string> = {}): DocNumberInfo | undefined {
  const d = doc.docNumbers.find((x) => x.range.start <= offset && offset <= x.range.end);
  if (!d) return undefined;
  const k = key(doc, d);
  const others = doc.docNumbers.filter((x) => x !== d && key(doc, x) === k).map((x) => x.range);
  const cited = doc.citations.find((c) => c.docNumber && c.title && key(doc, c.docNumber) === k);
  return { number: d, text: doc.text.slice(d.range.start, d.range.end), organ: organOfCode(d.agency, extra), year: d.year, serial: d.serial, others, title: cited?.title };
}

/** Distinct titles cited in the document, with their number when one was given. */
export function citedTitles(doc: PolicyDocument): { title: string; number?: string }[] {
  const out = new Map<string, string | undefined>();
  for (const c of doc.citations) {
    if (!c.titleRange || !c.title) continue;
    const title = doc.text.slice(c.titleRange.start + 1, c.titleRange.end - 1);
    if (title.length < 4) continue;
    const number = c.docNumber ? doc.text.slice(c.docNumber.range.start, c.docNumber.range.end) : undefined;
    if (!out.has(title) || (number && !out.get(title))) out.set(title, number);
  }
  return [...out].map(([title, number]) => ({ title, number }));
}
