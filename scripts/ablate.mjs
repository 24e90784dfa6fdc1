// Systematic defect injection: recall on EVERY instance, not a sample. For each corpus document
// (test/fixtures/corpus, after `tsc -p .`) and each instance of a category, make ONE defect, lint the copy
// with the linter the CLI uses, and check that the expected rule fires at that place (a finding of that
// rule on the instance's lines that the original does not have).
//
//   node scripts/ablate.mjs                    recall per category and operator, per document, every miss
//   node scripts/ablate.mjs --only lead-drop   some operators (comma-separated)
//   node scripts/ablate.mjs --file 033         documents whose path contains 033
//   node scripts/ablate.mjs --json             one JSON line per instance
//   node scripts/ablate.mjs --root ../main     the same on another built checkout (before/after a change)
//
// Instances are found in the TEXT, not only through the model (a lead clause or goal section the model does
// not read is an instance too — that is what a miss should show). Operators:
//   lead-drop    delete one measure's lead clause (bracketed clause naming 牵头/负责/责任单位…, or a
//                牵头单位：… line) in a document with at least 3 such clauses → lead-unit/missing
//   lead-open    end one lead list with 等 → lead-unit/open-list (not under 列第一位者为牵头单位: there
//                A、B等负责 names A as lead and leaves only the partners open, which is allowed)
//   yuan         50万元 → 50万 (万/亿/千万 money; not the lower end of a range, RANGE-UNIT-REPEAT) → amount/missing-unit
//   cap-restate  restate a measure with a cap, the cap doubled (the line repeated after itself) → amount/cap-conflict
//   cap-pair     two identical caps 最高(不超过)N万元 in one document: the second doubled → amount/cap-conflict
//   target-vague one number of a goal-section clause replaced by a vague word (建成10个 → 建成一批,
//                达到75% → 显著提升, 超过1200亿元 → 大幅增加)
//                → target/unquantified
//   docno-bracket 〔2019〕5号 → [2019]5号 and （2019）5号 → citation/doc-number-bracket
//   title-bare   《X》 of a cited document title (ending in a genre word) dropped → citation/title-marks
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { asJson, fileFilter, only } from './options.mjs';

// --root DIR: measure another built checkout (its out/ and its corpus copy), e.g. main before a change.
const rootArg = process.argv.indexOf('--root');
const ROOT = rootArg >= 0 ? path.resolve(process.argv[rootArg + 1]) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const L = require(path.join(ROOT, 'out', 'server', 'src', 'linter.js'));
const A = require(path.join(ROOT, 'out', 'test', 'unit', 'audit.js'));
const LEAD = require(path.join(ROOT, 'out', 'server', 'src', 'core', 'lead.js'));


// ---------------------------------------------------------------------------------------------- helpers


/** Apply one edit; return the copy and a map from the copy's offsets to the original's. */
function edit(text, e) {
  const out = text.slice(0, e.start) + e.newText + text.slice(e.end);
  const d = e.newText.length - (e.end - e.start);
  const back = (off) => off < e.start ? off : off >= e.start + e.newText.length ? off - d : e.start;
  return { text: out, back };
}

const LEAD_WORD = /牵头|牽頭|负责|負責|责任单位|責任單位|责任部门|責任部門|配合单位|配合單位|主责|指导|指導|落实|落實/;
const DOC_TITLE_END = /(通知|意见|決定|决定|办法|辦法|方案|计划|計劃|措施|规定|規定|条例|條例|规划|規劃|纲要|綱要|细则|細則|法|建议|建議|提案|意見|通告|公告|批复|批復|函|报告|報告|决议|決議|指南|目录|目錄|清单|清單)$/;

/** Bracketed lead clauses found in the text, with no help from the model: (…牵头/负责/责任单位…) at a sentence end. */
function textLeadClauses(t) {
  const out = [];
  for (const m of t.matchAll(/[（([［【]([^（）()[\]［］【】\n]{2,160})[）)\]］】]/g)) {
    const inner = m[1];
    if (!LEAD_WORD.test(inner)) continue;
    // 以下简称, 负责同志 … and clauses inside a sentence: a lead clause closes a measure (。 or line end after it).
    if (/简称|簡稱|负责人|負責人|负责同志|负责制|責任制|责任制/.test(inner)) continue;
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 3).trimStart();
    const before = t[m.index - 1] ?? '';
    if (!(after === '' || /^[。；;\n]/.test(after) || before === '。' || before === '；')) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], form: 'bracket' });
  }
  // 牵头单位：A on a line of its own, with the 责任单位：B / 配合单位：C lines right after it: one clause.
  for (const m of t.matchAll(/^[ \t\u3000]*(?:牵头单位|牽頭單位|责任单位|責任單位|牵头部门|責任部門|责任部门|负责部门|負責部門|配合单位|配合單位)[：:][^\n]{1,120}$/gm)) {
    const prev = out[out.length - 1];
    if (prev?.form === 'line' && t.slice(prev.end, m.index) === '\n') { prev.end = m.index + m[0].length; prev.text += ' ' + m[0].trim(); continue; }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0].trim(), form: 'line' });
  }
  return out.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------- operators
