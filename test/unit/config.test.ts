/** Settings layers, presets, profile and inline disable directives in the core. */
import * as assert from 'assert';
import { fixAll, lintText, mergeRawConfigs, normalizeConfig, parseDirectives, parseDocument, resolveConfig } from '../../server/src/linter';

const PLAN = [
  '示例市行动计划（2023—2025年）',
  '一、重点任务',
  '依据国发[2021]29号文件。',
  '依据国发[2021]30号文件。',
  '依据国发[2021]31号文件。',
].join('\n');
const count = (text: string, raw: unknown = {}) => lintText(text, normalizeConfig(raw).config).findings.filter((f) => f.ruleId === 'citation/doc-number-bracket').length;

describe('config: layers, presets and profile', () => {
  it('merges layers key by key, later wins', () => {
    const m = mergeRawConfigs({ check: 'auto', rules: { citation: 'off', target: 'hint' } }, { rules: { citation: 'warning' }, preset: 'national' }, 'junk', null);
    // The merged layers have no prototype (a "__proto__" key stays a key): compare their JSON.
    assert.deepStrictEqual(JSON.parse(JSON.stringify(m)), { check: 'auto', rules: { citation: 'warning', target: 'hint' }, preset: 'national' });
  });
  it('resolveConfig: layers lowest first, each layer\'s problems named by its source, once', () => {
    const r = resolveConfig([
      { raw: { rules: { citation: 'off', target: 'loud' } } },
      { raw: { rules: { citation: 'warning' }, check: 'sometimes' }, source: '.policylintrc.json' },
      { raw: { preset: 'national' }, source: 'command line' },
    ]);
    assert.strictEqual(r.config.rules.citation, 'warning', 'the file wins over settings');
    assert.strictEqual(r.config.rules['lead-unit'], 'information', 'the command line preset applies');
    assert.strictEqual(r.config.check, 'auto', 'a malformed value falls back to the default');
    assert.ok(r.errors.some((e) => e.startsWith('.policylintrc.json: ') && e.includes('check')), r.errors.join('; '));
    assert.ok(r.errors.some((e) => e.startsWith('"target"')), r.errors.join('; '));
    assert.strictEqual(new Set(r.errors).size, r.errors.length, 'each problem once');
    assert.deepStrictEqual(resolveConfig([{ raw: undefined }, { raw: null, source: 'x' }]), { config: normalizeConfig({}).config, errors: [] });
  });
  it('fixAll: repairs until stable and counts the places it changed', () => {
    const r = fixAll(PLAN);
    assert.strictEqual(count(r.text), 0, r.text);
    assert.strictEqual(r.fixed, 3);
    assert.deepStrictEqual(fixAll(r.text), { text: r.text, fixed: 0 });
  });
  it('applies a preset under the user\'s own rules', () => {
    const national = normalizeConfig({ preset: 'national' }).config;
    assert.strictEqual(national.rules['lead-unit'], 'information');
    const own = normalizeConfig({ preset: 'national', rules: { 'lead-unit': 'error' } }).config;
    assert.strictEqual(own.rules['lead-unit'], 'error');
    const review = normalizeConfig({ preset: 'final-review' }).config;
    assert.strictEqual(review.rules['target/blank'], 'error');
    assert.deepStrictEqual(normalizeConfig({ preset: 'galactic' }).errors.length, 1);
  });
  it('turns the profile into rule options and rejects malformed profiles with a message', () => {
    const { config, errors } = normalizeConfig({ profile: { replyClasses: '甲乙丙', validity: { maxYears: 3 }, units: ['市数据局'] } });
    assert.deepStrictEqual(errors, []);
    assert.strictEqual(config.options['reply/class'].system, '甲乙丙');
    assert.strictEqual(config.options['structure/validity'].maxYears, 3);
    const bad = normalizeConfig({ profile: { units: 'all', validity: { maxYears: -1 }, replyClasses: 'XYZ' } });
    assert.strictEqual(bad.errors.length, 3);
  });
});

/** A value nested `depth` levels deep, built without recursion. */
function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

