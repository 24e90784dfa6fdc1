/** text/ rules: seeds/003's pinyin debris, placeholders beside target/blank, web copies, presets. */
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { applyFixes, lintText, message, normalizeConfig } from '../../server/src/linter';

const ROOT = path.join(__dirname, '..', '..', '..');
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'corpus');
const SEEDS = path.join(CORPUS, 'seeds');
const read = (dir: string, p: string) => readFileSync(path.join(dir, readdirSync(dir).find((f) => f.startsWith(p))!), 'utf8');
const hits = (text: string, rule: string, raw: unknown = {}) => lintText(text, normalizeConfig(raw).config).findings.filter((f) => f.ruleId === rule);
const GLOSS = /\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;

describe('text/ocr-debris: seeds/003', () => {
  const text = read(SEEDS, '003');
  it('flags every pinyin gloss', () => {
    const glosses = text.match(GLOSS)!.length;
    const found = hits(text, 'text/ocr-debris').filter((f) => f.messageId === 'text/ocr-debris-pinyin');
    assert.ok(glosses > 400);
    assert.strictEqual(found.length, glosses);
  });
  it('fix-all removes the glosses and changes nothing else', () => {
    const out = applyFixes(text, hits(text, 'text/ocr-debris'), 'text/ocr-debris').text;
    assert.strictEqual(out, text.replace(GLOSS, ''));
    assert.deepStrictEqual(hits(out, 'text/ocr-debris'), []);
  });
});

describe('text/placeholder and target/blank', () => {
  it('never report the same range', () => {
    const texts = [read(CORPUS, '026'), read(CORPUS, '025'), readFileSync(path.join(ROOT, 'examples', 'action-plan-draft.txt'), 'utf8'),
      readFileSync(path.join(ROOT, 'examples', 'measures-draft.md'), 'utf8'), '到2025年，占比达到××%，新增XX个实验室，力争有 家企业，XX市，20XX年，比重达到 %，给予 万元奖励。'];
    for (const t of texts) {
      const r = lintText(t).findings;
      const blank = r.filter((f) => f.ruleId === 'target/blank');
      const ph = r.filter((f) => f.ruleId === 'text/placeholder');
      for (const p of ph) assert.ok(!blank.some((b) => b.range.start < p.range.end && p.range.start < b.range.end), t.slice(p.range.start, p.range.end));
    }
    const r = lintText('到2025年，占比达到××%，XX市，20XX年。').findings;
    assert.deepStrictEqual(r.filter((f) => f.ruleId === 'text/placeholder').length, 2);
  });
  it('quotes the characters around a blank, which would show as nothing', () => {
    const [f] = hits('对认定的企业，给予 万元奖励。', 'text/placeholder');
    assert.strictEqual(message(f.messageId, f.args, 'zh-cn'), '草稿中留空未填：“给予 万元”中缺少内容，定稿前须填写');
    const [x] = hits('根据指导意见(文号)制定。', 'text/placeholder');
    assert.strictEqual(message(x.messageId, x.args, 'zh-cn'), '草稿中遗留占位符“(文号)”，定稿前须替换为实际内容');
  });
  it('is a warning while drafting and an error in the final-review preset', () => {
    const t = '根据指导意见(文号)制定。';
    assert.strictEqual(hits(t, 'text/placeholder')[0].severity, 'warning');
    assert.strictEqual(hits(t, 'text/placeholder', { preset: 'final-review' })[0].severity, 'error');
  });
});

