/**
 * The fixture workspace shared by the in-editor suites (test/electron, test/e2e): its expectations
 * must hold for the core too, so an editor failure points at the editor integration, not the rules.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CONFIG, lintText, looksLikePolicy } from '../../server/src/linter';

const WS = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'workspace');
interface Expectation { file: string; kind: string; rules: Record<string, number[]>; symbols?: string[]; none?: boolean }

describe('fixture workspace expectations', () => {
  const expectations = JSON.parse(fs.readFileSync(path.join(WS, 'expectations.json'), 'utf8')) as Expectation[];
  for (const exp of expectations) {
    it(exp.file, () => {
      const r = lintText(fs.readFileSync(path.join(WS, exp.file), 'utf8'), DEFAULT_CONFIG);
      assert.strictEqual(r.doc.kind, exp.kind);
      if (exp.none) assert.ok(!looksLikePolicy(r.doc), 'not checked in auto mode');
      for (const [rule, lines] of Object.entries(exp.rules)) {
        const got = r.findings.filter((f) => f.ruleId === rule).map((f) => r.doc.lineIndex.positionAt(f.range.start).line + 1);
        assert.deepStrictEqual(got, lines, rule);
      }
      for (const s of exp.symbols ?? []) assert.ok(r.doc.headings.some((h) => (h.marker + h.title).startsWith(s)), s);
    });
  }
});
