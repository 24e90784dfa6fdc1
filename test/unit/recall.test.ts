/**
 * The corpus recall audit holds: each defect a reader found is where it says, a defect the checker reports is
 * reported by a finding judged true in the precision audit, and no defect once reported goes missing.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { AUDIT_CORPUS, documentText, keyOf, raisedFindings, readAudit } from './audit';
import { readRecall, reporting } from './recall';
import { RULES } from '../../server/src/linter';

describe('corpus recall audit', function () {
  this.timeout(120000);
  const defects = readRecall();
  const raised = raisedFindings();
  // Every verdict of a key: two findings of one rule on one line with the same words (021:46, ＋ twice) share it.
  const judged = new Map<string, string[]>();
  for (const j of readAudit()) judged.set(keyOf(j), [...(judged.get(keyOf(j)) ?? []), j.verdict]);
  const show = (d: { file: string; line: number; rule: string; excerpt: string }) => `${d.file}:${d.line} ${d.rule} “${d.excerpt}”`;
  const rules = new Set(RULES.map((r) => r.meta.id));
  const categories = new Set([...rules].map((r) => r.slice(0, r.indexOf('/') + 1)));

  it('lists defects found by reading the corpus', () => assert.ok(defects.length > 0, 'test/fixtures/corpus-recall/*.jsonl have entries'));
  it('each defect is where it says: its file, its line, its words, a rule or category that exists, what is wrong', () => {
    const bad: string[] = [];
    for (const d of defects) {
      if (!fs.existsSync(path.join(AUDIT_CORPUS, d.file))) { bad.push(`no such file: ${show(d)}`); continue; }
      const line = documentText(d.file).split('\n')[d.line - 1] ?? '';
      if (!d.excerpt || !line.includes(d.excerpt)) bad.push(`words not on the line: ${show(d)}`);
      if (!(d.rule.endsWith('/') ? categories.has(d.rule) : rules.has(d.rule))) bad.push(`unknown rule: ${show(d)}`);
      if (!d.defect) bad.push(`what is wrong is not said: ${show(d)}`);
    }
    assert.deepStrictEqual(bad, []);
  });
  it('a defect the checker reports is reported by a finding judged true', () => {
    const bad: string[] = [];
    for (const d of defects) {
      const by = reporting(d, raised);
      if (by.length && !by.some((r) => judged.get(keyOf(r))?.includes('true'))) bad.push(`${show(d)} — reported only by findings not judged true`);
    }
    assert.deepStrictEqual(bad, []);
  });
  it('no defect once reported goes missing (node scripts/recall.mjs --update records them)', () => {
    assert.deepStrictEqual(defects.filter((d) => d.found && !reporting(d, raised).length).map(show), []);
  });
});
