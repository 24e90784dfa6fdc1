/**
 * Export a draft as a Word document laid out per GB/T 9704-2012 (党政机关公文格式): A4, margins top 37 mm,
 * bottom 35 mm, left 28 mm, right 26 mm (版心 156 × 225 mm), 22 lines of 28 characters, title in 2号
 * 小标宋, body in 3号 仿宋, headings 一、黑体 （一）楷体 1./（1）仿宋, 落款 and 成文日期 右空四字, page
 * numbers "— 1 —" in 4号 半角宋体 (odd pages right, even pages left, one character in), tables with full
 * borders. Each paragraph carries a named style (Word's built-in Normal, Title and heading 1–4, which a
 * Chinese Word shows as 正文, 标题 and 标题 1–4, and 主送, 附件说明, 落款, 成文日期, 附注, 版记 …) so that a
 * later edit in Word keeps them. The parts come from the policy model (core/parts.ts); the words are
 * written as they stand in the draft (numbers as literal text, no Word list numbering).
 *
 * The grid. 28 characters on a 156 mm line is 15.8 pt per character, less than the 16 pt of 3号. Word
 * templates do this with docGrid type="linesAndChars" and a negative charSpace; LibreOffice (7.4) lays each
 * character that is wider than a grid cell over two cells, 14 per line. So the grid here is a line grid
 * (type="lines", linePitch 579 twips = 28.95 pt: 22 lines in 225 mm) and the 3号 text is set 0.25 pt
 * tighter (w:spacing −5): 28 characters of 15.75 pt fill the line and a 29th does not fit, in Word and in
 * LibreOffice alike (test/unit/export-render.test.ts renders every example and measures it).
 *
 * No vscode or LSP import: the CLI, the language server and the tests call it.
 */
import type * as DocxTypes from 'docx';
import type { IParagraphStyleOptions, ICharacterStyleOptions } from 'docx';
import { docxLib, lazyModule } from '../office/load';
import { parseDocument } from '../core/document';
import type { PolicyDocument } from '../core/model';
import { documentParts, Part } from '../core/parts';

/** The docx package, loaded when the first Word document is written (office/load.ts): not at start-up. */
const Docx = lazyModule(docxLib);
// The types of the classes used, under the same name (a namespace of types only merges with the constant).
// eslint-disable-next-line @typescript-eslint/no-namespace
declare namespace Docx {
  type Document = DocxTypes.Document; type Paragraph = DocxTypes.Paragraph; type Table = DocxTypes.Table;
  type TableCell = DocxTypes.TableCell; type TableRow = DocxTypes.TableRow; type TextRun = DocxTypes.TextRun;
  type Footer = DocxTypes.Footer; type Tab = DocxTypes.Tab;
}

/** Font names per role. The GB/T fonts are licensed and not shipped: Word or WPS substitutes a missing one. */
export interface ExportFonts {
  /** 标题, 发文机关标志: 小标宋. */
  title: string;
  /** 正文, 1./（1） headings, 主送, 落款, 版记: 仿宋. */
  fangsong: string;
  /** （一） headings: 楷体. */
  kaiti: string;
  /** 一、 headings, 附件 marks: 黑体. */
  heiti: string;
  /** Page numbers: 宋体. */
  songti: string;
}

export type FontPresetName = 'standard' | 'windows';
export const FONT_PRESETS: Record<FontPresetName, ExportFonts> = {
  // The fonts GB/T 9704 names, as installed by government offices.
  standard: { title: '方正小标宋简体', fangsong: '仿宋_GB2312', kaiti: '楷体_GB2312', heiti: '黑体', songti: '宋体' },
  // The fonts every Windows since Vista has (仿宋_GB2312 and 楷体_GB2312 were dropped); 小标宋 stays, as offices install it.
  windows: { title: '方正小标宋简体', fangsong: '仿宋', kaiti: '楷体', heiti: '黑体', songti: '宋体' },
};
const FONT_ROLES = Object.keys(FONT_PRESETS.standard) as (keyof ExportFonts)[];

