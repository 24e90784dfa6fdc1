// Metamorphic robustness: does the checker say the same about a document when only its FORM changes?
// Unseen documents differ from the corpus mostly in form — text copied from a PDF is hard-wrapped, a
// Markdown draft has # headings, ** and blank lines, a web copy has CRLF, page numbers, traditional
// characters, a title in 《》 or none. For each corpus document (test/fixtures/corpus, after `tsc -p .`)
// and each transform below, lint the original and the variant with the linter the CLI uses, map every
// finding of the variant back to the line (paragraph) of the original it comes from, and count per
// transform × rule the findings LOST (recall lost on form) and GAINED (new: most likely false alarms).
//
//   node scripts/metamorphic.mjs                  table (lost/gained per transform, then per transform × rule)
//   node scripts/metamorphic.mjs --examples N     N examples per transform × rule (default 2)
//   node scripts/metamorphic.mjs --only wrap,md   some transforms
//   node scripts/metamorphic.mjs --file 033       documents whose path contains 033
//   node scripts/metamorphic.mjs --json           the differences as JSON lines
//
// Every transform preserves the meaning; each variant line records the original line and column it
// comes from, so a finding is compared by the paragraph it is in, not by its line number.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { asJson, fileFilter, only, option } from './options.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const M = require(path.join(ROOT, 'out', 'test', 'unit', 'metamorphic.js'));

const nExamples = Number(option('--examples', '2'));

const files = M.corpusDocuments().filter((f) => !fileFilter || f.includes(fileFilter));
const transforms = M.TRANSFORMS.filter((t) => !only?.length || only.includes(t.name));
const total = new Map(); // transform → { lost, gained }
const cells = new Map(); // transform\0rule → { lost, gained, examples[] }
let baseCount = 0;
for (const file of files) {
  const text = M.documentText(file);
  const base = M.lintLines(text);
  baseCount += base.findings.length;
  for (const t of transforms) {
    const d = M.compareVariant(file, text, t, base);
    if (!d) continue;
    const tot = total.get(t.name) ?? { lost: 0, gained: 0 };
    for (const x of d) {
      tot[x.change]++;
      const key = `${t.name}\u0000${x.rule}`;
      const c = cells.get(key) ?? { lost: 0, gained: 0, examples: [] };
      c[x.change]++;
      if (c.examples.length < nExamples) c.examples.push({ file, ...x });
      cells.set(key, c);
      if (asJson) console.log(JSON.stringify({ transform: t.name, file, ...x }));
    }
    total.set(t.name, tot);
  }
}
if (asJson) process.exit(0);
console.log(`${files.length} documents, ${baseCount} findings on the originals\n`);
console.log('| transform | lost | gained |');
console.log('|---|---:|---:|');
for (const t of transforms) {
  const tot = total.get(t.name) ?? { lost: 0, gained: 0 };
  console.log(`| ${t.name} | ${tot.lost} | ${tot.gained} |`);
}
console.log('\n| transform | rule | lost | gained |');
console.log('|---|---|---:|---:|');
const keys = [...cells.keys()].sort();
for (const k of keys) {
  const [t, rule] = k.split('\u0000');
  const c = cells.get(k);
  console.log(`| ${t} | ${rule} | ${c.lost} | ${c.gained} |`);
}
if (nExamples > 0) {
  console.log('\nExamples (original line: text):');
  for (const k of keys) {
    const [t, rule] = k.split('\u0000');
    for (const e of cells.get(k).examples) {
      console.log(`  [${t}] ${rule} ${e.change} ${e.file}:${e.line} ${e.message}  «${e.context}»`);
    }
  }
}
