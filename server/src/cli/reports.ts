/** Reviewer report formats: SARIF 2.1.0, GitHub workflow annotations and a self-contained HTML page. */
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Locale } from '../linter';
import { kindLabel, message, ruleDocs, RULES_BY_ID } from '../linter';
import type { CliDiagnostic, FileResult } from './check';
import { displayPath, summarize } from './format';

const VERSION = '0.1.0';
const INFO_URI = 'https://github.com/policy-lint/policy-lint';
const docUrl = (rule: string) => `${INFO_URI}/blob/main/docs/rules/${rule}.md`;
const pick = (t: { zh: string; en: string } | undefined, locale: Locale) => (t ? (locale === 'en' ? t.en : t.zh) : '');

/** SARIF 2.1.0: one run, the rules that fired as reportingDescriptors, columns in UTF-16 code units. */
export function formatSarif(results: readonly FileResult[], locale: Locale, cwd = process.cwd()): string {
  const ruleIds = [...new Set(results.flatMap((r) => r.diagnostics.map((d) => d.rule)))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const level = (s: CliDiagnostic['severity']) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
  const uri = (p: string) => {
    const rel = path.relative(cwd, path.resolve(p));
    return rel.startsWith('..') ? pathToFileURL(path.resolve(p)).toString() : rel.split(path.sep).map(encodeURIComponent).join('/');
  };
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'policy-lint',
          version: VERSION,
          semanticVersion: VERSION,
          informationUri: INFO_URI,
          rules: ruleIds.map((id) => {
            const meta = RULES_BY_ID.get(id)?.meta;
            const text = ruleDocs(id);
            return {
              id,
              name: id.replace(/[/-](\w)/g, (_m, c: string) => c.toUpperCase()),
              shortDescription: { text: pick(text?.title, locale) || id },
              fullDescription: { text: pick(text?.explanation, locale) || id },
              helpUri: docUrl(id),
              defaultConfiguration: { level: meta ? level(meta.severity) : 'warning' },
              properties: { tags: [id.split('/')[0]], source: text ? `${message(`tier/${text.source.tier}`, undefined, locale)}: ${pick(text.source, locale)}` : '' },
            };
          }),
        },
      },
      columnKind: 'utf16CodeUnits',
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd + path.sep).toString() } },
      results: results.flatMap((r) => r.diagnostics.map((d) => ({
        ruleId: d.rule,
        ruleIndex: index.get(d.rule)!,
        level: level(d.severity),
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: uri(r.path), uriBaseId: '%SRCROOT%' },
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: Math.max(d.endColumn, d.endLine === d.line ? d.column + 1 : 1) },
          },
        }],
        ...(d.related?.length ? {
          relatedLocations: d.related.map((x, i) => ({
            id: i,
            message: { text: x.message },
            physicalLocation: {
              artifactLocation: { uri: uri(x.path), uriBaseId: '%SRCROOT%' },
              region: { startLine: x.line, startColumn: x.column, endLine: x.endLine, endColumn: Math.max(x.endColumn, x.endLine === x.line ? x.column + 1 : 1) },
            },
          })),
        } : {}),
      }))),
      invocations: [{
        executionSuccessful: !results.some((r) => r.error),
        toolExecutionNotifications: results.filter((r) => r.error || r.skipped).map((r) => ({
          level: r.error ? 'error' : 'note',
          message: { text: `${r.path}: ${r.error ?? r.skipped}` },
        })),
      }],
    }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/** GitHub Actions workflow commands: ::error file=…,line=…,col=…::message. */
export function formatGithub(results: readonly FileResult[]): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const out: string[] = [];
  for (const r of results) {
    if (r.error) out.push(`::error file=${prop(r.path)},title=policy-lint::${esc(r.error)}`);
    for (const d of r.diagnostics) {
      const cmd = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
      out.push(`::${cmd} file=${prop(r.path)},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${prop(d.rule)}::${esc(d.message)}`);
    }
  }
  return out.join('\n') + (out.length ? '\n' : '');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The document's text with each problem marked in place (lines and columns as in the results). */
function highlighted(text: string, diags: readonly CliDiagnostic[]): string {
  const lines = text.split(/\r\n|\r|\n/);
  const byLine = new Map<number, CliDiagnostic[]>();
  for (const d of diags) {
    const list = byLine.get(d.line) ?? [];
    list.push(d);
    byLine.set(d.line, list);
  }
  return lines.map((line, i) => {
    const ds = (byLine.get(i + 1) ?? []).slice().sort((a, b) => a.column - b.column);
    let html = '';
    let pos = 0;
    for (const d of ds) {
      const s = Math.max(pos, d.column - 1);
      const e = d.endLine === d.line ? Math.max(s + 1, d.endColumn - 1) : line.length;
      if (s > line.length) continue;
      html += escapeHtml(line.slice(pos, s));
      html += `<mark class="${d.severity}" title="${escapeHtml(d.rule + '：' + d.message)}">${escapeHtml(line.slice(s, Math.min(e, line.length)) || ' ')}</mark>`;
      pos = Math.min(e, line.length);
    }
    html += escapeHtml(line.slice(pos));
    return `<tr${ds.length ? ' class="has"' : ''}><td class="n">${i + 1}</td><td class="t">${html || '&nbsp;'}</td></tr>`;
  }).join('\n');
}

