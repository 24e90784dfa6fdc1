/** Core utilities: normalisation, numerals, line index, settings validation, safe edits. */
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { applyEdits, applyFixes, kindLabel, LineIndex, lintText, looksLikePolicy, message, normalizeConfig, parseDocument } from '../../server/src/linter';
import { normalizeForMatching, toDocumentScript } from '../../server/src/core/normalize';
import { cnToNumber } from '../../server/src/core/numerals';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('core: normalisation keeps offsets', () => {
  it('maps full-width, ideographic space and traditional script one code unit for one', () => {
    const s = '（牽頭單位：市發展改革委；配合單位：各區政府）　１２３號';
    const n = normalizeForMatching(s);
    assert.strictEqual(n, '(牵头单位:市发展改革委;配合单位:各区政府) 123号');
    assert.strictEqual(n.length, s.length);
  });
  it('leaves surrogate pairs and other text alone', () => {
    const s = '𠮷😀abc〔〕《》—';
    assert.strictEqual(normalizeForMatching(s), s);
  });
  it('writes fixes in the document script', () => {
    assert.strictEqual(toDocumentScript('发文字号', true), '發文字號');
    assert.strictEqual(toDocumentScript('发文字号', false), '发文字号');
  });
});

describe('core: numerals', () => {
  const cases: [string, number][] = [['二十三', 23], ['一亿', 1e8], ['二〇一九', 2019], ['三千五百万', 3.5e7], ['十', 10], ['两万', 2e4], ['一百零五', 105], ['三亿四千五百万', 3.45e8], ['一百二十三万四千', 1234000], ['两万亿', 2e12], ['一亿零五百万', 1.05e8]];
  for (const [s, v] of cases) it(`${s} = ${v}`, () => assert.strictEqual(cnToNumber(s), v));
  it('rejects non-numerals', () => assert.ok(Number.isNaN(cnToNumber('一是'))));
});

describe('core: line index', () => {
  it('handles LF, CRLF and CR; U+2028 is not a line break for LSP clients', () => {
    const idx = new LineIndex('a\nb\r\nc\rd\u2028e');
    assert.strictEqual(idx.lineCount, 4);
    assert.deepStrictEqual(idx.positionAt(idx.text.indexOf('d')), { line: 3, character: 0 });
    assert.deepStrictEqual(idx.positionAt(idx.text.indexOf('e')), { line: 3, character: 2 });
    assert.strictEqual(idx.lineEnd(1), 3);
    assert.strictEqual(idx.offsetAt({ line: 3, character: 99 }), idx.text.length);
  });
});

describe('core: settings are validated, never thrown', () => {
  it('keeps the valid part and reports the rest', () => {
    const { config, errors } = normalizeConfig({ enable: 'yes', check: 'sometimes', rules: { citation: 'off', 'nope/rule': 'error', 'citation/doc-number-bracket': 7 } });
    assert.strictEqual(config.enable, true);
    assert.strictEqual(config.check, 'auto');
    assert.deepStrictEqual(config.rules, { citation: 'off' });
    assert.strictEqual(errors.length, 4);
  });
  for (const bad of [null, 5, 'x', [], { rules: [] }, { rules: null }, { options: 3 }]) {
    it(`accepts ${JSON.stringify(bad)} without throwing`, () => { normalizeConfig(bad); });
  }
  it('a category setting turns its rules off; a rule setting wins over its category', () => {
    const text = '依据国发[2019]5号。';
    assert.strictEqual(lintText(text, normalizeConfig({ rules: { citation: 'off' } }).config).findings.length, 0);
    const r = lintText(text, normalizeConfig({ rules: { citation: 'off', 'citation/doc-number-bracket': 'warning' } }).config);
    assert.deepStrictEqual(r.findings.map((f) => f.severity), ['warning']);
  });
});

describe('core: edits never corrupt a text', () => {
  it('applies non-overlapping edits and skips overlapping ones', () => {
    const r = applyEdits('abcdef', [{ start: 1, end: 3, newText: 'X' }, { start: 2, end: 4, newText: 'Y' }, { start: 5, end: 5, newText: 'Z' }]);
    assert.strictEqual(r.text, 'aXdeZf');
    assert.strictEqual(r.skipped.length, 1);
  });
  it('rejects edits outside the text', () => {
    const r = applyEdits('abc', [{ start: 2, end: 9, newText: 'X' }]);
    assert.strictEqual(r.text, 'abc');
  });
  it('fix-all applied twice equals fix-all applied once', () => {
    const text = '依据国发[2019]5号和粤府(2020)3号，以及國發【2017】35號。';
    const once = applyFixes(text, lintText(text).findings).text;
    const twice = applyFixes(once, lintText(once).findings).text;
    assert.strictEqual(once, '依据国发〔2019〕5号和粤府〔2020〕3号，以及國發〔2017〕35號。');
    assert.strictEqual(twice, once);
  });
});

