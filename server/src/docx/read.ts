/**
 * The text of a .docx as a drafter sees it in Word: one paragraph per line, Word's automatic numbers
 * (一、（一）1.（1）第一章 …) written in front of their paragraphs, tables one row per line with the
 * cells separated by a tab, tracked changes accepted (inserted text kept, deleted text dropped),
 * comments, footnotes and field codes left out (a field's shown result is kept), line breaks kept.
 * Each line knows the paragraph of the .docx it comes from.
 *
 * Pure: bytes in, text out; no file system, no vscode. Used by the CLI, its HTML report and the server.
 */
import { readZipXmlParts } from './zip';
import { decodeXmlText, partText, scanXml } from './xml';
import { NumberingState, readNumberingDefinitions, styleAlignment } from './numbering';

export interface DocxText {
  /** The lines, joined with '\n'. */
  text: string;
  /** For each line, the 1-based number of the .docx paragraph it comes from (a table row: its first paragraph). */
  paragraphOfLine: number[];
  /** The document has tracked changes; the text is the one with all of them accepted. */
  revisions: boolean;
  /** Paragraphs whose automatic number was restored as text. */
  numbered: number;
}

export type DocxResult = ({ ok: true } & DocxText) | { ok: false; error: string; tooLarge?: boolean };

/** The note that goes with a text read from a .docx with tracked changes. */
export const REVISIONS_NOTE_ZH = '含修订，按接受修订后的文本检查';
export const REVISIONS_NOTE_EN = 'the document has tracked changes; checked as if all were accepted';

/** Files and extracted texts larger than this are not read (the CLI's limit for a text file). */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;

/** Formats a drafter may have that are not read; saved as .docx they are. */
export const UNSUPPORTED_EXTENSIONS = ['.wps', '.ofd', '.doc'];

/** The message for a file name of an unsupported format (.wps, .ofd, .doc), or undefined. */
export function unsupportedFormat(fileName: string): string | undefined {
  const m = /(\.[A-Za-z0-9]{1,8})$/.exec(fileName);
  const ext = m ? m[1].toLowerCase() : '';
  if (!UNSUPPORTED_EXTENSIONS.includes(ext)) return undefined;
  return `${ext} files are not supported; save the file as .docx / 不支持该格式（${ext}），请另存为 .docx`;
}

/** One half of a bilingual message "English / 中文", for a locale. */
export function messageIn(bilingual: string, locale: 'zh-cn' | 'en'): string {
  const i = bilingual.lastIndexOf(' / ');
  if (i < 0) return bilingual;
  return locale === 'en' ? bilingual.slice(0, i) : bilingual.slice(i + 3);
}

const NOT_WORD = 'not a Word document (no word/document.xml) / 不是 Word 文档（缺少 word/document.xml）';

/** The target of the first relationship of a type (…/officeDocument, …/numbering, …/styles) in a .rels part. */
function relationshipTarget(rels: Buffer | undefined, type: string, baseDir: string): string | undefined {
  if (!rels) return undefined;
  let found: string | undefined;
  scanXml(partText(rels), {
    open(name, a) {
      if (found !== undefined || !/(^|:)Relationship$/.test(name)) return;
      const t = a['Type'] ?? '';
      if (!t.endsWith('/' + type) || a['TargetMode'] === 'External') return;
      const target = a['Target'] ?? '';
      found = target.startsWith('/') ? target.slice(1) : resolvePath(baseDir, target);
    },
    close() { /* nothing */ },
    text() { /* nothing */ },
  });
  return found;
}