/** One self-contained page, readable offline, Chinese first: a summary by rule and by document, then each document with its problems marked. */
export function formatHtml(results: readonly FileResult[], texts: ReadonlyMap<string, string>, locale: Locale): string {
  const s = summarize(results);
  const zh = locale !== 'en';
  const byRule = new Map<string, { error: number; warning: number; info: number; files: Set<string> }>();
  for (const r of results) for (const d of r.diagnostics) {
    const e = byRule.get(d.rule) ?? { error: 0, warning: 0, info: 0, files: new Set<string>() };
    if (d.severity === 'error') e.error++; else if (d.severity === 'warning') e.warning++; else e.info++;
    e.files.add(r.path);
    byRule.set(d.rule, e);
  }
  const ruleRows = [...byRule].sort((a, b) => b[1].error - a[1].error || (b[1].error + b[1].warning + b[1].info) - (a[1].error + a[1].warning + a[1].info))
    .map(([id, e]) => `<tr><td><code>${escapeHtml(id)}</code></td><td>${escapeHtml(pick(ruleDocs(id)?.title, locale))}</td><td class="num">${e.error}</td><td class="num">${e.warning}</td><td class="num">${e.info}</td><td class="num">${e.files.size}</td></tr>`).join('\n');
  const docRows = results.map((r, i) => {
    const c = { error: 0, warning: 0, info: 0 };
    for (const d of r.diagnostics) { if (d.severity === 'error') c.error++; else if (d.severity === 'warning') c.warning++; else c.info++; }
    return `<tr><td><a href="#doc-${i}">${escapeHtml(displayPath(r.path))}</a></td><td>${escapeHtml(kindLabel(r.kind, r.title, locale))}</td><td class="num">${c.error}</td><td class="num">${c.warning}</td><td class="num">${c.info}</td><td>${escapeHtml(r.error ?? r.skipped ?? '')}</td></tr>`;
  }).join('\n');
  const docs = results.map((r, i) => {
    const text = texts.get(r.path);
    const list = r.diagnostics.map((d) => `<li class="${d.severity}"><a href="#doc-${i}-l${d.line}">${d.line}:${d.column}</a> ${escapeHtml(message('severity/' + d.severity, undefined, locale))} ${escapeHtml(d.message)} <code>${escapeHtml(d.rule)}</code></li>`).join('\n');
    const body = text === undefined ? '' : `<table class="src">${highlighted(text, r.diagnostics).replace(/<tr( class="has")?><td class="n">(\d+)<\/td>/g, (_m, has: string | undefined, n: string) => `<tr id="doc-${i}-l${n}"${has ?? ''}><td class="n">${n}</td>`)}</table>`;
    return `<section id="doc-${i}"><h2>${escapeHtml(displayPath(r.path))} <small>${escapeHtml(kindLabel(r.kind, r.title, locale))}${r.title ? ' · ' + escapeHtml(r.title) : ''}</small></h2>${r.note ? `<p class="note">${escapeHtml(r.note)}</p>` : ''}${r.error ? `<p class="err">${escapeHtml(r.error)}</p>` : ''}<ul class="problems">${list}</ul>${body}</section>`;
  }).join('\n');
  const h = zh
    ? { title: 'policy-lint 审核报告', byRule: '按规则汇总', byDoc: '按文件汇总', rule: '规则', name: '名称', err: '错误', warn: '警告', info: '提示', files: '文件数', file: '文件', kind: '类型', remark: '备注' }
    : { title: 'policy-lint review report', byRule: 'By rule', byDoc: 'By document', rule: 'Rule', name: 'Name', err: 'Errors', warn: 'Warnings', info: 'Info', files: 'Files', file: 'File', kind: 'Kind', remark: 'Note' };
  return `<!doctype html>
<html lang="${zh ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h.title}</title>
<style>
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:1100px;color:#222;line-height:1.6;padding:0 1em}
h1{font-size:1.6em}h2{font-size:1.2em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}h2 small{color:#666;font-weight:normal}
table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ddd;padding:.25em .6em;vertical-align:top}th{background:#f4f4f4}td.num{text-align:right}
table.src{width:100%;font-family:"Noto Serif CJK SC","Songti SC",serif}table.src td{border:none;padding:.05em .5em}td.n{color:#999;text-align:right;width:3em;user-select:none}tr.has{background:#fffbe6}
mark{border-radius:2px;padding:0 1px}mark.error{background:#ffccc7;border-bottom:2px solid #cf1322}mark.warning{background:#ffe58f;border-bottom:2px solid #d48806}mark.information,mark.hint{background:#bae7ff;border-bottom:2px solid #096dd9}
ul.problems{font-size:.92em}li.error{color:#a8071a}li.warning{color:#874d00}li.information,li.hint{color:#0050b3}.note{color:#555}.err{color:#a8071a}code{font-size:.9em}
</style></head><body>
<h1>${h.title}</h1>
<p>${escapeHtml(message('ui/summary', { problems: s.errors + s.warnings + s.infos, errors: s.errors, warnings: s.warnings, infos: s.infos, files: s.files }, locale))}</p>
<h2>${h.byRule}</h2>
<table><thead><tr><th>${h.rule}</th><th>${h.name}</th><th>${h.err}</th><th>${h.warn}</th><th>${h.info}</th><th>${h.files}</th></tr></thead><tbody>
${ruleRows}
</tbody></table>
<h2>${h.byDoc}</h2>
<table><thead><tr><th>${h.file}</th><th>${h.kind}</th><th>${h.err}</th><th>${h.warn}</th><th>${h.info}</th><th>${h.remark}</th></tr></thead><tbody>
${docRows}
</tbody></table>
${docs}
</body></html>
`;
}
