#!/usr/bin/env node
/**
 * policy-lint command line: `policy-lint [--format text|json] PATH...`
 * Exit 0 = no errors, 1 = errors found, 2 = usage or I/O error. Same core as the language server.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Locale, PolicyLintConfig } from './linter';
import { message, normalizeConfig, resolveConfig, RULES } from './linter';
import { findRcFile, readRcFile, RcFile } from './rcfile';
import { checkFile, FileResult } from './cli/check';
import { collectFiles } from './cli/files';
import { displayPath, formatJson, formatText } from './cli/format';
import { formatGithub, formatHtml, formatSarif } from './cli/reports';
import { fixFile } from './cli/fix';
import { readDocument } from './cli/files';
import { checkInParallel, runWorkerIfChild, workerCount } from './cli/workers';
import { runExport, terminalQuestion } from './cli/export';
import { resolveFonts } from './export/gongwen-docx';
import { runTasks } from './cli/tasks';
import { runCompare } from './cli/compare';
import { addRelated } from './cli/related';
import { learnMain, runLearnWorkerIfChild } from './cli/learn';

const VERSION = '0.1.0';
const FORMATS = ['text', 'json', 'sarif', 'github', 'html'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `policy-lint ${VERSION} — 政策文件起草检查 / checks Chinese policy drafts

用法 Usage: policy-lint [options] PATH...
       policy-lint tasks FILE [--format md|csv|xlsx|docx] [--output OUT]   任务分工表 / task-division table
       policy-lint compare OLD NEW [--format html|docx|json] [--output OUT] 修改对照表 / comparison of two versions
       policy-lint learn FOLDER... [--output FILE] [--merge]   从本单位往年文件学习 / learn a profile (learn --help)

  PATH                 文件或文件夹（文件夹中检查 .txt/.md）/ files or folders (.txt, .md in folders)
  --format FORMAT      text（默认）| json | sarif（SARIF 2.1.0）| github（工作流注释）| html（离线报告页）
  --output FILE        写入文件而不是标准输出 / write the report to FILE
  --quiet              只报告错误 / errors only
  --max-warnings N     警告超过 N 个时退出码为 1 / exit 1 when there are more than N warnings
  --fix                就地应用安全的自动修复（仅 .txt/.md，不改 .docx）/ apply safe fixes in place
  --dry-run            与 --fix 同用：只显示差异，不写文件 / with --fix: print a diff, write nothing
  --rule ID=SEVERITY   调整规则：off|error|warning|information|hint（可重复）/ set a rule or category (repeatable)
  --config FILE        使用此配置文件，不再查找 .policylintrc.json / use this config instead of .policylintrc.json
  --preset NAME        预设 default|national|provincial|municipal|final-review / rule preset
  --lang zh|en         消息语言（默认中文）/ message language (default Chinese)
  --no-color           不使用颜色 / no colours
  --list-rules         列出全部规则 / list all rules
  -h, --help           显示帮助 / this help
  -v, --version        显示版本 / version

导出 Export: policy-lint export FILE... [--output OUT.docx] [--force] [--fonts PRESET] [--font ROLE=NAME]
  按 GB/T 9704 排版为 .docx（与原文件同名）/ typeset each draft as a GB/T 9704 .docx beside it
  --output OUT.docx    只有一个输入时，写入 OUT.docx / with one input: write OUT.docx
  --force              草稿有错误也导出，并覆盖已有文件 / export despite errors, overwrite existing files
  --fonts PRESET       字体预设 standard（仿宋_GB2312 等，默认）| windows（仿宋、楷体）/ font preset
  --font ROLE=NAME     单独指定字体（可重复）/ one font (repeatable): title|fangsong|kaiti|heiti|songti
  退出码 0 已导出 · 1 因错误未导出 · 2 用法或读写错误 / 0 exported · 1 held back by errors · 2 usage or I/O error

退出码 Exit codes: 0 无错误 no errors · 1 发现错误 errors found · 2 用法或读写错误 usage or I/O error
`;

class UsageError extends Error {}

interface Options {
  format: Format; locale: Locale; color: boolean; paths: string[]; rules: Record<string, string>; listRules: boolean;
  config?: string; preset?: string; output?: string; quiet: boolean; maxWarnings?: number; fix: boolean; dryRun: boolean;
  /** `policy-lint export …` */
  exportDocx: boolean; force: boolean; fontPreset?: string; fonts: Record<string, string>;
}

