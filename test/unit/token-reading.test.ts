/**
 * The lexer's tokens, the amounts and the money items read from them (with the target sentences and line starts), on every corpus file of the fixtures
 * and on adversarial runs, compared with what the former lexer read (one object per token, before the number
 * and money tokens were kept as typed arrays): a digest of each reading, made with the former build, is in
 * test/fixtures/token-reading.json. A change of what is read changes a digest; `node
 * out/test/unit/token-reading.test.js --write` writes the file anew (then say in the commit what changed).
 */
import * as assert from 'assert';
import { createHash } from 'crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import * as path from 'path';
import { CORPUS, corpusText } from './corpus';
import { parseDocument } from '../../server/src/linter';
import { moneyItems, tierLists } from '../../server/src/core/money';
import { cnCounts, mixedNumbers, numericRanges, arabicKinds } from '../../server/src/core/tokens';
import type { PolicyDocument } from '../../server/src/core/model';

const DIGESTS = path.join(CORPUS, '..', 'token-reading.json');

/** Adversarial runs (the bench's families that make tokens), each 4,000 characters. */
const HEAD = '示例市关于促进产业发展的若干措施\n\n一、';
const RUNS: Record<string, string> = Object.fromEntries(
  ['9元', '1万元、', '分别给予1万元、', '9', '万', '一', '十', '5万-200万元、', '2021—2025年', '10%、', '第一十万9 \t\u3000〔《（', '给予50万补助，']
    .map((u) => [`run:${u}`, HEAD + u.repeat(Math.ceil(4000 / u.length)).slice(0, 4000) + '。']));

function corpusFiles(dir = CORPUS, rel = ''): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) out.push(...corpusFiles(p, path.join(rel, f)));
    else if (f.endsWith('.txt')) out.push(path.join(rel, f));
  }
  return out;
}

/** Numbers as strings (NaN, -0 and Infinity kept apart), spans and objects as their fields. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'number' ? (Object.is(x, -0) ? '-0' : String(x)) : x === undefined ? '(undefined)' : x));
}

/** What the model reads from the tokens, as plain data. */
function reading(doc: PolicyDocument): unknown {
  const t = doc.tokens;
  const span = (s: { start: number; end: number } | undefined) => s && [s.start, s.end];
  const amounts = doc.amounts.map((a) => ({
    range: span(a.range), text: a.text, yuan: a.yuan, minYuan: a.minYuan, unit: a.unit, lower: a.lower && [span(a.lower.range), a.lower.unit],
    missingYuan: a.missingYuan, kind: a.kind, period: a.period, context: a.context, contextRange: span(a.contextRange),
  }));
  const index = new Map(doc.amounts.map((a, k) => [a, k]));
  return {
    numbers: t.numbers, money: t.money, percents: t.percents, dates: t.dates, yearRanges: t.yearRanges, numRanges: t.numRanges,
    docNumbers: t.docNumbers, titles: t.titles, quantities: t.quantities,
    tokensIn: [t.tokensIn({ start: 0, end: doc.norm.length >> 1 }, 'numbers'), t.tokensIn({ start: doc.norm.length >> 2, end: doc.norm.length }, 'money')],
    amounts,
    items: moneyItems(doc).map((m) => ({
      amount: index.get(m.amount), beneficiary: m.beneficiary, level: m.level, key: m.key, sentence: span(m.sentence), funding: m.funding,
      measure: span(m.measure?.range),
    })),
    tiers: tierLists(doc).map((l) => ({ labels: l.labels, labelsRange: span(l.labelsRange), amounts: l.amounts.map((a) => index.get(a)), range: span(l.range) })),
    ranges: numericRanges(doc), mixed: mixedNumbers(doc), counts: cnCounts(doc), kinds: [...arabicKinds(doc)],
    targets: doc.targets, lineStarts: doc.lineIndex.starts,
  };
}

function digests(): Record<string, string> {
  const out: Record<string, string> = {};
  const inputs: [string, string][] = [...corpusFiles().map((f): [string, string] => [f, corpusText(f)]), ...Object.entries(RUNS)];
  for (const [name, text] of inputs) out[name] = createHash('sha256').update(canonical(reading(parseDocument(text)))).digest('hex').slice(0, 20);
  return out;
}

if (require.main === module && process.argv.includes('--write')) {
  writeFileSync(DIGESTS, JSON.stringify(digests(), null, 1) + '\n');
} else {
  describe('token reading: the former lexer\'s', () => {
    it('reads the same tokens, amounts and money items on every corpus file and adversarial run', () => {
      const want = JSON.parse(readFileSync(DIGESTS, 'utf8')) as Record<string, string>;
      const got = digests();
      assert.deepStrictEqual(Object.keys(got).sort(), Object.keys(want).sort());
      const differ = Object.keys(want).filter((k) => got[k] !== want[k]);
      assert.deepStrictEqual(differ, []);
    });
  });
}
