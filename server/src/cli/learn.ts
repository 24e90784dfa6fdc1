/**
 * `policy-lint learn FOLDER... [--output .policylintrc.json] [--merge]`: read a unit's own past
 * documents (.txt, .md, .docx through the CLI's file reader), learn unit names, 机关代字, serials and the
 * library of issued documents (core/learn.ts), print what was learned and write it as the `profile` of
 * a .policylintrc.json. Reading and parsing run on worker threads (this same bundle) from
 * PARALLEL_FROM files on. The language server's “learn” request uses `learnFiles` and the renderers
 * here in-process. Nothing is sent anywhere.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import type { Locale } from '../linter';
import { combineFacts, DocFacts, Learned, learnedProfile, learnFacts, mergeProfiles } from '../core/learn';
import { collectFiles, readDocument } from './files';
import { PARALLEL_FROM } from './workers';

/** Files per message: a few batches per worker (a round trip per small batch cost more than the work on a loaded machine). */
const MIN_BATCH = 20, MAX_BATCH = 200;
const WORKER_FLAG = 'policy-lint-learn';

/** Facts of one file, or why it could not be read. */
export async function factsOfFile(file: string, root?: string): Promise<{ facts?: DocFacts; error?: string }> {
  const read = await readDocument(file);
  if (!read.ok) return { error: read.error };
  const source = root ? path.relative(root, file).split(path.sep).join('/') || path.basename(file) : path.basename(file);
  try {
    return { facts: learnFacts(read.text, source) };
  } catch (e) {
    return { error: `internal error / 内部错误: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** In a learn worker: answer batches of files. Returns true when running as one. */
export function runLearnWorkerIfChild(): boolean {
  if (isMainThread || !parentPort || (workerData as { mode?: string } | undefined)?.mode !== WORKER_FLAG) return false;
  const port = parentPort;
  port.on('message', (b: { files: { index: number; path: string }[]; root?: string }) => {
    void Promise.all(b.files.map(async (f) => ({ index: f.index, ...(await factsOfFile(f.path, b.root)) }))).then((out) => port.postMessage(out));
  });
  return true;
}

type FileFacts = { path: string; facts?: DocFacts; error?: string };

async function inParallel(files: string[], root: string | undefined, script: string): Promise<FileFacts[]> {
  const out: FileFacts[] = files.map((p) => ({ path: p }));
  const count = Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, Math.ceil(files.length / MIN_BATCH)));
  const BATCH = Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.ceil(files.length / (count * 4))));
  let next = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(Array.from({ length: count }, () => new Promise<void>((resolve, reject) => {
      const w = new Worker(script, { workerData: { mode: WORKER_FLAG } });
      workers.push(w);
      let done = false;
      const feed = () => {
        if (next >= files.length) { done = true; void w.terminate().then(() => resolve()); return; }
        const batch = files.slice(next, next + BATCH).map((p, i) => ({ index: next + i, path: p }));
        next += BATCH;
        w.postMessage({ files: batch, root });
      };
      w.on('message', (res: { index: number; facts?: DocFacts; error?: string }[]) => {
        for (const r of res) out[r.index] = { path: files[r.index], facts: r.facts, error: r.error };
        feed();
      });
      w.on('error', (e) => { if (!done) { done = true; reject(e); } });
      w.on('exit', (code) => { if (!done) { done = true; reject(new Error(`worker exited (${code})`)); } });
      feed();
    })));
  } finally {
    for (const w of workers) void w.terminate();
  }
  return out;
}

/**
 * Learn from files: on worker threads when `script` (this bundle) is given and there are enough
 * files, else in this thread, yielding between files so a server stays responsive.
 */
export async function learnFiles(files: string[], opts: { root?: string; script?: string; onProgress?: (done: number) => void } = {}): Promise<{ learned: Learned; errors: { path: string; error: string }[] }> {
  let results: FileFacts[] | undefined;
  if (opts.script && files.length >= PARALLEL_FROM && process.env.POLICY_LINT_WORKERS !== '0') {
    try {
      results = await inParallel(files, opts.root, opts.script);
    } catch {
      results = undefined; // fall back to this thread
    }
  }
  if (!results) {
    results = [];
    for (let i = 0; i < files.length; i++) {
      results.push({ path: files[i], ...(await factsOfFile(files[i], opts.root)) });
      if (i % 10 === 9) { opts.onProgress?.(i + 1); await new Promise((r) => setImmediate(r)); }
    }
  }
  const facts = results.filter((r) => r.facts).map((r) => r.facts!);
  return { learned: combineFacts(facts), errors: results.filter((r) => r.error).map((r) => ({ path: r.path, error: r.error! })) };
}

/** Files under the given folders (or files) that learn reads: .txt, .md, .docx, as the checker finds them. */
export function learnableFiles(paths: readonly string[]): { files: string[]; errors: { path: string; error: string }[] } {
  const entries = collectFiles(paths);
  return { files: entries.filter((e) => !e.error).map((e) => e.path), errors: entries.filter((e) => e.error).map((e) => ({ path: e.path, error: e.error! })) };
}

/** The text of the settings file after learning: the file's other settings kept, its profile replaced or merged. */
export function profileFileText(existing: unknown, learned: Learned, merge: boolean): string {
  const base = typeof existing === 'object' && existing !== null && !Array.isArray(existing) ? existing as Record<string, unknown> : {};
  const fresh = learnedProfile(learned);
  const old = typeof base.profile === 'object' && base.profile !== null && !Array.isArray(base.profile) ? base.profile as Record<string, unknown> : {};
  let profile: Record<string, unknown>;
  if (merge) profile = mergeProfiles(old, fresh);
  else {
    // What was not learned (replyClasses, validity ceilings, superseded entries) stays.
    profile = { ...old, ...fresh };
  }
  return JSON.stringify({ ...base, profile }, null, 2) + '\n';
}

const T = (locale: Locale, zh: string, en: string) => (locale === 'en' ? en : zh);

/** What was learned, as Markdown (the editor's review preview) or plain text (the CLI). */
export function learnReport(l: Learned, locale: Locale, markdown: boolean, limit = markdown ? 200 : 15): string {
  const out: string[] = [];
  const h = (s: string) => out.push(markdown ? `\n## ${s}\n` : `\n${s}`);
  const cell = (s: string) => (markdown ? s.replace(/\|/g, '\\|') : s);
  const more = (n: number) => { if (n > limit) out.push(T(locale, `……另有 ${n - limit} 项`, `… and ${n - limit} more`)); };
  if (markdown) out.push(`# ${T(locale, '从本单位往年文件学到的内容', 'Learned from the unit\'s past documents')}\n`);
  out.push(T(locale,
    `读取文件 ${l.documents} 份：单位名称 ${l.units.length} 个，机关代字 ${l.docCodes.length} 个，已发文件 ${l.library.length} 条。`,
    `${l.documents} documents read: ${l.units.length} unit names, ${l.docCodes.length} agency codes, ${l.library.length} issued documents.`));
  h(T(locale, '单位名称（次数；别名）', 'Unit names (count; aliases)'));
  if (markdown) out.push(`| ${T(locale, '名称', 'Name')} | ${T(locale, '次数', 'Count')} | ${T(locale, '别名', 'Aliases')} | ${T(locale, '来源', 'Seen in')} |`, '|---|---:|---|---|');
  for (const u of l.units.slice(0, limit)) {
    if (markdown) out.push(`| ${cell(u.name)} | ${u.count} | ${cell(u.aliases.join('、'))} | ${cell(u.sources.slice(0, 3).join('、'))} |`);
    else out.push(`  ${u.name}  ${u.count}${u.aliases.length ? '  ' + T(locale, '别名', 'aliases') + ' ' + u.aliases.join('、') : ''}`);
  }
  more(l.units.length);
  h(T(locale, '机关代字 → 发文机关（次数；各年文号）', 'Agency codes → issuing organ (count; serials by year)'));
  if (markdown) out.push(`| ${T(locale, '代字', 'Code')} | ${T(locale, '发文机关', 'Organ')} | ${T(locale, '次数', 'Count')} | ${T(locale, '文号', 'Serials')} |`, '|---|---|---:|---|');
  for (const c of l.docCodes.slice(0, limit)) {
    const serials = Object.entries(c.serials).map(([y, s]) => `${y}: ${s.slice(0, 12).join(',')}${s.length > 12 ? '…' : ''}`).join('；');
    if (markdown) out.push(`| ${cell(c.code)} | ${cell(c.organ)} | ${c.count} | ${cell(serials)} |`);
    else out.push(`  ${c.code} → ${c.organ}  ${c.count}${serials ? '  ' + serials : ''}`);
  }
  more(l.docCodes.length);
  h(T(locale, '已发文件库（标题、文号、日期）', 'Library of issued documents (title, number, date)'));
  if (markdown) out.push(`| ${T(locale, '标题', 'Title')} | ${T(locale, '文号', 'Number')} | ${T(locale, '日期', 'Date')} | ${T(locale, '来源', 'Seen in')} |`, '|---|---|---|---|');
  for (const e of l.library.slice(0, limit)) {
    if (markdown) out.push(`| 《${cell(e.title)}》 | ${cell(e.number)} | ${e.date ?? ''} | ${cell((e.seen ?? []).slice(0, 3).join('、'))} |`);
    else out.push(`  《${e.title}》（${e.number}）${e.date ? ' ' + e.date : ''}`);
  }
  more(l.library.length);
  const kinds = Object.keys(l.sections);
  if (kinds.length) {
    h(T(locale, '各类文件常用的一级标题', 'Customary section titles per kind'));
    for (const k of kinds) out.push(`${markdown ? '- ' : '  '}${k}: ${l.sections[k].slice(0, 10).map((s) => `${s.title}（${s.count}）`).join('、')}`);
  }
  const vk = Object.keys(l.validity);
  if (vk.length) {
    h(T(locale, '有效期习惯', 'Validity habits'));
    for (const k of vk) out.push(`${markdown ? '- ' : '  '}${k}: ${l.validity[k].map((v) => T(locale, `${v.years}年（${v.count}份）`, `${v.years} years (${v.count})`)).join('、')}`);
  }
  return out.join('\n') + '\n';
}

const HELP = `用法 Usage: policy-lint learn FOLDER... [--output FILE] [--merge] [--lang zh|en] [--dry-run]

从本单位往年文件（.txt/.md/.docx）学习单位名称、机关代字、文号和已发文件库，写入 .policylintrc.json 的 profile。
Learns unit names, agency codes, serials and the library of issued documents from a unit's past
documents and writes them as the profile of a .policylintrc.json. Nothing is sent anywhere.

  --output FILE   写入的配置文件（默认当前文件夹的 .policylintrc.json）/ settings file to write
  --merge         与已有 profile 合并，而不是替换学到的部分 / merge with the existing profile
  --dry-run       只显示学到的内容，不写文件 / print what was learned, write nothing
  --lang zh|en    输出语言 / language
`;

/** The `learn` subcommand. Returns the exit code. */
export async function learnMain(argv: readonly string[], script: string): Promise<number> {
  let output = '.policylintrc.json';
  let merge = false, dryRun = false;
  let locale: Locale = 'zh-cn';
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const eq = a.indexOf('=');
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1);
      return argv[++i];
    };
    const name = a.startsWith('--') && a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    if (name === '-h' || name === '--help') { process.stdout.write(HELP); return 0; }
    else if (name === '--output' || name === '-o') { const v = value(); if (!v) return usage('--output 需要一个值 / needs a value'); output = v; }
    else if (name === '--merge') merge = true;
    else if (name === '--dry-run') dryRun = true;
    else if (name === '--lang') { const v = value() ?? ''; if (!/^(zh|zh-cn|en)$/i.test(v)) return usage(`未知语言 unknown language "${v}"`); locale = /^en$/i.test(v) ? 'en' : 'zh-cn'; }
    else if (name === '--') { paths.push(...argv.slice(i + 1)); break; }
    else if (a.startsWith('-') && a !== '-') return usage(`未知选项 unknown option "${a}"`);
    else paths.push(a);
  }
  if (!paths.length) return usage('请给出文件夹 / no folders given');
  const t0 = Date.now();
  const { files, errors: pathErrors } = learnableFiles(paths);
  for (const e of pathErrors) process.stderr.write(`policy-lint learn: ${e.path}: ${e.error}\n`);
  if (!files.length) {
    process.stderr.write('policy-lint learn: 没有找到 .txt、.md 或 .docx 文件 / no .txt, .md or .docx files found\n');
    return 2;
  }
  const root = paths.length === 1 && fs.statSync(paths[0], { throwIfNoEntry: false })?.isDirectory() ? path.resolve(paths[0]) : process.cwd();
  const { learned, errors } = await learnFiles(files, { root, script });
  for (const e of errors) process.stderr.write(`policy-lint learn: ${e.path}: ${e.error}\n`);
  process.stdout.write(learnReport(learned, locale, false));
  if (process.env.POLICY_LINT_TIMING) process.stderr.write(`policy-lint learn: timing: ${Date.now() - t0} ms, ${files.length} files\n`);
  if (dryRun) return 0;
  let existing: unknown;
  if (fs.existsSync(output)) {
    try {
      existing = JSON.parse(fs.readFileSync(output, 'utf8').replace(/^\uFEFF/, '') || '{}');
    } catch (e) {
      process.stderr.write(`policy-lint learn: ${output}: invalid JSON / JSON 格式错误 (${e instanceof Error ? e.message : String(e)}); 未写入 / not written\n`);
      return 2;
    }
  }
  try {
    fs.writeFileSync(output, profileFileText(existing, learned, merge));
  } catch (e) {
    process.stderr.write(`policy-lint learn: ${output}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  process.stdout.write(T(locale, `\n已写入 ${output}${merge ? '（合并）' : ''}\n`, `\nWritten to ${output}${merge ? ' (merged)' : ''}\n`));
  return 0;
}

function usage(msg: string): number {
  process.stderr.write(`policy-lint learn: ${msg}\n\n${HELP}`);
  return 2;
}