/**
 * Fonts from a setting: a preset name ("standard", "windows"), or { preset?, title?, fangsong?, kaiti?,
 * heiti?, songti? } (a preset, then names for single roles). What cannot be used is named in `errors`
 * and the default is kept.
 */
export function resolveFonts(setting: unknown): { fonts: ExportFonts; errors: string[] } {
  const errors: string[] = [];
  let fonts = { ...FONT_PRESETS.standard };
  if (setting === undefined || setting === null || setting === '') return { fonts, errors };
  const preset = (p: unknown) => {
    if (typeof p === 'string' && Object.prototype.hasOwnProperty.call(FONT_PRESETS, p)) fonts = { ...FONT_PRESETS[p as FontPresetName] };
    else errors.push(`未知的字体预设 unknown font preset "${String(p)}" (${Object.keys(FONT_PRESETS).join('|')})`);
  };
  if (typeof setting === 'string') { preset(setting); return { fonts, errors }; }
  if (typeof setting !== 'object' || Array.isArray(setting)) {
    errors.push('字体设置应为预设名或对象 / fonts: expected a preset name or an object');
    return { fonts, errors };
  }
  const o = setting as Record<string, unknown>;
  if (o.preset !== undefined) preset(o.preset);
  for (const [k, v] of Object.entries(o)) {
    if (k === 'preset') continue;
    if (!(FONT_ROLES as string[]).includes(k)) { errors.push(`未知的字体角色 unknown font role "${k}" (${FONT_ROLES.join('|')})`); continue; }
    if (typeof v !== 'string' || !v.trim() || v.length > 100 || /[<>&"]/.test(v)) { errors.push(`字体名无效 invalid font name for "${k}"`); continue; }
    fonts[k as keyof ExportFonts] = v.trim();
  }
  return { fonts, errors };
}

export interface ExportOptions {
  fonts?: Partial<ExportFonts>;
}

// Measures in twips (1/20 pt) and half-points.
const MM = 1440 / 25.4;
export const PAGE = {
  width: 11906, height: 16838,
  top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM),
  /** The page number's line sits about 7 mm below the 版心 (一字线上距版心下边缘 7 mm). */
  footer: Math.round(25 * MM),
  header: Math.round(15 * MM),
} as const;
/** 225 mm / 22 lines = 28.95 pt. */
export const LINE_PITCH = 579;
const SIZE_2 = 44, SIZE_3 = 32, SIZE_4 = 28;
/** 3号 text set 0.25 pt tighter: 28 characters to the 156 mm line. */
const TIGHTEN = -5;
/** One character of 3号 (the unit of 空二字, 右空四字). */
const CHAR = 320;
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** The red rule under the 发文字号: 11 pt above it (about 4 mm) and 1.5 pt of line, in twips. */
const RULE_HEIGHT = (11 + 1.5) * 20;

const exact = (after = 0, before = 0) => ({ line: LINE_PITCH, lineRule: Docx.LineRuleType.EXACT, after, before });
const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

function styles(f: ExportFonts): { paragraphStyles: IParagraphStyleOptions[]; characterStyles: ICharacterStyleOptions[] } {
  const body = { font: font(f.fangsong), size: SIZE_3, characterSpacing: TIGHTEN };
  const indented = { alignment: Docx.AlignmentType.JUSTIFIED, indent: { firstLine: 2 * CHAR, firstLineChars: 200 }, spacing: exact() };
  const flush = { alignment: Docx.AlignmentType.JUSTIFIED, indent: { firstLine: 0, firstLineChars: 0 }, spacing: exact() };
  const heading = (id: string, name: string, level: number, face: string): IParagraphStyleOptions => ({
    id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true,
    run: { font: font(face), size: SIZE_3, characterSpacing: TIGHTEN, bold: false, color: '000000' },
    paragraph: { ...indented, outlineLevel: level },
  });
  const custom = (id: string, name: string, run: IParagraphStyleOptions['run'], paragraph: IParagraphStyleOptions['paragraph']): IParagraphStyleOptions =>
    ({ id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true, run, paragraph });
  return {
    paragraphStyles: [
      { id: 'Normal', name: 'Normal', quickFormat: true, run: body, paragraph: indented },
      custom('Title', 'Title', { font: font(f.title), size: SIZE_2, characterSpacing: 0 }, { alignment: Docx.AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 }, spacing: exact(), outlineLevel: 0, keepNext: true }),
      heading('Heading1', 'heading 1', 0, f.heiti),
      heading('Heading2', 'heading 2', 1, f.kaiti),
      heading('Heading3', 'heading 3', 2, f.fangsong),
      heading('Heading4', 'heading 4', 3, f.fangsong),
      custom('Chapter', '章标题', { font: font(f.heiti), size: SIZE_3 }, { alignment: Docx.AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 }, spacing: exact(), outlineLevel: 0, keepNext: true }),
      custom('TitleNote', '标题注', { font: font(f.kaiti), size: SIZE_3 }, { alignment: Docx.AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 }, spacing: exact(), keepNext: true }),
      custom('OrganMark', '发文机关标志', { font: font(f.title), size: 72, color: 'FF0000', characterSpacing: 0 }, { alignment: Docx.AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 }, spacing: { line: 2 * LINE_PITCH, lineRule: Docx.LineRuleType.EXACT } }),
      custom('DocNumber', '发文字号', body, {
        alignment: Docx.AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 }, spacing: exact(),
        border: { bottom: { style: Docx.BorderStyle.SINGLE, size: 12, color: 'FF0000', space: 11 } },  // RULE_HEIGHT
      }),
      custom('Addressee', '主送', body, flush),
      custom('AttachmentNote', '附件说明', body, { alignment: Docx.AlignmentType.JUSTIFIED, indent: { left: 5 * CHAR, hanging: 3 * CHAR }, spacing: exact() }),
      custom('Signature', '落款', body, { alignment: Docx.AlignmentType.RIGHT, indent: { firstLine: 0, firstLineChars: 0, right: 4 * CHAR }, spacing: exact() }),
      custom('DocDate', '成文日期', body, { alignment: Docx.AlignmentType.RIGHT, indent: { firstLine: 0, firstLineChars: 0, right: 4 * CHAR }, spacing: exact() }),
      custom('Remark', '附注', body, indented),
      custom('AttachmentMark', '附件标识', { font: font(f.heiti), size: SIZE_3 }, { ...flush, alignment: Docx.AlignmentType.LEFT, keepNext: true }),
      custom('Imprint', '版记', { font: font(f.fangsong), size: SIZE_4, characterSpacing: 0 }, {
        alignment: Docx.AlignmentType.LEFT, indent: { left: SIZE_4 * 10, right: SIZE_4 * 10, firstLine: 0, firstLineChars: 0 }, spacing: exact(),
      }),
      custom('TableText', '表格文字', body, { ...flush, alignment: Docx.AlignmentType.LEFT }),
      // A table's header row and the section rows of a 任务分工表: 黑体.
      custom('TableHead', '表头', { font: font(f.heiti), size: SIZE_3 }, { ...flush, alignment: Docx.AlignmentType.CENTER }),
      custom('TableGroup', '表格分组', { font: font(f.heiti), size: SIZE_3 }, { ...flush, alignment: Docx.AlignmentType.LEFT, keepNext: true }),
    ],
    characterStyles: [
      // The body text after a run-in heading (（一）指导思想。坚持…): the heading in its face, the rest in 仿宋.
      { id: 'BodyChar', name: '正文字符', basedOn: 'DefaultParagraphFont', quickFormat: true, run: { font: font(f.fangsong) } },
      // 第X条 markers in 黑体.
      { id: 'HeiChar', name: '黑体字符', basedOn: 'DefaultParagraphFont', quickFormat: true, run: { font: font(f.heiti) } },
    ],
  };
}

