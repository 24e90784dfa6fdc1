/**
 * The task-division table as an .xlsx workbook (exceljs): one sheet, a bold header row that stays in
 * view, each section as a merged row before its tasks, wrapped text, column widths that suit Chinese.
 */
import * as ExcelJS from 'exceljs';
import type { Locale } from '../linter';
import { message } from '../linter';
import { taskCells, taskHeader, type TaskTable } from '../core/tasks';

const WIDTHS = [6, 60, 28, 28, 18];

export async function taskTableXlsx(table: TaskTable, locale: Locale = 'zh-cn'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'policy-lint';
  const name = locale === 'en' ? 'Tasks' : '任务分工表';
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const title = ws.addRow([message('tasks/title', { title: table.title ?? '' }, locale)]);
  ws.mergeCells(title.number, 1, title.number, WIDTHS.length);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  const header = ws.addRow(taskHeader(table, locale));
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  const border: Partial<ExcelJS.Borders> = {
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
  }
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
