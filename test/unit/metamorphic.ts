/**
 * Metamorphic transforms of a document's form (hard wrap, Markdown, CRLF, indentation, title in 《》 or
 * missing, traditional characters, PDF page numbers and running heads, blank lines, heading numbers lost
 * with Word's automatic numbering, and wrap combined with traditional script or Markdown) and the comparison of what the checker
 * says on the original and on the variant, finding by finding, by the original line each comes from.
 * Shared by scripts/metamorphic.mjs (the table over the corpus) and metamorphic.test.ts.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { lintText, type Finding, type PolicyDocument } from '../../server/src/linter';
import { corpusFiles, documentText, ROOT } from './audit';

export { documentText };
export const corpusDocuments = corpusFiles;

/** A line of a variant: its text, the original line it comes from (-1: added) and the column there. */
export interface VLine { text: string; orig: number; col: number }

/** What a transform knows of the original: its lines, the title's lines, the headings' lines. */
export interface DocInfo {
  file: string;
  lines: string[];
  /** Indices of the lines the title takes. */
  titleLines: number[];
  /** Heading per line index: its style and the length of its marker from the line start (indentation included). */
  headings: Map<number, { style: string; markerEnd: number; titleEnd: number }>;
}

export interface Transform {
  name: string;
  /** What the transform does, and whether it can make a real defect (then a gained finding is right). */
  note: string;
  /** The variant's lines, or undefined when the transform does not apply to this document. */
  apply(info: DocInfo): VLine[] | undefined;
  eol?: string;
}

const same = (info: DocInfo, f: (s: string, i: number) => string | string[] | undefined): VLine[] => {
  const out: VLine[] = [];
  info.lines.forEach((s, i) => {
    const r = f(s, i);
    if (r === undefined) return;
    for (const t of Array.isArray(r) ? r : [r]) out.push({ text: t, orig: i, col: 0 });
  });
  return out;
};

/** A width between 32 and 40 that depends on the file only (the same variant every run). */
function widthOf(file: string): number {
  let h = 0;
  for (let i = 0; i < file.length; i++) h = (h * 31 + file.charCodeAt(i)) >>> 0;
  return 32 + (h % 9);
}

const isWhite = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u3000';
const isAlnum = (c: string | undefined) => !!c && /[0-9A-Za-z.%]/.test(c);

/**
 * Break `s` (from column `from` of original line `orig`) into lines of `w` characters as a PDF sets them: by
 * visual width (an ASCII character is half as wide as a Chinese one), never inside a run of digits or letters.
 */
function wrapInto(out: VLine[], s: string, orig: number, from: number, w: number): void {
  let at = from;
  // A table row of a web page is no PDF line.
  if (s.trimStart().startsWith('|')) { out.push({ text: s.slice(at), orig, col: at }); return; }
  for (;;) {
    let cut = at, width = 0;
    while (cut < s.length && width + (s.charCodeAt(cut) < 0x2000 ? 1 : 2) <= 2 * w) width += s.charCodeAt(cut++) < 0x2000 ? 1 : 2;
    if (cut >= s.length) break;
    while (cut > at + 1 && ((isAlnum(s[cut - 1]) && isAlnum(s[cut])) || isWhite(s[cut - 1]) || isWhite(s[cut]))) cut--;
    out.push({ text: s.slice(at, cut), orig, col: at });
    at = cut;
  }
  out.push({ text: s.slice(at), orig, col: at });
}

let s2t: Map<string, string> | undefined;
function toTraditional(s: string): string {
  if (!s2t) {
    const raw = JSON.parse(readFileSync(path.join(ROOT, 'server', 'data', 's2t.json'), 'utf8')) as Record<string, string>;
    s2t = new Map(Object.entries(raw).filter(([k, v]) => k.length === v.length));
  }
  let out = '';
  for (const c of s) out += s2t.get(c) ?? c;
  return out;
}