/** Display width of a string in 2号 characters: CJK and full-width forms count 1, the rest ½. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u2026\u201c\u201d\u2018\u2019]/.test(ch) ? 1 : 0.5;
  return w;
}
/** 2号 characters on a title line (156 mm / 22 pt). */
const TITLE_LINE = Math.floor(TEXT_WIDTH / (SIZE_2 * 10));

/**
 * A title too long for one line, broken as GB/T 9704 asks (词意完整, 排列对称): only where a phrase
 * ends — before 关于, 印发/转发, 《, （, 的 and after 》, 关于, 印发/转发, 的 — with lines as even as possible, each
 * within the line. A title that has no such break is left for Word to wrap.
 */
export function splitTitle(title: string, max = TITLE_LINE): string[] {
  if (width(title) <= max) return [title];
  const breaks = new Set<number>();
  for (let i = 1; i < title.length; i++) {
    const prev = title[i - 1], next = title.slice(i);
    if (/^(关于|印发|转发|《|（|\(|的)/.test(next) && !/[《（(]$/.test(prev)) breaks.add(i);
    const before = title.slice(0, i);
    if (/[》）)]$/.test(prev) || /(关于|印发|转发)$/.test(before) || (prev === '的' && !/^[)）》]/.test(next))) breaks.add(i);
  }
  const points = [0, ...[...breaks].sort((a, b) => a - b), title.length];
  const lines = Math.ceil(width(title) / max);
  let best: number[] | undefined;
  let bestCost = Infinity;
  // Lines count up from the fewest possible; points are few (a title of 120 characters at most).
  for (let n = lines; n <= lines + 1 && !best; n++) {
    const target = width(title) / n;
    const search = (from: number, left: number, acc: number[], cost: number) => {
      if (cost >= bestCost) return;
      if (left === 1) {
        const w = width(title.slice(points[from]));
        if (w > max) return;
        const c = cost + (w - target) ** 2;
        if (c < bestCost) { bestCost = c; best = [...acc, points[from]]; }
        return;
      }
      for (let k = from + 1; k < points.length - 1; k++) {
        const w = width(title.slice(points[from], points[k]));
        if (w > max) break;
        search(k, left - 1, [...acc, points[from]], cost + (w - target) ** 2);
      }
    };
    search(0, n, [], 0);
  }
  if (!best) return [title];
  const starts: number[] = best;
  return starts.map((s, i) => title.slice(s, i + 1 < starts.length ? starts[i + 1] : title.length));
}

