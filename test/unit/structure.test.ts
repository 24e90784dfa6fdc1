/** Structure and reply rules on the five seed documents (issue 7's acceptance). */
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { DEFAULT_CONFIG, lintText } from '../../server/src/core';

const SEEDS = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'corpus', 'seeds');
const seed = (prefix: string) => {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return lintText(readFileSync(path.join(SEEDS, name), 'utf8'), DEFAULT_CONFIG);
};

describe('structure and reply rules on the seeds', () => {
  it('seeds/000, a reply with no signature, date or contact line, is flagged for each', () => {
    const r = seed('000');
    assert.strictEqual(r.doc.kind, 'reply');
    const ids = r.findings.map((f) => f.messageId);
    for (const id of ['reply/closing-organ', 'reply/closing-date', 'reply/contact']) assert.ok(ids.includes(id), id);
  });
  it('seeds/001, a complete reply, has no reply finding above information', () => {
    const r = seed('001');
    assert.deepStrictEqual(r.findings.filter((f) => f.ruleId.startsWith('reply/') && f.severity !== 'information' && f.severity !== 'hint').map((f) => f.messageId), []);
  });
  for (const p of ['002', '003', '004']) {
    it(`seeds/${p} is clean of structure findings`, () => {
      assert.deepStrictEqual(seed(p).findings.filter((f) => f.ruleId.startsWith('structure/')).map((f) => f.messageId), []);
    });
  }
});
