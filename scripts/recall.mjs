// The corpus recall audit (see test/unit/recall.ts). After `tsc -p .`:
//   node scripts/recall.mjs            recall per category (markdown table, for the README) and every defect missed
//   node scripts/recall.mjs --update   record the defects reported now as found (the test then fails if one goes missing)
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const A = require(path.join(ROOT, 'out', 'test', 'unit', 'audit.js'));
const R = require(path.join(ROOT, 'out', 'test', 'unit', 'recall.js'));
const raised = A.raisedFindings();
const defects = R.readRecall();

if (process.argv.includes('--update')) {
  let n = 0;
  for (const d of defects) if (!d.found && R.reporting(d, raised).length) { d.found = true; n++; }
  R.writeRecall(defects);
  console.log(`${n} defects newly reported, recorded as found`);
  process.exit(0);
}
const per = R.recallPerCategory(defects, raised);
let f = 0, m = 0;
console.log('| category | defects | reported | missed | recall |');
console.log('|---|---:|---:|---:|---:|');
for (const [cat, c] of [...per.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
  f += c.found; m += c.missed;
  console.log(`| ${cat} | ${c.found + c.missed} | ${c.found} | ${c.missed} | ${(100 * c.found / (c.found + c.missed)).toFixed(0)}% |`);
}
console.log(`| **all** | ${f + m} | ${f} | ${m} | ${f + m ? (100 * f / (f + m)).toFixed(1) : '—'}% |`);
const missed = defects.filter((d) => !R.reporting(d, raised).length);
if (missed.length) {
  console.log(`\nmissed (${missed.length}; ${missed.filter((d) => d.left).length} left on purpose):`);
  for (const d of missed) console.log(`  ${d.file}:${d.line} ${d.rule} “${d.excerpt}” — ${d.defect}${d.left ? ` [left: ${d.left}]` : ''}`);
}
