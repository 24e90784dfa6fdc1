/**
 * citation/ rules: the ✔/✘ examples of RULES.md §1–2 (an excerpt copied into the fixtures, parsed here),
 * the seeds and the corpus, the 发文字号 reader, fixes in the document's own script, and linear time
 * on hostile input.
 */
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { corpus } from './corpus';
import { applyFixes, lintText, parseDocument } from '../../server/src/linter';
import type { Finding } from '../../server/src/linter';
import { lex } from '../../server/src/core/lexer';
import { citedTitles, docNumberAt, organOfCode } from '../../server/src/core/features/docnumber';
import { normalizeForMatching } from '../../server/src/core/normalize';

const ROOT = path.join(__dirname, '..', '..', '..');
const EXCERPT = path.join(ROOT, 'test', 'fixtures', 'rules', 'citation', 'RULES-1-2.excerpt.md');


const cites = (findings: Finding[]) => findings.filter((f) => f.ruleId.startsWith('citation/'));
const of = (findings: Finding[], id: string) => findings.filter((f) => f.ruleId === id);

// ---------------------------------------------------------------------------------------------
// RULES.md §1–2, generated from the tables.

interface Row { id: string; good: string[]; bad: string[] }

/**
 * Examples of one table cell: notes such as " (corpus 022)" or " (http://…)" dropped, English words
 * dropped ("exception 国务院令第707号", "〔2023〕8号 with no agency"), split on ";" (and on ", " where
 * the row lists fragments that way). A quoted "…" in a note is the example itself (建议字:〔2023〕8号).
 */