function resolvePath(dir: string, rel: string): string {
  const out = dir ? dir.split('/') : [];
  for (const seg of rel.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** Read a .docx from its bytes. Never throws: a damaged or hostile file gives a reason. */
export function readDocxBuffer(bytes: Uint8Array): DocxResult {
  try {
    const zipped = readZipXmlParts(bytes);
    if ('error' in zipped) return { ok: false, error: zipped.error, tooLarge: zipped.tooLarge };
    const parts = zipped.parts;
    // Part names in a zip are case-sensitive, but some writers vary the case: fall back to a case-insensitive match.
    const part = (name: string | undefined): Buffer | undefined => {
      if (name === undefined) return undefined;
      const exact = parts.get(name);
      if (exact) return exact;
      const lower = name.toLowerCase();
      for (const [k, v] of parts) if (k.toLowerCase() === lower) return v;
      return undefined;
    };
    const mainName = relationshipTarget(part('_rels/.rels'), 'officeDocument', '') ?? 'word/document.xml';
    const main = part(mainName) ?? part('word/document.xml');
    if (!main) return { ok: false, error: NOT_WORD };
    const slash = mainName.lastIndexOf('/');
    const dir = slash >= 0 ? mainName.slice(0, slash) : '';
    const relsName = `${dir ? dir + '/' : ''}_rels/${mainName.slice(slash + 1)}.rels`;
    const docRels = part(relsName);
    const numberingName = relationshipTarget(docRels, 'numbering', dir) ?? 'word/numbering.xml';
    const stylesName = relationshipTarget(docRels, 'styles', dir) ?? 'word/styles.xml';
    const numbering = part(numberingName);
    const styles = part(stylesName);
    const defs = readNumberingDefinitions(numbering && partText(numbering), styles && partText(styles));
    const read = documentText(partText(main), new NumberingState(defs));
    if (!read) return { ok: false, error: `not a Word document (${mainName} is not a WordprocessingML document) / 不是 Word 文档（正文部件已损坏）` };
    const size = Buffer.byteLength(read.text);
    if (size > MAX_DOCX_BYTES) {
      return { ok: false, tooLarge: true, error: `the text of the .docx is too large (${(size / 1048576).toFixed(1)} MB, limit ${MAX_DOCX_BYTES / 1048576} MB); not checked / .docx 文本过大，未检查` };
    }
    return { ok: true, ...read };
  } catch (e) {
    return { ok: false, error: `could not read the .docx / 无法读取 .docx 文件: ${e instanceof Error ? e.message : String(e)}` };
  }
}

interface Para {
  text: string[];
  styleId?: string;
  numId?: string;
  ilvl?: number;
  hasNumPr: boolean;
  /** The paragraph mark is a tracked deletion: accepted, this paragraph runs on into the next. */
  markDeleted: boolean;
  /** The current run is hidden text (w:vanish). */
  runHidden: boolean;
  /** w:jc of the paragraph itself. */
  jc?: string;
}

interface Container {
  kind: 'body' | 'cell';
  /** Text of the paragraphs and nested rows of a cell. */
  texts: string[];
  /** Text of paragraphs whose mark was deleted, waiting for the paragraph they join. */
  carry?: string;
}

interface Row { cells: string[]; firstParagraph?: number; deleted: boolean }

const LATIN = /[A-Za-z0-9]/;

/** The lines of a turned title as one: joined directly, with a space only between two Latin letters or digits. */
function joinTurnedLines(text: string): string {
  const parts = text.split('\n');
  let out = parts[0];
  for (let i = 1; i < parts.length; i++) {
    const next = parts[i];
    out += (out && next && LATIN.test(out[out.length - 1]) && LATIN.test(next[0]) ? ' ' : '') + next;
  }
  return out;
}

/** Elements whose content is never text of the document (properties, deleted text, field codes, notes, references). */
const SKIP = new Set([
  'w:delText', 'w:delInstrText', 'w:instrText', 'w:pPrChange', 'w:rPrChange', 'w:sectPr', 'w:sectPrChange',
  'w:tblPr', 'w:tblPrChange', 'w:tblGrid', 'w:tblGridChange', 'w:tcPr', 'w:tcPrChange', 'w:trPrChange', 'w:tblPrEx',
  'w:sdtPr', 'w:sdtEndPr', 'w:numberingChange', 'w:footnoteReference', 'w:endnoteReference', 'w:commentReference',
  'w:annotationRef', 'w:fldData', 'w:footnoteRef', 'w:endnoteRef', 'w:separator', 'w:continuationSeparator',
]);

const onOff = (v: string | undefined) => v === undefined || !/^(0|false|off)$/i.test(v);

/** The text of word/document.xml; undefined when it has no w:document root (damaged, or another kind of XML). */
function documentText(xml: string, numbering: NumberingState): DocxText | undefined {
  let root: string | undefined;
  const lines: string[] = [];
  const paragraphOfLine: number[] = [];
  let paragraphs = 0;
  let revisions = false;
  const stack: string[] = [];
  let skip = 0;
  const paras: Para[] = [];
  const containers: Container[] = [{ kind: 'body', texts: [] }];
  const rows: Row[] = [];
  /** Open complex fields: true once past their w:fldChar "separate" (the shown result). */
  const fields: boolean[] = [];
  /** Open mc:AlternateContent: whether one of its choices was taken. */
  const alternates: boolean[] = [];

  const visible = (p: Para) => !p.runHidden && fields.every((f) => f);
  const put = (s: string) => {
    const p = paras[paras.length - 1];
    if (p && visible(p)) p.text.push(s);
  };

  /** A finished paragraph (or table row) goes to the cell it is in, or becomes lines of the body. */
  const deliver = (text: string, paragraph: number) => {
    const c = containers[containers.length - 1];
    if (c.kind === 'cell') {
      c.texts.push(text.replace(/[\n\f]+/g, ' '));
      const row = rows[rows.length - 1];
      if (row && row.firstParagraph === undefined) row.firstParagraph = paragraph;
      return;
    }
    // Page and column breaks split a paragraph only between text.
    let from = 0, to = text.length;
    while (from < to && text[from] === '\f') from++;
    while (to > from && text[to - 1] === '\f') to--;
    const t = text.slice(from, to).replace(/\f+/g, '\n');
    for (const line of t.split('\n')) {
      lines.push(line);
      paragraphOfLine.push(paragraph);
    }
  };

  scanXml(xml, {
    open(name, a) {
      root ??= name;
      stack.push(name);
      if (skip) return;
      const parent = stack[stack.length - 2];
      const grand = stack[stack.length - 3];
      const p = paras[paras.length - 1];
      switch (name) {
        case 'w:p':
          paras.push({ text: [], hasNumPr: false, markDeleted: false, runHidden: false });
          return;
        case 'w:r':
          if (p) p.runHidden = false;
          return;
        case 'w:pStyle':
          if (p && parent === 'w:pPr') p.styleId = a['w:val'];
          return;
        case 'w:jc':
          if (p && parent === 'w:pPr') p.jc = a['w:val'];
          return;
        case 'w:numPr':
          if (p && parent === 'w:pPr') p.hasNumPr = true;
          return;
        case 'w:numId':
          if (p && parent === 'w:numPr' && grand === 'w:pPr') p.numId = a['w:val'];
          return;
        case 'w:ilvl':
          if (p && parent === 'w:numPr' && grand === 'w:pPr') {
            const v = Number(a['w:val']);
            p.ilvl = Number.isInteger(v) ? v : undefined;
          }
          return;
        case 'w:rPr':
          // Run properties: read for hidden text. The paragraph mark's: read for a tracked deletion of the mark.
          if (parent !== 'w:r' && parent !== 'w:pPr') skip = stack.length;
          return;
        case 'w:vanish':
          if (p && parent === 'w:rPr' && grand === 'w:r' && onOff(a['w:val'])) p.runHidden = true;
          return;
        case 'w:del': case 'w:moveFrom':
          revisions = true;
          if (parent === 'w:rPr' && grand === 'w:pPr') { if (p) p.markDeleted = true; return; }
          if (parent === 'w:trPr') { const row = rows[rows.length - 1]; if (row) row.deleted = true; return; }
          skip = stack.length;
          return;
        case 'w:ins': case 'w:moveTo':
          revisions = true;
          return;
        case 'w:pPr':
          // A paragraph's own properties are read (style, numbering, a deleted mark); any other (in a property change) is not.
          if (parent !== 'w:p') skip = stack.length;
          return;
        case 'w:t':
          return;
        case 'w:tab': case 'w:ptab':
          if (parent === 'w:r') put('\t');
          return;
        case 'w:br':
          if (parent === 'w:r') put(a['w:type'] === 'page' || a['w:type'] === 'column' ? '\f' : '\n');
          return;
        case 'w:cr':
          if (parent === 'w:r') put('\n');
          return;
        case 'w:noBreakHyphen':
          if (parent === 'w:r') put('-');
          return;
        case 'w:sym': {
          const code = parseInt(a['w:char'] ?? '', 16);
          // Symbol-font characters (F000–F0FF) have no Unicode meaning of their own.
          if (parent === 'w:r' && Number.isInteger(code) && code > 0x20 && !(code >= 0xe000 && code <= 0xf8ff) && !(code >= 0xd800 && code <= 0xdfff)) put(String.fromCharCode(code));
          return;
        }
        case 'w:fldChar': {
          const t = a['w:fldCharType'];
          if (t === 'begin') fields.push(false);
          else if (t === 'separate') { if (fields.length) fields[fields.length - 1] = true; }
          else if (t === 'end') fields.pop();
          return;
        }
        case 'w:tr':
          rows.push({ cells: [], deleted: false });
          return;
        case 'w:tc':
          containers.push({ kind: 'cell', texts: [] });
          return;
        case 'mc:AlternateContent':
          alternates.push(false);
          return;
        case 'mc:Choice': case 'mc:Fallback':
          // The first choice is taken (Word's own markup); the others and the fallback say the same again.
          if (parent === 'mc:AlternateContent' && alternates.length) {
            if (alternates[alternates.length - 1]) skip = stack.length;
            else alternates[alternates.length - 1] = true;
          }
          return;
        default:
          if (SKIP.has(name)) skip = stack.length;
      }
    },
    close(name) {
      if (skip) {
        if (skip === stack.length) skip = 0;
        stack.pop();
        return;
      }
      stack.pop();
      switch (name) {
        case 'w:p': {
          const p = paras.pop();
          if (!p) return;
          const c = containers[containers.length - 1];
          let text = p.text.join('').replace(/\r/g, '');
          // A line break in a centred paragraph turns a long title or heading (回行, as GB/T 9704 lays titles
          // out): the text is one line, as a draft has it. Elsewhere a break starts a new line (落款 and date).
          if (text.includes('\n') && (p.jc ?? styleAlignment(numbering.defs, p.styleId)) === 'center') text = joinTurnedLines(text);
          if (p.markDeleted) {
            // Accepted, the deletion of the mark joins this paragraph to the next, which keeps its own properties.
            c.carry = (c.carry ?? '') + text;
            return;
          }
          const number = numbering.next({ styleId: p.styleId, numId: p.numId, ilvl: p.ilvl, hasNumPr: p.hasNumPr });
          const joined = number + (c.carry ?? '') + text;
          c.carry = undefined;
          deliver(joined, ++paragraphs);
          return;
        }
        case 'w:tc': {
          if (containers.length < 2) return;
          const cell = containers.pop()!;
          if (cell.carry) cell.texts.push(cell.carry);
          const row = rows[rows.length - 1];
          if (row) row.cells.push(cell.texts.join(' ').replace(/\t/g, ' '));
          return;
        }
        case 'w:tr': {
          const row = rows.pop();
          if (!row || row.deleted) return;
          const line = row.cells.every((c) => c.trim() === '') ? '' : row.cells.join('\t');
          deliver(line, row.firstParagraph ?? paragraphs + 1);
          return;
        }
        case 'mc:AlternateContent':
          alternates.pop();
          return;
      }
    },
    text(raw, cdata) {
      if (skip || stack[stack.length - 1] !== 'w:t') return;
      put((cdata ? raw : decodeXmlText(raw)).replace(/[\r\n]/g, ' '));
    },
  });
  if (root !== 'w:document') return undefined;
  const body = containers[0];
  if (body.carry) deliver(body.carry, ++paragraphs);
  return { text: lines.join('\n'), paragraphOfLine, revisions, numbered: numbering.numbered };
}