describe('issue 19: blanks, artefacts and false alarms', () => {
  const span = (t: string, f: { range: { start: number; end: number } }) => t.slice(f.range.start, f.range.end);
  it('a blank run of _ ＿ □ 【】 before a unit is a blank number (target/blank), not also a placeholder', () => {
    for (const [t, mark] of [['到2025年，全市数字经济规模达到____亿元。', '____'], ['培育龙头企业□□家。', '□□'],
      ['建成示范项目＿＿个。', '＿＿'], ['引进人才【】名。', '【】'], ['新增○○家。', '○○']]) {
      assert.deepStrictEqual(hits(t, 'target/blank').map((f) => span(t, f)), [mark], t);
      assert.deepStrictEqual(hits(t, 'text/placeholder'), [], t);
    }
  });
  it('a form line, a checkbox, a mark before a word (××人民政府, ××项目) are not blank numbers', () => {
    for (const t of ['申请单位（盖章）：________\n联系电话：________', '□是 □否', '□□是否已完成', '报××人民政府审定。', '申报××项目。', '《××条例》']) {
      assert.deepStrictEqual(hits(t, 'target/blank'), [], t);
    }
    assert.deepStrictEqual(hits('报请××人民政府审定。', 'text/placeholder').length, 1);
    assert.deepStrictEqual(hits('引进人才【】，', 'text/placeholder').length, 1);
  });
  it('○ for 〇 in a Chinese-numeral year; the fix writes 〇', () => {
    const t = '本措施自二○二四年五月十日起施行，二○○五年的规定同时废止。';
    const f = hits(t, 'text/ocr-debris');
    assert.deepStrictEqual(f.map((x) => span(t, x)), ['二○二四年', '二○○五年']);
    assert.strictEqual(applyFixes(t, f, 'text/ocr-debris').text, '本措施自二〇二四年五月十日起施行，二〇〇五年的规定同时废止。');
    assert.deepStrictEqual(hits(t, 'target/blank'), []);
    assert.deepStrictEqual(hits(t, 'text/placeholder'), []);
    assert.deepStrictEqual(hits('本措施自二〇二四年五月十日起施行。', 'text/ocr-debris'), []);
  });
  it('a toneless pinyin gloss after a character is debris; list markers, acronyms and English words are not', () => {
    const t = '扶持(gui)范发展。';
    const f = hits(t, 'text/ocr-debris');
    assert.deepStrictEqual(f.map((x) => x.messageId), ['text/ocr-debris-pinyin']);
    assert.strictEqual(applyFixes(t, f, 'text/ocr-debris').text, '扶持范发展。');
    // The gloss's brackets are deleted with it, not widened (text/half-width stays silent).
    assert.deepStrictEqual(hits(t, 'text/half-width'), []);
    assert.deepStrictEqual(hits('各區(qū)人民政府', 'text/half-width'), []);
    assert.strictEqual(hits('成立(AI)中心。', 'text/half-width').length, 1);
    for (const c of ['包括以下内容(a)和(ii)。', '采用政府和社会资本合作(PPP)模式。', '设置公交站点(bus)。', '开设网站(can)。', '扶持 (gui)', '规范(guifan)']) {
      assert.deepStrictEqual(hits(c, 'text/ocr-debris').filter((x) => x.messageId === 'text/ocr-debris-pinyin'), [], c);
    }
  });
  it('条五条 for 第五条 and 第三条、 opening a line are article-number debris; lists of articles are not', () => {
    const t = '依据本办法条五条规定。\n第三条、申请人应当提交材料。';
    const f = hits(t, 'text/ocr-debris');
    assert.deepStrictEqual(f.map((x) => span(t, x)), ['条五条', '第三条、']);
    assert.strictEqual(applyFixes(t, f, 'text/ocr-debris').text, '依据本办法第五条规定。\n第三条\u3000申请人应当提交材料。');
    for (const c of ['依据第三条、第五条规定。', '第三条、第五条规定的情形除外。', '共四条、共四条。', '第十条五款']) {
      assert.deepStrictEqual(hits(c, 'text/ocr-debris'), [], c);
    }
  });
  it('joint issuers separated by a space are layout, not a stray space', () => {
    for (const t of ['根据《中共中央 国务院关于加快建设全国统一大市场的意见》，制定本措施。',
      '根据《中共中央办公厅 国务院办公厅关于加强社会信用体系建设的意见》。', '中共吉林省委 吉林省人民政府印发。']) {
      assert.deepStrictEqual(hits(t, 'text/ocr-debris'), [], t);
    }
    assert.strictEqual(hits('全力支持战略新 兴产业发展。', 'text/ocr-debris').length, 1);
  });
});

describe('text/half-width', () => {
  it('skips web copies (NFKC) unless webCopies is set', () => {
    const web = read(CORPUS, '027');
    assert.strictEqual(hits(web, 'text/half-width').length, 0);
    assert.ok(hits(web, 'text/half-width', { options: { 'text/half-width': { webCopies: true } } }).length > 10);
  });
  it('flags corpus 001 (a GitHub copy): 条例》,制定 and (一)', () => {
    const t = read(CORPUS, '001');
    const s = hits(t, 'text/half-width').map((f) => t.slice(f.range.start, f.range.end));
    assert.ok(s.includes(',') && s.includes('(一)'), s.join(' '));
  });
  it('leaves the brackets of a 发文字号 to the citation rules', () => {
    const t = '按照示交函(2023)45号办理。';
    assert.strictEqual(hits(t, 'text/half-width').length, 0);
    assert.ok(lintText(t).findings.some((f) => f.ruleId === 'citation/doc-number-bracket'));
  });
});

describe('text/full-width-digit', () => {
  it('corpus 021: 3＋N is flagged and fixed to 3+N', () => {
    const t = '进一步优化“3＋N”的创办模式。';
    assert.strictEqual(applyFixes(t, hits(t, 'text/full-width-digit')).text, '进一步优化“3+N”的创办模式。');
  });
});

describe('text: traditional script', () => {
  it('ocr-debris and placeholder work on 繁體 text', () => {
    const t = '廣州市工業和信息化局關於印發行動計劃的通知\n各區(qū)人民政府，現將XX市實施方案印發給你們。\n';
    assert.strictEqual(hits(t, 'text/ocr-debris').length, 1);
    assert.strictEqual(hits(t, 'text/placeholder').length, 1);
  });
});
