/**
 * Consistency across related files (core/related.ts and the consistency/related-… rules): real pairs
 * built from the corpus in test/fixtures/related — corpus 059 (国办发〔2025〕38号, notice + 13
 * measures) as one file and split into its notice and its measures, with a 政策解读 written from its
 * text; corpus 001 (柳河 实施意见, 26 articles) with an 起草说明 quoting its amounts; corpus 047 (襄阳
 * 重点工作清单) with a separate 分工表 built from its items — give no finding, and mismatches planted
 * in them are found, on the right file, linked to the other. The CLI reports them, and finds nothing
 * across files on the corpus.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { titleKey as learnTitleKey } from '../../server/src/core/learn';
import { comparableTitle } from '../../server/src/core/normalize';
import { message, parseDocument, relatedFindings, relatedLinks, sameTitle, summarize, titleKey, type DocSummary } from '../../server/src/linter';

import { corpusFiles, documentText } from './audit';

const ROOT = path.join(__dirname, '..', '..', '..');
const PAIRS = path.join(ROOT, 'test', 'fixtures', 'related');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function folder(name: string, edit: Record<string, (t: string) => string> = {}): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fs.readdirSync(path.join(PAIRS, name)).sort()) {
    const text = fs.readFileSync(path.join(PAIRS, name, f), 'utf8');
    out.set(f, edit[f] ? edit[f](text) : text);
  }
  return out;
}
const summaries = (files: Map<string, string>): DocSummary[] => [...files].map(([f, t]) => summarize(parseDocument(t), f));
function found(files: Map<string, string>): { file: string; rule: string; text: string; message: string; related: string[] }[] {
  const { findings, errors } = relatedFindings(summaries(files));
  assert.deepStrictEqual(errors, []);
  return [...findings].flatMap(([file, list]) => list.map((f) => ({
    file, rule: f.ruleId, text: files.get(file)!.slice(f.range.start, f.range.end), message: message(f.messageId, f.args, 'zh-cn'),
    related: (f.related ?? []).map((r) => `${r.file}:${r.lines!.line + 1}`),
  })));
}

describe('related files: real pairs from the corpus', () => {
  const expectedLinks: Record<string, string[]> = {
    minjian: ['政策解读.txt → 若干措施.txt'],
    'minjian-split': ['通知.txt → 若干措施.txt'],
    liuhe: ['起草说明.txt → 实施意见.txt'],
    xiangyang: ['分工表.md → 工作清单.txt'],
    jinxiang: ['分工表.md → 责任分工.txt'],
  };
  for (const [name, links] of Object.entries(expectedLinks)) {
    it(`${name}: paired by the title named, no finding`, () => {
      const files = folder(name);
      assert.deepStrictEqual(relatedLinks(summaries(files)).map((l) => `${l.from.id} → ${l.to.id}`), links);
      assert.deepStrictEqual(found(files), []);
    });
  }

  it('an 印发通知 that carries its measures is the measures: title, 文号 and 13 items', () => {
    const s = summarize(parseDocument(folder('minjian').get('若干措施.txt')!), 'a');
    assert.strictEqual(s.role, 'policy');
    assert.strictEqual(s.title!.text, '关于进一步促进民间投资发展的若干措施');
    assert.strictEqual(s.title!.place.line, 7);
    assert.strictEqual(s.docNumber!.text, '国办发〔2025〕38号');
    assert.strictEqual(s.counts!.top, 13);
    const n = summarize(parseDocument(folder('minjian-split').get('通知.txt')!), 'b');
    assert.strictEqual(n.role, 'notice');
    assert.deepStrictEqual(n.names.map((x) => x.text), ['关于进一步促进民间投资发展的若干措施']);
  });

  it('finds the mismatches planted in the 政策解读: title, count, 文号', () => {
    const got = found(folder('minjian', {
      '政策解读.txt': (t) => t.replace('《关于进一步', '《进一步').replace('共13条', '共12条').replace('国办发〔2025〕38号，', '国办发〔2025〕36号，'),
    }));
    assert.deepStrictEqual(got.map((g) => [g.file, g.rule, g.text, g.related]), [
      ['政策解读.txt', 'consistency/related-title', '《进一步促进民间投资发展的若干措施》', ['若干措施.txt:8']],
      ['政策解读.txt', 'consistency/related-docnumber', '国办发〔2025〕36号', ['若干措施.txt:2']],
      ['政策解读.txt', 'consistency/related-count', '12条', ['若干措施.txt:8']],
    ]);
    assert.match(got[2].message, /实际为13条/);
  });

  it('finds the mismatches planted in the 起草说明: count of articles, an amount', () => {
    const got = found(folder('liuhe', { '起草说明.txt': (t) => t.replace('26条', '25条').replace('给予企业20万元奖励', '给予企业25万元奖励') }));
    assert.deepStrictEqual(got.map((g) => [g.rule, g.text]), [['consistency/related-count', '25条'], ['consistency/related-amount', '25万元']]);
    assert.match(got[1].message, /文件中为“20 万元”/);
    assert.deepStrictEqual(got[1].related, ['实施意见.txt:45']);
  });

  it('an amount the policy has elsewhere, or one said in other words, is not reported', () => {
    // 30万元 is in the policy (产品研发, 省级中心): a note that says it for 高新技术企业 cannot be told from a quote.
    assert.deepStrictEqual(found(folder('liuhe', { '起草说明.txt': (t) => t.replace('给予企业20万元奖励', '给予企业30万元奖励') })), []);
    assert.deepStrictEqual(found(folder('liuhe', { '起草说明.txt': (t) => t + '\n截至去年底，全县累计兑现各类奖励资金1234万元。\n' })), []);
  });

  it('a count or amount of the earlier version, or of a change, is not taken for a quote', () => {
    const got = found(folder('liuhe', {
      '起草说明.txt': (t) => t.replace('四、主要内容', '四、主要修改\n\n原办法共20条，修订后增加6条。对初次认定为国家高新技术企业的奖励由10万元提高到20万元，原办法对初次认定为国家高新技术企业的，给予企业15万元奖励。\n\n五、主要内容'),
    }));
    assert.deepStrictEqual(got, []);
  });

  it('finds the title mismatch of a notice (的 left out), paired by a nearly equal title', () => {
    const got = found(folder('minjian-split', { '通知.txt': (t) => t.replace('民间投资发展的若干措施》的通知', '民间投资发展若干措施》的通知') }));
    assert.deepStrictEqual(got.map((g) => [g.file, g.rule, g.text]), [['通知.txt', 'consistency/related-title', '《关于进一步促进民间投资发展若干措施》']]);
  });

  it('finds a separate 分工表 that disagrees with its plan (corpus 047): deadline, units, a task left out', () => {
    const got = found(folder('xiangyang', {
      '分工表.md': (t) => t.replace('| 2023年3月 |', '| 2023年9月 |').replace('| 襄阳市、十堰市、随州市、神农架林区发改委 |', '| 襄阳市发改委 |')
        .split('\n').filter((l) => !l.includes('续建新集枢纽')).join('\n'),
    }));
    assert.ok(got.every((g) => g.file === '分工表.md' && g.rule === 'consistency/related-tasks'));
    assert.strictEqual(got.length, 3);
    assert.ok(got.some((g) => g.message.startsWith('分工表中“分领域制定具体实施方案') && g.message.includes('2023年9月') && g.text === '2023年9月'));
    assert.ok(got.some((g) => g.message.startsWith('分工表中“建立完善襄阳都市圈重大项目清单”的责任单位') && g.text === '襄阳市发改委'));
    assert.ok(got.some((g) => g.message.startsWith('方案任务“续建新集枢纽')));
    assert.ok(got.every((g) => g.related.length === 1 && g.related[0].startsWith('工作清单.txt:')));
  });

  it('finds lead and partner units of a separate 分工表 that differ from the list it divides (corpus 042)', () => {
    const got = found(folder('jinxiang', { '分工表.md': (t) => t.replace('| 县财政局 |', '| 县税务局 |').replace('、食品产业园', '') }));
    assert.deepStrictEqual(got.map((g) => [g.file, g.text, g.related]), [
      ['分工表.md', '县税务局', ['责任分工.txt:5']],
      ['分工表.md', '新材料产业园、高端装备产业园、商贸物流园', ['责任分工.txt:11']],
    ]);
    assert.match(got[0].message, /牵头单位为“县税务局”，方案为“县财政局”/);
  });

  it('a notice whose plan title is broken over two lines (corpus 041) is the plan', () => {
    const s = summarize(parseDocument(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'corpus', 'more', fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'corpus', 'more')).find((f) => f.startsWith('041_'))!), 'utf8')), 'x');
    assert.strictEqual(s.role, 'policy');
    assert.strictEqual(s.title!.text, '立山区政府2023年重点工作任务分解和责任分工方案');
    assert.strictEqual(s.tasks!.length, 7);
  });
});

describe('related files: pairing by title', () => {
  it('keys titles the same across width, script, spaces, issuer, 关于 and a draft stage', () => {
    const k = titleKey('关于推进数字乡村建设的实施方案');
    for (const t of ['国务院办公厅关于推进数字乡村建设的实施方案', '关於推進數字鄉村建設的實施方案', '推进数字乡村建设的实施方案（征求意见稿）', '关于推进 数字乡村建设的实施方案', '关于推进「数字乡村」建设的实施方案']) {
      assert.strictEqual(titleKey(t), k, t);
    }
    // sameTitle: the issuer and a draft stage aside, but 关于 counts.
    assert.ok(sameTitle('国务院关于推进数字乡村建设的实施方案', '关于推进数字乡村建设的实施方案（征求意见稿）'));
    assert.ok(!sameTitle('推进数字乡村建设的实施方案', '关于推进数字乡村建设的实施方案'));
  });

  it('compares titles as citations are compared with the library: one normaliser (quotes of every kind, inner 〈〉 as 《》)', () => {
    const nested = '关于印发〈数字乡村发展行动计划〉的通知';
    assert.strictEqual(learnTitleKey(nested), learnTitleKey('关于印发《数字乡村发展行动计划》的通知'));
    assert.strictEqual(learnTitleKey('关于推进“数字乡村”建设的意见'), learnTitleKey('关于推进『数字乡村』建设的意见'));
    assert.strictEqual(learnTitleKey(nested), comparableTitle(nested));
  });

  const doc = (title: string, body = '一、重点任务\n（一）建设平台。\n（二）开放数据。') => `${title}\n\n${body}`;
  const note = (named: string) => `《${named}》起草说明\n\n现将《${named}》起草情况说明如下。`;

  it('pairs nothing when the years differ, or when two documents carry the title', () => {
    const s = (files: [string, string][]) => files.map(([id, t]) => summarize(parseDocument(t), id));
    assert.deepStrictEqual(relatedLinks(s([['a', doc('2023年重点工作任务分工方案')], ['b', note('2024年重点工作任务分工方案')]])), []);
    assert.deepStrictEqual(relatedLinks(s([['a', doc('关于推进数字乡村建设的实施方案')], ['c', doc('关于推进数字乡村建设的实施方案')], ['b', note('关于推进数字乡村建设的实施方案')]])), []);
    assert.strictEqual(relatedLinks(s([['a', doc('关于推进数字乡村建设的实施方案')], ['b', note('关于推进数字乡村建设的实施方案')]])).length, 1);
  });

  it('keeps summaries light: no text beyond titles, task wordings and words around amounts', () => {
    // Over the corpus: about the size of the text (a full parse, with its tokens, is many times that).
    let text = 0, summary = 0;
    for (const f of corpusFiles()) {
      const t = documentText(f);
      text += t.length;
      summary += JSON.stringify(summarize(parseDocument(t), f)).length;
    }
    assert.ok(summary < text * 1.5, `${summary} characters of summaries for ${text} of text`);
  });
});

describe('related files: the CLI', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-related-cli-'));
    for (const [f, t] of folder('minjian', { '政策解读.txt': (t) => t.replace('共13条', '共12条') })) fs.writeFileSync(path.join(dir, f), t);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports a finding across files in JSON (with the place in the other file) and in text', () => {
    const json = spawnSync(process.execPath, [CLI, '--format', 'json', dir], { encoding: 'utf8' });
    const out = JSON.parse(json.stdout) as { files: { path: string; diagnostics: { rule: string; line: number; related?: { path: string; line: number; message: string }[] }[] }[] };
    const note = out.files.find((f) => f.path.endsWith('政策解读.txt'))!;
    const d = note.diagnostics.filter((x) => x.rule.startsWith('consistency/related-'));
    assert.deepStrictEqual(d.map((x) => [x.rule, x.line]), [['consistency/related-count', 11]]);
    assert.strictEqual(d[0].related![0].path, path.join(dir, '若干措施.txt'));
    assert.strictEqual(d[0].related![0].line, 8);
    assert.ok(!out.files.some((f) => 'summary' in f), 'the summaries are not in the report');
    const text = spawnSync(process.execPath, [CLI, '--no-color', dir], { encoding: 'utf8' });
    assert.match(text.stdout, /consistency\/related-count\n\s+↳ .*若干措施\.txt:8:1/);
  });

  it('finds nothing across files on the whole corpus folder', () => {
    const r = spawnSync(process.execPath, [CLI, '--format', 'json', path.join(ROOT, 'test', 'fixtures', 'corpus')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const out = JSON.parse(r.stdout) as { files: { diagnostics: { rule: string }[] }[] };
    assert.ok(out.files.length >= 60);
    assert.deepStrictEqual(out.files.flatMap((f) => f.diagnostics.filter((d) => d.rule.startsWith('consistency/related-'))), []);
  });
});
