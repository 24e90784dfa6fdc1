/**
 * Length-preserving normalisation for matching.
 *
 * Every rule matches on `norm`, a copy of the document in which
 *  - full-width ASCII forms (U+FF01–U+FF5E) become their ASCII twins (（ → (, ： → :, ０ → 0),
 *  - the ideographic space U+3000 becomes a plain space,
 *  - traditional characters become simplified ones (one code unit for one code unit),
 * so that one regular expression covers simplified and traditional, full- and half-width text.
 * Because each UTF-16 code unit maps to exactly one code unit, an offset in `norm` is the same
 * offset in the original text: findings and fixes always land on the drafter's own characters.
 */
import t2sData from '../../data/t2s.json';
import s2tData from '../../data/s2t.json';

/** Code unit → normalised code unit, for every BMP code unit (a flat table: one load per char). */
const TABLE = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) TABLE[c] = c;
for (let c = 0xff01; c <= 0xff5e; c++) TABLE[c] = c - 0xfee0;
TABLE[0x3000] = 0x20;
const T2S = new Map<number, number>();
for (const [from, to] of Object.entries(t2sData as Record<string, string>)) {
  T2S.set(from.charCodeAt(0), to.charCodeAt(0));
}
// Variants the OpenCC character table leaves alone but policy texts use for the same word.
T2S.set('於'.charCodeAt(0), '于'.charCodeAt(0));
for (const [from, to] of T2S) TABLE[from] = to;

const S2T = new Map<number, number>();
for (const [from, to] of Object.entries(s2tData as Record<string, string>)) {
  S2T.set(from.charCodeAt(0), to.charCodeAt(0));
}

/** Normalise `text` for matching. The result has exactly the same length as `text`. */
export function normalizeForMatching(text: string): string {
  const n = text.length;
  let buf: Uint16Array | undefined;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const r = TABLE[c];
    if (r !== c) {
      if (!buf) {
        buf = new Uint16Array(n);
        for (let k = 0; k < i; k++) buf[k] = text.charCodeAt(k);
      }
      buf[i] = r;
    } else if (buf) buf[i] = c;
  }
  if (!buf) return text;
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf16le');
}

/** True when the text holds more traditional-only characters than a stray conversion artefact. */
export function looksTraditional(text: string): boolean {
  let trad = 0;
  const limit = Math.min(text.length, 20000);
  for (let i = 0; i < limit; i++) {
    if (T2S.has(text.charCodeAt(i)) && ++trad >= 8) return true;
  }
  return false;
}

/**
 * Write simplified replacement text in the document's own script: a fix for a traditional-script
 * document gives 號 where a simplified one gives 号.
 */
export function toDocumentScript(text: string, traditional: boolean): string {
  if (!traditional) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const t = S2T.get(c);
    out += String.fromCharCode(t ?? c);
  }
  return out;
}
