/**
 * The 公文 errors reviewers catch most (issue 24): structure/title, structure/genre, text/confusable,
 * text/attachment (list against attachments), number/date-order. The fixtures under
 * test/fixtures/rules cover flagged and clean texts; these tests pin what the fixtures cannot say.
 */
import * as assert from 'assert';
import { readdirSync } from 'fs';
import * as path from 'path';
import { applyFixes, lintText, normalizeConfig, RULES } from '../../server/src/linter';
import { CONFUSABLES } from '../../server/src/rules/text/confusables.data';
import { confusableHits } from '../../server/src/rules/text/confusable';
import { corpus, corpusText, CORPUS } from './corpus';

const NEW_RULES = ['structure/title', 'structure/genre', 'text/confusable', 'number/date-order'];
const hits = (text: string, rule: string, raw: unknown = {}) => lintText(text, normalizeConfig(raw).config).findings.filter((f) => f.ruleId === rule);

describe('issue 24: the confusable-word table', () => {
  it('every entry names its pair and its wrong form, gives a reason and fixes to the right form', () => {
    for (const c of CONFUSABLES) {
      assert.strictEqual(c.wrong, c.pair.split('/')[1], c.pair);
      assert.match(c.pair, /^[^/]+\/[^/]+$/, c.pair);
      assert.ok(c.reason.length > 5, c.pair);
      if (c.right) assert.strictEqual(c.right, c.pair.split('/')[0], c.pair);
    }
  });
  it('a fixed word is not flagged again (no entry matches its own replacement)', () => {
    for (const c of CONFUSABLES) {
      if (!c.right) continue;
      assert.deepStrictEqual(confusableHits(c, c.right), [], c.pair);
    }
  });
  it('leaves names inside 《》 alone', () => {
    assert.deepStrictEqual(hits('根据《关于其它事项的通知》执行。', 'text/confusable'), []);
  });
  it('recommended usages are information, unambiguous errors warnings', () => {
    assert.strictEqual(hits('其它事项另行通知。', 'text/confusable')[0].severity, 'information');
    assert.strictEqual(hits('对全年工作进行布署。', 'text/confusable')[0].severity, 'warning');
  });
  it('fix-all rewrites only the wrong words', () => {
    const t = '截止2023年底，各单位已建立台帐。报名于5月1日截止。';
    assert.strictEqual(applyFixes(t, hits(t, 'text/confusable'), 'text/confusable').text, '截至2023年底，各单位已建立台账。报名于5月1日截止。');
  });
});

describe('issue 24: structure/title', () => {
  it('关于对 is reported only with the option guanyuDui (国办 itself uses it: corpus 010)', () => {
    const t = corpus('010_');
    assert.deepStrictEqual(hits(t, 'structure/title'), []);
    const f = hits(t, 'structure/title', { options: { 'structure/title': { guanyuDui: true } } });
    assert.deepStrictEqual(f.map((x) => [x.messageId, x.severity]), [['structure/title-guanyu-dui', 'information']]);
  });
  it('印发/转发 notices may end in 的通知的通知', () => {
    assert.deepStrictEqual(hits('示例市人民政府办公厅关于转发省政府关于做好防汛工作的通知的通知\n\n各区人民政府：\n', 'structure/title'), []);
  });
  it('a body sentence ending in 通知。 is not a title', () => {
    assert.deepStrictEqual(hits('示例市人民政府关于加快发展服务业的意见\n\n各区人民政府：\n关于做好春节期间值班工作，另行通知。\n', 'structure/title'), []);
  });
});

describe('issue 24: structure/genre and number/date-order', () => {
  it('an 印发 notice of a 报告 is not a 报告', () => {
    assert.deepStrictEqual(hits('示例市人民政府办公厅关于印发2023年工作情况报告的通知\n\n各区人民政府：\n妥否，请批示。\n', 'structure/genre'), []);
  });
  it('a deadline after the document date is not a meeting date', () => {
    assert.deepStrictEqual(hits('请于2023年11月30日前报送。\n\n示例市人民政府\n2023年10月24日\n', 'number/date-order'), []);
  });
});

describe('issue 24: the new rules on the corpus', () => {
  it('raise nothing on the corpus documents whose titles, 附件 lists and dates are correct', () => {
    const files: string[] = [];
    for (const dir of ['', 'more', 'seeds']) {
      for (const f of readdirSync(path.join(CORPUS, dir)).filter((x) => x.endsWith('.txt'))) files.push(path.join(dir, f));
    }
    assert.ok(files.length > 60);
    const found: string[] = [];
    for (const f of files) {
      for (const x of lintText(corpusText(f)).findings) if (NEW_RULES.includes(x.ruleId)) found.push(`${f} ${x.ruleId}`);
    }
    // 022 relays a relay: 关于转发深圳市住房和建设局转发《…》的通知 (the spec's own ✘ example).
    assert.deepStrictEqual(found, ['022_shenzhen-zhujianju-zhuanfa-nitouche-tongbao-tongzhi-2013.txt structure/title']);
  });
  it('are registered with a source tier', () => {
    for (const id of NEW_RULES) assert.ok(RULES.find((r) => r.meta.id === id)?.docs.source.tier, id);
  });
});