const HEADING_STYLE: Record<string, string> = {
  chapter: 'Chapter', cn: 'Heading1', 'paren-cn': 'Heading2', arabic: 'Heading3', 'paren-arabic': 'Heading4',
};

function run(s: string): Docx.TextRun { return new Docx.TextRun(s); }

function paragraphsOf(parts: Part[]): (Docx.Paragraph | Docx.Table)[] {
  const out: (Docx.Paragraph | Docx.Table)[] = [];
  const firstTitle = parts.findIndex((p) => p.role === 'title');
  // The 版头 (发文机关标志, 发文字号) goes above the title even when the draft has the number under it.
  const head = parts.filter((p, i) => (p.role === 'organ-mark' || p.role === 'doc-number') && (firstTitle < 0 || i <= firstTitle + 3));
  const hasMark = head.some((p) => p.role === 'organ-mark');
  for (const p of head) {
    if (p.role === 'organ-mark') out.push(new Docx.Paragraph({ style: 'OrganMark', children: [run(p.lines.join(''))] }));
    // The red rule's space and width (12.5 pt) come out of the two blank lines under it, so the title stays on the grid.
    else out.push(new Docx.Paragraph({ style: 'DocNumber', spacing: { ...exact(2 * LINE_PITCH - RULE_HEIGHT, hasMark ? 2 * LINE_PITCH : 0) }, children: [run(p.lines.join(''))] }));
  }
  let signatureStarted = false;
  let banjiStarted = false;
  let attachmentStarted = false;
  parts.forEach((p, i) => {
    if (head.includes(p)) return;
    const next = parts[i + 1];
    const nextRole = next && !head.includes(next) ? next.role : parts[i + 2]?.role;
    switch (p.role) {
      case 'title': {
        const lines = p.lines.length > 1 ? p.lines : splitTitle(p.lines[0]);
        const runs: Docx.TextRun[] = lines.map((l, k) => new Docx.TextRun({ text: l, break: k > 0 ? 1 : undefined }));
        const closing = nextRole !== 'title-note';
        // An attached document starts on a new page (附件应当另面编排), unless an 附件 mark already did.
        const newPage = i !== firstTitle && parts[i - 1]?.role !== 'attachment-mark';
        out.push(new Docx.Paragraph({ style: 'Title', pageBreakBefore: newPage, spacing: exact(closing ? LINE_PITCH : 0), children: runs }));
        break;
      }
      case 'title-note':
        out.push(new Docx.Paragraph({ style: 'TitleNote', spacing: exact(nextRole === 'title-note' ? 0 : LINE_PITCH), children: [run(p.lines[0])] }));
        break;
      case 'addressee':
        out.push(new Docx.Paragraph({ style: 'Addressee', children: [run(p.lines[0])] }));
        break;
      case 'heading': {
        const h = p.heading!;
        const line = p.lines[0];
        const cut = p.headLength ?? line.length;
        const style = HEADING_STYLE[h.style];
        if (style) {
          const runs = [run(line.slice(0, cut))];
          // A run-in heading (（一）指导思想。坚持…): the sentences after it are body text.
          if (cut < line.length) runs.push(new Docx.TextRun({ text: line.slice(cut), style: style === 'Heading3' || style === 'Heading4' ? undefined : 'BodyChar' }));
          // Only a heading on a line of its own is kept with what follows (a chain of run-in headings would
          // be pushed to the next page whole).
          out.push(new Docx.Paragraph({ style, keepNext: cut >= line.length, children: runs }));
        } else {
          // 第X条 (its marker in 黑体) and ①: body paragraphs.
          const runs = [new Docx.TextRun({ text: line.slice(0, cut), style: h.style === 'article' ? 'HeiChar' : undefined })];
          if (cut < line.length) runs.push(run(line.slice(cut)));
          out.push(new Docx.Paragraph({ style: 'Normal', children: runs }));
        }
        break;
      }
      case 'attachment-note':
        p.lines.forEach((l, k) => out.push(new Docx.Paragraph({
          style: 'AttachmentNote',
          // 附件说明 is set one line below the body; its later items align with the first item's name.
          spacing: exact(0, k === 0 ? LINE_PITCH : 0),
          indent: k === 0 ? undefined : { left: 5 * CHAR, hanging: 0 },
          children: [run(l)],
        })));
        break;
      case 'signature':
        out.push(new Docx.Paragraph({ style: 'Signature', spacing: exact(0, signatureStarted ? 0 : 2 * LINE_PITCH), children: [run(p.lines[0])] }));
        signatureStarted = true;
        break;
      case 'date':
        out.push(new Docx.Paragraph({ style: 'DocDate', spacing: exact(0, signatureStarted ? 0 : 2 * LINE_PITCH), children: [run(p.lines[0])] }));
        signatureStarted = false;
        break;
      case 'remark':
        out.push(new Docx.Paragraph({ style: 'Remark', children: [run(p.lines[0])] }));
        break;
      case 'attachment-mark':
        out.push(new Docx.Paragraph({ style: 'AttachmentMark', pageBreakBefore: attachmentStarted || parts.slice(0, i).some((x) => x.role !== 'attachment-mark'), children: [run(p.lines[0])] }));
        attachmentStarted = true;
        break;
      case 'cc':
      case 'imprint': {
        // 版记: a thick rule above its first line and below its last, thin rules between its lines.
        const last = !(nextRole === 'cc' || nextRole === 'imprint');
        const rule = (thick: boolean) => ({ style: Docx.BorderStyle.SINGLE, size: thick ? 8 : 6, color: '000000', space: 1 });
        // 印发机关 from the left, 印发日期 to the right (a right tab one character in).
        const d = p.role === 'imprint' ? /\d{4}[ \t]?年[^年]{0,12}印发$/.exec(p.lines[0]) : null;
        let e = d ? d.index : 0;
        while (e > 0 && ' \t\u3000'.includes(p.lines[0][e - 1])) e--;
        const m = d ? ['', p.lines[0].slice(0, e), d[0]] : null;
        out.push(new Docx.Paragraph({
          style: 'Imprint',
          spacing: exact(0, banjiStarted ? 0 : LINE_PITCH),
          border: { top: banjiStarted ? undefined : rule(true), bottom: rule(last) },
          tabStops: [{ type: Docx.TabStopType.RIGHT, position: TEXT_WIDTH - SIZE_4 * 10 }],
          children: m ? [run(m[1]), new Docx.TextRun({ children: [new Docx.Tab(), m[2]] })] : [run(p.lines[0])],
        }));
        banjiStarted = !last;
        break;
      }
      case 'table':
        out.push(tableOf(p.rows ?? []));
        break;
      case 'body':
      case 'doc-number':
      case 'organ-mark':
      default:
        out.push(new Docx.Paragraph({ style: p.role === 'doc-number' ? 'DocNumber' : 'Normal', children: [run(p.lines[0])] }));
    }
  });
  return out;
}

