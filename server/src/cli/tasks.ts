/**
 * `policy-lint tasks FILE [--format md|csv|xlsx|docx] [--output OUT] [--lang zh|en]`: the task-division
 * table (任务分工表) of one document. Exit 0 = written, 2 = usage or I/O error.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Locale } from '../linter';
import { message, parseDocument } from '../linter';
import { taskGrid, taskHeader, taskTable, taskTableCsv, taskTableMarkdown, type TaskTable } from '../core/tasks';
import { exportTableDocx, type ExportOptions, type TableColumnSpec } from '../export/gongwen-docx';
import { displayPath } from './format';
import { readDocument } from './files';

export const TASKS_HELP = `用法 Usage: policy-lint tasks FILE [--format md|csv|xlsx|docx] [--output OUT] [--lang zh|en]

  生成任务分工表：每项任务一行（序号、重点任务、牵头单位、配合单位、完成时限），按部分分组。
  Writes the task-division table: one row per task (no., task, lead unit, partner units, deadline), by section.

  --format md|csv|xlsx|docx  md（默认，Markdown）| csv（带 BOM，Excel 可直接打开）| xlsx | docx（GB/T 9704 版式）
                        xlsx 与 docx 须同时给出 --output
  --output OUT          写入文件 / write to OUT (required for xlsx and docx)
  --lang zh|en          表头与标注的语言 / language of the headers and marks
`;

/** Options shared by the tasks and compare commands: the files, --format, --output, --lang. */
export interface SubOptions { files: string[]; format?: string; output?: string; locale: Locale }

export function parseSubArgs(argv: readonly string[]): SubOptions | 'help' | string {
  const o: SubOptions = { files: [], locale: 'zh-cn' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string | undefined => (eq > 0 ? a.slice(eq + 1) : argv[++i]);
    switch (name) {
      case '-h': case '--help': return 'help';
      case '--format': { const v = value(); if (!v) return '--format 需要一个值 / needs a value'; o.format = v; break; }
      case '--output': case '-o': { const v = value(); if (!v) return '--output 需要一个值 / needs a value'; o.output = v; break; }
      case '--lang': {
        const v = value() ?? '';
        if (!/^(zh|zh-cn|en)$/i.test(v)) return `未知语言 unknown language "${v}" (zh|en)`;
        o.locale = /^en$/i.test(v) ? 'en' : 'zh-cn';
        break;
      }
      case '--': o.files.push(...argv.slice(i + 1)); i = argv.length; break;
      default:
        if (a.startsWith('-') && a !== '-') return `未知选项 unknown option "${a}"`;
        o.files.push(a);
    }
  }
  return o;
}

export function writeOut(output: string | undefined, data: string | Buffer): string | undefined {
  if (!output) { process.stdout.write(data); return undefined; }
  try {
    fs.writeFileSync(output, data);
    return undefined;
  } catch (e) {
    return `${displayPath(output)}: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** The columns of a 任务分工表 on the page: 序号 narrow and centred, 重点任务 widest. */
const TASK_WIDTHS: Record<string, Omit<TableColumnSpec, 'title'>> = {
  no: { weight: 3, minChars: 2, center: true },
  task: { weight: 15, minChars: 10 },
  lead: { weight: 8, minChars: 6 },
  partners: { weight: 8, minChars: 6 },
  deadline: { weight: 7, minChars: 4 },
};

/**
 * The 任务分工表 as a GB/T 9704 .docx (the export's writer): its title, one row per task with each
 * section as a row across the table, unstated lead units and deadlines marked, the summary under it.
 */
export function taskTableDocx(table: TaskTable, locale: Locale = 'zh-cn', options: ExportOptions = {}): Promise<Buffer> {
  const header = taskHeader(table, locale);
  const noLead = table.rows.filter((r) => !r.lead.length).length;
  const noDeadline = table.rows.filter((r) => !r.deadlines.length).length;
  return exportTableDocx({
    title: message('tasks/title', { title: table.title ?? '' }, locale),
    columns: table.columns.map((c, k) => ({ title: header[k], ...TASK_WIDTHS[c.key] })),
    rows: taskGrid(table, locale).map((r) => (r.group !== undefined ? { group: r.group } : { cells: r.cells })),
    wholeRows: true,
    after: [table.rows.length
      ? message('tasks/summary', { count: table.rows.length, noLead, noDeadline }, locale)
      : message('tasks/empty', undefined, locale)],
  }, options);
}

function fail(msg: string, help?: string): number {
  process.stderr.write(`policy-lint: ${msg}\n${help ? '\n' + help : ''}`);
  return 2;
}

export async function runTasks(argv: readonly string[]): Promise<number> {
  const o = parseSubArgs(argv);
  if (o === 'help') { process.stdout.write(TASKS_HELP); return 0; }
  if (typeof o === 'string') return fail(o, TASKS_HELP);
  if (o.files.length !== 1) return fail('tasks 需要一个文件 / tasks takes one file', TASKS_HELP);
  const ext = o.output ? path.extname(o.output).slice(1).toLowerCase() : '';
  const format = o.format ?? (ext === 'csv' || ext === 'xlsx' || ext === 'docx' ? ext : 'md');
  if (!['md', 'csv', 'xlsx', 'docx'].includes(format)) return fail(`未知格式 unknown format "${format}" (md|csv|xlsx|docx)`, TASKS_HELP);
  if ((format === 'xlsx' || format === 'docx') && !o.output) return fail(`${format} 须写入文件：请给出 --output / ${format} needs --output`);
  const read = await readDocument(o.files[0]);
  if (!read.ok) return fail(`${displayPath(o.files[0])}: ${read.error}`);
  const table = taskTable(parseDocument(read.text));
  table.title ??= path.basename(o.files[0]).replace(/\.[^.]+$/, '');
  let out: string | Buffer;
  if (format === 'csv') out = taskTableCsv(table, o.locale);
  else if (format === 'xlsx') {
    // exceljs is loaded only when a workbook is asked for.
    const { taskTableXlsx } = await import('./xlsx');
    out = await taskTableXlsx(table, o.locale);
  } else if (format === 'docx') out = await taskTableDocx(table, o.locale);
  else out = taskTableMarkdown(table, o.locale);
  const err = writeOut(o.output, out);
  return err ? fail(err) : 0;
}
