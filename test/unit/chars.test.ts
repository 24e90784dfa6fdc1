/**
 * The small readers that replaced regular expressions in the core (core/chars.ts, the vocabulary
 * matchers, numerals.ts dates, the heading markers) agree with the patterns they replaced, on many
 * strings drawn from the characters that matter to each (a fixed seed: the same strings every run).
 */
import * as assert from 'assert';
import {
  hasNonWhite, MARK_CHARS, markPositions, positionsOf, markdownPrefixEnd, removePinyinGlosses, splitLines, stripEmphasis, trimStartOf, isRunOf, withoutTrailingGroups, trimmedLength,
} from '../../server/src/core/chars';
import {
  combine, endsWithWord, hasSequence, isNotAssignedTitle, NOT_ASSIGNED_TITLE_WORDS, SUPPORT_TERMS_WORDS, TERMS_WORDS,
  wordsNear, WordScanner, sectionRoles, ROLE_TITLE_MAX, GOAL_TITLE_WORDS, GOAL_TITLE_ONLY, TASK_TITLE_WORDS, SAFEGUARD_TITLE_WORDS,
  SCOPE_TITLE_WORDS, SUPPLEMENTARY_TITLE_WORDS, BACKGROUND_TITLE_WORDS, MEASURES_SELF, MEASURES_START, OPINION_SELF, OPINION_ANNOUNCED,
} from '../../server/src/core/vocabulary';
import { anyToNumber, cnToNumber, dateEndingAt, dateLine } from '../../server/src/core/numerals';
import { matchHeading } from '../../server/src/core/headings';
import { normalizeForMatching } from '../../server/src/core/normalize';

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` strings of up to `max` pieces, each piece one of `alphabet` (characters or words). */
function strings(seed: number, alphabet: readonly string[], n = 3000, max = 14): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    let s = '';
    const len = Math.floor(r() * (max + 1));
    for (let i = 0; i < len; i++) s += alphabet[Math.floor(r() * alphabet.length)];
    out.push(s);
  }
  return out;
}

describe('core readers agree with the patterns they replaced', () => {
  it('markdownPrefixEnd: ^[ \\t]*(#{1,6}[ \\t]+|>[ \\t]*)?((\\*\\*|__)?[ \\t]*)?', () => {
    const plain = /^[ \t]*(#{1,6}[ \t]+|>[ \t]*)?/;
    const withEmphasis = /^[ \t]*(#{1,6}[ \t]+|>[ \t]*)?(\*\*|__)?[ \t]*/;
    const heading = /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?[ \t]*/;
    for (const s of strings(1, [' ', '\t', '#', '#', '>', '*', '_', '一', 'a'])) {
      assert.strictEqual(markdownPrefixEnd(s, { quote: true }), plain.exec(s)![0].length, JSON.stringify(s));
      assert.strictEqual(markdownPrefixEnd(s, { quote: true, emphasis: true }), withEmphasis.exec(s)![0].length, JSON.stringify(s));
      assert.strictEqual(markdownPrefixEnd(s, { emphasis: true }), heading.exec(s)![0].length, JSON.stringify(s));
    }
  });

  it('stripEmphasis, splitLines, trimStartOf, hasNonWhite, removePinyinGlosses, isRunOf', () => {
    for (const s of strings(2, ['*', '_', 'a', '\r', '\n', ' ', '\u3000', '#', '>', '(', ')', 'yè', 'x', '×', '字'])) {
      assert.strictEqual(stripEmphasis(s), s.replace(/\*\*|__/g, ''), JSON.stringify(s));
      assert.deepStrictEqual(splitLines(s), s.split(/\r\n|\r|\n/), JSON.stringify(s));
      assert.strictEqual(trimStartOf(s, ' \t\u3000#>'), s.replace(/^[ \t\u3000#>]+/, ''), JSON.stringify(s));
      assert.strictEqual(hasNonWhite(s), /\S/.test(s), JSON.stringify(s));
      assert.strictEqual(removePinyinGlosses(s), s.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/g, ''), JSON.stringify(s));
      assert.strictEqual(isRunOf(s, '×Xx○', 2), /^(×{2,}|X{2,}|x{2,}|○{2,})$/.test(s), JSON.stringify(s));
    }
  });

  it('dateLine and dateEndingAt: the date-line and date-at-end patterns', () => {
    const dateLineRe = /^[ \t]*(\d{4})[ \t]*年[ \t]*(\d{1,2})[ \t]*月[ \t]*(\d{1,2})[ \t]*日[ \t]*$/;
    const cnLineRe = /^[ \t]*([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日[ \t]*$/;
    const endRe = /(\d{4}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|\d{4}-\d{1,2}-\d{1,2})$/;
    const pieces = ['2', '0', '1', '9', ' ', '年', '月', '日', '-', '二', '〇', '十', '一', '签'];
    const dates = ['2018年7月26日', '2018 年 7 月 26 日', '二〇〇六年九月七日', '2025-12-16', '二〇二〇年十二月三十一日'];
    const samples = [...strings(3, pieces, 4000, 16), ...strings(4, [...pieces, ...dates], 3000, 4)];
    for (const s of samples) {
      const d = dateLine(s);
      const m = dateLineRe.exec(s);
      const c = cnLineRe.exec(s);
      assert.strictEqual(!!d, !!(m || c), JSON.stringify(s));
      if (m) assert.deepStrictEqual([d!.year, d!.month, d!.day, d!.chinese], [m[1], m[2], m[3], false], JSON.stringify(s));
      if (c && !m) assert.deepStrictEqual([d!.year, d!.month, d!.day, d!.chinese], [c[1], c[2], c[3], true], JSON.stringify(s));
      assert.strictEqual(!!dateEndingAt(s, s.length, true), endRe.test(s), JSON.stringify(s));
    }
  });

  it('wordsNear: (heads)[^stops]{min,max}?(tails), where the match starts and ends', () => {
    const re = /由([^,;。()\n]{2,40}?)(牵头|负责)/;
    for (const s of strings(5, ['由', '市', '局', '牵头', '负责', ',', '。', '(', '\n', '牵', '头'], 3000, 30)) {
      const m = re.exec(s);
      const w = wordsNear(s, ['由'], ['牵头', '负责'], 40, ',;。()\n', 2);
      assert.deepStrictEqual(w ? [w.start, w.end, w.tail] : null, m ? [m.index, m.index + m[0].length, m[2]] : null, JSON.stringify(s));
    }
    const gap = /现将[^。]{0,3}(答复|函复)/;
    for (const s of strings(6, ['现将', '现', '将', '答复', '函复', '。', '答', 'x'], 3000, 10)) {
      assert.strictEqual(!!wordsNear(s, ['现将'], ['答复', '函复'], 3, '。'), gap.test(s), JSON.stringify(s));
    }
  });

  it('markPositions and positionsOf: the places a loop over every character finds', () => {
    const every = (s: string, chars: string) => [...s].flatMap((ch, i) => (chars.includes(ch) ? [i] : []));
    for (const s of strings(17, ['(', ')', '\n', '\r', '《', '》', '“', '”', '‘', '’', '〔', '【', '\ufffd', '锟', 'â', 'a', '中', ',', ';', ' '])) {
      assert.deepStrictEqual([...markPositions(s)], every(s, MARK_CHARS), s);
      assert.deepStrictEqual([...positionsOf(s, ',;()')], every(s, ',;()'), s);
      assert.deepStrictEqual([...positionsOf(s, '中')], every(s, '中'), s);
    }
  });

  it('WordScanner finds every occurrence in order', () => {
    for (const s of strings(7, ['牵头单位', '牵头', '单位', '责任单位', 'x', ':'], 1000, 12)) {
      const scan = new WordScanner(s, ['牵头单位', '责任单位']);
      const found: number[] = [];
      for (let w = scan.find(0); w; w = scan.find(w.at + 1)) found.push(w.at);
      const expected: number[] = [];
      for (const m of s.matchAll(/(?=牵头单位|责任单位)/g)) expected.push(m.index);
      assert.deepStrictEqual(found, expected, JSON.stringify(s));
    }
  });

  it('WordScanner with a list long enough for its first-character table (texts of 256 characters and more)', () => {
    const words = ['牵头单位', '牵头部门', '责任单位', '负责单位', '主办单位', '实施单位'];
    const re = new RegExp(`(?=${words.join('|')})`, 'g');
    for (const s of strings(17, [...words, '牵头', '单位', '负责', '实施', '主', 'x', ':', '，'], 300, 120)) {
      const scan = new WordScanner(s, words);
      const found: string[] = [];
      for (let w = scan.find(0); w; w = scan.find(w.at + 1)) found.push(`${w.at}:${w.word}`);
      const expected: string[] = [];
      for (const m of s.matchAll(re)) expected.push(`${m.index}:${words.find((w) => s.startsWith(w, m.index))}`);
      assert.deepStrictEqual(found, expected, JSON.stringify(s));
    }
  });

  it('normalizeForMatching: short and long texts map each code unit alike', () => {
    const piece = '（一）２０２４年，於臺灣、廣東　設立ＡＢ基金。';
    for (const n of [1, 40, 1024 / piece.length, 5000 / piece.length]) {
      const s = piece.repeat(Math.ceil(n));
      const out = normalizeForMatching(s);
      assert.strictEqual(out.length, s.length);
      assert.strictEqual(out, normalizeForMatching(piece).repeat(Math.ceil(n)));
    }
    assert.strictEqual(normalizeForMatching(piece), '(一)2024年,于台湾、广东 设立AB基金。');
  });

  it('sectionRoles: every role whose list holds a word of the title, in priority order', () => {
    const lists: [string, readonly string[]][] = [['goal', GOAL_TITLE_WORDS], ['task', TASK_TITLE_WORDS], ['safeguard', SAFEGUARD_TITLE_WORDS],
      ['scope', SCOPE_TITLE_WORDS], ['supplementary', SUPPLEMENTARY_TITLE_WORDS], ['background', BACKGROUND_TITLE_WORDS]];
    const words = lists.flatMap(([, l]) => l);
    for (const s of strings(19, [...words, '目标', '任务', '措施', ' ', '\u3000', '和', '。', '字'], 4000, 5)) {
      const t = s.replace(/[ \t\u3000]/g, '');
      const expected = t.length > ROLE_TITLE_MAX || !t ? []
        : lists.filter(([role, l]) => l.some((w) => t.includes(w)) || (role === 'goal' && GOAL_TITLE_ONLY.includes(t.replace(/[。.]$/, '')))).map(([r]) => r);
      assert.deepStrictEqual(sectionRoles(s), expected, JSON.stringify(s));
    }
  });

  it('trimmedLength is the length String.prototype.trim leaves', () => {
    for (const s of strings(18, [' ', '\u3000', '\t', '\n', '字', 'a'], 2000, 8)) assert.strictEqual(trimmedLength(s), s.trim().length, JSON.stringify(s));
    assert.strictEqual(trimmedLength('  ab  ', 1, 4), 2);
  });

  it('hasSequence and endsWithWord: the kind and title-ending patterns', () => {
    const measures = /(制定|特制定|制订)(本|如下|以下)(政策措施|措施|若干措施|办法|细则|政策)|本(措施|办法|细则)自/;
    const opinion = /(制定|特制定|制订|提出)本(实施)?意见/;
    const announced = /(现提出|提出)(以下|如下)(实施)?意见/;
    const support = /(奖补|奖励|补助|补贴|资助|扶持)(资金)?(实施|工作)?方案$/;
    const words = ['制定', '特', '制订', '提出', '现', '本', '如下', '以下', '措施', '办法', '细则', '政策', '若干', '自', '实施', '意见',
      '奖补', '资金', '工作', '方案', '补助'];
    const ending = combine(['奖补', '奖励', '补助', '补贴', '资助', '扶持'], ['', '资金'], ['', '实施', '工作'], ['方案']);
    for (const s of strings(8, words, 6000, 6)) {
      assert.strictEqual(hasSequence(s, MEASURES_SELF) || hasSequence(s, MEASURES_START), measures.test(s), JSON.stringify(s));
      assert.strictEqual(hasSequence(s, OPINION_SELF), opinion.test(s), JSON.stringify(s));
      assert.strictEqual(hasSequence(s, OPINION_ANNOUNCED), announced.test(s), JSON.stringify(s));
      assert.strictEqual(!!endsWithWord(s, ending), support.test(s), JSON.stringify(s));
    }
  });

  it('isNotAssignedTitle: the not-assigned section pattern (目的 but not 目的地)', () => {
    const re = new RegExp(`(${NOT_ASSIGNED_TITLE_WORDS.map((w) => (w === '目的' ? '目的(?!地)' : w)).join('|')}|(${SUPPORT_TERMS_WORDS.join('|')})[、和及与]?(${TERMS_WORDS.join('|')}))`);
    for (const s of strings(9, ['目的', '地', '奖励', '、', '和', '条件', '标准', '附则', '任务', '补助', '对象'], 4000, 6)) {
      assert.strictEqual(isNotAssignedTitle(s), re.test(s), JSON.stringify(s));
    }
  });

  it('anyToNumber reads decimals as before', () => {
    for (const s of strings(10, ['1', '2', '.', '三', '十'], 2000, 6)) {
      const expected = /^\d+(\.\d+)?$/.test(s) ? Number(s) : anyToNumber(s);
      assert.ok(Object.is(anyToNumber(s), expected), JSON.stringify(s));
    }
  });

  it('matchHeading reads the markers the heading patterns read', () => {
    const CN = '〇零一二两三四五六七八九十百';
    const patterns: [string, RegExp][] = [
      ['chapter', new RegExp(`^第[ \\t]*([${CN}]+|\\d(?:[ \\t]?\\d){0,2})[ \\t]*章`)],
      ['article', new RegExp(`^第[ \\t]*([${CN}]+|\\d(?:[ \\t]?\\d){0,2})[ \\t]*条`)],
      ['cn', new RegExp(`^([${CN}]+)[ \\t]?[、.](?![${CN}]*[、.])`)],
      ['paren-cn', new RegExp(`^[(]([${CN}]+)[)]`)],
      ['paren-arabic', /^[(](\d{1,3})[)]/],
      ['arabic', /^(\d{1,3})([.、])(?!\d)/],
      ['circled', /^([\u2460-\u2473])/],
    ];
    for (const s of strings(11, ['第', ' ', '1', '0', '一', '十', '章', '条', '、', '.', '（', '）', '(', ')', '①', '#', '*', '标题'], 6000, 8)) {
      const text = s + '\n';
      const h = matchHeading({ index: 0, start: 0, end: s.length, blank: !/\S/.test(s) }, text, normalizeForMatching(text));
      const norm = normalizeForMatching(s);
      const rest = norm.slice(/^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?[ \t]*/.exec(norm)![0].length);
      let expected: [string, string] | undefined;
      if (/\S/.test(s) && /^[ \t]*[第〇零一二两三四五六七八九十百0-9(#*_\u2460-\u2473]/.test(norm)) {
        for (const [style, re] of patterns) {
          const m = re.exec(rest);
          if (!m) continue;
          const num = style === 'circled' ? m[1].charCodeAt(0) - 0x245f : /^[\d \t]+$/.test(m[1]) ? Number(m[1].replace(/[ \t]/g, '')) : cnToNumber(m[1]);
          if (!Number.isFinite(num) || num <= 0) continue;
          expected = [style, m[0]];
          break;
        }
      }
      const offset = norm.length - rest.length;
      assert.deepStrictEqual(h ? [h.style, h.marker] : null, expected ? [expected[0], s.slice(offset, offset + expected[1].length)] : null, JSON.stringify(s));
    }
  });
});

describe('withoutTrailingGroups: a title without its bracketed stages', () => {
  it('strips up to four closing groups of either width, with the white space around them', () => {
    assert.strictEqual(withoutTrailingGroups('示例市促进就业管理办法（试行）'), '示例市促进就业管理办法');
    assert.strictEqual(withoutTrailingGroups('示例市三年行动方案(征求意见稿) (2023—2025年)　'), '示例市三年行动方案');
    assert.strictEqual(withoutTrailingGroups('a(1)(2)(3)(4)(5)'), 'a(1)');
  });
  it('leaves a title alone when the group is nested, unopened or longer than the limit', () => {
    assert.strictEqual(withoutTrailingGroups('关于（第（一）批）名单的通知'), '关于（第（一）批）名单的通知');
    assert.strictEqual(withoutTrailingGroups('只有右括号）'), '只有右括号）');
    assert.strictEqual(withoutTrailingGroups('方案（' + '一'.repeat(41) + '）'), '方案（' + '一'.repeat(41) + '）');
    assert.strictEqual(withoutTrailingGroups('方案（' + '一'.repeat(40) + '）'), '方案');
    assert.strictEqual(withoutTrailingGroups('）'), '）');
  });
});
