// Writes the precision table of the corpus audit (node scripts/audit.mjs) into README.md between the
// <!-- audit:start --> and <!-- audit:end --> markers. After `tsc -p .`: node scripts/readme-audit.mjs
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'audit.mjs')], { encoding: 'utf8' });
const table = out.split('\n').filter((l) => l.startsWith('|')).join('\n');
const summary = out.split('\n').filter((l) => l && !l.startsWith('|')).join(' ').trim();
const file = path.join(ROOT, 'README.md');
const readme = fs.readFileSync(file, 'utf8');
const start = readme.indexOf('<!-- audit:start -->');
const end = readme.indexOf('<!-- audit:end -->');
if (start < 0 || end < start) throw new Error('README.md has no audit markers');
const block = `<!-- audit:start -->\n${table}\n\n${summary}\n`;
fs.writeFileSync(file, readme.slice(0, start) + block + readme.slice(end));
console.log('README.md: audit table updated');