/** Page chrome every 8 lines of text, before a line (as a PDF copy keeps its page numbers). */
function withPageNumbers(info: DocInfo, page: (n: number) => string): VLine[] | undefined {
  const out: VLine[] = [];
  let n = 0, pageNo = 1;
  info.lines.forEach((s, i) => {
    if (s.trim() && ++n % 8 === 0 && !info.titleLines.includes(i)) out.push({ text: page(pageNo++), orig: -1, col: 0 });
    out.push({ text: s, orig: i, col: 0 });
  });
  return pageNo > 1 ? out : undefined;
}

/**
 * The text hard-wrapped at its PDF width, with lines put before (`before`) or after (`after`) every 30th
 * line of text, as a PDF page break falls (page numbers after, a running head before); with `whole`,
 * undefined when the text has no full page.
 */
function wrappedPages(info: DocInfo, before: (page: number) => VLine[], after: (page: number) => VLine[], whole = false): VLine[] | undefined {
  const w = widthOf(info.file);
  const wrapped: VLine[] = [];
  info.lines.forEach((s, i) => wrapInto(wrapped, s, i, 0, w));
  const out: VLine[] = [];
  let n = 0;
  for (const l of wrapped) {
    const breaks = !!l.text.trim() && ++n % 30 === 0;
    if (breaks) out.push(...before(n / 30));
    out.push(l);
    if (breaks) out.push(...after(n / 30));
  }
  return whole && n < 30 ? undefined : out;
}