function tableOf(rows: string[][]): Docx.Table {
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const rule = { style: Docx.BorderStyle.SINGLE, size: 4, color: '000000' };
  const cellWidth = Math.floor(TEXT_WIDTH / columns);
  return new Docx.Table({
    width: { size: TEXT_WIDTH, type: Docx.WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => cellWidth),
    borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule },
    rows: rows.map((r) => new Docx.TableRow({
      children: Array.from({ length: columns }, (_v, k) => new Docx.TableCell({
        width: { size: cellWidth, type: Docx.WidthType.DXA },
        children: [new Docx.Paragraph({ style: 'TableText', children: [run(r[k] ?? '')] })],
      })),
    })),
  });
}

function pageNumber(f: ExportFonts, side: 'left' | 'right'): Docx.Footer {
  // "— 1 —": 4号 半角宋体, one character (of 4号) in from the side.
  const run = new Docx.TextRun({ children: ['— ', Docx.PageNumber.CURRENT, ' —'], font: font(f.songti), size: SIZE_4 });
  return new Docx.Footer({
    children: [new Docx.Paragraph({
      alignment: side === 'right' ? Docx.AlignmentType.RIGHT : Docx.AlignmentType.LEFT,
      indent: side === 'right' ? { right: SIZE_4 * 10, firstLine: 0 } : { left: SIZE_4 * 10, firstLine: 0 },
      spacing: { line: 240, lineRule: Docx.LineRuleType.AUTO },
      children: [run],
    })],
  });
}

