/** The lexical layer (core/lexer.ts) and the one number parser, on real sentences from the corpus. */
import * as assert from 'assert';
import { readdirSync } from 'fs';
import * as path from 'path';
import { CORPUS, corpus, corpusText } from './corpus';
import { lex, Tokens } from '../../server/src/core/lexer';
import { normalizeForMatching } from '../../server/src/core/normalize';
import { cnToNumber, numeralValue } from '../../server/src/core/numerals';
import { parseDocument } from '../../server/src/linter';
import { sectionRole, sectionRoles } from '../../server/src/core/vocabulary';

const lexText = (text: string): Tokens => lex(text, normalizeForMatching(text));
const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('numerals: one parser', () => {
  it('reads Chinese, Arabic and mixed numerals', () => {
    assert.strictEqual(numeralValue('三亿四千五百万'), 3.45e8);
    assert.strictEqual(numeralValue('二十三'), 23);
    assert.strictEqual(numeralValue('二〇一九'), 2019);
    assert.strictEqual(numeralValue('一万亿'), 1e12);
    assert.strictEqual(numeralValue('1.5万'), 15000);
    assert.strictEqual(numeralValue('3千万'), 3e7);
    assert.strictEqual(numeralValue('10万亿'), 1e13);
    assert.strictEqual(numeralValue('3亿4千5百万'), 3.45e8);
    assert.strictEqual(numeralValue('壹佰'), 100);
    assert.ok(Number.isNaN(numeralValue('12三')));
    assert.ok(Number.isNaN(numeralValue('十元')));
  });
  it('keeps cnToNumber for Chinese numerals only', () => {
    assert.strictEqual(cnToNumber('三亿四千五百万'), 3.45e8);
    assert.strictEqual(cnToNumber('十二'), 12);
    assert.ok(Number.isNaN(cnToNumber('12')));
  });
});

describe('lexer: numbers, quantities, money', () => {
  it('a range of money: 给予企业5万-200万元不等的一次性奖励 (corpus 025)', () => {
    const t = lexText('第四条给予企业5万-200万元不等的一次性奖励');
    assert.deepStrictEqual(t.money.map((m) => [m.minYuan, m.yuan, m.unit, m.missingYuan]), [[5e4, 2e6, '万元', false]]);
    assert.strictEqual(t.numRanges.length, 1);
  });
  it('the lower end takes the upper end\'s magnitude: 给予100—200万元资金补助 (seeds/004)', () => {
    const t = lexText('省、市技术转移示范机构,给予100—200万元资金补助');
    assert.deepStrictEqual(t.money.map((m) => [m.minYuan, m.yuan]), [[1e6, 2e6]]);
  });
  it('10万元—100万元资金支持 (corpus 002)', () => {
    const t = lexText('发展带动作用和市场前景给予企业10万元—100万元资金支持');
    assert.deepStrictEqual(t.money.map((m) => [m.minYuan, m.yuan]), [[1e5, 1e6]]);
  });
  it('Chinese-numeral money: 一万元', () => {
    const t = lexText('每人奖励一万元。');
    assert.deepStrictEqual(t.money.map((m) => [m.yuan, m.unit]), [[1e4, '元']]);
  });
  it('万 without 元 is money before a money noun: 给予最高50万奖励, 给予50万补助, 50万的奖励', () => {
    for (const s of ['对新认定的省级工程技术研究中心，给予最高50万奖励。', '对首次认定的高新技术企业，给予50万补助。', '给予200万的奖励。']) {
      const t = lexText(s);
      assert.strictEqual(t.money.length, 1, s);
      assert.ok(t.money[0].missingYuan, s);
      assert.ok(/^\d+万$/.test(slice(s, t.money[0])), s);
    }
  });
  it('万 before a measure word is a count: 50万人, 60万吨乙烯项目 (corpus 017), 3万平方米, 1万人次 (corpus 003)', () => {
    const cases: [string, string, number][] = [
      ['全年新增城镇就业50万人，对吸纳就业的企业给予补贴。', '人', 5e5],
      ['国家尽快审核60万吨乙烯项目的可行性研究', '吨', 6e5],
      ['对新建标准厂房3万平方米以上的园区，给予奖励。', '平方米', 3e4],
      ['柳河旅游景区人数达到1万人次以上的旅行社，给予奖励', '人次', 1e4],
    ];
    for (const [s, unit, value] of cases) {
      const t = lexText(s);
      assert.deepStrictEqual(t.money, [], s);
      const q = t.quantities.find((x) => !x.number.chinese)!;
      assert.deepStrictEqual([q.unit, q.number.value], [unit, value], s);
    }
  });
  it('percentages: 按固定资产投资的5%—20%给予企业奖励 (corpus 001)', () => {
    const t = lexText('按固定资产投资的5%—20%给予企业奖励');
    assert.deepStrictEqual(t.percents.map((p) => p.value), [5, 20]);
    assert.deepStrictEqual(t.money, []);
  });
});