// Each: (ctx) → [{ rule(s), start, end, newText, lines: [first, last] (original lines where the finding may be), note, group? }]

const OPS = {
  'lead-drop': { category: 'lead-unit', rules: ['lead-unit/missing'], run({ text, base, starts, lineAt }) {
    const clauses = textLeadClauses(text);
    // Model clauses the text finder did not see (other forms): instances too.
    for (const c of base.doc.leadClauses) {
      if (c.form === 'prose') continue;
      // A clause cut off in the corpus copy (…完成时限:2023 at the end of the line): deleting it leaves an open bracket.
      if (c.form !== 'line' && !/[）)\]］】]$/.test(text.slice(c.range.start, c.range.end))) continue;
      if (c.form === 'line' && /[（([［【]/.test(text[c.range.start - 1] ?? '')) continue;
      if (clauses.some((k) => k.start < c.range.end && c.range.start < k.end)) continue;
      clauses.push({ start: c.range.start, end: c.range.end, text: text.slice(c.range.start, c.range.end), form: `model:${c.form}` });
    }
    if (clauses.length < 3) return [];
    return clauses.map((c) => {
      let { start, end } = c;
      // A clause on a line of its own goes with its line.
      if (c.form === 'line' || c.form === 'model:line') { start = starts[lineAt(start)]; if (text[end] === '\n') end++; }
      const l = lineAt(c.start);
      const m = base.doc.measures.find((x) => x.clause && x.clause.range.start < c.end && c.start < x.clause.range.end)
        ?? base.doc.measures.find((x) => x.range.start <= c.start && c.start < x.range.end);
      const first = m ? lineAt(m.range.start) : Math.max(0, l - 3);
      const known = base.doc.leadClauses.some((k) => k.range.start < c.end && c.start < k.range.end);
      // Where the spec asks for a lead: task items, not 保障措施 / 组织实施 (LEAD-MISSING applies to items under
      // 重点任务 / 主要任务 / 工作措施 / 政策措施); and not where a clause before says 以下均由…负责 / 不再列出
      // (LEAD-INHERIT: the item keeps a unit).
      let top = base.doc.allHeadings.filter((h) => h.sectionRange.start <= c.start && c.start < h.sectionRange.end);
      top = top.filter((h) => /保障|组织实施|組織實施|组织领导|組織領導|工作要求|实施步骤|進度安排|进度安排/.test(h.title));
      const inheritsAll = base.doc.leadClauses.some((k) => k.range.end <= c.start && /以下均|不再列出|不再一一列出/.test(text.slice(k.range.start, k.range.end)));
      const group = top.length ? 'safeguard section (out of scope)' : inheritsAll ? 'after 以下均…不再列出 (inherits: no defect)' : 'task item';
      return { start, end, newText: '', group, lines: [Math.min(first, l), l], note: `removed ${c.text.slice(0, 40)}`, model: `${known ? 'clause read' : 'clause NOT read'}; ${m ? (m.task ? 'task measure' : 'measure (not task)') : 'no measure'}; assignsLeads=${base.doc.assignsLeads}; kind=${base.doc.kind}` };
    });
  } },
  'lead-open': { category: 'lead-unit', rules: ['lead-unit/open-list'], run({ text, base, starts, lineAt }) {
    const first = LEAD.statesFirstListedLeads(base.doc);
    const out = [];
    const seen = [];
    for (const c of base.doc.leadClauses) {
      if (c.form === 'prose' || !c.lead.length) continue;
      if (first && (c.form === 'verb' || c.form === 'list-legend')) continue; // A、B等负责 under 列第一位者为牵头单位: allowed
      const last = c.lead[c.lead.length - 1];
      const at = last.range.end;
      if (text.slice(at - 1, at) === '等' || text.slice(at, at + 1) === '等') continue;
      seen.push(c.range);
      out.push({ start: at, end: at, newText: '等', lines: [lineAt(c.range.start), lineAt(c.range.end)], note: `${text.slice(c.range.start, at)}|等|${text.slice(at, Math.min(c.range.end, at + 12))}`, model: `form=${c.form}` });
    }
    // Labelled clauses the model did not read.
    for (const m of text.matchAll(/([（(]?(?:牵头单位|牽頭單位|责任单位|責任單位|牵头部门|负责部门|負責部門)[：:])([^）)；;，,、。\n]{2,30})(?=[；;，,）)。\n]|$)/g)) {
      const s = m.index, e = m.index + m[0].length;
      if (seen.some((r) => r.start < e && s < r.end)) continue;
      if (m[2].endsWith('等')) continue;
      // 责任单位 after a 牵头单位 (same clause or the line before) are the partners: an open list is allowed.
      if (/责任|責任/.test(m[1]) && /牵头单位|牽頭單位|牵头部门/.test(text.slice(Math.max(0, starts[Math.max(0, lineAt(s) - 1)]), s))) continue;
      // A list of several units: the last one gets 等.
      const at = e;
      out.push({ start: at, end: at, newText: '等', lines: [lineAt(s), lineAt(s)], note: `${m[0]}|等 (clause not read by the model)`, model: 'clause NOT read' });
    }
    return out;
  } },
  yuan: { category: 'amount', rules: ['amount/missing-unit'], run({ text, lineAt }) {
    const out = [];
    for (const m of text.matchAll(/(\d+(?:\.\d+)?)(千万|万|萬|亿|億)元/g)) {
      const end = m.index + m[0].length;
      // The lower end of a range may leave 元 off (RANGE-UNIT-REPEAT): 50万～100万元.
      if (/^[ \t]*(?:[～~〜—–\-－]|至|到)[ \t]*\d/.test(text.slice(end, end + 6))) continue;
      // 2000万元人民币 → 2000万人民币 names its currency (amount/currency-form), no 元 is missing.
      if (text.startsWith('人民币', end)) continue;
      const clauseStart = Math.max(text.lastIndexOf('。', m.index), text.lastIndexOf('；', m.index), text.lastIndexOf('\n', m.index), text.lastIndexOf('，', m.index));
      const clause = text.slice(clauseStart + 1, end + 8);
      const funding = /奖励|獎勵|补助|補助|补贴|補貼|资助|資助|奖补|獎補|扶持|支持|贷款|貸款|资金|資金|给予|給予|最高|不超过|不超過/.test(clause);
      const l = lineAt(m.index);
      out.push({ start: end - 1, end, newText: '', lines: [l, l], note: `${m[0]} → ${m[0].slice(0, -1)}`, group: funding ? 'funding' : 'other money', context: clause });
    }
    return out;
  } },
  'cap-restate': { category: 'amount', rules: ['amount/cap-conflict'], run({ text, starts }) {
    const out = [];
    const lines = text.split('\n');
    lines.forEach((ln, i) => {
      const m = /最高(?:不超过|不超過|可达|可達|)(\d+(?:\.\d+)?)(万元|萬元|亿元|億元|元)/.exec(ln);
      if (!m || ln.length > 400) return;
      const changed = ln.replace(m[0], m[0].replace(m[1], String(Number(m[1]) * 2)));
      const at = starts[i] + ln.length;
      out.push({ start: at, end: at, newText: '\n' + changed, lines: [i, i], note: `line restated with ${m[0]} → ×2`, context: ln.trim().slice(0, 60) });
    });
    return out;
  } },
  'cap-pair': { category: 'amount', rules: ['amount/cap-conflict'], run({ text, starts, lineAt }) {
    const out = [];
    const by = new Map();
    for (const m of text.matchAll(/最高(?:不超过|不超過|)(\d+(?:\.\d+)?)(万元|萬元|亿元|億元)/g)) {
      const k = m[1] + m[2];
      if (!by.has(k)) by.set(k, []);
      by.get(k).push(m);
    }
    for (const ms of by.values()) {
      for (let j = 1; j < ms.length; j++) {
        const a = ms[0], b = ms[j];
        const s = b.index + b[0].indexOf(b[1]);
        const la = lineAt(a.index), lb = lineAt(b.index);
        out.push({ start: s, end: s + b[1].length, newText: String(Number(b[1]) * 2), lines: [Math.min(la, lb), Math.max(la, lb)], exact: [la, lb], note: `${b[0]} (line ${lb + 1}) doubled; same cap on line ${la + 1}`, context: `${text.slice(Math.max(starts[la], a.index - 30), a.index + a[0].length)} ‖ ${text.slice(Math.max(starts[lb], b.index - 30), b.index + b[0].length)}` });
      }
    }
    return out;
  } },
  'target-vague': { category: 'target', rules: ['target/unquantified'], run({ text, base, lineAt }) {
    const out = [];
    for (const h of base.doc.allHeadings) {
      if (!/目标|目標/.test(h.title)) continue;
      if (/起草/.test(h.title)) continue;
      const from = h.lineRange.end, to = h.children.length ? h.children[0].lineRange.start : h.sectionRange.end;
      const body = text.slice(from, to);
      // Sub-goal headings under the goal heading count too.
      const ranges = [[from, to], ...h.children.map((c) => [c.lineRange.start, c.sectionRange.end])];
      for (const [a, b] of ranges) {
        const seg = text.slice(a, b);
        for (const cm of seg.matchAll(/[^，,；;。\n]+/g)) {
          const clause = cm[0];
          const qs = [...clause.matchAll(/(\d+(?:\.\d+)?)(%|％|个|個|家|项|項|所|条|條|座|户|戶|件|名|人|万人|萬人|亿元|億元|万元|萬元|元|倍|吨|噸|亩|畝|公里|平方米|台|套|处|處|类|類|万户|万吨|亿美元|千亿|千億|万亿|萬億|GW|MW|万千瓦)/g)]
            .filter((q) => !/^\d{4}$/.test(q[1]) || !/^年/.test(clause.slice(q.index + q[1].length)));
          if (qs.length !== 1) continue;
          const q = qs[0];
          // A share or a sum loses its verb too (达到75% → 显著提升, 超过1200亿元 → 大幅增加); a count
          // keeps it (建成10个 → 建成一批).
          const count = !/%|％|元|亿|億/.test(q[2]);
          const rep = /%|％/.test(q[2]) ? '显著提升' : count ? '一批' : '大幅增加';
          let qStart = q.index;
          const verb = count ? null : /(达到|超过|突破|提高到|提升到|增长|提高|增加|达|超)$/.exec(clause.slice(0, q.index));
          if (verb) qStart -= verb[0].length;
          let qEnd = q.index + q[0].length;
          const tail = /^(以上|左右|以内|及以上)/.exec(clause.slice(qEnd));
          if (tail) qEnd += tail[0].length;
          const s = a + cm.index + qStart;
          const l = lineAt(s);
          out.push({ start: s, end: a + cm.index + qEnd, newText: rep, lines: [l, l], note: `${clause.slice(qStart, qEnd)} → ${rep}`, context: clause.trim().slice(0, 60), model: `heading role=${h.role}` });
        }
      }
      void body;
    }
    return out;
  } },
  'docno-bracket': { category: 'citation', rules: ['citation/doc-number-bracket'], run({ text, starts, lineAt }) {
    const out = [];
    for (const m of text.matchAll(/〔(\d{4})〕(\d+)[号號]/g)) {
      const l = lineAt(m.index);
      for (const [o, c] of [['[', ']'], ['（', '）']]) {
        out.push({ start: m.index, end: m.index + m[0].length, newText: m[0].replace('〔', o).replace('〕', c), lines: [l, l], note: `${m[0]} → ${o}…${c}`, context: text.slice(Math.max(starts[l], m.index - 20), m.index + m[0].length + 4) });
      }
    }
    return out;
  } },
  'title-bare': { category: 'citation', rules: ['citation/title-marks'], run({ text, base, starts, lineAt }) {
    const out = [];
    const titleLines = new Set();
    if (base.doc.titleRange) for (let l = lineAt(base.doc.titleRange.start); l <= lineAt(base.doc.titleRange.end); l++) titleLines.add(l);
    for (const m of text.matchAll(/《([^《》\n]{2,80})》/g)) {
      const inner = m[1];
      if (!DOC_TITLE_END.test(inner)) continue;
      const l = lineAt(m.index);
      if (titleLines.has(l) || l < 3) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
      const before = text.slice(Math.max(starts[l], m.index - 6), m.index);
      const group = /^[（(][^）)\n]{0,12}[〔[]\d{4}/.test(after) ? 'numbered'
        : /根据|按照|依据|依照|贯彻|落实|執行|执行|印发|印發/.test(before) ? 'after 根据/按照/印发'
        : /^关于|^關於/.test(inner) ? '关于… title' : 'other';
      out.push({ start: m.index, end: m.index + m[0].length, newText: inner.replace(/〈/g, '《').replace(/〉/g, '》'), lines: [l, l], note: `《${inner.slice(0, 30)}》 → bare`, group, context: before + m[0].slice(0, 40) + after });
    }
    return out;
  } },
};