/** The page a document is set on: A4 upright, or turned for a wide table. */
export interface PageSetup {
  /**
   * A4 turned (297 × 210 mm) for a table too wide for the upright page: the upright margins turned with
   * it (left 37, right 35, top 26, bottom 28 mm), so the 版心 is 225 × 156 mm.
   */
  landscape?: boolean;
}

/** The 版心 width in twips: 156 mm upright, 225 mm turned. */
export function textWidth(page: PageSetup = {}): number {
  return page.landscape ? PAGE.height - PAGE.top - PAGE.bottom : TEXT_WIDTH;
}

/**
 * The GB/T 9704 package around the given blocks: the styles, the A4 page and its margins, the line grid,
 * and the page numbers (— N —, odd pages right and even pages left, 7 mm below the 版心).
 */
function gongwenPackage(children: (Docx.Paragraph | Docx.Table)[], fonts: ExportFonts, title: string, page: PageSetup = {}): Docx.Document {
  if (!children.length) children.push(new Docx.Paragraph({ style: 'Normal', children: [] }));
  // Turned: the upright page's top margin becomes the left one, its bottom the right, its right the top, its left the bottom.
  const margin = page.landscape
    ? { top: PAGE.right, bottom: PAGE.left, left: PAGE.top, right: PAGE.bottom, header: PAGE.header, footer: PAGE.footer - (PAGE.bottom - PAGE.left) }
    : { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer };
  return new Docx.Document({
    title,
    creator: 'policy-lint',
    description: 'GB/T 9704-2012',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: font(fonts.fangsong), size: SIZE_3 }, paragraph: { spacing: exact() } },
      },
      ...styles(fonts),
    },
    sections: [{
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height, orientation: page.landscape ? Docx.PageOrientation.LANDSCAPE : Docx.PageOrientation.PORTRAIT },
          margin,
        },
        grid: { type: 'lines', linePitch: LINE_PITCH },
      },
      footers: { default: pageNumber(fonts, 'right'), even: pageNumber(fonts, 'left') },
      children,
    }],
  });
}

