/**
 * ReDoS: every regular expression of server/src and client/src — the literals, and the patterns the
 * modules build at run time (recorded by regex-census.ts) — must run in linear time. The verdict is
 * deterministic (no time budget, no timing): the same on every machine.
 *  - Every pattern passes the static rules of regex-static.ts (no nested repetition, no adjacent
 *    unbounded repetitions over overlapping characters, no leading unbounded repetition rescanned
 *    from every start).
 *  - Patterns small enough for recheck's exact automaton analysis (its own size criterion: few
 *    bounded repetition counts, a short source) are also checked with it, with no time limit; larger
 *    ones would go to recheck's fuzzer, whose verdict depends on a time budget, so they rely on the
 *    static rules alone. "unsupported" (lookbehind, which recheck's automaton cannot model) leaves the
 *    static rules as the check too.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { checkSync } from 'recheck';
import { execFileSync } from 'child_process';
import { repeatCount, staticProblems } from './regex-static';

/** recheck's automaton analysis runs on patterns within these bounds (beyond them it can take minutes). */
const AUTOMATON_MAX_REPEATS = 12;
const AUTOMATON_MAX_SOURCE = 200;

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
  it('none is super-linear (static rules on every pattern; recheck automaton where it is exact and small)', () => {
    const problems: string[] = [];
    let exact = 0;
    for (const r of found) {
      for (const p of staticProblems(r.source, r.flags)) problems.push(`${r.where} /${r.source}/: ${p}`);
      if (repeatCount(r.source, r.flags) > AUTOMATON_MAX_REPEATS || r.source.length > AUTOMATON_MAX_SOURCE) continue;
      const res = checkSync(r.source, r.flags.replace(/[gy]/g, ''), { checker: 'automaton', timeout: null, randomSeed: 42 });
      if (res.status === 'vulnerable') problems.push(`${r.where} /${r.source}/ is vulnerable (${res.complexity.type}, recheck)`);
      else if (res.status === 'safe') exact++;
      else if (res.error.kind !== 'unsupported') problems.push(`${r.where} /${r.source}/: recheck ${res.error.kind}`);
    }
    assert.deepStrictEqual(problems, [], `${problems.length} of ${found.length} (${exact} also proven linear by recheck's automaton)`);
  });

  it('the static rules catch the known super-linear shapes', () => {
    for (const bad of ['([ \\t]*)(字)?([ \\t]*)x', '(a+)+b', '(a{0,2}){1,20}b', '\\d+万', '\\s*\\s\\s*x', 'a.*b.*c', '(?:、[^、]{0,40})+x']) {
      assert.ok(staticProblems(bad, '').length > 0, bad);
    }
    for (const good of ['(?<![\\d.])\\d+万', '^\\d+$', '(?<![一二三])[一二三]+、', '(?:、[^、]{0,40}){1,20}', '牵头单位[ \\t]*:[ \\t]*([^。]+)']) {
      assert.deepStrictEqual(staticProblems(good, ''), [], good);
    }
  });
});
