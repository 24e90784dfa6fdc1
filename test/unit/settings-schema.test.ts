/**
 * The settings schemas know every rule id: `policyLint.rules` (package.json, settings.json completion and
 * validation) and `rules` in .policylintrc.json (schemas/policylintrc.schema.json). Written by
 * `npm run gen:docs` from the registry; this fails when a rule is added without regenerating them.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { CATEGORIES, RULES } from '../../server/src/linter';

const ROOT = path.join(__dirname, '..', '..', '..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8')) as Record<string, unknown>;
interface RulesSchema { properties: Record<string, { enum: string[]; description: string }>; propertyNames: { enum: string[] } }

describe('settings schemas: rule ids and severities', () => {
  const ids = [...CATEGORIES, ...RULES.map((r) => r.meta.id)].sort();
  const rc = read('schemas/policylintrc.schema.json') as { properties: { rules: RulesSchema } };
  const pkg = read('package.json') as { contributes: { configuration: { properties: Record<string, RulesSchema> } } };
  const setting = pkg.contributes.configuration.properties['policyLint.rules'];

  it('list every category and rule id, with its title, in both schemas (npm run gen:docs)', () => {
    for (const s of [rc.properties.rules, setting]) {
      assert.deepStrictEqual(Object.keys(s.properties).sort(), ids);
      assert.deepStrictEqual([...s.propertyNames.enum].sort(), ids);
    }
    const bracket = RULES.find((r) => r.meta.id === 'citation/doc-number-bracket')!;
    assert.ok(setting.properties['citation/doc-number-bracket'].description.includes(bracket.docs.title.zh));
  });

  it('a .policylintrc.json with a known id validates; an unknown id or severity does not', () => {
    const schema = read('schemas/policylintrc.schema.json');
    delete schema.$schema;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    assert.ok(validate({ rules: { 'citation/doc-number-bracket': 'off', target: 'information' } }), JSON.stringify(validate.errors));
    assert.ok(!validate({ rules: { 'citation/doc-number-brackets': 'off' } }), 'a misspelt rule id');
    assert.ok(!validate({ rules: { target: 'loud' } }), 'an unknown severity');
  });
});