describe('lexer: dates and year ranges', () => {
  it('a year range in a title: 三年行动计划(2023—2025年) (corpus 033)', () => {
    const t = lexText('新乡市建设制造强市三年行动计划(2023—2025年)');
    assert.deepStrictEqual(t.yearRanges.map((y) => [y.from, y.to]), [[2023, 2025]]);
    assert.deepStrictEqual(t.money, []);
  });
  it('a deadline: 2019年6月底前，研究建立 (corpus 008)', () => {
    const t = lexText('2019年6月底前，研究建立');
    assert.deepStrictEqual(t.dates.map((d) => [d.year, d.month, d.day, d.suffix]), [[2019, 6, undefined, '底前']]);
  });
  it('deadlines by month: 5月底前, 8月15日前, 10月中旬前, 11月上旬以前, with or without a year before them (corpus 029)', () => {
    const text = '5月底前实现上线运行，2025年6月底前，8月15日前，9月15号前，10月中旬前，11月上旬以前，12月末前，3月初前，7月前';
    const t = lexText(text);
    assert.deepStrictEqual(t.deadlines.map((d) => [slice(text, d), d.month, d.day, d.part]), [
      ['5月底前', 5, undefined, '底'], ['6月底前', 6, undefined, '底'], ['8月15日前', 8, 15, ''], ['9月15号前', 9, 15, ''],
      ['10月中旬前', 10, undefined, '中旬'], ['11月上旬以前', 11, undefined, '上旬'], ['12月末前', 12, undefined, '末'], ['3月初前', 3, undefined, '初'], ['7月前', 7, undefined, ''],
    ]);
  });
  it('no deadline: 5月底之前, 13月底前, 5月45日前, 5 月底前, 五月底前, 1.5月底前, 123月底前', () => {
    assert.deepStrictEqual(lexText('5月底之前，13月底前，5月45日前，5 月底前，五月底前，1.5月底前，123月底前').deadlines, []);
  });
  it('years: 2023 of 2023—2025年 and of （2018-2022） are years, 2023.5, 1899, 2023万 and 二〇二三 are not', () => {
    const t = lexText('2023—2025年（2018-2022）2023.5 1899 2023万 二〇二三');
    assert.deepStrictEqual(t.numbers.filter((_, k) => t.nums.isYear(k)).map((n) => n.value), [2023, 2025, 2018, 2022]);
  });
  it('a full date and a Chinese date: 2020年9月9日, 二〇〇六年十月十八日 (corpus 012)', () => {
    const t = lexText('2020年9月9日\n二〇〇六年十月十八日');
    assert.deepStrictEqual(t.dates.map((d) => [d.year, d.month, d.day, d.chinese]), [[2020, 9, 9, false], [2006, 10, 18, true]]);
  });
});