describe('core: every corpus document parses and lints', () => {
  const dir = path.join(ROOT, 'test', 'fixtures', 'corpus');
  const files = [...readdirSync(dir).filter((f) => f.endsWith('.txt')), ...readdirSync(path.join(dir, 'seeds')).map((f) => path.join('seeds', f))];
  it(`all ${files.length} files`, () => {
    assert.ok(files.length >= 43);
    for (const f of files) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const r = lintText(text);
      assert.deepStrictEqual(r.errors, [], f);
      for (const x of r.findings) assert.ok(x.range.start >= 0 && x.range.end <= text.length);
      assert.ok(parseDocument(text).allHeadings.length >= 0);
    }
  });
});

describe('core: architecture', () => {
  it('the analysis core imports nothing from LSP or vscode', () => {
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.ts') ? [path.join(d, e.name)] : []);
    const files = [...walk(path.join(ROOT, 'server', 'src', 'core')), ...walk(path.join(ROOT, 'server', 'src', 'rules'))];
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      assert.ok(!/from ['"](vscode|vscode-language\w+)/.test(src), f);
    }
  });
});

describe('check: auto — what is a policy document', () => {
  const looks = (t: string) => looksLikePolicy(parseDocument(t));
  it('a file titled as minutes, a speech or a briefing is left alone, headings or not', () => {
    assert.strictEqual(looks('# 市政府第12次常务会议纪要\n\n一、关于数字经济\n二、关于城市更新\n'), false);
    assert.strictEqual(looks('在全市数字经济大会上的讲话（2024年5月10日）\n一、认清形势\n二、抓好落实\n'), false);
    assert.strictEqual(looks('**工作简报**\n一、甲\n二、乙\n'), false);
  });
  it('a plan, or an untitled draft with 一、二、 headings, is checked', () => {
    assert.strictEqual(looks('示例市数字经济发展行动计划（征求意见稿）\n一、工作目标\n二、重点任务\n'), true);
    assert.strictEqual(looks('一、工作目标\n到2025年，建成平台10个。\n二、重点任务\n'), true);
  });
});

describe('core: a typed table of contents is not a list of headings', () => {
  const body = '第一章  总则\n\n第一条  为了规范文明行为，制定本条例。\n\n第二章  附则\n\n第二条  本条例自2021年12月1日起施行。\n';
  const chapters = (text: string) => parseDocument(text).allHeadings.filter((h) => h.style === 'chapter').map((h) => h.lineRange.start);
  it('skips the entries after 目　录 up to the blank line', () => {
    const text = '示例市文明行为促进条例\n\n目　　录\n第一章  总则\n第二章  附则\n\n' + body;
    const starts = chapters(text);
    assert.strictEqual(starts.length, 2);
    assert.ok(starts.every((s) => s > text.indexOf(body) - 1), 'only the body chapters are headings');
  });
  it('ends the contents where the first entry comes again (no blank line before the body)', () => {
    const text = '示例市文明行为促进条例\n目录\n第一章  总则……1\n第二章  附则……3\n' + body;
    assert.strictEqual(chapters(text).length, 2);
  });
  it('leaves headings alone when no 目录 line precedes them, or only one entry follows', () => {
    assert.strictEqual(chapters('示例市文明行为促进条例\n\n' + body).length, 2);
    assert.strictEqual(chapters('示例市文明行为促进条例\n目录\n第一章  总则\n\n' + body).length, 3);
  });
});

describe('core: the label of a document kind', () => {
  it('names the 文种 a title ends with when the model has no kind for it, else the kind or 未识别', () => {
    assert.strictEqual(kindLabel('unknown', '示例市财政局关于申请维修资金的请示'), '请示');
    assert.strictEqual(kindLabel('unknown', '示例市财政局关于商请拨付专项资金的函'), '函');
    assert.strictEqual(kindLabel('unknown', '《本溪市文明行为促进条例》'), '条例');
    assert.strictEqual(kindLabel('notice', '关于开展安全生产检查的通知'), message('kind/notice'));
    assert.strictEqual(kindLabel('unknown', '示例市数字经济发展情况'), message('kind/unknown'));
    assert.strictEqual(kindLabel(undefined, undefined, 'en'), message('kind/unknown', undefined, 'en'));
  });
});
