/**
 * The reviewer's tables open in LibreOffice: the 任务分工表 of a real task list (corpus 047, its items ending
 * （责任单位：…，完成时限：…）) as .docx and .xlsx, and the 修改对照表 of two real versions of one policy
 * (corpus 002, the early one, and 001, the 2023 one) as .docx, are converted to PDF by LibreOffice; poppler's
 * pdftotext reads the text back and every expected cell is found (headers, section rows, each task with its lead
 * units and deadline, the comparison's notes on the changed amounts and ranges); the page is A4, turned for
 * these wide tables, and a table's header row is repeated on every page. Page 1 of each file is saved as a PNG in
 * test-artefacts/tables/ for a person to look at.
 *
 * Without LibreOffice (soffice) and poppler (pdftotext, pdftoppm) every test here is skipped and the reporter
 * lists it as NOT RUN: nothing counts as passed. The .xlsx needs LibreOffice Calc (Debian package
 * libreoffice-calc-nogui, which .ci/run installs with Writer); without it the .xlsx test is NOT RUN.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { parseDocument } from '../../server/src/linter';
import { taskCells, taskTable, type TaskTable } from '../../server/src/core/tasks';
import { compare, noteText, type CompareResult } from '../../server/src/core/compare';
import { taskTableDocx } from '../../server/src/cli/tasks';
import { taskTableXlsx } from '../../server/src/cli/xlsx';
import { compareDocx } from '../../server/src/cli/compare';
import { ROOT } from './export-fixtures';

const ARTEFACTS = path.join(ROOT, 'test-artefacts/tables');
const CORPUS = path.join(ROOT, 'test/fixtures/corpus');
/** A corpus copy without its first line, the copy's provenance (# source: …), which is not the document's. */
const readCorpus = (dir: string, prefix: string) => fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => f.startsWith(prefix))!), 'utf8').replace(/^# source:[^\n]*\n/, '');

function tool(name: string, args: string[]): boolean {
  const r = spawnSync(name, args, { encoding: 'utf8', timeout: 30000 });
  return !r.error && r.status === 0;
}

/** Text without white space: LibreOffice sets a space between Chinese and digits, and cells wrap anywhere. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

interface Word { page: number; x0: number; y0: number; text: string }
interface Rendered { pages: number; width: number; height: number; text: string; pageTexts: string[]; words: Word[] }

const PT = 25.4 / 72;
/** The words of `pdftotext -bbox-layout` output in the order the PDF draws them (a table cell by cell), in mm. */
function wordsOf(html: string): Word[] {
  const out: Word[] = [];
  html.split('<page ').slice(1).forEach((page, i) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)) {
      out.push({ page: i + 1, x0: Number(m[1]) * PT, y0: Number(m[2]) * PT, text: m[3].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"') });
    }
  });
  return out;
}

