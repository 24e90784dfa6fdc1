/** target/ rules on the seeds and the editor helpers. */
import * as assert from 'assert';
import { corpus } from './corpus';
import { lintText, parseDocument } from '../../server/src/linter';
import { targetAt } from '../../server/src/core/features/target';
import { declaredCounts } from '../../server/src/core/goals';

const seed = (p: string) => corpus(`seeds/${p}`);

describe('target: seeds', () => {
  it('seeds/004: the 总体目标 clauses built on 一批 are flagged; 总规模超10000亿元 and 年均增长15%以上 are not', () => {
    const text = seed('004');
    const r = lintText(text);
    const hits = r.findings.filter((f) => f.ruleId === 'target/unquantified');
    const phrases = hits.map((f) => text.slice(f.range.start, f.range.end));
    assert.ok(phrases.filter((p) => p === '一批').length >= 4, phrases.join(','));
    const goalLine = text.split('\n').findIndex((l) => l.includes('总规模超10000亿元'));
    const lines = hits.map((f) => r.doc.lineIndex.positionAt(f.range.start).line);
    assert.ok(goalLine > 0 && !lines.includes(goalLine), 'the quantified line is not flagged');
    // Every finding lies in 二、总体目标.
    const goals = r.doc.headings[1];
    assert.ok(hits.every((f) => f.range.start >= goals.sectionRange.start && f.range.end <= goals.sectionRange.end));
  });
  it('seeds/002: 三部分共十五条 = 4+4+4+3 is consistent; the five-item reading of the second list is not taken', () => {
    const doc = parseDocument(seed('002'));
    assert.deepStrictEqual(declaredCounts(doc), []);
    const changed = parseDocument(seed('002').replace('共十五条', '共十四条'));
    assert.deepStrictEqual(declaredCounts(changed).map((c) => [c.declared, c.actual]), [[14, 15]]);
  });
  it('no target/ finding on seeds 000–003 above information level', () => {
    for (const s of ['000', '001', '002', '003']) {
      const r = lintText(seed(s));
      assert.deepStrictEqual(r.findings.filter((f) => f.ruleId.startsWith('target/') && f.severity !== 'information' && f.ruleId !== 'target/unquantified').map((f) => f.ruleId), [], s);
    }
  });
});

describe('target: hover helper', () => {
  it('shows the plan period and the other goals with the same unit', () => {
    const text = '某市行动计划（2023—2025年）\n一、工作目标\n到2025年，培育10家领军企业。到2024年，新增5家上市企业。到2025年，产值达到100亿元。\n';
    const doc = parseDocument(text);
    const info = targetAt(doc, text.indexOf('培育'));
    assert.ok(info);
    assert.deepStrictEqual(info.period, { start: 2023, end: 2025 });
    assert.strictEqual(info.unit, '家');
    assert.deepStrictEqual(info.sameUnit.map((x) => x.text), ['到2024年，新增5家上市企业。']);
    assert.strictEqual(targetAt(doc, 2), undefined);
  });
});

describe('target/unquantified: a dated milestone in a task (issue 19)', () => {
  const task = (goal: string) => `四、主要任务\n（一）抓创新驱动，完善创新生态体系。\n4.促进创新成果产业化。支持高等院校、科研院所对IAB创新成果通过合作、技术转让等多种形式实现科技成果市场价值。${goal}（牵头单位：市科技创新委）\n`;
  const phrases = (text: string) => {
    const r = lintText(text);
    return r.findings.filter((f) => f.ruleId === 'target/unquantified').map((f) => text.slice(f.range.start, f.range.end));
  };
  it('到2022年，组织实施…项目超一批 is a goal without a number (seeds/004 with 1000项 taken out)', () => {
    assert.deepStrictEqual(phrases(task('到2022年，组织实施IAB重大创新成果转化项目超一批。')), ['一批']);
  });
  it('the same milestone with its number, and a task without a date, are not flagged', () => {
    assert.deepStrictEqual(phrases(task('到2022年，组织实施IAB重大创新成果转化项目超1000项。')), []);
    assert.deepStrictEqual(phrases(task('组织实施一批重大创新成果转化项目。')), []);
  });
});