// ---------------------------------------------------------------------------------------------- run

const countsByLine = (findings, doc, rules, back, baseIndex) => {
  const out = new Map();
  for (const f of findings) {
    if (!rules.includes(f.ruleId)) continue;
    const off = back ? back(f.range.start) : f.range.start;
    const line = baseIndex.positionAt(off).line;
    out.set(line, (out.get(line) ?? 0) + 1);
  }
  return out;
};

const files = A.corpusFiles().filter((f) => !fileFilter || f.includes(fileFilter));
const ops = Object.entries(OPS).filter(([name]) => !only?.length || only.includes(name));
const res = new Map(); // op → {found,total,groups:Map, misses:[]}
const perDoc = new Map(); // file → op → [found,total]
for (const file of files) {
  const text = A.documentText(file);
  const base = L.lintText(text);
  // The lines of the document as published: the parse's own line index.
  const index = base.doc.lineIndex;
  const starts = index.starts;
  const lineAt = (off) => index.positionAt(off).line;
  for (const [name, op] of ops) {
    const insts = op.run({ text, base, starts, lineAt, file });
    const before = countsByLine(base.findings, base.doc, op.rules, undefined, index);
    for (const inst of insts) {
      const v = edit(text, inst);
      const mut = L.lintText(v.text);
      const after = countsByLine(mut.findings, mut.doc, op.rules, v.back, base.doc.lineIndex);
      let found = false;
      for (let l = inst.lines[0]; l <= inst.lines[1] && !found; l++) found = (after.get(l) ?? 0) > (before.get(l) ?? 0);
      const r = res.get(name) ?? { category: op.category, found: 0, total: 0, groups: new Map(), misses: [] };
      r.total++; if (found) r.found++;
      if (inst.group) { const g = r.groups.get(inst.group) ?? [0, 0]; g[1]++; if (found) g[0]++; r.groups.set(inst.group, g); }
      if (!found) {
        // What the copy says on those lines instead (other rules), for reading the miss.
        const other = mut.findings.filter((f) => { const l = base.doc.lineIndex.positionAt(v.back(f.range.start)).line; return l >= inst.lines[0] && l <= inst.lines[1]; })
          .map((f) => f.ruleId).filter((x, i, a) => a.indexOf(x) === i);
        r.misses.push({ file, line: inst.lines[1] + 1, note: inst.note, group: inst.group, model: inst.model, context: inst.context ?? text.slice(starts[inst.lines[1]], starts[inst.lines[1]] + 70).trim(), other });
      }
      res.set(name, r);
      const d = perDoc.get(file) ?? new Map();
      const c = d.get(name) ?? [0, 0]; c[1]++; if (found) c[0]++; d.set(name, c); perDoc.set(file, d);
      if (asJson) console.log(JSON.stringify({ op: name, file, line: inst.lines[1] + 1, found, note: inst.note, group: inst.group, model: inst.model }));
    }
  }
}
if (asJson) process.exit(0);