/** The Word document (not yet packed) for a draft. */
export function gongwenDocument(doc: PolicyDocument, options: ExportOptions = {}): Docx.Document {
  const fonts: ExportFonts = { ...FONT_PRESETS.standard, ...options.fonts };
  return gongwenPackage(paragraphsOf(documentParts(doc)), fonts, doc.title ?? '');
}

/** A draft (plain text or Markdown) as a GB/T 9704 .docx. `doc` is the draft's model when the caller has it. */
export async function exportGongwenDocx(text: string, options: ExportOptions = {}, doc: PolicyDocument = parseDocument(text)): Promise<Buffer> {
  return Docx.Packer.toBuffer(gongwenDocument(doc, options));
}

// -------------------------------------------------------------------------------------------------
// Tables as documents of their own: the 任务分工表 and the 修改对照表 (cli/tasks.ts, cli/compare.ts)

/** A piece of a cell's text: struck through (deleted words) or underlined (inserted words) when marked. */
export interface CellRun { text: string; strike?: boolean; underline?: boolean; heading?: boolean }
/** A cell: plain text (line breaks start new paragraphs), or paragraphs of runs. */
export type CellContent = string | CellRun[][];

export interface TableColumnSpec {
  title: string;
  /** The column's share of the width. */
  weight: number;
  /** The fewest 3号 characters a line of the column should hold; the page is turned when the upright one cannot give them. */
  minChars: number;
  center?: boolean;
}

export interface TableDocumentSpec {
  /** 2号 小标宋, centred, split as GB/T 9704 asks. */
  title: string;
  /** Lines under the title, centred (楷体). */
  subtitle?: string[];
  /** Paragraphs before the table (正文). */
  before?: string[];
  columns: TableColumnSpec[];
  /** Rows of cells, or a section row spanning the table (黑体). */
  rows: ({ group: string } | { cells: CellContent[] })[];
  /** Paragraphs after the table (正文). */
  after?: string[];
  /** Keep each row on one page (short rows, as a 任务分工表's); long rows (a 修改对照表's articles) may break. */
  wholeRows?: boolean;
}

/** 3号 as set (15.75 pt) in twips, and a cell's left and right padding (Word's default 0.19 cm each). */
const CELL_CHAR = CHAR + TIGHTEN, CELL_PADDING = 2 * 108;

/** Whether the columns' fewest characters fit the upright 版心. */
export function needsLandscape(columns: readonly TableColumnSpec[]): boolean {
  return columns.reduce((w, c) => w + c.minChars * CELL_CHAR + CELL_PADDING, 0) > TEXT_WIDTH;
}