function examples(cell: string, splitComma: boolean): string[] {
  const quoted = /^[^"]*\("([^"]+)"/.exec(cell);
  if (quoted && !cell.includes(';')) return [quoted[1]];
  return cell.replace(/ \([^()]*\)/g, '')
    .split(';')
    .flatMap((p) => (splitComma ? p.split(', ') : [p]))
    .map((p) => p.trim().replace(/^[A-Za-z ]+(?=[^\x20-\x7e])/, '').replace(/ [A-Za-z].*$/, '').trim())
    .filter((p) => p && p !== '—' && /[^\x20-\x7e]/.test(p));
}

function readRows(): Row[] {
  const rows: Row[] = [];
  for (const line of readFileSync(EXCERPT, 'utf8').split('\n')) {
    // Code spans may hold a | (`关于….*(通知|意见|…)`): drop them before splitting the row.
    const cells = line.replace(/`[^`]*`/g, '').split('|').map((c) => c.trim());
    if (cells.length < 7 || !/^[A-Z]+-[A-Z-]+$/.test(cells[1])) continue;
    const id = cells[1];
    // §1 has a sev column before ✔/✘ (id, checks, sev, ✔, ✘, source); so has §2.
    const split = id === 'DOCNO-YEAR-FULL' || id === 'DOCNO-NO-PAD';
    rows.push({ id, good: examples(cells[4], split), bad: examples(cells[5], split) });
  }
  return rows;
}

/** How each RULES.md row is checked: the rule, and a sentence around fragments such as 〔19〕. */
const ROWS: Record<string, { rule: string; wrap?: (ex: string) => string } | { elsewhere: string }> = {
  'DOCNO-BRACKET': { rule: 'citation/doc-number-bracket' },
  'DOCNO-YEAR-FULL': { rule: 'citation/doc-number-year', wrap: (ex) => `依据国发${ex}5号文件。` },
  'DOCNO-NO-PAD': { rule: 'citation/doc-number-serial', wrap: (ex) => `依据国发${ex}文件。` },
  'DOCNO-NO-DI': { rule: 'citation/doc-number-serial' },
  'DOCNO-NO-ZI': { rule: 'citation/doc-number-serial' },
  'DOCNO-HAO': { rule: 'citation/doc-number-suffix', wrap: (ex) => `依据国发${ex}，制定本方案。` },
  'DOCNO-AGENCY': { rule: 'citation/doc-number-agency' },
  'DOCNO-SPACE': { rule: 'citation/doc-number-space' },
  'DOCNO-PLACEHOLDER': { elsewhere: 'text/placeholder' },
  'DOCNO-JOINT': { elsewhere: 'not in issue 6' },
  'CITE-ORDER': { rule: 'citation/order' },
  'CITE-NO-DOCNO': { rule: 'citation/missing-number', wrap: (ex) => `为贯彻落实${ex}，制定本方案。` },
  'CITE-SHUMINGHAO': { rule: 'citation/title-marks' },
  'CITE-PAREN-WIDTH': { elsewhere: 'text/half-width' },
  'CITE-SHORT': { elsewhere: 'the short-name tests below (the examples are descriptions)' },
  'CITE-NEST': { rule: 'citation/nested-marks', wrap: (ex) => `根据${ex}执行。` },
  'CITE-LIST-DUNHAO': { elsewhere: 'not in issue 6' },
};

describe('citation: RULES.md §1–2 tables', () => {
  const rows = readRows();

  it('the excerpt holds every row this test knows, and no other', () => {
    assert.deepStrictEqual(rows.map((r) => r.id).sort(), Object.keys(ROWS).sort());
  });

  it('the table parser finds the examples (not an empty run)', () => {
    const checked = rows.filter((r) => 'rule' in ROWS[r.id]);
    assert.ok(checked.reduce((n, r) => n + r.bad.length, 0) >= 22, 'wrong examples');
    assert.ok(checked.reduce((n, r) => n + r.good.length, 0) >= 11, 'right examples');
    assert.deepStrictEqual(rows.find((r) => r.id === 'DOCNO-YEAR-FULL')!.bad, ['〔19〕', "〔'19〕"]);
    assert.deepStrictEqual(rows.find((r) => r.id === 'DOCNO-AGENCY')!.bad, ['建议字:〔2023〕8号']);
  });

  for (const row of rows) {
    const how = ROWS[row.id];
    if (!how || !('rule' in how)) continue;
    const wrap = how.wrap ?? ((ex: string) => ex);
    for (const ex of row.bad) {
      it(`${row.id} ✘ ${ex} → ${how.rule}`, () => {
        const text = wrap(ex);
        const mine = of(lintText(text).findings, how.rule);
        assert.ok(mine.length > 0, text);
        // Fix, lint again: every fixable finding of the rule is gone.
        if (!mine.some((f) => f.fix)) return;
        const fixed = applyFixes(text, mine, how.rule).text;
        assert.notStrictEqual(fixed, text);
        assert.ok(of(lintText(fixed).findings, how.rule).every((f) => !f.fix), fixed);
      });
    }
    for (const ex of row.good) {
      it(`${row.id} ✔ ${ex}`, () => {
        const text = wrap(ex);
        assert.deepStrictEqual(of(lintText(text).findings, how.rule).map((f) => text.slice(f.range.start, f.range.end)), []);
      });
    }
  }

  it('CITE-SHORT ✔ （国发〔2004〕20号，以下简称《决定》） then 《决定》 (corpus 017)', () => {
    const text = '《国务院关于投资体制改革的决定》（国发〔2004〕20号，以下简称《决定》）印发以来，各地贯彻落实《决定》。';
    assert.deepStrictEqual(of(lintText(text).findings, 'citation/short-name'), []);
  });
  it('CITE-SHORT ✘ (以下简称原办法) next to (以下简称《办法》) (corpus 036), and 《行动计划》 never defined (corpus 034)', () => {
    const t036 = '修订后的《银川市城市住房保障管理办法》(以下简称原办法)已施行。新的《银川市住房保障管理办法》(以下简称《办法》)共七章。';
    assert.deepStrictEqual(of(lintText(t036).findings, 'citation/short-name').map((f) => f.messageId), ['citation/short-name-marks']);
    const t034 = '因需要尽快出台《行动计划》，指导工作顺利开展。';
    assert.deepStrictEqual(of(lintText(t034).findings, 'citation/short-name').map((f) => f.messageId), ['citation/short-name-undefined']);
  });
  it('CITE-NO-DOCNO exemptions: a law by name, a 中办 document (corpus 010), the attachment of 印发《X》的通知 (corpus 032)', () => {
    for (const text of [
      '根据《中华人民共和国预算法》，制定本办法。',
      '要按照《中共中央办公厅关于统筹规范督查检查考核工作的通知》要求，完善督查考评体系。',
      '关于印发《示例市数字经济发展行动计划》的通知',
      '现将《示例市数字经济发展行动计划》印发给你们，请认真贯彻执行。',
    ]) assert.deepStrictEqual(of(lintText(text).findings, 'citation/missing-number'), [], text);
  });
});

// ---------------------------------------------------------------------------------------------
// Seeds and corpus.

describe('citation: seeds and corpus', () => {
  /** What a reviewer confirmed on the corpus, by file: rule ids of every citation finding, in order. */
  const EXPECTED: Record<string, string[]> = {
    'seeds/000': [],
    // 2017年11月印发广州市政府信息共享目录(第二版)》: the opening 《 is missing.
    'seeds/001': ['citation/unbalanced'],
    // 依据《…》（深办发〔2024〕21号）、《深圳市促进大健康产业集群高质量发展的若干措施》: the second has no number.
    'seeds/002': ['citation/missing-number'],
    // 《…規劃》(國發〔2017〕35號)《…行動計劃》(…)《…》: titles with bracketed numbers run on without 、 (GB/T 15834 4.5.3.5).
    'seeds/003': ['citation/list-comma', 'citation/list-comma', 'citation/list-comma'],
    'seeds/004': [],
    '003_': [], '004_': [], '010_': [], '017_': [], '019_': [], '027_': [], '028_': [], '029_': [],
    '013_': ['citation/title-marks'], '014_': ['citation/title-marks'], '015_': ['citation/title-marks'],
    '022_': ['citation/doc-number-bracket', 'citation/doc-number-bracket', 'citation/doc-number-bracket'],
    '024_': ['citation/doc-number-agency', 'citation/title-marks'],
    '025_': ['citation/title-marks'],
    '026_': ['citation/missing-number'],
    '031_': ['citation/doc-number-space', 'citation/doc-number-space', 'citation/doc-number-space'],
    // <關于…整體好轉若干政策措施> beside 〈關于…整體好轉的若干政策措施〉 three times: 的 dropped.
    '032_': ['citation/nested-marks', 'citation/title-variant'],
    '033_': ['citation/missing-number'],
    '034_': ['citation/short-name'],
    '036_': ['citation/short-name'],
    '037_': ['citation/doc-number-bracket'],
  };
  for (const [prefix, want] of Object.entries(EXPECTED)) {
    it(`${prefix}: ${want.length ? want.join(', ') : 'no citation finding'}`, () => {
      const text = corpus(prefix);
      const got = cites(lintText(text).findings);
      assert.deepStrictEqual(got.map((f) => f.ruleId), want, got.map((f) => `${f.ruleId} ${text.slice(f.range.start, f.range.end)}`).join('\n'));
    });
  }

  it('seeds/003: the traditional-script citations 《…》(國發〔2017〕35號) are read with their numbers', () => {
    const text = corpus('seeds/003');
    const doc = parseDocument(text);
    const numbered = doc.citations.filter((c) => c.titleRange && c.docNumber).map((c) => text.slice(c.docNumber!.range.start, c.docNumber!.range.end));
    assert.ok(numbered.includes('國發(fā)〔2017〕35號'), numbered.join(' '));
    assert.ok(numbered.includes('工信部科〔2017〕315號'), numbered.join(' '));
    assert.strictEqual(organOfCode(doc.citations.find((c) => c.docNumber && c.docNumber.agency.startsWith('國發'))!.docNumber!.agency), '国务院');
  });

  it('026 → 027: the final adds the number the draft lacked', () => {
    assert.strictEqual(of(lintText(corpus('026_')).findings, 'citation/missing-number').length, 1);
    assert.strictEqual(of(lintText(corpus('027_')).findings, 'citation/missing-number').length, 0);
  });

  it('seeds/000–001: documents named as work done (编制《X》, 出台了《X》) are not citations that need a number', () => {
    const s000 = corpus('seeds/000');
    assert.ok(s000.includes('编制《广州市加快 IAB 产业发展五年行动计划'));
    assert.deepStrictEqual(of(lintText(s000).findings, 'citation/missing-number'), []);
    // The same title cited as a source is flagged.
    const cited = '为贯彻落实《广州市关于促进大数据发展的实施意见》，制定本方案。';
    assert.strictEqual(of(lintText(cited).findings, 'citation/missing-number').length, 1);
    assert.strictEqual(of(lintText(cited.replace('贯彻落实', '出台了')).findings, 'citation/missing-number').length, 0);
  });
});

// ---------------------------------------------------------------------------------------------
// The 发文字号 reader.

describe('citation: reading 发文字号', () => {
  const read = (text: string) => lex(text, normalizeForMatching(text)).docNumbers;

  it('reads agency, year, serial and 号 of right and wrong forms', () => {
    const cases: [string, Partial<{ agency: string; year: string; serial: string; hao: string; di: boolean; zi: boolean; hasSpace: boolean }>][] = [
      ['根据国发〔2015〕40号文件', { agency: '国发', year: '2015', serial: '40', hao: '号', di: false, zi: false, hasSpace: false }],
      ['按照國發〔2017〕35號', { agency: '國發', year: '2017', serial: '35', hao: '號' }],
      ['某市财发〔1992〕字第36号', { agency: '某市财发', serial: '36', di: true, zi: true }],
      ['(嘉委 〔2004〕26 号)', { agency: '嘉委', serial: '26', hasSpace: true }],
      ['见国发〔2020〕七号', { serial: '七', hao: '号' }],
      ['依据国发〔2020〕7，制定', { serial: '7', hao: '' }],
      ["依据国发〔'19〕5号", { year: "'19" }],
      ['建议字:〔2023〕8号', { agency: '' }],
    ];
    for (const [text, want] of cases) {
      const got = read(text);
      assert.strictEqual(got.length, 1, text);
      for (const [k, v] of Object.entries(want)) assert.deepStrictEqual((got[0] as unknown as Record<string, unknown>)[k], v, `${text} ${k}`);
    }
  });

  it('does not read dates, plot numbers or article references as numbers', () => {
    for (const text of ['2020年〔2020〕7月', '项目编号(2020)3号地块', '第(3)项：本办法第(2)条', '〔单台设备5万元(含税)以上〕', '国发〔2015〕']) {
      assert.deepStrictEqual(read(text).map((d) => text.slice(d.range.start, d.range.end)), [], text);
    }
  });

  it('stops the agency code at the verb before it (根据国发 → 国发)', () => {
    for (const [text, agency] of [['根据国发〔2015〕40号', '国发'], ['贯彻落实穗府办〔2020〕5号', '穗府办'], ['印发粤府〔2019〕12号', '粤府']]) {
      assert.strictEqual(read(text)[0].agency, agency, text);
    }
  });

  it('hover data: organ from the 代字 table (longest prefix, settings first), other places, the title cited with it', () => {
    assert.strictEqual(organOfCode('工信部科'), '工业和信息化部科技司');
    assert.strictEqual(organOfCode('穗府办'), organOfCode('穗府办'));
    assert.ok(organOfCode('穗府办'));
    assert.strictEqual(organOfCode('示府'), undefined);
    assert.strictEqual(organOfCode('示府', { 示府: '示例市人民政府' }), '示例市人民政府');
    const text = '落实《国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号）。\n按照国发〔2015〕40号文件精神。';
    const doc = parseDocument(text);
    const at = text.lastIndexOf('国发') + 1;
    const info = docNumberAt(doc, at)!;
    assert.strictEqual(info.organ, '国务院');
    assert.strictEqual(info.others.length, 1);
    assert.strictEqual(info.title, '国务院关于积极推进“互联网+”行动的指导意见');
    assert.deepStrictEqual(citedTitles(doc), [{ title: '国务院关于积极推进“互联网+”行动的指导意见', number: '国发〔2015〕40号' }]);
  });
});

// ---------------------------------------------------------------------------------------------
// Fixes.

describe('citation: fixes', () => {
  const fixAll = (text: string, id: string) => applyFixes(text, of(lintText(text).findings, id), id).text;

  it('order: title first, the number in full-width brackets (half-width in a web copy), traditional kept', () => {
    assert.strictEqual(fixAll('贯彻落实国发〔2015〕40号《关于积极推进“互联网+”行动的指导意见》。', 'citation/order'),
      '贯彻落实《关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号）。');
    assert.strictEqual(fixAll('為貫徹國發〔2015〕40號《國務院關於積極推進“互聯網+”行動的指導意見》。', 'citation/order'),
      '為貫徹《國務院關於積極推進“互聯網+”行動的指導意見》（國發〔2015〕40號）。');
  });

  it('missing 号 is added in the document\'s script', () => {
    const trad = '為貫徹落實國務院關於積極推進行動的指導意見，依據國發〔2020〕7，結合我省實際，制定本方案。各縣市區應當認真執行。';
    assert.ok(parseDocument(trad).traditional);
    assert.ok(fixAll(trad, 'citation/doc-number-suffix').includes('國發〔2020〕7號'));
    assert.ok(fixAll('依据国发〔2020〕7，制定本方案。', 'citation/doc-number-suffix').includes('国发〔2020〕7号'));
  });

  it('title-marks: the message and fix quote the drafter\'s own characters (traditional stays traditional)', () => {
    const text = '您提出的關於加強社區養老服務的建議收悉。';
    const f = of(lintText(text).findings, 'citation/title-marks');
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].args?.title, '關於加強社區養老服務的建議');
    assert.strictEqual(fixAll(text, 'citation/title-marks'), '您提出的《關於加強社區養老服務的建議》收悉。');
  });

  it('fix edits never overlap within one fix and touch only the finding\'s range', () => {
    const text = [
      '根据《关于印发<示例>的通知》（示府［2020］03号）和国发〔2019〕第5号、国发〔19〕5号，',
      '贯彻落实国发〔2015〕40号《关于积极推进“互联网+”行动的指导意见》，按照 嘉委 〔2004〕26 号执行。',
      '您提出的关于“关于老邢峰线(群英路)进行改造”的建议收悉。',
    ].join('\n');
    const found = cites(lintText(text).findings).filter((f) => f.fix);
    assert.ok(found.length >= 7, found.map((f) => f.ruleId).join(' '));
    for (const f of found) {
      const edits = [...f.fix!.edits].sort((a, b) => a.start - b.start);
      for (let i = 1; i < edits.length; i++) assert.ok(edits[i].start >= edits[i - 1].end, f.ruleId);
      for (const e of edits) assert.ok(e.start >= f.range.start && e.end <= f.range.end, `${f.ruleId} edit outside its range`);
    }
  });
});

// Hostile input (a 《title》 full of < or 《, many numbers and titles): families of linear.test.ts, work counted.

describe('citation/doc-number-bracket: a number in round brackets as a label value (issue 19)', () => {
  const rules = (t: string) => lintText(t).findings.map((f) => f.ruleId).filter((r) => r.startsWith('citation/'));
  it('建议字:（2023）8号 in a reply letter (corpus 024 with 〔〕 written （）) is a number with the wrong brackets', () => {
    const text = '办理结果:(C)\n\n建议字:（2023）8号\n\n王明代表：\n';
    assert.deepStrictEqual(parseDocument(text).docNumbers.map((d) => d.year + '/' + d.serial), ['2023/8']);
    assert.ok(rules(text).includes('citation/doc-number-bracket'));
  });
  it('a bracketed year in a sentence, or a plot number, is not a document number', () => {
    for (const t of ['规划范围为(2020)3号地块。', '项目位于开发区的（2020）3号地块内。', '线路开通运营。（2023）8号线路同步调整。']) {
      assert.deepStrictEqual(parseDocument(t).docNumbers, [], t);
    }
  });
});

describe('citation: the document\'s own number and title in its head are no citation (issue 19)', () => {
  const body = '\n\n各区人民政府：\n现将《促进数字经济发展若干措施》印发给你们，请认真贯彻执行。\n\n某市人民政府\n2024年5月10日\n';
  const cites = (t: string) => lintText(t).findings.filter((f) => f.ruleId.startsWith('citation/'));
  it('number run together with the title in 《》 on the head line', () => {
    const t = `某政发〔2024〕5号《某市人民政府关于印发促进数字经济发展若干措施的通知》${body}`;
    assert.deepStrictEqual(cites(t), []);
    const d = parseDocument(t);
    assert.strictEqual(d.title, '某市人民政府关于印发促进数字经济发展若干措施的通知');
    assert.strictEqual(t.slice(d.docNumber!.range.start, d.docNumber!.range.end), '某政发〔2024〕5号');
  });
  it('the title in 《》 alone on the head line, the number on the next', () => {
    assert.deepStrictEqual(cites(`《某市人民政府关于印发促进数字经济发展若干措施的通知》\n某政发〔2024〕5号${body}`), []);
  });
  it('a number before another document\'s title in the body is still reordered', () => {
    const t = `某市人民政府关于印发促进数字经济发展若干措施的通知${body}贯彻落实国发〔2015〕40号《关于积极推进“互联网+”行动的指导意见》。\n`;
    assert.deepStrictEqual(cites(t).map((f) => f.ruleId), ['citation/order']);
  });
});