export const TRANSFORMS: Transform[] = [
  { name: 'crlf', note: 'CRLF line ends', eol: '\r\n', apply: (info) => same(info, (s) => s) },
  {
    name: 'wrap', note: 'hard wrap at 32–40 characters, inside sentences (a PDF copy)',
    apply: (info) => {
      const w = widthOf(info.file);
      const out: VLine[] = [];
      info.lines.forEach((s, i) => wrapInto(out, s, i, 0, w));
      return out;
    },
  },
  {
    name: 'wrap-28', note: 'hard wrap at 28 characters (a 公文 page: 28 characters a line)',
    apply: (info) => {
      const out: VLine[] = [];
      info.lines.forEach((s, i) => wrapInto(out, s, i, 0, 28));
      return out;
    },
  },
  {
    name: 'wrap-heading', note: 'hard wrap, and a numbered heading\'s text on the line after its number',
    apply: (info) => {
      const w = widthOf(info.file);
      const out: VLine[] = [];
      info.lines.forEach((s, i) => {
        const h = info.headings.get(i);
        if (h && (h.style === 'cn' || h.style === 'paren-cn') && h.markerEnd < s.length) {
          out.push({ text: s.slice(0, h.markerEnd), orig: i, col: 0 });
          wrapInto(out, s, i, h.markerEnd, w);
        } else wrapInto(out, s, i, 0, w);
      });
      return out;
    },
  },
  {
    name: 'md', note: 'Markdown: # title, ## 一、, ### （一）, **第X条**, a blank line between paragraphs',
    apply: (info) => {
      const out: VLine[] = [];
      info.lines.forEach((s, i) => {
        if (!s.trim()) return;
        const h = info.headings.get(i);
        let t = s;
        if (info.titleLines[0] === i) t = '# ' + s;
        else if (info.titleLines.includes(i)) { out[out.length - 1].text += s.trim(); return; }
        else if (h?.style === 'cn' || h?.style === 'chapter') t = '## ' + s.trim();
        else if (h?.style === 'paren-cn') t = '### ' + s.trim();
        else if (h?.style === 'article') t = '**' + s.slice(0, h.markerEnd).trim() + '**' + s.slice(h.markerEnd);
        if (out.length) out.push({ text: '', orig: -1, col: 0 });
        out.push({ text: t, orig: i, col: 0 });
      });
      return out;
    },
  },
  {
    name: 'md-bold', note: 'Markdown bold heading titles: **（一）指导思想。**以…',
    apply: (info) => same(info, (s, i) => {
      const h = info.headings.get(i);
      if (!h || h.style === 'article' || h.titleEnd <= h.markerEnd) return s;
      const end = s[h.titleEnd] === '。' ? h.titleEnd + 1 : h.titleEnd;
      const lead = s.length - s.trimStart().length;
      return s.slice(0, lead) + '**' + s.slice(lead, end) + '**' + s.slice(end);
    }),
  },
  { name: 'indent-fw', note: 'two full-width spaces before every line', apply: (info) => same(info, (s) => s.trim() ? '\u3000\u3000' + s : s) },
  { name: 'indent-tab', note: 'a tab before every line', apply: (info) => same(info, (s) => s.trim() ? '\t' + s : s) },
  { name: 'indent-sp', note: 'four spaces before every line', apply: (info) => same(info, (s) => s.trim() ? '    ' + s : s) },
  {
    name: 'title-marks', note: 'the title in 《》',
    apply: (info) => {
      const t = info.titleLines;
      if (!t.length) return undefined;
      return same(info, (s, i) => {
        let r = s;
        if (i === t[0]) r = '《' + r.trimStart();
        if (i === t[t.length - 1]) r = r.trimEnd() + '》';
        return r;
      });
    },
  },
  {
    name: 'no-title', note: 'the title line removed (a real defect: structure/title is right to say so)',
    apply: (info) => info.titleLines.length ? same(info, (s, i) => info.titleLines.includes(i) ? undefined : s) : undefined,
  },
  { name: 'trad', note: 'traditional characters', apply: (info) => same(info, (s) => toTraditional(s)) },
  { name: 'page-dash', note: 'PDF page numbers "— 3 —" between lines', apply: (info) => withPageNumbers(info, (n) => `— ${n} —`) },
  {
    name: 'wrap-page', note: 'hard wrap, and a page number "— 3 —" every 30 lines, inside a paragraph as a PDF page break falls',
    apply: (info) => wrappedPages(info, () => [], (page) => [{ text: '', orig: -1, col: 0 }, { text: `— ${page} —`, orig: -1, col: 0 }, { text: '', orig: -1, col: 0 }]),
  },
  { name: 'page-hyphen', note: 'PDF page numbers "-3-" between lines', apply: (info) => withPageNumbers(info, (n) => `-${n}-`) },
  {
    name: 'blank', note: 'a blank line between every two lines',
    apply: (info) => {
      const out: VLine[] = [];
      info.lines.forEach((s, i) => { if (out.length) out.push({ text: '', orig: -1, col: 0 }); out.push({ text: s, orig: i, col: 0 }); });
      return out;
    },
  },
  { name: 'no-blank', note: 'blank lines removed', apply: (info) => same(info, (s) => s.trim() ? s : undefined) },
  {
    name: 'no-numbers', note: 'heading numbers removed, as a copy of a Word file with automatic numbering loses them (plain text cannot restore them: a change to measure, not a defect to fix)',
    apply: (info) => {
      let n = 0;
      const out = same(info, (s, i) => {
        const h = info.headings.get(i);
        if (!h || h.style === 'article' || h.markerEnd >= s.length) return s;
        n++;
        const lead = s.length - s.trimStart().length;
        return s.slice(0, lead) + s.slice(h.markerEnd).trimStart();
      });
      return n ? out : undefined;
    },
  },
  {
    name: 'running-header', note: 'hard wrap, and a running header (the issuer\'s short name) every 30 lines, as a PDF copy repeats it on each page',
    apply: (info) => wrappedPages(info, () => [{ text: '示例市人民政府文件', orig: -1, col: 0 }], () => [], true),
  },
  {
    name: 'wrap-trad', note: 'traditional characters, hard wrapped (a PDF of a traditional-script copy)',
    apply: (info) => {
      const w = widthOf(info.file);
      const out: VLine[] = [];
      info.lines.forEach((s, i) => wrapInto(out, toTraditional(s), i, 0, w));
      return out;
    },
  },
  {
    name: 'wrap-md', note: 'Markdown (a blank line between paragraphs), each paragraph hard wrapped as an editor fills it',
    apply: (info) => {
      const md = TRANSFORMS.find((t) => t.name === 'md')!.apply(info)!;
      const w = widthOf(info.file);
      const out: VLine[] = [];
      for (const l of md) {
        // A heading stays on its line (a Markdown heading is one line); a run-in heading with its paragraph
        // (### （一）加强组织领导。生态环境部…) is written as a paragraph, which the editor fills.
        const hashes = /^#{1,6} /.exec(l.text)?.[0].length ?? 0;
        if (!l.text.trim() || (hashes && l.text.length - hashes <= w)) out.push(l);
        else wrapInto(out, l.text.slice(hashes), l.orig, 0, w);
      }
      return out;
    },
  },
];