describe('lexer: 发文字号, titles, brackets, sentences', () => {
  it('is the one reader of 发文字号: the document model holds the lexer\'s numbers, on every corpus file and citation fixture', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, f.name);
        if (f.isDirectory()) walk(p); else if (/\.(txt|md)$/.test(f.name)) files.push(p);
      }
    };
    walk(CORPUS);
    walk(path.join(CORPUS, '..', 'rules', 'citation'));
    let count = 0;
    for (const f of files) {
      const text = corpusText(path.relative(CORPUS, f));
      const doc = parseDocument(text);
      const expected = lex(text, doc.norm).docNumbers;
      assert.deepStrictEqual(doc.docNumbers, expected, f);
      count += expected.length;
    }
    assert.ok(count > 50, `${count} numbers compared`);
  });
  it('wrong forms: other brackets, 字, 第, a Chinese serial, a missing 号', () => {
    const s = '依据国发[2015]40号、粤府〔2019〕字第7号、穗府办〔2020〕七号和京政发〔2018〕12，制定本办法。';
    const t = lexText(s);
    assert.deepStrictEqual(t.docNumbers.map((d) => [slice(s, d.range), d.zi, d.di, d.hao]),
      [['国发[2015]40号', false, false, '号'], ['粤府〔2019〕字第7号', true, true, '号'], ['穗府办〔2020〕七号', false, false, '号'], ['京政发〔2018〕12', false, false, '']]);
  });
  it('《》 titles with their nesting (corpus 033)', () => {
    const s = '现将《新乡市建设制造强市三年行动计划(2023—2025年)》印发给你们，请结合《关于〈中国制造2025〉的通知》和《关于《十四五规划》的意见》执行。';
    const t = lexText(s);
    assert.deepStrictEqual(t.titles.map((x) => [slice(s, x), x.depth]), [
      ['《新乡市建设制造强市三年行动计划(2023—2025年)》', 0], ['《关于〈中国制造2025〉的通知》', 0], ['《关于《十四五规划》的意见》', 0], ['《十四五规划》', 1],
    ]);
    assert.ok(t.brackets.some((b) => slice(s, b) === '(2023—2025年)'));
    assert.ok(t.brackets.some((b) => slice(s, b) === '〈中国制造2025〉'));
  });
  it('sentences and clauses of a real measure, and the tokens inside them (seeds/004)', () => {
    const text = corpus('seeds/004');
    const doc = parseDocument(text);
    const t = doc.tokens;
    const at = text.indexOf('100—200万元');
    assert.ok(at > 0);
    const sentence = t.sentenceAt(at)!;
    assert.ok(/^[^。]*。$/.test(slice(text, sentence)), slice(text, sentence));
    const clause = t.clauseAt(at)!;
    assert.ok(slice(text, clause).includes('100—200万元') && !/[,，;；。]/.test(slice(text, clause).slice(0, -1)), slice(text, clause));
    assert.deepStrictEqual(t.tokensIn(clause, 'money').map((m) => slice(text, m)), ['100—200万元']);
    // Every sentence and clause lies between two breaks, and they cover the money tokens.
    for (const m of t.money) assert.ok(t.sentenceAt(m.start) && t.clauseAt(m.start), slice(text, m));
    // tokensIn agrees with a filter.
    const all = t.tokensIn({ start: 0, end: text.length }, 'numbers');
    assert.strictEqual(all.length, t.numbers.length);
    const doc2 = t.tokensIn(sentence, 'numbers');
    assert.deepStrictEqual(doc2, t.numbers.filter((x) => x.start >= sentence.start && x.end <= sentence.end));
  });
  it('parts of a sentence: cut at ；, not at ， — 对A，给予50万元；对B给予20万元。', () => {
    const text = '  对国家级企业技术中心，给予50万元；对省级给予20万元。\r\n一是开展排查;二是整改 \n';
    const t = lexText(text);
    assert.deepStrictEqual(t.parts.map((p) => slice(text, p)), ['对国家级企业技术中心，给予50万元；', '对省级给予20万元。', '一是开展排查;', '二是整改']);
    assert.deepStrictEqual(t.sentences.map((p) => slice(text, p)), ['对国家级企业技术中心，给予50万元；对省级给予20万元。', '一是开展排查;二是整改']);
    assert.strictEqual(t.clauses.length, 5);
    assert.strictEqual(slice(text, t.partAt(text.indexOf('20万元'))!), '对省级给予20万元。');
  });
});

