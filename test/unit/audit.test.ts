/**
 * The corpus precision audit holds: every finding on the corpus has a verdict, no false alarm once
 * fixed comes back, no finding judged a true defect disappears. Precision per rule: node scripts/audit.mjs.
 */
import * as assert from 'assert';
import { compare, keyOf, raisedFindings, readAudit } from './audit';

describe('corpus precision audit', function () {
  this.timeout(120000);
  const audit = readAudit();
  const raised = raisedFindings();
  const cmp = compare(raised, audit);
  const show = (r: { file: string; line: number; rule: string; excerpt: string }) => `${r.file}:${r.line} ${r.rule} “${r.excerpt}”`;

  it('has judged the findings of the corpus', () => {
    assert.ok(audit.length > 0, 'test/fixtures/corpus-audit.jsonl is present');
    for (const j of audit) assert.ok(['true', 'false', 'debatable'].includes(j.verdict) && j.reason, `verdict and reason: ${show(j)}`);
  });
  it('judges each finding once: findings alike (file, rule, line, words) share one verdict', () => {
    // compare() reads one verdict per key; two different verdicts for one key would make one of them silent.
    const seen = new Map<string, string>();
    const conflicts: string[] = [];
    for (const j of audit) {
      const k = keyOf(j);
      const v = seen.get(k);
      if (v !== undefined && v !== j.verdict) conflicts.push(`${show(j)}: ${v} and ${j.verdict}`);
      seen.set(k, j.verdict);
    }
    assert.deepStrictEqual(conflicts, []);
  });
  it('every finding on the corpus has a verdict (node scripts/audit.mjs --stubs lists the new ones)', () => {
    assert.deepStrictEqual(cmp.unjudged.map(show), []);
  });
  it('no false alarm once fixed comes back (node scripts/audit.mjs --update marks them)', () => {
    assert.deepStrictEqual(cmp.falseReturned.map((x) => `${show(x.raised)} — ${x.judged.reason}`), []);
  });
  it('no finding judged a true defect disappears', () => {
    assert.deepStrictEqual(cmp.trueLost.map((j) => `${show(j)} — ${j.reason}`), []);
  });
});
