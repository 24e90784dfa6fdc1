/**
 * `policy-lint compare OLD NEW [--format html|docx|json] [--output OUT] [--all]`: the 修改对照表 of two
 * versions — a self-contained HTML page or a GB/T 9704 .docx with the three columns reviewers attach
 * (原条文 / 修改后条文 / 修改说明), deleted words struck through and inserted words underlined; or the
 * comparison as JSON.
 */
import * as path from 'path';
import type { Locale } from '../linter';
import { compare, itemName, noteText, type CompareEntry, type CompareResult } from '../core/compare';
import { exportTableDocx, type CellRun, type ExportOptions } from '../export/gongwen-docx';
import { displayPath } from './format';
import { parseSubArgs, writeOut } from './tasks';
import { readDocument } from './files';

export const COMPARE_HELP = `用法 Usage: policy-lint compare OLD NEW [--format html|docx|json] [--output OUT] [--all] [--lang zh|en]

  生成修改对照表：按条文序号和文字相似度对齐新旧两稿（含重新编号、移动、拆分、合并），逐条标出增删的词语，
  并说明金额、上限、牵头单位、目标数值和年份、约束程度（应当→可以）、完成时限、有效期的变化。
  Compares two versions: items aligned by number and wording, word-level changes, and notes on amounts,
  caps, lead units, targets, obligations, deadlines and validity.

  --format html|docx|json  html（默认，三栏对照表）| docx（GB/T 9704 版式的三栏表，须同时给出 --output）| json
  --output OUT         写入文件 / write to OUT (required for docx)
  --all                同时列出未修改的条文 / list unchanged items too
  --lang zh|en         语言 / language
`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const para = (s: string) => esc(s).replace(/\n/g, '<br>');

const L = {
  title: { zh: '修改对照表', en: 'Comparison of versions' },
  old: { zh: '原条文', en: 'Old text' },
  new: { zh: '修改后条文', en: 'New text' },
  notes: { zh: '修改说明', en: 'Changes' },
  summary: {
    zh: '修改 {changed} 条，移动 {moved} 条，新增 {added} 条，删除 {removed} 条，拆分 {split} 条，合并 {merged} 条，未修改 {unchanged} 条。',
    en: '{changed} changed, {moved} moved, {added} added, {removed} deleted, {split} split, {merged} merged, {unchanged} unchanged.',
  },
  legend: { zh: '删除的文字加删除线，新增的文字加下划线。', en: 'Deleted words are struck through, inserted words underlined.' },
};
const t = (x: { zh: string; en: string }, locale: Locale, args: Record<string, string | number> = {}) =>
  (locale === 'en' ? x.en : x.zh).replace(/\{(\w+)\}/g, (m, k: string) => (k in args ? String(args[k]) : m));

function side(e: CompareEntry, which: 'old' | 'new', locale: Locale): string {
  const x = e[which];
  if (!x) return '';
  const head = `<div class="label">${esc(itemName(x, locale))}</div>`;
  if (e.status === 'unchanged' || e.status === 'added' || e.status === 'removed' || e.status === 'split' || e.status === 'merged') {
    return head + `<div>${para(x.text)}</div>`;
  }
  const keep = which === 'old' ? 'delete' : 'insert';
  const tag = which === 'old' ? 'del' : 'ins';
  const body = e.parts.filter((p) => p.op === 'equal' || p.op === keep)
    .map((p) => (p.op === 'equal' ? para(p.text) : `<${tag}>${para(p.text)}</${tag}>`)).join('');
  return head + `<div>${body}</div>`;
}

/** Two versions compared, with the HTML table: what the editor's request answers (in the server or its worker). */
export function compareReport(oldText: string, newText: string, locale: Locale, names: { old: string; new: string }): { html: string; result: CompareResult } {
  const result = compare(oldText, newText);
  return { html: compareHtml(result, locale, names), result };
}