describe('config: hostile settings', () => {
  it('a "__proto__" key, as JSON.parse makes it, does not turn checking off and is reported', () => {
    const raw = JSON.parse('{"__proto__":{"enable":false},"rules":{"__proto__":{"citation":"off"}}}') as unknown;
    const { config, errors } = normalizeConfig(mergeRawConfigs(undefined, raw));
    assert.strictEqual(config.enable, true);
    assert.strictEqual(config.rules.citation, undefined);
    assert.strictEqual(count(PLAN, raw), 3, 'citation findings still reported');
    assert.ok(errors.some((e) => e.includes('__proto__')), errors.join('; '));
    assert.strictEqual(({} as Record<string, unknown>).enable, undefined, 'Object.prototype untouched');
  });
  it('"constructor" is neither a preset nor a rule nor an option key', () => {
    for (const preset of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const { config, errors } = normalizeConfig({ preset });
      assert.strictEqual(config.preset, undefined, preset);
      assert.ok(errors.some((e) => e.includes('unknown preset')), preset);
    }
    const r = normalizeConfig(JSON.parse('{"rules":{"constructor":"off"},"options":{"constructor":{},"__proto__":{"x":1}},"profile":{"docCodes":{"__proto__":"x"}}}'));
    assert.deepStrictEqual(Object.keys(r.config.rules), []);
    assert.deepStrictEqual(Object.keys(r.config.options).filter((k) => !k.startsWith('citation/')), []);
    assert.deepStrictEqual(r.config.options['citation/doc-number-bracket'], { docCodes: {} });
    assert.strictEqual(r.errors.length, 4, r.errors.join('; '));
    assert.strictEqual(Object.getPrototypeOf(r.config.options), Object.prototype);
  });
  it('options nested 10,000 levels deep are refused with a message; the result serialises', () => {
    const raw = { options: { 'citation/doc-number-bracket': nested(10_000), 'reply/class': { system: '甲乙丙' } } };
    const { config, errors } = normalizeConfig(mergeRawConfigs(raw, { rules: { target: 'hint' } }));
    assert.ok(errors.some((e) => /nested too deeply/.test(e) && e.includes('citation/doc-number-bracket')), errors.join('; '));
    assert.strictEqual(config.options['reply/class'].system, '甲乙丙', 'the other options stand');
    assert.doesNotThrow(() => JSON.stringify(config));
    assert.doesNotThrow(() => structuredClone(config));
    // Deep values elsewhere: wrong types, reported without walking them.
    const deep = normalizeConfig({ enable: nested(10_000), rules: nested(10_000), profile: { units: nested(10_000), docCodes: nested(10_000) } });
    assert.strictEqual(deep.config.enable, true);
    assert.ok(deep.errors.length >= 3, deep.errors.join('; '));
    assert.doesNotThrow(() => JSON.stringify(deep.config));
  });
  it('wrong types everywhere give messages and the defaults', () => {
    for (const raw of [[], 'x', 42, true, { enable: 'no', check: 1, rules: [], options: 'x', profile: [], preset: 7 }]) {
      const { config, errors } = normalizeConfig(raw);
      assert.strictEqual(config.enable, true);
      assert.strictEqual(config.check, 'auto');
      assert.ok(errors.length > 0, JSON.stringify(raw));
    }
  });
});

describe('inline disable directives', () => {
  it('parses Markdown comments and // lines', () => {
    const doc = parseDocument('a\n<!-- policy-lint-disable citation target/unquantified -->\n// policy-lint-disable-next-line\nb <!-- policy-lint-disable-line amount -->\n');
    assert.deepStrictEqual(parseDirectives(doc.text, doc.lineIndex).map((d) => [d.kind, d.line, d.ids.join(',')]), [
      ['disable', 1, 'citation,target/unquantified'], ['disable-next-line', 2, ''], ['disable-line', 3, 'amount'],
    ]);
  });
  it('disable-next-line, disable-line, disable/enable by rule and category', () => {
    assert.strictEqual(count(PLAN), 3);
    const lines = PLAN.split('\n');
    const next = [...lines.slice(0, 2), '<!-- policy-lint-disable-next-line citation/doc-number-bracket -->', ...lines.slice(2)].join('\n');
    assert.strictEqual(count(next), 2);
    const sameLine = PLAN.replace('30号文件。', '30号文件。<!-- policy-lint-disable-line citation -->');
    assert.strictEqual(count(sameLine), 2);
    const block = [...lines.slice(0, 2), '// policy-lint-disable citation', lines[2], lines[3], '// policy-lint-enable citation', lines[4]].join('\n');
    assert.strictEqual(count(block), 1);
    const other = [...lines.slice(0, 2), '<!-- policy-lint-disable-next-line target -->', ...lines.slice(2)].join('\n');
    assert.strictEqual(count(other), 3, 'a directive for another category changes nothing');
    const inText = PLAN.replace('30号文件。', '30号文件。policy-lint-disable-line 不是指令');
    assert.strictEqual(count(inText), 3, 'a mention in running text is not a directive');
  });
});
