/**
 * Learning a profile from a unit's own documents (core/learn.ts, cli/learn.ts): on the corpus copy it
 * learns the 代字 of the State Council's documents and a library holding every well-formed citation;
 * the learned profile feeds citation/number-mismatch (a planted wrong number is flagged with the
 * library's number as the fix), citation/superseded, completion and the citation hover; a second run
 * merges; the CLI writes the profile.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isAutoFix, lintText, normalizeConfig, parseDocument } from '../../server/src/linter';
import { canonicalNumber, combineFacts, Learned, learnedProfile, learnFacts, mergeProfiles, numberKey, titleKey } from '../../server/src/core/learn';
import { unitCompletions } from '../../server/src/core/units';
import { learnableFiles, learnFiles, learnReport, profileFileText } from '../../server/src/cli/learn';
import { libraryHoverText } from '../../server/src/lsp/library-hover';

const ROOT = path.join(__dirname, '..', '..', '..');
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'corpus');

describe('learn: a profile from the unit\'s own documents', function () {
  this.timeout(120000);
  let learned: Learned;
  let files: string[];
  before(async () => {
    files = learnableFiles([CORPUS]).files.filter((f) => /\.(txt|md|docx)$/.test(f) && !/INDEX\.md$/.test(f));
    learned = (await learnFiles(files, { root: CORPUS })).learned;
  });

  it('learns the 代字 of the corpus documents from their own numbers and signatures', () => {
    const organ = (code: string) => learned.docCodes.find((c) => c.code === code)?.organ;
    assert.strictEqual(organ('国发'), '国务院');
    assert.strictEqual(organ('国办发'), '国务院办公厅');
    assert.strictEqual(organ('国办函'), '国务院办公厅');
    assert.strictEqual(organ('劳社厅函'), '劳动和社会保障部办公厅');
    // The serials used per code and year.
    const guofa = learned.docCodes.find((c) => c.code === '国发')!;
    assert.deepStrictEqual(guofa.serials['2019'], [3, 4]);
    assert.deepStrictEqual(guofa.serials['2018'], [38, 39, 42]);
  });

  it('learns unit names with counts and sources, spellings of one unit grouped', () => {
    const unit = (name: string) => learned.units.find((u) => u.name === name || u.aliases.includes(name));
    const ndrc = unit('国家发展改革委');
    assert.ok(ndrc && ndrc.count > 10 && ndrc.sources.length > 0, JSON.stringify(ndrc));
    assert.ok(ndrc.aliases.includes('发展改革委') || ndrc.name === '发展改革委', JSON.stringify(ndrc));
    const hr = unit('市人力资源和社会保障局');
    assert.ok(hr && [hr.name, ...hr.aliases].includes('市人力资源社会保障局'), JSON.stringify(hr));
    assert.ok(unit('国务院办公厅')!.roles.includes('signature'));
    // Classes of organs and people are no units.
    for (const junk of ['各省', '县级市', '有关部门', '王超斌委员']) assert.strictEqual(unit(junk), undefined, junk);
  });

  it('puts every well-formed citation of the corpus and each document\'s own head in the library', () => {
    const has = (title: string, number: string) => learned.library.some((e) => titleKey(e.title) === titleKey(title) && numberKey(e.number) === numberKey(number));
    let citations = 0;
    for (const f of files) {
      const doc = parseDocument(fs.readFileSync(f, 'utf8'));
      for (const c of doc.citations) {
        if (!c.title || !c.docNumber || !canonicalNumber(c.docNumber)) continue;
        const title = doc.text.slice(c.titleRange!.start + 1, c.titleRange!.end - 1).replace(/[ \t\u3000]/g, '');
        if (title.length < 4) continue;
        citations++;
        assert.ok(has(title, canonicalNumber(c.docNumber)!), `${path.basename(f)}: 《${title}》（${canonicalNumber(c.docNumber)}）`);
      }
    }
    assert.ok(citations >= 20, `${citations} citations`);
    const head = learned.library.find((e) => e.number === '国发〔2019〕3号');
    assert.ok(head, 'the head of 国发〔2019〕3号');
    assert.strictEqual(head.title, '国务院关于促进综合保税区高水平开放高质量发展的若干意见');
    assert.strictEqual(head.date, '2019-01-12');
    // Two documents of one title from different issuers are both kept.
    assert.ok(has('东莞市公共租赁住房管理办法', '东府〔2019〕37号') && has('东莞市公共租赁住房管理办法', '东建房〔2023〕8号'));
  });

  it('feeds citation/number-mismatch and citation/superseded: a planted wrong number and an old document are flagged with the right fix', () => {
    const { config, errors } = normalizeConfig({ profile: learnedProfile(learned) });
    assert.deepStrictEqual(errors, []);
    const draft = [
      '某市关于扩大开放的实施方案',
      '',
      '一、根据《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕5号），制定本方案。',
      '二、依据《国家行政机关公文处理办法》（国发〔2000〕23号）规范行文，格式执行GB/T 9704-1999。',
      '三、落实《国务院关于做好当前和今后一个时期促进就业工作的若干意见》（国发〔2018〕39号）。',
    ].join('\n');
    const r = lintText(draft, config);
    const mismatch = r.findings.filter((f) => f.ruleId === 'citation/number-mismatch');
    assert.strictEqual(mismatch.length, 1, JSON.stringify(mismatch));
    assert.strictEqual(draft.slice(mismatch[0].range.start, mismatch[0].range.end), '国发〔2019〕5号');
    assert.deepStrictEqual(mismatch[0].fix!.edits.map((e) => e.newText), ['国发〔2019〕3号']);
    assert.ok(isAutoFix(mismatch[0].fix));
    const sup = r.findings.filter((f) => f.ruleId === 'citation/superseded');
    assert.strictEqual(sup.length, 2, JSON.stringify(sup));
    assert.deepStrictEqual(sup[0].fix!.edits.map((e) => e.newText), ['《党政机关公文处理工作条例》（中办发〔2012〕14号）']);
    assert.ok(sup[0].fix!.explicitOnly, 'replacing a cited document is offered on its own');
    assert.deepStrictEqual(sup[1].fix!.edits.map((e) => e.newText), ['GB/T 9704-2012']);
    // Without the profile the learned title is unknown: nothing to compare.
    assert.strictEqual(lintText(draft).findings.filter((f) => f.ruleId === 'citation/number-mismatch').length, 0);
  });

  it('flags a known number cited with another title, and takes superseded entries from the profile', () => {
    const { config } = normalizeConfig({ profile: { ...learnedProfile(learned), superseded: [{ title: '东莞市公共租赁住房管理办法', number: '东府〔2019〕37号', replacedBy: '《东莞市公共租赁住房管理办法》（东建房〔2023〕8号）', since: '2023' }] } });
    const draft = '某区住房保障实施细则\n\n一、依据《国务院关于加快推进农业机械化的意见》（国发〔2019〕3号）。\n二、依据《东莞市公共租赁住房管理办法》（东府〔2019〕37号）执行。\n';
    const r = lintText(draft, config);
    const titles = r.findings.filter((f) => f.ruleId === 'citation/number-mismatch');
    assert.strictEqual(titles.length, 1);
    assert.strictEqual(titles[0].messageId, 'citation/number-mismatch-title');
    const sup = r.findings.filter((f) => f.ruleId === 'citation/superseded');
    assert.strictEqual(sup.length, 1);
    assert.ok(String(sup[0].args?.replacedBy).includes('东建房〔2023〕8号'));
  });

  it('flags a learned title cited with the number of another learned document, without a fix (which half is wrong needs a person)', () => {
    const { config } = normalizeConfig({ profile: learnedProfile(learned) });
    // 国发〔2019〕3号 is the 综合保税区 opinion; 国发〔2019〕4号 is the 职业教育 plan's notice (both in the corpus copy).
    const draft = '某区实施方案\n\n依据《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕4号）制定本方案。\n';
    const found = lintText(draft, config).findings.filter((f) => f.ruleId === 'citation/number-mismatch');
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].messageId, 'citation/number-mismatch-other');
    assert.strictEqual(found[0].args?.expected, '国发〔2019〕3号');
    assert.match(String(found[0].args?.other), /职业教育/);
    assert.strictEqual(found[0].fix, undefined);
  });

  it('feeds completion and the citation hover', () => {
    const profile = learnedProfile(learned) as { units: string[]; library: { title: string; number: string }[] };
    const doc = parseDocument('某市行动方案\n二、重点任务\n（一）扩大投资。（牵头单位：市\n');
    const names = unitCompletions(doc, '市', profile.units);
    assert.ok(names.includes('市委组织部'), names.slice(0, 20).join(' '));
    const text = '根据《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号），制定本方案。';
    const hover = libraryHoverText(parseDocument(text), 5, 'zh-cn', profile.library);
    assert.ok(hover && hover.text.includes('国发〔2019〕3号') && hover.text.includes('2019-01-12'), hover?.text);
  });

  it('learns aliases, 代字 and serials of a local unit from a small folder, and merges on a second run', () => {
    const a = learnFacts([
      '菏泽市人民政府办公室关于印发菏泽市稳就业若干措施的通知',
      '菏政办发〔2023〕5号',
      '',
      '各县区人民政府，市政府各部门：',
      '现将《菏泽市稳就业若干措施》印发给你们，请认真贯彻执行。',
      '一、稳岗返还。（牵头单位：菏泽市人力资源和社会保障局（以下简称市人社局），配合单位：市财政局）',
      '二、以工代训。（牵头单位：市人社局）',
      '菏泽市人民政府办公室',
      '2023年3月1日',
      '抄送：市委办公室，市人大常委会办公室。',
    ].join('\n'), 'a.txt');
    const b = learnFacts('菏泽市人民政府办公室关于加强财政管理的通知\n菏政办发〔2023〕9号\n\n一、预算管理。（牵头单位：市财政局）\n菏泽市人民政府办公室\n2023年6月2日\n', 'b.txt');
    const l = combineFacts([a, b]);
    assert.deepStrictEqual(l.docCodes.map((c) => [c.code, c.organ, c.serials['2023']]), [['菏政办发', '菏泽市人民政府办公室', [5, 9]]]);
    const hr = l.units.find((u) => u.name === '市人社局' || u.aliases.includes('市人社局'));
    assert.ok(hr && [hr.name, ...hr.aliases].includes('菏泽市人力资源和社会保障局'), JSON.stringify(l.units));
    assert.ok(l.units.some((u) => u.name === '市委办公室' && u.roles.includes('copy')));
    assert.ok(l.library.some((e) => e.title === '菏泽市稳就业若干措施' && e.number === '菏政办发〔2023〕5号' && e.date === '2023-03-01'));
    const first = learnedProfile(l);
    // A second run: old entries and a corrected organ stay, new ones are added, counts add up.
    const c = combineFacts([learnFacts('菏泽市人民政府关于印发菏泽市人才新政的通知\n菏政发〔2024〕2号\n\n一、人才引进。（牵头单位：市委组织部）\n菏泽市人民政府\n2024年1月5日\n', 'c.txt')]);
    const merged = mergeProfiles({ ...first, docCodes: { ...(first.docCodes as Record<string, string>), 菏政办发: '菏泽市政府办公室' } }, learnedProfile(c));
    assert.strictEqual((merged.docCodes as Record<string, string>)['菏政办发'], '菏泽市政府办公室');
    assert.strictEqual((merged.docCodes as Record<string, string>)['菏政发'], '菏泽市人民政府');
    assert.ok((merged.units as string[]).includes('市委组织部'));
    assert.ok((merged.units as string[]).some((u) => u.split('|').includes('市人社局')));
    assert.strictEqual((merged.library as unknown[]).length, (first.library as unknown[]).length + (learnedProfile(c).library as unknown[]).length);
    assert.strictEqual((merged.learned as { documents: number }).documents, 3);
    // The settings file keeps its other settings.
    const text = profileFileText({ preset: 'municipal', profile: { replyClasses: '甲乙丙' } }, l, false);
    const parsed = JSON.parse(text) as { preset: string; profile: Record<string, unknown> };
    assert.strictEqual(parsed.preset, 'municipal');
    assert.strictEqual(parsed.profile.replyClasses, '甲乙丙');
    assert.deepStrictEqual(normalizeConfig(parsed).errors, []);
    assert.ok(learnReport(l, 'zh-cn', true).includes('| 菏政办发 | 菏泽市人民政府办公室 | 2 |'));
  });

  it('never crashes on odd input', () => {
    for (const t of ['', '《', '（以下简称）', '抄送：', '国发〔2019〕号', '\u0000\u0000', '关于'.repeat(5000), '（以下简称'.repeat(2000)]) {
      const f = learnFacts(t, 'x.txt');
      assert.ok(Array.isArray(f.units));
    }
    assert.strictEqual(combineFacts([]).documents, 0);
    assert.ok(normalizeConfig({ profile: { library: [{ title: 1 }], superseded: 'x' } }).errors.length >= 2);
  });

  it('the CLI learns from a folder and writes the profile (dist/cli.js)', () => {
    const cli = path.join(ROOT, 'dist', 'cli.js');
    assert.ok(fs.existsSync(cli), 'dist/cli.js exists (run node scripts/build.mjs)');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-learn-'));
    try {
      const out = path.join(tmp, '.policylintrc.json');
      fs.writeFileSync(out, JSON.stringify({ preset: 'national' }));
      const r = spawnSync(process.execPath, [cli, 'learn', CORPUS, '--output', out], { cwd: tmp, encoding: 'utf8', timeout: 60000 });
      assert.strictEqual(r.status, 0, r.stderr);
      assert.match(r.stdout, /国办函 → 国务院办公厅/);
      const rc = JSON.parse(fs.readFileSync(out, 'utf8')) as { preset: string; profile: { docCodes: Record<string, string>; library: unknown[] } };
      assert.strictEqual(rc.preset, 'national');
      assert.strictEqual(rc.profile.docCodes['国发'], '国务院');
      assert.ok(rc.profile.library.length > 30);
      const again = spawnSync(process.execPath, [cli, 'learn', CORPUS, '--output', out, '--merge'], { cwd: tmp, encoding: 'utf8', timeout: 60000 });
      assert.strictEqual(again.status, 0, again.stderr);
      assert.strictEqual((JSON.parse(fs.readFileSync(out, 'utf8')) as { profile: { library: unknown[] } }).profile.library.length, rc.profile.library.length);
      assert.strictEqual(spawnSync(process.execPath, [cli, 'learn'], { encoding: 'utf8' }).status, 2);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
