/**
 * `policy-lint export FILE... [--output OUT.docx] [--force] [--fonts PRESET] [--font ROLE=NAME]`: each draft
 * as a GB/T 9704 .docx beside it (or OUT, with one input). A draft that still has error-severity findings
 * is not exported — its 文号 or placeholders would be printed — unless --force, or the user says yes at
 * a terminal; the findings are listed. An existing file is not overwritten without --force.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as readline from 'readline';
import type { Locale, PolicyLintConfig } from '../linter';
import { exportGongwenDocx, ExportFonts } from '../export/gongwen-docx';
import { checkText } from './check';
import type { FileEntry } from './files';
import { ioMessage, readText } from './files';
import { displayPath } from './format';

export interface ExportRun {
  files: FileEntry[];
  output?: string;
  force: boolean;
  fonts: ExportFonts;
  locale: Locale;
  configFor(file: string): PolicyLintConfig;
  /** Ask a yes/no question (at a terminal); undefined when nobody can answer. */
  ask?: (question: string) => Promise<boolean>;
}

/** The .docx beside a draft: plan.txt → plan.docx, notice.policy.md → notice.policy.docx. */
export function docxPathFor(file: string): string {
  const ext = path.extname(file);
  return (ext ? file.slice(0, -ext.length) : file) + '.docx';
}

/** Ask at the terminal (stdin and stderr both a TTY), else undefined. */
export function terminalQuestion(): ((q: string) => Promise<boolean>) | undefined {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return undefined;
  return (q) => new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
    rl.question(q, (a) => { rl.close(); resolve(/^(y|yes|是|确定)$/i.test(a.trim())); });
  });
}

/** Exit code: 0 every draft exported, 1 one was held back by its errors, 2 usage or I/O error. */
export async function runExport(run: ExportRun): Promise<number> {
  const err = (s: string) => process.stderr.write(`policy-lint: ${s}\n`);
  if (run.output && run.files.length !== 1) {
    err('--output 只能用于一个输入文件 / --output needs exactly one input file');
    return 2;
  }
  if (run.files.length === 0) {
    err('没有找到要导出的 .txt 或 .md 文件 / no .txt or .md files to export');
    return 2;
  }
  let code = 0;
  for (const f of run.files) {
    const shown = displayPath(f.path);
    if (f.error) { err(`${shown}: ${f.error}`); code = 2; continue; }
    if (/\.docx$/i.test(f.path)) { err(`${shown}: 已是 .docx，不导出 / already a .docx; not exported`); code = Math.max(code, 2); continue; }
    const read = readText(f.path);
    if (!read.ok) { err(`${shown}: ${read.error}`); code = 2; continue; }
    const result = checkText(f.path, read.text, run.configFor(f.path), run.locale);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length && !run.force) {
      err(`${shown}: 草稿还有 ${errors.length} 个错误，导出后会原样印出 / the draft still has ${errors.length} error(s), which would be printed as they are:`);
      for (const d of errors.slice(0, 20)) process.stderr.write(`  ${d.line}:${d.column}  ${d.message}  ${d.rule}\n`);
      if (errors.length > 20) process.stderr.write(`  … ${errors.length - 20}\n`);
      const yes = run.ask ? await run.ask('仍要导出吗？Export anyway? [y/N] ') : false;
      if (!yes) {
        err(`${shown}: 未导出（改正错误，或用 --force 仍导出）/ not exported (fix the errors, or use --force)`);
        code = Math.max(code, 1);
        continue;
      }
    }
    const out = run.output ?? docxPathFor(f.path);
    if (fs.existsSync(out) && !run.force) {
      err(`${displayPath(out)}: 文件已存在，未覆盖（用 --force 覆盖）/ exists; not overwritten (use --force)`);
      code = Math.max(code, 1);
      continue;
    }
    try {
      fs.writeFileSync(out, await exportGongwenDocx(read.text, { fonts: run.fonts }));
    } catch (e) {
      err(`${displayPath(out)}: ${ioMessage(e)}`);
      code = 2;
      continue;
    }
    err(`已导出 / exported ${shown} → ${displayPath(out)}`);
  }
  return code;
}
