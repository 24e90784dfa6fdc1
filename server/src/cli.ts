#!/usr/bin/env node
/**
 * policy-lint command line: `policy-lint [--format text|json] PATH...`
 * Exit 0 = no errors, 1 = errors found, 2 = usage or I/O error. Same core as the language server.
 */
import * as path from 'path';
import type { Locale, PolicyLintConfig } from './core';
import { mergeRawConfigs, normalizeConfig, RULES } from './core';
import { findRcFile, readRcFile, RcFile } from './rcfile';
import { checkFile, FileResult } from './cli/check';
import { collectFiles } from './cli/files';
import { formatJson, formatText } from './cli/format';
import { checkInParallel, PARALLEL_FROM, runWorkerIfChild } from './cli/workers';

const VERSION = '0.1.0';
const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `policy-lint ${VERSION} — 政策文件起草检查 / checks Chinese policy drafts

用法 Usage: policy-lint [options] PATH...

  PATH                 文件或文件夹（文件夹中检查 .txt/.md）/ files or folders (.txt, .md in folders)
  --format text|json   输出格式（默认 text）/ output format (default text)
  --rule ID=SEVERITY   调整规则：off|error|warning|information|hint（可重复）/ set a rule or category (repeatable)
  --config FILE        使用此配置文件，不再查找 .policylintrc.json / use this config instead of .policylintrc.json
  --preset NAME        预设 default|national|provincial|municipal|final-review / rule preset
  --lang zh|en         消息语言（默认中文）/ message language (default Chinese)
  --no-color           不使用颜色 / no colours
  --list-rules         列出全部规则 / list all rules
  -h, --help           显示帮助 / this help
  -v, --version        显示版本 / version

退出码 Exit codes: 0 无错误 no errors · 1 发现错误 errors found · 2 用法或读写错误 usage or I/O error
`;

class UsageError extends Error {}

interface Options { format: Format; locale: Locale; color: boolean; paths: string[]; rules: Record<string, string>; listRules: boolean; config?: string; preset?: string }

function parseArgs(argv: readonly string[]): Options | 'help' | 'version' {
  const o: Options = { format: 'text', locale: 'zh-cn', color: !!process.stdout.isTTY && !process.env.NO_COLOR, paths: [], rules: {}, listRules: false };
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
        if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`未知格式 unknown format "${f}" (text|json)`);
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

async function main(argv: readonly string[]): Promise<number> {
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
    for (const r of RULES) process.stdout.write(`${r.meta.id}\t${r.meta.severity}\t${r.meta.fixable ? 'fix' : ''}\t${r.meta.source}\n`);
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
      process.stderr.write(`policy-lint: ${opts.config}: ${explicit.error}\n`);
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
      process.stderr.write(`policy-lint: ${rc.path}: ${rc.error} — 已忽略 / ignored\n`);
    }
    const merged = normalizeConfig(mergeRawConfigs(rc && !rc.error ? rc.raw : undefined, cliLayer));
    for (const e of merged.errors) {
      const key = `${rc?.path}: ${e}`;
      if (!reported.has(key)) { reported.add(key); process.stderr.write(`policy-lint: ${key}\n`); }
    }
    // The CLI checks every file it is given, whatever its kind.
    config = { ...merged.config, check: 'always' };
    configs.set(dir, config);
    return config;
  };
  const timing = !!process.env.POLICY_LINT_TIMING;
  const t0 = Date.now();
  const files = collectFiles(opts.paths);
  const t1 = Date.now();
  const workers = process.env.POLICY_LINT_WORKERS !== '0';
  const results: FileResult[] = workers && files.length >= PARALLEL_FROM
    ? await checkInParallel(files.map((entry, index) => ({ index, entry, config: configFor(entry.path) })), opts.locale, __filename)
    : files.map((f) => checkFile(f, configFor(f.path), opts.locale));
  const t2 = Date.now();
  const out = opts.format === 'json' ? formatJson(results) : formatText(results, opts.locale, opts.color);
  process.stdout.write(out);
  if (timing) process.stderr.write(`policy-lint: timing: collect ${t1 - t0} ms, check ${t2 - t1} ms, format+write ${Date.now() - t2} ms, ${files.length} files\n`);
  for (const r of results) {
    if (r.error) process.stderr.write(`policy-lint: ${r.path}: ${r.error}\n`);
    for (const e of r.ruleErrors ?? []) process.stderr.write(`policy-lint: ${r.path}: ${e}\n`);
  }
  if (results.some((r) => r.error)) return 2;
  if (results.length === 0) {
    process.stderr.write('policy-lint: 没有找到 .txt 或 .md 文件 / no .txt or .md files found\n');
  }
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

if (!runWorkerIfChild()) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
    process.stderr.write(`policy-lint: internal error / 内部错误: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 2;
  });
}
