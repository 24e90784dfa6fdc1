// Writes docs/rules/<category>/<name>.md from each rule's own words (Rule.docs) — run after `tsc -p .`
// (npm run gen:docs). test/unit/examples.test.ts fails when a committed page differs from this output.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { RULES, ruleDocPage } = require(path.join(ROOT, 'out', 'server', 'src', 'linter.js'));
let changed = 0;
for (const rule of RULES) {
  const file = path.join(ROOT, 'docs', 'rules', `${rule.meta.id}.md`);
  const text = ruleDocPage(rule);
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) continue;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  changed++;
}
console.log(`docs/rules: ${RULES.length} pages, ${changed} written`);
