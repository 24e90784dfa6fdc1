/**
 * The task-division table as an .xlsx workbook (exceljs): one sheet, a bold header row that stays in
 * view, each section as a merged row before its tasks, wrapped text, column widths that suit Chinese.
 */
import type * as ExcelJSTypes from 'exceljs';
import { excelLib, lazyModule } from '../office/load';
import type { Locale } from '../linter';
import { message } from '../linter';
import { taskCells, taskHeader, type TaskTable } from '../core/tasks';

/** The exceljs package, loaded when the first workbook is written (office/load.ts): not at start-up. */
const ExcelJS = lazyModule(excelLib);

const WIDTHS = [6, 60, 28, 28, 18];

/**
 * Lines a wrapped cell takes in a column `width` characters of the default font wide: a Chinese character
 * counts two. The height is written with the row: LibreOffice keeps a row without one at the default
 * height and cuts the wrapped text (in Calc and in its PDF).
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  let lines = 0;
  for (const line of text.split('\n')) {
    let units = 0;
    for (const ch of line) units += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
    lines += Math.max(1, Math.ceil(units / room));
  }
  return lines;
}
/** Points per line of 11 pt text (Calibri, or the CJK font standing in), and the row's padding. */
const LINE_HEIGHT = 15, ROW_PADDING = 3;

export async function taskTableXlsx(table: TaskTable, locale: Locale = 'zh-cn'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'policy-lint';
  const name = locale === 'en' ? 'Tasks' : '任务分工表';
  // Printed (or converted to PDF) on A4 turned, the columns fitted to the page width, the header row on every page.
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, printTitlesRow: '2:2' },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const title = ws.addRow([message('tasks/title', { title: table.title ?? '' }, locale)]);
  ws.mergeCells(title.number, 1, title.number, WIDTHS.length);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  const header = ws.addRow(taskHeader(table, locale));
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  const border: Partial<ExcelJSTypes.Borders> = {
    top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
  };
  header.eachCell((c) => { c.border = border; c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }; });
  let last = -2;
  for (const r of table.rows) {
    if (r.group !== last && r.group >= 0) {
      const g = ws.addRow([table.groups[r.group].title]);
      ws.mergeCells(g.number, 1, g.number, WIDTHS.length);
      g.font = { bold: true };
      g.getCell(1).border = border;
      g.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    }
    last = r.group;
    const cells: (string | number)[] = taskCells(r, locale);
    cells[0] = r.no;
    const row = ws.addRow(cells);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(1).alignment = { vertical: 'top', horizontal: 'center' };
    row.eachCell({ includeEmpty: true }, (c) => { c.border = border; });
    row.height = LINE_HEIGHT * Math.max(...cells.map((c, k) => wrappedLines(String(c), WIDTHS[k]))) + ROW_PADDING;
  }
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
