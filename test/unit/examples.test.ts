/**
 * Each rule's own words hold: every ✘ example in its docs is flagged by that rule and every ✔ example
 * is not (the examples are run as documents, with the default settings), every message id a rule
 * reports is in its message table, and the committed docs/rules pages are what the rule renders.
 */
import * as assert from 'assert';
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { lintText, RULES, ruleDocPage } from '../../server/src/linter';
import { relatedInText } from './related-files';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('rule examples and documentation pages', () => {
  for (const rule of RULES) {
    const id = rule.meta.id;
    describe(id, () => {
      for (const bad of rule.docs.bad) {
        it(`✘ ${bad.replace(/\n/g, ' ⏎ ').slice(0, 60)}`, () => {
          // A rule across files: the example holds several files, each after a line === NAME ===.
          const ids = (rule.checkRelated ? relatedInText(bad) : lintText(bad).findings).map((f) => f.ruleId);
          assert.ok(ids.includes(id), `not flagged by ${id} (found: ${[...new Set(ids)].join(', ') || 'nothing'})`);
        });
      }
      for (const good of rule.docs.good) {
        it(`✔ ${good.replace(/\n/g, ' ⏎ ').slice(0, 60)}`, () => {
          const hits = (rule.checkRelated ? relatedInText(good) : lintText(good).findings).filter((f) => f.ruleId === id);
          assert.deepStrictEqual(hits.map((f) => (rule.checkRelated ? f.messageId : good.slice(f.range.start, f.range.end))), [], `flagged by ${id}`);
        });
      }
      it('has its documentation page as generated (npm run gen:docs)', () => {
        const file = path.join(ROOT, 'docs', 'rules', `${id}.md`);
        assert.ok(existsSync(file), `${file} exists`);
        assert.strictEqual(readFileSync(file, 'utf8'), ruleDocPage(rule));
      });
      it('shows no internal ids and no untranslated labels', () => {
        const words = JSON.stringify(rule.docs) + JSON.stringify(rule.messages);
        assert.doesNotMatch(words, /corpus \d|seeds\/|RULES\.md|\[custom\]|house style/);
      });
    });
  }
});