function parseArgs(argv: readonly string[]): Options | 'help' | 'version' {
  const o: Options = { format: 'text', locale: 'zh-cn', color: !!process.stdout.isTTY && !process.env.NO_COLOR, paths: [], rules: {}, listRules: false, quiet: false, fix: false, dryRun: false, exportDocx: false, force: false, fonts: {} };
  if (argv[0] === 'export') { o.exportDocx = true; argv = argv.slice(1); }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string): string => {
      const eq = a.indexOf('=');
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} 需要一个值 / needs a value`);
      return v;
    };
    const name = a.startsWith('--') && a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    switch (name) {
      case '-h': case '--help': return 'help';
      case '-v': case '--version': return 'version';
      case '--format': {
        const f = value('--format');
        if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`未知格式 unknown format "${f}" (${FORMATS.join('|')})`);
        o.format = f as Format;
        break;
      }
      case '--lang': {
        const l = value('--lang');
        if (!/^(zh|zh-cn|en)$/i.test(l)) throw new UsageError(`未知语言 unknown language "${l}" (zh|en)`);
        o.locale = /^en$/i.test(l) ? 'en' : 'zh-cn';
        break;
      }
      case '--rule': {
        const r = value('--rule');
        const eq = r.indexOf('=');
        if (eq <= 0) throw new UsageError(`--rule 的格式是 ID=SEVERITY / expected ID=SEVERITY, got "${r}"`);
        o.rules[r.slice(0, eq)] = r.slice(eq + 1);
        break;
      }
      case '--config': o.config = value('--config'); break;
      case '--preset': o.preset = value('--preset'); break;
      case '--output': case '-o': o.output = value('--output'); break;
      case '--quiet': case '-q': o.quiet = true; break;
      case '--max-warnings': {
        const n = Number(value('--max-warnings'));
        if (!Number.isInteger(n) || n < 0) throw new UsageError('--max-warnings 需要非负整数 / needs a non-negative integer');
        o.maxWarnings = n;
        break;
      }
      case '--fix': o.fix = true; break;
      case '--force': if (!o.exportDocx) throw new UsageError('--force 只用于 export / --force goes with export'); o.force = true; break;
      case '--fonts': if (!o.exportDocx) throw new UsageError('--fonts 只用于 export / --fonts goes with export'); o.fontPreset = value('--fonts'); break;
      case '--font': {
        if (!o.exportDocx) throw new UsageError('--font 只用于 export / --font goes with export');
        const r = value('--font');
        const eq = r.indexOf('=');
        if (eq <= 0) throw new UsageError(`--font 的格式是 ROLE=NAME / expected ROLE=NAME, got "${r}"`);
        o.fonts[r.slice(0, eq)] = r.slice(eq + 1);
        break;
      }
      case '--dry-run': o.dryRun = true; break;
      case '--no-color': o.color = false; break;
      case '--color': o.color = true; break;
      case '--list-rules': o.listRules = true; break;
      case '--': o.paths.push(...argv.slice(i + 1)); i = argv.length; break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`未知选项 unknown option "${a}"`);
        o.paths.push(a);
    }
  }
  return o;
}

/**
 * How files were read (GB18030, a .docx's paragraphs …), on stderr: a note shared by several files is said
 * once, with how many and the first names (a folder of fifty .docx would otherwise print fifty equal lines).
 */
function writeNotes(results: readonly FileResult[]): void {
  const byNote = new Map<string, string[]>();
  for (const r of results) {
    if (!r.note) continue;
    const files = byNote.get(r.note) ?? [];
    files.push(displayPath(r.path));
    byNote.set(r.note, files);
  }
  for (const [note, files] of byNote) {
    const where = files.length === 1 ? files[0]
      : `${files.length} 个文件 / ${files.length} files (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''})`;
    process.stderr.write(`policy-lint: ${where}: ${note}\n`);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  // Subcommands (a file of that name is checked as ./tasks).
  if (argv[0] === 'tasks') return runTasks(argv.slice(1));
  if (argv[0] === 'compare') return runCompare(argv.slice(1));
  if (argv[0] === 'learn') return learnMain(argv.slice(1), __filename);
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`policy-lint: ${e.message}\n\n${HELP}`);
      return 2;
    }
    throw e;
  }
  if (opts === 'help') { process.stdout.write(HELP); return 0; }
  if (opts === 'version') { process.stdout.write(VERSION + '\n'); return 0; }
  if (opts.listRules) {
    for (const r of RULES) process.stdout.write(`${r.meta.id}\t${r.meta.severity}\t${r.meta.fixable ? 'fix' : ''}\t${message(`tier/${r.docs.source.tier}`, undefined, opts.locale)}\t${opts.locale === 'en' ? r.docs.source.en : r.docs.source.zh}\n`);
    return 0;
  }
  if (opts.paths.length === 0) {
    process.stderr.write(`policy-lint: 请给出要检查的文件或文件夹 / no files or folders given\n\n${HELP}`);
    return 2;
  }
  const cliLayer: Record<string, unknown> = { rules: opts.rules };
  if (opts.preset !== undefined) cliLayer.preset = opts.preset;
  const { errors } = normalizeConfig(cliLayer);
  if (errors.length) {
    process.stderr.write(`policy-lint: ${errors.join('; ')}\n`);
    return 2;
  }
  let explicit: RcFile | undefined;
  if (opts.config) {
    explicit = readRcFile(path.resolve(opts.config));
    if (explicit.error) {
      process.stderr.write(`policy-lint: ${displayPath(opts.config)}: ${explicit.error}\n`);
      return 2;
    }
  }
  // Settings per folder: the nearest .policylintrc.json (or --config), then the command line.
  const configs = new Map<string, PolicyLintConfig>();
  const reported = new Set<string>();
  const configFor = (file: string): PolicyLintConfig => {
    const dir = path.dirname(path.resolve(file));
    let config = configs.get(dir);
    if (config) return config;
    const rc = explicit ?? findRcFile(file);
    if (rc?.error && !reported.has(rc.path)) {
      reported.add(rc.path);
      process.stderr.write(`policy-lint: ${displayPath(rc.path)}: ${rc.error} — 已忽略 / ignored\n`);
    }
    const source = rc ? displayPath(rc.path) : undefined;
    const merged = resolveConfig([{ raw: rc && !rc.error ? rc.raw : undefined, source }, { raw: cliLayer }]);
    for (const e of merged.errors) {
      const key = source && !e.startsWith(`${source}: `) ? `${source}: ${e}` : e;
      if (!reported.has(key)) { reported.add(key); process.stderr.write(`policy-lint: ${key}\n`); }
    }
    // The CLI checks every file it is given, whatever its kind.
    config = { ...merged.config, check: 'always' };
    configs.set(dir, config);
    return config;
  };
  if (opts.exportDocx) {
    const { fonts, errors: fontErrors } = resolveFonts({ ...(opts.fontPreset !== undefined ? { preset: opts.fontPreset } : {}), ...opts.fonts });
    if (fontErrors.length) {
      process.stderr.write(`policy-lint: ${fontErrors.join('; ')}\n`);
      return 2;
    }
    if (opts.fix || opts.format !== 'text') {
      process.stderr.write('policy-lint: export 不能与 --fix 或 --format 同用 / export does not take --fix or --format\n');
      return 2;
    }
    return runExport({ files: collectFiles(opts.paths), output: opts.output, force: opts.force, fonts, locale: opts.locale, configFor, ask: terminalQuestion() });
  }
  const timing = !!process.env.POLICY_LINT_TIMING;
  const t0 = Date.now();
  const files = collectFiles(opts.paths);
  const t1 = Date.now();
  if (opts.dryRun && !opts.fix) {
    process.stderr.write('policy-lint: --dry-run 需与 --fix 同用 / --dry-run goes with --fix\n');
    return 2;
  }
  let fixFailed = false;
  if (opts.fix) {
    // Fix first, then report what is left.
    for (const f of files) {
      if (f.error) continue;
      const o = fixFile(f.path, configFor(f.path), opts.dryRun);
      if (o.diff) process.stdout.write(o.diff);
      if (o.changed && !opts.dryRun) process.stderr.write(`policy-lint: ${displayPath(f.path)}: 已修复 ${o.fixed} 处 / fixed ${o.fixed}\n`);
      if (o.error && !/\.docx$/i.test(f.path)) process.stderr.write(`policy-lint: ${displayPath(f.path)}: ${o.error}\n`);
      if (o.failed) fixFailed = true;
    }
  }
  const progress = process.stderr.isTTY && files.length > 50 && !timing;
  if (progress) process.stderr.write(`policy-lint: 正在检查 ${files.length} 个文件… / checking ${files.length} files…\r`);
  // Several files: each also summarised, for the checks across related files (cli/related.ts).
  const summaries = files.length >= 2;
  const inProcess = () => Promise.all(files.map((f) => checkFile(f, configFor(f.path), opts.locale, summaries)));
  let results: FileResult[];
  if (workerCount(files.length) > 0) {
    try {
      results = await checkInParallel(files.map((entry, index) => ({ index, entry, config: configFor(entry.path) })), opts.locale, __filename, summaries);
    } catch (e) {
      // The worker threads failed (a bug or no threads here): the same check, in this thread.
      if (timing) process.stderr.write(`policy-lint: workers failed (${e instanceof Error ? e.message : String(e)}); checking in-process\n`);
      results = await inProcess();
    }
  } else results = await inProcess();
  if (summaries) addRelated(results, configFor, opts.locale);
  const t2 = Date.now();
  if (progress) process.stderr.write(' '.repeat(60) + '\r');
  if (opts.quiet) for (const r of results) r.diagnostics = r.diagnostics.filter((d) => d.severity === 'error');
  let out: string;
  switch (opts.format) {
    case 'json': out = formatJson(results); break;
    case 'sarif': out = formatSarif(results, opts.locale); break;
    case 'github': out = formatGithub(results); break;
    case 'html': {
      const texts = new Map<string, string>();
      for (const r of results) {
        if (r.error || r.skipped) continue;
        const read = await readDocument(r.path);
        if (read.ok) texts.set(r.path, read.text);
      }
      out = formatHtml(results, texts, opts.locale);
      break;
    }
    default: out = formatText(results, opts.locale, opts.color && !opts.output);
  }
  if (opts.output) {
    try {
      fs.writeFileSync(opts.output, out);
    } catch (e) {
      process.stderr.write(`policy-lint: ${displayPath(opts.output)}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
  } else process.stdout.write(out);
  if (timing) process.stderr.write(`policy-lint: timing: collect ${t1 - t0} ms, check ${t2 - t1} ms, format+write ${Date.now() - t2} ms, ${files.length} files\n`);
  for (const r of results) {
    if (r.error) process.stderr.write(`policy-lint: ${displayPath(r.path)}: ${r.error}\n`);
    for (const e of r.ruleErrors ?? []) process.stderr.write(`policy-lint: ${displayPath(r.path)}: ${e}\n`);
  }
  // A fix that could not be written is an I/O error, whatever the findings.
  if (fixFailed || results.some((r) => r.error)) return 2;
  if (results.length === 0) {
    process.stderr.write('policy-lint: 没有找到 .txt、.md 或 .docx 文件 / no .txt, .md or .docx files found\n');
  }
  if (opts.format === 'text') writeNotes(results);
  if (results.some((r) => r.diagnostics.some((d) => d.severity === 'error'))) return 1;
  const warnings = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    process.stderr.write(`policy-lint: ${warnings} 个警告，超过 --max-warnings ${opts.maxWarnings} / too many warnings\n`);
    return 1;
  }
  return 0;
}

// A closed pipe (policy-lint … | head) ends the output quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); });

if (!runLearnWorkerIfChild() && !runWorkerIfChild()) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
    process.stderr.write(`policy-lint: internal error / 内部错误: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 2;
  });
}