describe('tasks and compare: the .docx and .xlsx tables rendered by LibreOffice', function () {
  this.timeout(300000);
  const rendered = new Map<string, Rendered>();
  let available = false;
  let calc = false;
  let tasks: TaskTable;
  let comparison: CompareResult;

  before(async function () {
    available = tool('soffice', ['--version']) && tool('pdftotext', ['-v']) && tool('pdftoppm', ['-v']);
    if (!available) {
      console.log('      NOT RUN: LibreOffice (soffice) or poppler (pdftotext, pdftoppm) is not installed — the .docx and .xlsx tables are not rendered');
      return;
    }
    tasks = { ...taskTable(parseDocument(readCorpus(path.join(CORPUS, 'more'), '047_'))), title: '襄阳都市圈发展2023年重点工作清单' };
    comparison = compare(readCorpus(CORPUS, '002_'), readCorpus(CORPUS, '001_'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-tables-'));
    const files: Record<string, Buffer> = {
      'tasks-docx.docx': await taskTableDocx(tasks),
      'tasks-xlsx.xlsx': await taskTableXlsx(tasks),
      // The names a reviewer would give the two drafts.
      'compare-docx.docx': await compareDocx(comparison, 'zh-cn', { old: '征求意见稿.txt', new: '送审稿.txt' }),
    };
    for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), data);
    const profile = 'file://' + path.join(dir, 'profile');
    const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...Object.keys(files).map((f) => path.join(dir, f))],
      { encoding: 'utf8', timeout: 240000 });
    assert.ok(!r.error && r.status === 0, `soffice failed: ${r.error?.message ?? r.stderr}`);
    fs.mkdirSync(ARTEFACTS, { recursive: true });
    for (const name of Object.keys(files)) {
      const base = name.replace(/\.[^.]+$/, '');
      const pdf = path.join(dir, base + '.pdf');
      if (!fs.existsSync(pdf)) continue;
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
      const text = spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
      const words = wordsOf(spawnSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout);
      rendered.set(base, { pages, width: Number(size?.[1] ?? 0) * PT, height: Number(size?.[2] ?? 0) * PT, text, pageTexts: text.split('\f').filter((p) => p.trim()), words });
      spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(ARTEFACTS, base + '-page1')]);
    }
    // Writer is there (the .docx files render); an .xlsx needs Calc.
    calc = rendered.has('tasks-xlsx');
    if (!calc) console.log('      NOT RUN: LibreOffice Calc (libreoffice-calc-nogui) is not installed — the .xlsx is not rendered');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(function () { if (!available) this.skip(); });

  /**
   * Every cell of the task table, found in the rendered text; with `ordered`, each row's cells one after the
   * other as Writer draws a table (Calc draws a sheet in an order of its own).
   */
  function assertTaskCells(name: string, ordered: boolean) {
    const r = rendered.get(name);
    assert.ok(r, `${name} rendered`);
    const text = squeeze(r.text);
    const missing: string[] = [];
    for (const cell of ['任务分工表', '序号', '重点任务', '牵头单位', '配合单位', '完成时限', ...tasks.groups.map((g) => g.title)]) {
      if (!text.includes(squeeze(cell))) missing.push(cell);
    }
    for (const row of tasks.rows) {
      const [no, task, lead, partners, deadline] = taskCells(row);
      // The row's cells in their order (序号, 重点任务, 牵头单位, …): each found after the one before.
      let at = 0;
      for (const cell of [ordered ? no + task : task, lead, partners, deadline]) {
        const k = text.indexOf(squeeze(cell), ordered ? at : 0);
        if (k < 0) missing.push(`row ${no}: ${cell}`);
        else at = k + squeeze(cell).length;
      }
    }
    assert.deepStrictEqual(missing, [], `${name}: cells not found in the PDF text`);
    return r;
  }

  it('the 任务分工表 as .docx: every cell, on A4 turned, the header row on every page', function () {
    assert.strictEqual(tasks.rows.length, 7);
    const r = assertTaskCells('tasks-docx', true);
    assert.ok(Math.abs(r.width - 297) < 1 && Math.abs(r.height - 210) < 1, `page ${r.width.toFixed(0)} × ${r.height.toFixed(0)} mm`);
    assert.ok(r.pages >= 2, `${r.pages} pages`);
    r.pageTexts.forEach((p, i) => assert.ok(squeeze(p).includes('序号重点任务牵头单位配合单位完成时限'), `page ${i + 1}: the header row`));
    // The page numbers — N —.
    r.pageTexts.forEach((p, i) => assert.match(p, new RegExp(`—\\s*${i + 1}\\s*—`), `page ${i + 1}: its number`));
    // The summary under the table names the row without a deadline.
    assert.ok(squeeze(r.text).includes('共7项任务；0项未明确牵头单位，1项未明确完成时限。'), 'the summary');
  });

  it('the 任务分工表 as .xlsx: every cell, on A4 turned, one page wide', function () {
    if (!calc) this.skip();
    const r = assertTaskCells('tasks-xlsx', false);
    assert.ok(Math.abs(r.width - 297) < 1 && Math.abs(r.height - 210) < 1, `page ${r.width.toFixed(0)} × ${r.height.toFixed(0)} mm`);
    assert.strictEqual(r.pages, 1, 'seven tasks fit one page');
  });

  it('the 修改对照表 as .docx: the three columns, the notes on the real changes, on A4 turned', function () {
    const r = rendered.get('compare-docx');
    assert.ok(r, 'compare-docx rendered');
    const text = squeeze(r.text);
    assert.ok(Math.abs(r.width - 297) < 1 && Math.abs(r.height - 210) < 1, `page ${r.width.toFixed(0)} × ${r.height.toFixed(0)} mm`);
    assert.ok(text.includes('关于支持重点产业加快发展的实施意见修改对照表'), 'the title');
    assert.ok(text.includes('征求意见稿.txt→送审稿.txt'), 'the two drafts named');
    r.pageTexts.forEach((p, i) => assert.ok(squeeze(p).includes('原条文修改后条文修改说明'), `page ${i + 1}: the header row`));
    // The third column (left margin 37 mm, widths 39 : 39 : 22 of the 225 mm 版心), read down the pages: a note
    // that a page break cuts goes on under the repeated header row.
    const notesColumn = squeeze(r.words.filter((w) => w.x0 > 37 + 225 * 0.78 && w.y0 < 210 - 28).map((w) => w.text).join('').replaceAll('修改说明', ''));
    // The changes compare.test.ts reads from the same two versions, as the reviewer sees them.
    for (const note of ['金额由3亿元改为1亿元', '金额由10万元—100万元改为30万元', '金额由500万元改为200万元', '数值由三年改为2年', '数值由两年改为3年']) {
      assert.ok(notesColumn.includes(squeeze(note)), `note: ${note}`);
    }
    // Every entry's notes, in the order of the entries.
    let at = 0;
    for (const e of comparison.entries.filter((x) => x.status !== 'unchanged')) {
      for (const n of e.notes) {
        const k = notesColumn.indexOf(squeeze(noteText(n)), at);
        assert.ok(k >= 0, `note: ${noteText(n)}`);
        at = k;
      }
    }
    // The new provisions' numbers in the second column.
    const newColumn = squeeze(r.words.filter((w) => w.x0 > 37 + 225 * 0.39 && w.x0 < 37 + 225 * 0.78 && w.y0 < 210 - 28).map((w) => w.text).join(''));
    for (const label of ['第2条', '第3条', '第4条', '第7条', '第15条', '第26条']) assert.ok(newColumn.includes(label), label);
  });

  it('saves page 1 of each as a PNG', function () {
    for (const name of ['tasks-docx', 'compare-docx', ...(calc ? ['tasks-xlsx'] : [])]) {
      const png = path.join(ARTEFACTS, `${name}-page1.png`);
      assert.ok(fs.existsSync(png) && fs.statSync(png).size > 1000, png);
    }
  });
});
