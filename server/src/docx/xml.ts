/**
 * A small streaming XML scanner for the parts of a .docx: start tags with their attributes, end tags
 * and text, in document order, in one pass of indexOf calls (linear time, no tree built, so a large
 * word/document.xml costs neither seconds nor hundreds of MB). Comments, processing instructions and
 * the DOCTYPE are skipped; CDATA is text. Damaged XML never throws: what cannot be read is skipped,
 * and an unfinished tag ends the scan.
 *
 * Element and attribute names are given with the prefix the namespace has in Office's own files
 * (`w:` for WordprocessingML, `mc:` for markup compatibility …), whatever prefix the file declares
 * on its root element; names of other namespaces keep their prefix.
 */

export interface XmlHandler {
  /** A start tag (`selfClosing`: `<x/>`, no end tag follows). */
  open(name: string, attrs: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw character data between tags; decode it with `decodeXmlText` when it is needed. */
  text(raw: string, cdata: boolean): void;
}

/** Canonical prefixes of the namespaces the reader looks at. */
const CANONICAL: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
};

const ENTITY_RE = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Character data with its entity and character references replaced; unknown references stay as they are. */
export function decodeXmlText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(ENTITY_RE, (_m: string, e: string) => {
    if (e[0] !== '#') return NAMED[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
  });
}

function isSpace(c: number): boolean { return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; }

/** Scan `xml`, calling `h` for every tag and run of text. */
export function scanXml(xml: string, h: XmlHandler): void {
  let prefixes: Map<string, string> | undefined; // declared prefix → canonical, from the root element
  let defaultPrefix = ''; // for unprefixed element names, when the root declares a known default namespace
  const canon = (qname: string, element = true): string => {
    const colon = qname.indexOf(':');
    if (colon < 0) return element && defaultPrefix ? defaultPrefix + ':' + qname : qname;
    if (!prefixes) return qname;
    const mapped = prefixes.get(qname.slice(0, colon));
    return mapped === undefined ? qname : mapped + qname.slice(colon);
  };
  const n = xml.length;
  let pos = 0;
  while (pos < n) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) {
      h.text(xml.slice(pos), false);
      return;
    }
    if (lt > pos) h.text(xml.slice(pos, lt), false);
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) return;
        pos = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) return;
        h.text(xml.slice(lt + 9, end), true);
        pos = end + 3;
      } else {
        // <!DOCTYPE …>, with an internal subset in brackets: skipped, nothing declared there is used.
        const gt = xml.indexOf('>', lt);
        const bracket = xml.indexOf('[', lt);
        if (bracket >= 0 && (gt < 0 || bracket < gt)) {
          const end = xml.indexOf(']>', bracket);
          if (end < 0) return;
          pos = end + 2;
        } else {
          if (gt < 0) return;
          pos = gt + 1;
        }
      }
      continue;
    }
    if (next === 0x3f /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return;
      pos = end + 2;
      continue;
    }
    if (next === 0x2f /* / */) {
      const gt = xml.indexOf('>', lt + 2);
      if (gt < 0) return;
      h.close(canon(xml.slice(lt + 2, gt).trim()));
      pos = gt + 1;
      continue;
    }
    // A start tag: its name, then attributes name="value" or name='value'.
    let i = lt + 1;
    while (i < n && !isSpace(xml.charCodeAt(i)) && xml[i] !== '>' && xml[i] !== '/') i++;
    const qname = xml.slice(lt + 1, i);
    const rawAttrs: [string, string][] = [];
    let selfClosing = false;
    let ended = false;
    while (i < n) {
      const c = xml.charCodeAt(i);
      if (isSpace(c)) { i++; continue; }
      if (c === 0x3e /* > */) { i++; ended = true; break; }
      if (c === 0x2f /* / */) {
        if (xml.charCodeAt(i + 1) === 0x3e) { selfClosing = true; i += 2; ended = true; break; }
        i++;
        continue;
      }
      const nameStart = i;
      while (i < n && xml[i] !== '=' && xml[i] !== '>' && xml[i] !== '/' && !isSpace(xml.charCodeAt(i))) i++;
      const aname = xml.slice(nameStart, i);
      while (i < n && isSpace(xml.charCodeAt(i))) i++;
      if (xml[i] !== '=') continue; // an attribute without a value: ignored
      i++;
      while (i < n && isSpace(xml.charCodeAt(i))) i++;
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") continue;
      const end = xml.indexOf(quote, i + 1);
      if (end < 0) return;
      rawAttrs.push([aname, xml.slice(i + 1, end)]);
      i = end + 1;
    }
    if (!ended) return;
    pos = i;
    if (!prefixes) {
      // The root element: the prefixes its namespace declarations give the known namespaces.
      prefixes = new Map();
      for (const [a, v] of rawAttrs) {
        if (a.startsWith('xmlns:') && CANONICAL[v] !== undefined) prefixes.set(a.slice(6), CANONICAL[v]);
        else if (a === 'xmlns' && CANONICAL[v] !== undefined && CANONICAL[v] !== 'rel') defaultPrefix = CANONICAL[v];
      }
    }
    const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [a, v] of rawAttrs) attrs[canon(a, false)] = v.includes('&') ? decodeXmlText(v) : v;
    const name = canon(qname);
    h.open(name, attrs, selfClosing);
    if (selfClosing) h.close(name);
  }
}

/** Decode a part's bytes: UTF-8, or UTF-16 with a byte order mark. */
export function partText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}
