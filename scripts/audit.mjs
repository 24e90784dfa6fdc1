// The corpus precision audit (see test/unit/audit.ts). After `tsc -p .`:
//   node scripts/audit.mjs            precision per rule (markdown table, for the README) and the state of the audit
//   node scripts/audit.mjs --stubs    the findings that have no verdict yet, as JSONL lines to judge
//                                     (verdict "?" to be replaced by true / false / debatable, and a reason)
//   node scripts/audit.mjs --update   mark the false alarms no longer raised as fixed (the test then fails if one comes back)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const A = require(path.join(ROOT, 'out', 'test', 'unit', 'audit.js'));
const raised = A.raisedFindings();
const audit = A.readAudit();
const cmp = A.compare(raised, audit);

if (process.argv.includes('--stubs')) {
  for (const r of cmp.unjudged) {
    console.log(JSON.stringify({ file: r.file, line: r.line, rule: r.rule, excerpt: r.excerpt, verdict: '?', reason: '', message: r.message, context: r.context }));
  }
  process.exit(0);
}
if (process.argv.includes('--update')) {
  const now = new Set(raised.map(A.keyOf));
  let n = 0;
  for (const j of audit) if (j.verdict === 'false' && !j.fixed && !now.has(A.keyOf(j))) { j.fixed = true; n++; }
  fs.writeFileSync(A.AUDIT_FILE, audit.map((j) => JSON.stringify(j)).join('\n') + '\n');
  console.log(`${n} false alarms no longer raised, marked fixed`);
  process.exit(0);
}
const rows = [...cmp.perRule.entries()].sort((a, b) => a[0].localeCompare(b[0]));
let t = 0, f = 0, d = 0;
console.log('| rule | findings | true | false | debatable | precision |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [rule, c] of rows) {
  t += c.true; f += c.false; d += c.debatable;
  console.log(`| ${rule} | ${c.true + c.false + c.debatable} | ${c.true} | ${c.false} | ${c.debatable} | ${(A.precision(c) * 100).toFixed(0)}% |`);
}
console.log(`| **all** | ${t + f + d} | ${t} | ${f} | ${d} | ${(A.precision({ true: t, false: f }) * 100).toFixed(1)}% |`);
console.log(`\n${raised.length} findings on ${A.corpusFiles().length} corpus documents; ${cmp.unjudged.length} without a verdict; ${cmp.falseRaised.length} judged false still raised; ${cmp.falseReturned.length} fixed false alarms back; ${cmp.trueLost.length} judged true no longer raised.`);