export function compareHtml(r: CompareResult, locale: Locale = 'zh-cn', names: { old: string; new: string }, all = false): string {
  const rows = r.entries.filter((e) => all || e.status !== 'unchanged').map((e) => `<tr class="${e.status}">
<td>${side(e, 'old', locale)}</td>
<td>${side(e, 'new', locale)}</td>
<td><ul>${e.notes.map((n) => `<li class="${n.kind}">${esc(noteText(n, locale))}</li>`).join('')}</ul></td>
</tr>`).join('\n');
  const title = t(L.title, locale);
  const heading = r.newTitle ?? r.oldTitle;
  return `<!DOCTYPE html>
<html lang="${locale === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}${heading ? ' — ' + esc(heading) : ''}</title>
<style>
body { font-family: "FangSong", "STFangsong", "Noto Serif CJK SC", serif; margin: 2em; color: #111; background: #fff; }
h1 { font-family: "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 1.5em; text-align: center; }
p.meta { text-align: center; color: #555; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #444; padding: .5em; vertical-align: top; line-height: 1.7; }
th { background: #eee; font-family: "SimHei", "Noto Sans CJK SC", sans-serif; }
th:nth-child(3), td:nth-child(3) { width: 22%; }
del { color: #b00; text-decoration: line-through; background: #fde8e8; }
ins { color: #060; text-decoration: underline; background: #e6f6e6; }
.label { font-weight: bold; color: #333; }
td ul { margin: 0; padding-left: 1.2em; }
tr.added td:nth-child(2), tr.split td:nth-child(2) { background: #f3fbf3; }
tr.removed td:nth-child(1), tr.merged td:nth-child(1) { background: #fdf3f3; }
@media print { body { margin: 0; } }
</style>
</head>
<body>
<h1>${esc(title)}${heading ? '<br>' + esc(heading) : ''}</h1>
<p class="meta">${esc(names.old)} → ${esc(names.new)}</p>
<p class="meta">${esc(t(L.summary, locale, r.counts))} ${esc(t(L.legend, locale))}</p>
<table>
<thead><tr><th>${esc(t(L.old, locale))}</th><th>${esc(t(L.new, locale))}</th><th>${esc(t(L.notes, locale))}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}

/** One side of an entry as the paragraphs of a .docx cell: the item's name (黑体), then its text with the changes marked. */
function docxSide(e: CompareEntry, which: 'old' | 'new', locale: Locale): CellRun[][] {
  const x = e[which];
  if (!x) return [];
  const out: CellRun[][] = [[{ text: itemName(x, locale), heading: true }]];
  const whole = e.status === 'unchanged' || e.status === 'added' || e.status === 'removed' || e.status === 'split' || e.status === 'merged';
  const keep = which === 'old' ? 'delete' : 'insert';
  const parts = whole ? [{ op: 'equal' as const, text: x.text }] : e.parts.filter((p) => p.op === 'equal' || p.op === keep);
  let line: CellRun[] = [];
  for (const p of parts) {
    const mark = p.op === 'equal' ? {} : which === 'old' ? { strike: true } : { underline: true };
    p.text.split('\n').forEach((piece, k) => {
      if (k > 0) { out.push(line); line = []; }
      if (piece) line.push({ text: piece, ...mark });
    });
  }
  out.push(line);
  return out.filter((l, k) => k === 0 || l.length);
}

/** The 修改对照表 as a GB/T 9704 .docx: the three columns, deletions struck through, insertions underlined. */
export function compareDocx(r: CompareResult, locale: Locale = 'zh-cn', names: { old: string; new: string }, all = false, options: ExportOptions = {}): Promise<Buffer> {
  const heading = r.newTitle ?? r.oldTitle;
  const entries = r.entries.filter((e) => all || e.status !== 'unchanged');
  return exportTableDocx({
    title: heading ? `${heading}${locale === 'en' ? ': ' : ''}${t(L.title, locale)}` : t(L.title, locale),
    subtitle: names.old || names.new ? [`${names.old} → ${names.new}`] : [],
    before: [`${t(L.summary, locale, r.counts)}${locale === 'en' ? ' ' : ''}${t(L.legend, locale)}`],
    columns: [
      { title: t(L.old, locale), weight: 39, minChars: 12 },
      { title: t(L.new, locale), weight: 39, minChars: 12 },
      { title: t(L.notes, locale), weight: 22, minChars: 7 },
    ],
    rows: entries.map((e) => ({ cells: [docxSide(e, 'old', locale), docxSide(e, 'new', locale), e.notes.map((n) => [{ text: noteText(n, locale) }])] })),
  }, options);
}

/** The comparison as JSON, with each note's text in the locale. */
export function compareJson(r: CompareResult, locale: Locale = 'zh-cn'): string {
  return JSON.stringify({
    ...r,
    entries: r.entries.map((e) => ({ ...e, notes: e.notes.map((n) => ({ ...n, text: noteText(n, locale) })) })),
  }, null, 2) + '\n';
}

function fail(msg: string, help?: string): number {
  process.stderr.write(`policy-lint: ${msg}\n${help ? '\n' + help : ''}`);
  return 2;
}

export async function runCompare(argv: readonly string[]): Promise<number> {
  const all = argv.includes('--all');
  const o = parseSubArgs(argv.filter((a) => a !== '--all'));
  if (o === 'help') { process.stdout.write(COMPARE_HELP); return 0; }
  if (typeof o === 'string') return fail(o, COMPARE_HELP);
  if (o.files.length !== 2) return fail('compare 需要两个文件：旧稿 新稿 / compare takes two files: OLD NEW', COMPARE_HELP);
  const ext = o.output ? path.extname(o.output).slice(1).toLowerCase() : '';
  const format = o.format ?? (ext === 'json' || ext === 'docx' ? ext : 'html');
  if (format !== 'html' && format !== 'json' && format !== 'docx') return fail(`未知格式 unknown format "${format}" (html|docx|json)`, COMPARE_HELP);
  if (format === 'docx' && !o.output) return fail('docx 须写入文件：请给出 --output / docx needs --output');
  const texts: string[] = [];
  for (const f of o.files) {
    const read = await readDocument(f);
    if (!read.ok) return fail(`${displayPath(f)}: ${read.error}`);
    texts.push(read.text);
  }
  const result = compare(texts[0], texts[1]);
  const names = { old: path.basename(o.files[0]), new: path.basename(o.files[1]) };
  const out = format === 'json' ? compareJson(result, o.locale)
    : format === 'docx' ? await compareDocx(result, o.locale, names, all)
    : compareHtml(result, o.locale, names, all);
  const err = writeOut(o.output, out);
  return err ? fail(err) : 0;
}