const pct = (a, b) => b ? `${Math.round((100 * a) / b)}%` : '—';
console.log(`${files.length} documents\n`);
console.log('| category | operator | found | total | recall |');
console.log('|---|---|---:|---:|---:|');
const cats = new Map();
for (const [name, r] of res) {
  console.log(`| ${r.category} | ${name} | ${r.found} | ${r.total} | ${pct(r.found, r.total)} |`);
  for (const [g, [a, b]] of r.groups) console.log(`|  | ${name}: ${g} | ${a} | ${b} | ${pct(a, b)} |`);
  const c = cats.get(r.category) ?? [0, 0]; c[0] += r.found; c[1] += r.total; cats.set(r.category, c);
}
console.log('\n| category | found | total | recall |');
console.log('|---|---:|---:|---:|');
for (const [c, [a, b]] of cats) console.log(`| ${c} | ${a} | ${b} | ${pct(a, b)} |`);
console.log('\nPer document (found/total per operator):');
for (const [file, d] of perDoc) {
  const cells = [...d].map(([op, [a, b]]) => `${op} ${a}/${b}`).join(', ');
  console.log(`  ${file}: ${cells}`);
}
console.log('\nMisses:');
for (const [name, r] of res) {
  for (const m of r.misses) console.log(`  [${name}] ${m.file}:${m.line} ${m.note}${m.group ? ` (${m.group})` : ''}${m.model ? ` {${m.model}}` : ''}  «${m.context}»${m.other.length ? `  other: ${m.other.join(' ')}` : ''}`);
}
