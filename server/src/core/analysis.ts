/**
 * The analysis of one document version. The PolicyDocument (core/document.ts) is built eagerly from
 * the text, in one pass over the lexer's tokens; everything derived from it (goal sections, money
 * items, tier lists, sequence problems, reply features, validity, number scans …) is a `derived`
 * part: computed on first use, once per document version, shared by every rule and by the server's
 * hovers, and dropped with the document. This is the one caching scheme of the core.
 */
import type { PolicyDocument } from './model';

const PARTS = new WeakMap<PolicyDocument, Map<object | string, unknown>>();

/**
 * Declare a derived part: `derived('goals', (doc) => …)` returns an accessor that computes the part
 * for a document the first time it is asked for and returns the same value afterwards.
 */
export function derived<T>(name: string, compute: (doc: PolicyDocument) => T): (doc: PolicyDocument) => T {
  const key = { name };
  return (doc: PolicyDocument): T => {
    let parts = PARTS.get(doc);
    if (!parts) { parts = new Map(); PARTS.set(doc, parts); }
    if (parts.has(key)) return parts.get(key) as T;
    const value = compute(doc);
    parts.set(key, value);
    return value;
  };
}

/** The same, keyed by name at the call site: `memo(doc, 'ranges', scanRanges)`. */
export function memo<T>(doc: PolicyDocument, name: string, compute: (doc: PolicyDocument) => T): T {
  let parts = PARTS.get(doc);
  if (!parts) { parts = new Map(); PARTS.set(doc, parts); }
  if (parts.has(name)) return parts.get(name) as T;
  const value = compute(doc);
  parts.set(name, value);
  return value;
}

/**
 * Where the characters of MARK_CHARS (line breaks, brackets, 《》, quotes, the first characters
 * of garbled text) stand in `norm`: found once, for every rule that scans the text for some of them.
 */
export const marks = (doc: PolicyDocument): Int32Array => doc.marks;
