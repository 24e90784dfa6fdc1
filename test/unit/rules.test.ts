/**
 * Rule fixtures, markdownlint style. Each rule has a folder test/fixtures/rules/<category>/<name>/
 * holding *.flagged.* and *.clean.* texts. In a flagged fixture, a line that must raise the rule ends
 * with an inline marker `{!<rule-id>}` (repeat it for several findings on one line); the harness
 * strips the markers before linting, so the rule sees the drafter's text only. A clean fixture must
 * raise nothing of that rule. When the rule is fixable, its fixes are applied and the result linted
 * again: the finding must be gone, and where a `*.fixed.*` sibling exists the text must equal it.
 */
import * as assert from 'assert';
import { existsSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { applyEdits, applyFixes, DEFAULT_CONFIG, hasMessage, isAutoFix, lintText, RULES, snippetToText } from '../../server/src/linter';
import { relatedInText } from './related-files';

const ROOT = path.join(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'rules');
const MARKER = /[ \t]*\{!([a-z-]+\/[a-z-]+)\}/g;

/** Strip inline markers; return the text and the expected (rule, 0-based line) pairs. */
export function readFixture(file: string): { text: string; expected: { rule: string; line: number }[] } {
  const raw = readFileSync(file, 'utf8');
  const expected: { rule: string; line: number }[] = [];
  const lines = raw.split('\n').map((line, i) => line.replace(MARKER, (_m, rule: string) => {
    expected.push({ rule, line: i });
    return '';
  }));
  return { text: lines.join('\n'), expected };
}

function findingsOf(text: string, ruleId: string) {
  const r = lintText(text, DEFAULT_CONFIG);
  return { ...r, mine: r.findings.filter((f) => f.ruleId === ruleId) };
}

describe('rules: contract', () => {
  for (const rule of RULES) {
    const id = rule.meta.id;
    const [category, name] = id.split('/');
    describe(id, () => {
      it('has a category prefix that matches its category and a file of its own', () => {
        assert.strictEqual(category, rule.meta.category);
        // The engine orders findings at one place by id comparing code units, as localeCompare orders these.
        assert.match(id, /^[a-z][a-z0-9-]*\/[a-z0-9-]+$/);
        assert.ok(existsSync(path.join(ROOT, 'server', 'src', 'rules', category, `${name}.ts`)));
      });
      it('has a Chinese and English message, hover text and a doc page', () => {
        assert.ok(hasMessage(id), `message ${id}`);
        const docs = RULES.find((r) => r.meta.id === id)!.docs;
        assert.ok(docs.title.zh && docs.explanation.zh && docs.source.zh, `docs of ${id}`);
        assert.ok(docs.good.length && docs.bad.length);
        assert.ok(existsSync(path.join(ROOT, 'docs', 'rules', category, `${name}.md`)), 'docs page');
      });
      it('has flagged and clean fixtures', () => {
        const dir = path.join(FIXTURES, category, name);
        const files = existsSync(dir) ? readdirSync(dir) : [];
        assert.ok(files.some((f) => f.includes('.flagged.')), 'a flagged fixture');
        assert.ok(files.some((f) => f.includes('.clean.')), 'a clean fixture');
      });
    });
  }
});

describe('rules: fixtures', () => {
  for (const rule of RULES) {
    const id = rule.meta.id;
    const dir = path.join(FIXTURES, ...id.split('/'));
    if (!existsSync(dir)) continue;
    describe(id, () => {
      for (const file of readdirSync(dir).filter((f) => /\.(flagged|clean)\.(txt|md)$/.test(f)).sort()) {
        const full = path.join(dir, file);
        it(file, () => {
          const { text, expected } = readFixture(full);
          if (rule.checkRelated) {
            // A rule across files: the fixture holds several files, each after a line === NAME ===.
            const got = relatedInText(text).filter((f) => f.ruleId === id).map((f) => ({ rule: f.ruleId, line: f.line }));
            const want = expected.filter((e) => e.rule === id);
            if (file.includes('.clean.')) assert.strictEqual(want.length, 0, 'clean fixtures carry no markers');
            else assert.ok(want.length > 0, 'flagged fixtures carry markers');
            assert.deepStrictEqual(got.sort((a, b) => a.line - b.line), want);
            return;
          }
          const { mine, doc, errors } = findingsOf(text, id);
          assert.deepStrictEqual(errors, []);
          const got = mine.map((f) => ({ rule: f.ruleId, line: doc.lineIndex.positionAt(f.range.start).line }));
          const want = expected.filter((e) => e.rule === id);
          if (file.includes('.clean.')) assert.strictEqual(want.length, 0, 'clean fixtures carry no markers');
          else assert.ok(want.length > 0, 'flagged fixtures carry markers');
          assert.deepStrictEqual(got, want);
          if (!rule.meta.fixable || !mine.length) return;
          // Snippet fixes (templates to fill in) are applied one at a time with their default text:
          // the result must lint without errors and hold the inserted text.
          for (const f of mine.filter((x) => x.fix?.snippet)) {
            const edits = f.fix!.edits.map((e) => ({ ...e, newText: snippetToText(e.newText) }));
            const out = applyEdits(text, edits);
            assert.strictEqual(out.skipped.length, 0);
            assert.deepStrictEqual(lintText(out.text).errors, []);
            for (const e of edits) assert.ok(out.text.includes(e.newText));
          }
          if (!mine.some((f) => isAutoFix(f.fix))) return;
          // Fix, then lint again (fix-all repeats while it changes something, as overlapping fixes
          // wait for the next pass). What remains must be findings that had no automatic fix.
          const unfixable = mine.filter((f) => !isAutoFix(f.fix)).length;
          let fixed = applyFixes(text, mine, id);
          assert.ok(fixed.fixed > 0, 'some fix applied');
          for (let pass = 0; pass < 5; pass++) {
            const next = applyFixes(fixed.text, findingsOf(fixed.text, id).mine, id);
            if (next.fixed === 0 || next.text === fixed.text) break;
            fixed = next;
          }
          const again = findingsOf(fixed.text, id);
          assert.ok(again.mine.filter((f) => isAutoFix(f.fix)).length === 0, 'no fixable finding left after fix-all');
          assert.ok(again.mine.length <= unfixable, `fixed text keeps only unfixable findings (${again.mine.length} > ${unfixable})`);
          const expectedFile = full.replace(/\.flagged\./, '.fixed.');
          if (existsSync(expectedFile)) assert.strictEqual(fixed.text, readFixture(expectedFile).text);
        });
      }
    });
  }
});