describe('headings: section roles', () => {
  it('roles from the vocabulary', () => {
    assert.strictEqual(sectionRole('工作目标'), 'goal');
    assert.strictEqual(sectionRole('目标'), 'goal');
    assert.strictEqual(sectionRole('目标任务'), 'goal');
    assert.strictEqual(sectionRole('重点任务'), 'task');
    assert.strictEqual(sectionRole('保障措施'), 'safeguard');
    assert.strictEqual(sectionRole('加强组织保障'), 'safeguard');
    assert.strictEqual(sectionRole('适用范围'), 'scope');
    assert.strictEqual(sectionRole('附则'), 'supplementary');
    assert.strictEqual(sectionRole('修订的必要性'), 'background');
    assert.strictEqual(sectionRole('指导思想'), 'other');
    // A title naming two sections has both roles; the first is the heading's role.
    assert.deepStrictEqual(sectionRoles('主要任务和保障措施'), ['task', 'safeguard']);
    assert.strictEqual(sectionRole('主要任务和保障措施'), 'task');
    // A measure whose title mentions a role word is not a section (corpus 010).
    assert.strictEqual(sectionRole('对公路水路交通建设年度目标任务完成情况好、地方投资落实到位的省份'), 'other');
  });
  it('the model carries the role (seeds/004: 总体目标, 主要任务)', () => {
    const doc = parseDocument(corpus('seeds/004'));
    const role = (title: string) => doc.allHeadings.find((h) => h.title.startsWith(title))?.role;
    assert.strictEqual(role('总体目标'), 'goal');
    assert.strictEqual(role('主要任务'), 'task');
    assert.strictEqual(role('基本思路'), 'other');
  });
});

describe('lexer: adversarial input', () => {
  const MB = 1 << 20;
  // Speed is measured by `npm run bench` (adversarial inputs beside their targets), not here: a test's
  // verdict must not depend on the machine. Here: 1 MB of each adversarial run is lexed to the end, and
  // every token lies inside the text, in order.
  it('lexes 1 MB of each adversarial run, with every token inside the text and in order', function () {
    this.timeout(300000);
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
    const corpus = files.map((f) => corpusText(f)).join('\n');
    const units = [
      corpus, '1', '一', '万', '十', ' ', '\t', '\u3000', '〔', '《', '（', '1万', '一万十', '1\t万', '〔 2020 〕 字 第 ', '5万-', '2021年', '“',
    ];
    const problems: string[] = [];
    let tokens = 0;
    for (const unit of units) {
      const text = unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
      const t = lex(text, normalizeForMatching(text));
      for (const [kind, list] of Object.entries(t) as [string, unknown][]) {
        if (!Array.isArray(list)) continue;
        let last = -1;
        for (const item of list as ({ start: number; end: number } | { range: { start: number; end: number } })[]) {
          const tok = 'range' in item ? item.range : item;
          tokens++;
          if (!(tok.start >= 0 && tok.end <= text.length && tok.start <= tok.end)) { problems.push(`${JSON.stringify(unit.slice(0, 10))} ${kind} outside: ${tok.start}-${tok.end}`); break; }
          if (kind !== 'titles' && kind !== 'brackets' && kind !== 'quotes' && tok.start < last) { problems.push(`${JSON.stringify(unit.slice(0, 10))} ${kind} out of order at ${tok.start}`); break; }
          last = tok.start;
        }
      }
    }
    assert.ok(tokens > 10000, `tokens: ${tokens}`);
    assert.deepStrictEqual(problems, []);
  });
});