export interface Linted { doc: PolicyDocument; findings: Finding[] }

export function lintLines(text: string): Linted {
  const { doc, findings } = lintText(text);
  return { doc, findings };
}

export function docInfo(file: string, text: string, base: Linted): DocInfo {
  const lines = text.split('\n');
  const idx = base.doc.lineIndex;
  const titleLines: number[] = [];
  if (base.doc.titleRange) {
    const a = idx.positionAt(base.doc.titleRange.start).line, b = idx.positionAt(base.doc.titleRange.end).line;
    for (let i = a; i <= b; i++) titleLines.push(i);
  }
  const headings = new Map<number, { style: string; markerEnd: number; titleEnd: number }>();
  for (const h of base.doc.allHeadings) {
    const line = idx.positionAt(h.lineRange.start).line;
    const start = idx.starts[line];
    headings.set(line, { style: h.style, markerEnd: h.markerRange.end - start, titleEnd: h.titleRange.end - start });
  }
  return { file, lines, titleLines, headings };
}

export interface Difference { change: 'lost' | 'gained'; rule: string; line: number; message: string; context: string }

/** The original line (0-based, -1 for an added line) of each finding of a variant, keyed rule\0line. */
function keysOf(findings: readonly Finding[], doc: PolicyDocument, vlines: readonly VLine[] | undefined): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const line = doc.lineIndex.positionAt(f.range.start).line;
    const orig = vlines ? (vlines[line]?.orig ?? -1) : line;
    const key = `${f.ruleId}\u0000${orig}`;
    const l = out.get(key) ?? [];
    l.push(f);
    out.set(key, l);
  }
  return out;
}

/** The findings lost and gained on the variant of `text` that `t` makes (undefined when `t` does not apply). */
export function compareVariant(file: string, text: string, t: Transform, base: Linted = lintLines(text)): Difference[] | undefined {
  const info = docInfo(file, text, base);
  const vlines = t.apply(info);
  if (!vlines) return undefined;
  const variant = lintLines(vlines.map((l) => l.text).join(t.eol ?? '\n'));
  const before = keysOf(base.findings, base.doc, undefined);
  const after = keysOf(variant.findings, variant.doc, vlines);
  const out: Difference[] = [];
  const ctx = (line: number) => line < 0 ? '(added line)' : info.lines[line].trim().slice(0, 60);
  for (const [key, fs] of before) {
    const n = after.get(key)?.length ?? 0;
    const [rule, l] = key.split('\u0000');
    for (let k = n; k < fs.length; k++) out.push({ change: 'lost', rule, line: Number(l) + 1, message: fs[k].messageId, context: ctx(Number(l)) });
  }
  for (const [key, fs] of after) {
    const n = before.get(key)?.length ?? 0;
    const [rule, l] = key.split('\u0000');
    for (let k = n; k < fs.length; k++) out.push({ change: 'gained', rule, line: Number(l) + 1, message: fs[k].messageId, context: ctx(Number(l)) });
  }
  return out;
}

/** Per rule, the number of findings on a text. */
export function countsByRule(findings: readonly Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.ruleId] = (out[f.ruleId] ?? 0) + 1;
  return out;
}
