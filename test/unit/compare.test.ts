/** 修改对照表: alignment of two versions, word diff, semantic notes, the HTML, the .docx and the CLI. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compare, noteText, wordDiff, type CompareEntry } from '../../server/src/core/compare';
import { compareHtml } from '../../server/src/cli/compare';
import { unzip } from './cli-zip';

const ROOT = path.join(__dirname, '..', '..', '..');
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'corpus');
const file = (prefix: string) => path.join(CORPUS, fs.readdirSync(CORPUS).find((f) => f.startsWith(prefix))!);
const notes = (e: CompareEntry | undefined) => (e ? e.notes.map((n) => noteText(n)) : []);

describe('compare: two versions of a policy', () => {
  // Corpus 002 is the early version of the Liuhe policy, 001 the 2023 one.
  const r = compare(fs.readFileSync(file('002_'), 'utf8'), fs.readFileSync(file('001_'), 'utf8'));
  const pair = (oldLabel: string, newMarker: string) => r.entries.find((e) => e.old?.label === oldLabel && e.new?.marker === newMarker);

  it('aligns the renumbered provisions of the two versions (items 1.–（八） → 第2条–第15条)', () => {
    assert.ok(pair('二、（一）1.', '第2条'), 'fixed-asset investment');
    assert.ok(pair('二、（一）2.', '第3条'), 'major projects');
    assert.ok(pair('二、（一）3.', '第4条'), 'performance award');
    assert.ok(pair('二、（二）', '第7条'), 'new products');
    assert.ok(pair('二、（八）', '第15条'), 'listing awards');
    assert.ok(r.counts.added > 0 && r.counts.removed > 0);
  });

  it('reports the real changes: ranges, amounts and years', () => {
    // 前三年…后两年 became 前2年…后3年.
    assert.deepStrictEqual(notes(pair('二、（一）3.', '第4条')).filter((n) => n.startsWith('数值')), ['数值由三年改为2年', '数值由两年改为3年']);
    assert.ok(notes(pair('二、（二）', '第7条')).includes('金额由10万元—100万元改为30万元'));
    assert.ok(notes(pair('二、（八）', '第15条')).includes('金额由500万元改为200万元'));
    assert.ok(notes(pair('二、（一）2.', '第3条')).includes('金额由3亿元改为1亿元'));
    // The threshold 5000万元 and the intensity 100万元 were rewritten (1000万元, 200万元) in 第2条.
    const e = pair('二、（一）1.', '第2条')!;
    const deleted = e.parts.filter((p) => p.op === 'delete').map((p) => p.text).join(' ');
    const inserted = e.parts.filter((p) => p.op === 'insert').map((p) => p.text).join(' ');
    assert.match(deleted, /5000/);
    assert.match(inserted, /1000/);
    // 5%-20% → 5%—20%: the connector is a changed word, the figures are not.
    assert.ok(e.parts.some((p) => p.op === 'delete' && p.text.includes('-')), JSON.stringify(e.parts.filter((p) => p.op !== 'equal')));
    assert.ok(e.parts.some((p) => p.op === 'insert' && p.text.includes('—')));
  });

  it('diffs whole words, not characters', () => {
    const parts = wordDiff('给予企业奖励支持', '给予企业资金支持');
    assert.ok(parts.some((p) => p.op === 'delete' && p.text === '奖励'), JSON.stringify(parts));
    assert.ok(parts.some((p) => p.op === 'insert' && p.text === '资金'));
  });
});

describe('compare: semantic notes', () => {
  const one = (a: string, b: string) => compare(a, b).entries.find((e) => e.old && e.new);
  it('obligation strength: 应当 → 可以, 不得 → 原则上不得', () => {
    assert.ok(notes(one('第一条 企业应当在30日内报送材料。', '第一条 企业可以在30日内报送材料。')).includes('约束程度由“应当”改为“可以”'));
    assert.ok(notes(one('第一条 项目资金不得用于人员支出。', '第一条 项目资金原则上不得用于人员支出。')).includes('约束程度由“不得”改为“原则上不得”'));
  });
  it('amounts and caps, lead units, deadlines, target years, validity', () => {
    assert.ok(notes(one('第一条 对新认定的企业，最高奖励50万元。', '第一条 对新认定的企业，最高奖励30万元。')).includes('上限由50万元改为30万元'));
    assert.ok(notes(one('（一）建设数据平台。（牵头单位：市数据局）', '（一）建设数据平台。（牵头单位：市工信局）')).includes('牵头单位由市数据局改为市工信局'));
    assert.ok(notes(one('（一）建设数据平台，2024年底前完成。', '（一）建设数据平台，2025年6月底前完成。')).includes('完成时限由2024年底前改为2025年6月底前'));
    assert.ok(notes(one('（一）到2025年，企业达到100家。', '（一）到2025年，企业达到120家。')).includes('数值由100家改为120家'));
    const v = compare('第一条 本办法自发布之日起施行，有效期3年。', '第一条 本办法自发布之日起施行，有效期5年。');
    assert.ok(v.entries.some((e) => notes(e).some((n) => n.startsWith('有效期或施行日期由“有效期3年”改为“有效期5年”'))), JSON.stringify(v.entries.map(notes)));
  });
  it('moved, renumbered, split, merged, added and removed items', () => {
    const a = ['第一条 为规范专项资金管理，制定本办法。', '第二条 专项资金用于支持中小企业技术改造和设备更新。', '第三条 市财政局负责资金拨付和绩效评价工作。', '第四条 申报单位应当如实提供材料，不得弄虚作假。'].join('\n');
    const b = ['第一条 为规范专项资金管理，制定本办法。', '第二条 市财政局负责资金拨付和绩效评价工作。', '第三条 专项资金用于支持中小企业技术改造和设备更新。', '第四条 申报单位应当如实提供材料。', '第五条 不得弄虚作假，骗取专项资金。', '第六条 本办法自2025年1月1日起施行。'].join('\n');
    const r = compare(a, b);
    const st = r.entries.map((e) => e.status);
    assert.ok(st.includes('moved'), st.join());
    assert.ok(st.includes('added'));
    assert.ok(r.entries.some((e) => e.status === 'unchanged' && e.new?.marker === '第一条'));
    const m = compare(['一、加强组织领导，健全工作机制。', '二、强化资金保障，加大投入力度。'].join('\n'), '一、加强组织领导，健全工作机制，强化资金保障，加大投入力度。');
    assert.ok(m.entries.some((e) => e.status === 'merged'), JSON.stringify(m.entries.map((e) => e.status)));
    const s = compare('一、加强组织领导，健全工作机制，强化资金保障，加大投入力度。', ['一、加强组织领导，健全工作机制。', '二、强化资金保障，加大投入力度。'].join('\n'));
    assert.ok(s.entries.some((e) => e.status === 'split'), JSON.stringify(s.entries.map((e) => e.status)));
    const rn = compare(['1.建设平台。', '2.开放数据。', '3.培育人才。'].join('\n'), ['1.建设平台。', '2.培育人才。'].join('\n'));
    assert.ok(rn.entries.some((e) => notes(e).includes('序号由3.改为2.')));
    assert.ok(rn.entries.some((e) => e.status === 'removed'));
  });
});

describe('compare: HTML and CLI', () => {
  it('a self-contained page with escaped text and marked words', () => {
    const r = compare('第一条 企业应当<b>报送</b>材料。', '第一条 企业可以<b>报送</b>材料。');
    const html = compareHtml(r, 'zh-cn', { old: 'a<.txt', new: 'b.txt' });
    assert.ok(!html.includes('<b>'));
    assert.ok(html.includes('&lt;b&gt;'));
    assert.match(html, /<th>原条文<\/th><th>修改后条文<\/th><th>修改说明<\/th>/);
    assert.match(html, /<del>应当<\/del>/);
    assert.match(html, /<ins>可以<\/ins>/);
    assert.ok(!/<script|<link|src=/.test(html));
  });
  it('the CLI writes html, docx and json', () => {
    const cli = path.join(ROOT, 'dist', 'cli.js');
    const h = spawnSync(process.execPath, [cli, 'compare', file('002_'), file('001_')], { encoding: 'utf8', maxBuffer: 1 << 26 });
    assert.strictEqual(h.status, 0, h.stderr);
    assert.match(h.stdout, /金额由500万元改为200万元/);
    const j = spawnSync(process.execPath, [cli, 'compare', file('002_'), file('001_'), '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const parsed = JSON.parse(j.stdout) as { counts: Record<string, number>; entries: { notes: { text: string }[] }[] };
    assert.ok(parsed.entries.some((e) => e.notes.some((n) => n.text === '金额由3亿元改为1亿元')));
    const one = spawnSync(process.execPath, [cli, 'compare', file('002_')], { encoding: 'utf8' });
    assert.strictEqual(one.status, 2);
    // .docx: the three columns, deleted words struck through and inserted words underlined.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-compare-'));
    const out = path.join(dir, 'c.docx');
    const d = spawnSync(process.execPath, [cli, 'compare', file('002_'), file('001_'), '--output', out], { encoding: 'utf8' });
    assert.strictEqual(d.status, 0, d.stderr);
    const document = unzip(fs.readFileSync(out)).get('word/document.xml')!.toString('utf8');
    for (const cell of ['原条文', '修改后条文', '修改说明', '金额由500万元改为200万元']) assert.ok(document.includes(cell), cell);
    assert.match(document, /<w:strike\/>/);
    assert.match(document, /<w:u w:val="single"\/>/);
    assert.strictEqual(spawnSync(process.execPath, [cli, 'compare', file('002_'), file('001_'), '--format', 'docx'], { encoding: 'utf8' }).status, 2);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