function cellParagraphs(content: CellContent, style: string, center: boolean): Docx.Paragraph[] {
  const paragraphs: CellRun[][] = typeof content === 'string'
    ? content.split('\n').map((text) => [{ text }])
    : content.length ? content : [[]];
  return paragraphs.map((runs) => new Docx.Paragraph({
    style,
    alignment: center ? Docx.AlignmentType.CENTER : undefined,
    children: runs.map((r) => new Docx.TextRun({
      text: r.text,
      strike: r.strike || undefined,
      underline: r.underline ? {} : undefined,
      style: r.heading ? 'HeiChar' : undefined,
    })),
  }));
}

/**
 * A table as a GB/T 9704 document: the title, the table with full borders (its header row repeated on every
 * page), the same styles, fonts, line grid and page numbers as the export; the page turned when the
 * columns need more than the upright 156 mm.
 */
export function tableDocument(spec: TableDocumentSpec, options: ExportOptions = {}): { document: Docx.Document; landscape: boolean } {
  const fonts: ExportFonts = { ...FONT_PRESETS.standard, ...options.fonts };
  const landscape = needsLandscape(spec.columns);
  const width = textWidth({ landscape });
  const out: (Docx.Paragraph | Docx.Table)[] = [];
  const lines = splitTitle(spec.title, Math.floor(width / (SIZE_2 * 10)));
  const subtitle = spec.subtitle ?? [];
  out.push(new Docx.Paragraph({
    style: 'Title', spacing: exact(subtitle.length ? 0 : LINE_PITCH),
    children: lines.map((l, k) => new Docx.TextRun({ text: l, break: k > 0 ? 1 : undefined })),
  }));
  subtitle.forEach((l, k) => out.push(new Docx.Paragraph({ style: 'TitleNote', spacing: exact(k === subtitle.length - 1 ? LINE_PITCH : 0), children: [run(l)] })));
  for (const p of spec.before ?? []) out.push(new Docx.Paragraph({ style: 'Normal', children: [run(p)] }));
  const n = spec.columns.length;
  const total = spec.columns.reduce((w, c) => w + c.weight, 0);
  const widths = spec.columns.map((c) => Math.floor(width * c.weight / total));
  const rule = { style: Docx.BorderStyle.SINGLE, size: 4, color: '000000' };
  const header = new Docx.TableRow({
    tableHeader: true,
    cantSplit: true,
    children: spec.columns.map((c, k) => new Docx.TableCell({
      width: { size: widths[k], type: Docx.WidthType.DXA },
      verticalAlign: Docx.VerticalAlignTable.CENTER,
      children: [new Docx.Paragraph({ style: 'TableHead', children: [run(c.title)] })],
    })),
  });
  const body = spec.rows.map((r) => new Docx.TableRow({
    cantSplit: 'group' in r || !!spec.wholeRows,
    children: 'group' in r
      ? [new Docx.TableCell({ columnSpan: n, width: { size: width, type: Docx.WidthType.DXA }, children: [new Docx.Paragraph({ style: 'TableGroup', children: [run(r.group)] })] })]
      : spec.columns.map((c, k) => new Docx.TableCell({
        width: { size: widths[k], type: Docx.WidthType.DXA },
        children: cellParagraphs(r.cells[k] ?? '', 'TableText', !!c.center),
      })),
  }));
  out.push(new Docx.Table({
    width: { size: width, type: Docx.WidthType.DXA },
    layout: Docx.TableLayoutType.FIXED,
    columnWidths: widths,
    borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule },
    rows: [header, ...body],
  }));
  for (const p of spec.after ?? []) out.push(new Docx.Paragraph({ style: 'Normal', children: [run(p)] }));
  return { document: gongwenPackage(out, fonts, spec.title, { landscape }), landscape };
}

/** A table as a GB/T 9704 .docx (see tableDocument). */
export async function exportTableDocx(spec: TableDocumentSpec, options: ExportOptions = {}): Promise<Buffer> {
  return Docx.Packer.toBuffer(tableDocument(spec, options).document);
}
