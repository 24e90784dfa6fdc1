/**
 * ReDoS: every regular-expression literal in server/src and client/src is checked with recheck
 * (a ReDoS checker). "vulnerable" fails the test. When recheck cannot decide within its budget
 * ("unknown": bounded repetitions make its automaton too large), the regex must also pass an
 * empirical check: a global scan of adversarial 20,000-character texts built from its own
 * characters finishes fast and grows linearly.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { checkSync } from 'recheck';
import { execFileSync } from 'child_process';

const ROOT = path.join(__dirname, '..', '..', '..');

interface Found { where: string; source: string; flags: string }

function literals(): Found[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p); else if (p.endsWith('.ts')) files.push(p);
    }
  };
  walk(path.join(ROOT, 'server', 'src'));
  walk(path.join(ROOT, 'client', 'src'));
  const out: Found[] = [];
  for (const f of files) {
    const sf = ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (n: ts.Node) => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const t = n.getText(sf);
        const i = t.lastIndexOf('/');
        out.push({ where: `${path.relative(ROOT, f)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`, source: t.slice(1, i), flags: t.slice(i + 1) });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

/** Adversarial texts from the regex's own characters; the time of a global scan at 10k and 20k chars. */
function empirical(source: string, flags: string): { ms10: number; ms20: number } {
  const re = new RegExp(source, flags.includes('g') ? flags : flags + 'g');
  const chars = [...new Set(source.replace(/\\[dswDSWbBnrtu]|\\u[0-9a-fA-F]{4}|[\\^$.*+?()[\]{}|]/g, '').split(''))].filter((c) => c.trim());
  const pool = (chars.length ? chars : ['a']).concat(['1', ' ', '\t', '。', '，']);
  const texts = (n: number) => [
    pool.join('').repeat(Math.ceil(n / pool.length)).slice(0, n),
    pool[0].repeat(n),
    (pool[0] + '1').repeat(n / 2),
    ('1'.repeat(9) + ' ').repeat(n / 10),
  ];
  const time = (n: number) => {
    const t0 = process.hrtime.bigint();
    for (const t of texts(n)) { re.lastIndex = 0; let m; let guard = 0; while ((m = re.exec(t)) && guard++ < 100000) { if (m[0].length === 0) re.lastIndex++; } }
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  time(2000);
  // The best of three runs: a busy machine or a GC pause must not look like backtracking.
  const best = (n: number) => Math.min(time(n), time(n), time(n));
  return { ms10: best(5000), ms20: best(20000) };
}

describe('ReDoS: every regular expression, literal or built', function () {
  this.timeout(300000);
  // Literals in the sources, plus the patterns the modules build with new RegExp/RegExp() — recorded by
  // loading every compiled module and linting the fixtures with a recording RegExp (regex-census.ts).
  const census = JSON.parse(execFileSync(process.execPath, [path.join(__dirname, 'regex-census.js')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as { regexes: Found[] };
  const lits = literals();
  const built = census.regexes.filter((r) => !lits.some((l) => l.source === r.source && l.flags === r.flags));
  const found = [...lits, ...built.map((r) => ({ ...r, where: `${r.where} (built)` }))];
  it(`finds the regular expressions of the project (${found.length}, ${built.length} built at run time)`, () => {
    assert.ok(found.length > 200 && built.length > 5);
  });
  it('none is super-linear (recheck; empirical check where recheck is undecided)', () => {
    const problems: string[] = [];
    let unknown = 0;
    for (const r of found) {
      const res = checkSync(r.source, r.flags.replace(/[gy]/g, ''), { timeout: 300, randomSeed: 42 });
      if (res.status === 'vulnerable') { problems.push(`${r.where} /${r.source}/ is vulnerable (${res.complexity.type})`); continue; }
      if (res.status === 'unknown') {
        unknown++;
        const t = empirical(r.source, r.flags);
        // A ratio, not a time limit: 4× the text takes 4× the time when linear, 16× when quadratic.
        if (t.ms20 > 8 * Math.max(t.ms10, 0.5)) problems.push(`${r.where} /${r.source}/ scans slowly: ${t.ms10.toFixed(1)} ms at 5k, ${t.ms20.toFixed(1)} ms at 20k`);
      }
    }
    assert.deepStrictEqual(problems, [], `${problems.length} of ${found.length} (${unknown} undecided by recheck)`);
  });
});
