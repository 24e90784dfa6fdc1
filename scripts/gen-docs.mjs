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

// Rule ids in the settings schemas: completion and validation of `policyLint.rules` (settings.json) and of
// `rules` in .policylintrc.json. test/unit/settings-schema.test.ts fails when they differ from the registry.
const { CATEGORIES } = require(path.join(ROOT, 'out', 'server', 'src', 'linter.js'));
const SEVERITY = ['off', 'error', 'warning', 'information', 'hint'];
const ruleProperties = {};
for (const c of CATEGORIES) ruleProperties[c] = { enum: SEVERITY, description: `类别 ${c} 的全部规则 / every rule of the ${c} category` };
for (const rule of [...RULES].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
  ruleProperties[rule.meta.id] = { enum: SEVERITY, description: `${rule.docs.title.zh}（默认 ${rule.meta.severity}） / ${rule.docs.title.en} (default ${rule.meta.severity})` };
}
const schemaFile = path.join(ROOT, 'schemas', 'policylintrc.schema.json');
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
schema.properties.rules.properties = ruleProperties;
schema.properties.rules.propertyNames = { enum: Object.keys(ruleProperties) };
fs.writeFileSync(schemaFile, JSON.stringify(schema, null, 2) + '\n');
const pkgFile = path.join(ROOT, 'package.json');
const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
const rulesSetting = pkg.contributes.configuration.properties['policyLint.rules'];
rulesSetting.properties = ruleProperties;
rulesSetting.propertyNames = { enum: Object.keys(ruleProperties) };
fs.writeFileSync(pkgFile, JSON.stringify(pkg, null, 2) + '\n');
console.log(`schemas: ${Object.keys(ruleProperties).length} rule ids and categories in .policylintrc.json and policyLint.rules`);
