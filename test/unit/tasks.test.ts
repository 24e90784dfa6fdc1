/** 任务分工表: rows from the measure model, deadlines, the Markdown/CSV/xlsx renderings, the CLI command. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { parseDocument } from '../../server/src/linter';
import { attachedTable, deadlinesIn, taskCells, taskTable, taskTableCsv, taskTableMarkdown } from '../../server/src/core/tasks';
import { taskTableXlsx, wrappedLines } from '../../server/src/cli/xlsx';
import { unzip } from './cli-zip';

const ROOT = path.join(__dirname, '..', '..', '..');
const MORE = path.join(ROOT, 'test', 'fixtures', 'corpus', 'more');
const read = (prefix: string) => fs.readFileSync(path.join(MORE, fs.readdirSync(MORE).find((f) => f.startsWith(prefix))!), 'utf8');

describe('tasks: the task-division table', () => {
  it('reads a real list with （责任单位：…，完成时限：…） (corpus 047): rows by section, units, deadlines', () => {
    const t = taskTable(parseDocument(read('047_')));
    assert.strictEqual(t.rows.length, 7);
    assert.deepStrictEqual(t.groups.map((g) => g.title), ['一、坚持规划引领', '二、推进全国性综合交通枢纽城市建设']);
    assert.deepStrictEqual(t.groups.map((g) => g.rows.length), [4, 3]);
    const r1 = t.rows[0];
    assert.strictEqual(r1.task, '印发实施“一总五分十专”襄阳都市圈一揽子规划');
    assert.deepStrictEqual(r1.lead, ['襄阳都市圈发展协调机制办公室', '襄阳都市圈各规划编制牵头单位']);
    assert.deepStrictEqual(r1.deadlines.map((d) => [d.text, d.key, d.labelled]), [['2023年6月', '2023-06', true]]);
    // Numbering restarts under 二、; the table numbers on.
    assert.deepStrictEqual(t.rows.map((r) => r.no), [1, 2, 3, 4, 5, 6, 7]);
    // The copy is cut inside the last clause (完成时限:2023): no deadline is read, and the row says so.
    assert.strictEqual(taskCells(t.rows[6])[4], '（未明确）');
  });

  it('reads lead and partner lines (corpus 041) and marks a row without a lead unit', () => {
    const t = taskTable(parseDocument(read('041_')));
    assert.strictEqual(t.rows.length, 7);
    assert.deepStrictEqual(t.rows[0].lead, ['区发改局']);
    assert.deepStrictEqual(t.rows[0].partners, ['立山经济开发区', '全区经济运行各专班']);
    assert.deepStrictEqual(taskCells(t.rows[6]).slice(2), ['（未明确）', '—', '（未明确）']);
    assert.deepStrictEqual(taskCells(t.rows[6], 'en').slice(2), ['(not stated)', '—', '(not stated)']);
  });

  it('finds the deadlines written in the text, and no year that is none', () => {
    const cases: [string, string[]][] = [
      ['（一）建设平台。2025年底前建成全市统一平台。', ['2025年底前']],
      ['（一）出台办法。2024年6月底前完成制度建设。', ['2024年6月底前']],
      ['（一）优化营商环境。长期坚持。', ['长期坚持']],
      ['（一）持续推进产业升级。', ['持续推进']],
      ['（一）到2026年，培育企业100家。', ['到2026年']],
      ['（一）建立清单。（责任单位：市发改委，完成时限：2023年6月）', ['2023年6月']],
      ['（一）2023年是关键之年，要自2023年起施行新办法。', []],
    ];
    for (const [text, want] of cases) {
      const doc = parseDocument(text);
      assert.deepStrictEqual(deadlinesIn(doc, { start: 0, end: text.length }).map((d) => d.text), want, text);
    }
  });

  it('renders Markdown (escaped) and CSV for Excel (BOM, CRLF, RFC 4180 quoting)', () => {
    const text = ['一、重点任务', '（一）建设“A|B”平台，推进“数据共享”。（牵头单位：市数据局；配合单位：市财政局、市发改委）', '（二）开放数据。2024年底前完成。', ''].join('\n');
    const t = taskTable(parseDocument(text));
    assert.strictEqual(t.rows.length, 2);
    const md = taskTableMarkdown(t);
    assert.match(md, /\| 1 \| 建设“A\\\|B”平台，推进“数据共享” \| 市数据局 \| 市财政局、市发改委 \| （未明确） \|/);
    assert.match(md, /\| 2 \| 开放数据 \| （未明确） \| — \| 2024年底前 \|/);
    assert.ok(md.includes('共 2 项任务；1 项未明确牵头单位，1 项未明确完成时限。'));
    const csv = taskTableCsv(t);
    assert.ok(csv.startsWith('\uFEFF所属部分,序号,重点任务,牵头单位,配合单位,完成时限\r\n'));
    // Full-width commas and quotes need no quoting; ASCII ones do (below).
    assert.ok(csv.includes('\r\n一、重点任务,1,建设“A|B”平台，推进“数据共享”,市数据局,市财政局、市发改委,（未明确）\r\n'), csv);
    assert.ok(csv.endsWith('\r\n一、重点任务,2,开放数据,（未明确）,—,2024年底前\r\n'), csv);
    const quoted = taskTableCsv({ ...t, rows: [{ ...t.rows[0], task: 'a,"b"\nc' }] });
    assert.ok(quoted.includes(',"a,""b""\nc",'), quoted);
  });

  it('writes an .xlsx workbook that reads back: title, header, section rows, task rows', async () => {
    const t = taskTable(parseDocument(read('047_')));
    const buf = await taskTableXlsx(t);
    assert.strictEqual(buf.subarray(0, 2).toString('latin1'), 'PK');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    assert.strictEqual(ws.name, '任务分工表');
    assert.deepStrictEqual((ws.getRow(2).values as unknown[]).slice(1), ['序号', '重点任务', '牵头单位', '配合单位', '完成时限']);
    assert.strictEqual(ws.getRow(3).getCell(1).value, '一、坚持规划引领');
    assert.strictEqual(ws.getRow(4).getCell(1).value, 1);
    assert.strictEqual(ws.getRow(4).getCell(5).value, '2023年6月');
    // 2 title/header rows, 2 section rows, 7 tasks.
    assert.strictEqual(ws.rowCount, 11);
  });

  it('gives each workbook row the height of its longest wrapped cell (LibreOffice does not fit it)', () => {
    assert.strictEqual(wrappedLines('襄阳市', 28), 1);
    assert.strictEqual(wrappedLines('襄'.repeat(14), 28), 2);
    assert.strictEqual(wrappedLines('a\nb', 28), 2);
    assert.strictEqual(wrappedLines('', 6), 1);
  });

  it('reads an attached table: Markdown cells with their ranges', () => {
    const text = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'rules', 'consistency', 'task-table', 'table.clean.md'), 'utf8');
    const doc = parseDocument(text);
    const att = attachedTable(doc);
    assert.ok(att);
    assert.strictEqual(att!.rows.length, 6);
    const r = att!.rows[3];
    assert.strictEqual(text.slice(r.lead!.range.start, r.lead!.range.end), '襄阳市、十堰市、随州市、神农架林区发改委');
    assert.strictEqual(r.deadline!.text, '2023年2月');
    // The body table leaves the attachment out.
    assert.strictEqual(taskTable(doc).rows.length, 6);
  });

  it('the CLI writes md, csv, xlsx and docx, and refuses xlsx and docx to the terminal', () => {
    const cli = path.join(ROOT, 'dist', 'cli.js');
    const file = path.join(MORE, fs.readdirSync(MORE).find((f) => f.startsWith('047_'))!);
    const md = spawnSync(process.execPath, [cli, 'tasks', file], { encoding: 'utf8' });
    assert.strictEqual(md.status, 0, md.stderr);
    assert.match(md.stdout, /\| 序号 \| 重点任务 \| 牵头单位 \| 配合单位 \| 完成时限 \|/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-tasks-'));
    const out = path.join(dir, 't.xlsx');
    const x = spawnSync(process.execPath, [cli, 'tasks', file, '--output', out], { encoding: 'utf8' });
    assert.strictEqual(x.status, 0, x.stderr);
    assert.strictEqual(fs.readFileSync(out).subarray(0, 2).toString('latin1'), 'PK');
    const csv = spawnSync(process.execPath, [cli, 'tasks', file, '--format', 'csv', '--lang', 'en'], { encoding: 'utf8' });
    assert.ok(csv.stdout.startsWith('\uFEFFSection,No.,Task,Lead unit,Partner units,Deadline'));
    const bad = spawnSync(process.execPath, [cli, 'tasks', file, '--format', 'xlsx'], { encoding: 'utf8' });
    assert.strictEqual(bad.status, 2);
    // .docx by the name or by --format: the GB/T 9704 writer's styles, the table turned to landscape.
    const docx = path.join(dir, 't.docx');
    const d = spawnSync(process.execPath, [cli, 'tasks', file, '--output', docx], { encoding: 'utf8' });
    assert.strictEqual(d.status, 0, d.stderr);
    const parts = unzip(fs.readFileSync(docx));
    const document = parts.get('word/document.xml')!.toString('utf8');
    assert.match(document, /w:orient="landscape"/);
    assert.match(document, /<w:tblHeader\/>/);
    assert.match(document, /印发实施“一总五分十专”襄阳都市圈一揽子规划/);
    assert.match(parts.get('word/styles.xml')!.toString('utf8'), /w:styleId="TableHead"/);
    assert.strictEqual(spawnSync(process.execPath, [cli, 'tasks', file, '--format', 'docx'], { encoding: 'utf8' }).status, 2);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
