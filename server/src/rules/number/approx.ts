/**
 * number/approx — an approximate number made of two adjacent numerals is written in Chinese with
 * no 顿号 (GB/T 15835-2011 §4.2): 一两个, 两三年; not 1到2个 or 2、3个 (warning). Another range
 * written with 到/至 between bare Arabic numbers (3到5个) is better joined with ～ (information,
 * RULES.md RANGE-DAO). 2016年至2018年 in running text is fine. A range that gives both bounds takes no
 * 左右 (5—10年左右). Fixes: 1到2 → 一两, 3到5 → 3～5, drop 左右.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { numericRanges } from '../../core/tokens';
import { toDocumentScript } from '../../core/normalize';
import { charIn, startsWithWord } from '../../core/vocabulary';
import { lastBeforeBlanks, trimBlanksEnd } from '../_chars';
import { isDigit } from '../../core/chars';

const CN = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九'];
/** Measure words after the second number that make N到M a count (not a date or a numbering). */
const COUNT_UNITS = ['个', '家', '名', '人', '次', '场', '期', '天', '年', '种', '所', '座', '项', '批', '台', '套', '倍', '万', '亿', '户', '位', '篇', '部', '件', '条', '款', '周', '小时', '分钟'];

/** After 左右, characters that make it a side (左右两侧, 左右岸), not an approximation. */
const SIDE_AFTER = '两侧岸各边手摆';

/** The text before ends with a number and 、 (1、2、3个: a list, not an approximation). */
function listedBefore(s: string): boolean {
  const t = trimBlanksEnd(s);
  return t.endsWith('、') && isDigit(lastBeforeBlanks(t.slice(0, -1)));
}

const DOCS: RuleDocs = {
  title: { zh: '概数的写法', en: 'Approximate numbers' },
  explanation: {
    zh: '相邻两个数字连用表示概数，用汉字书写，中间不加顿号（一两个、三四个月）；其他范围用“～”连接比“到/至”更规范。',
    en: 'Two adjacent numerals that give an approximate number are written in Chinese with no 顿号 (一两个, 三四个月); other ranges are better joined with ～ than with 到/至.',
  },
  details: {
    zh: '相邻两个数字连用表示概数，用汉字书写，中间不加顿号：一两个、三四个月。其他用“到/至”连接的数值范围宜改用“～”（提示）。“2016年至2018年”等年份在行文中可以接受，不报告；“第2、3条”“2、5个”是列举，不报告。“约”与数后的“余、多”不并用（约300余人 → 300余人）；写明上下限的数值范围后不再加“左右”（5—10年左右 → 5—10年，提示）。',
    en: 'Two adjacent numerals giving an approximate number are written in Chinese with no 顿号 (一两个, 三四个月). Other numeric ranges joined with 到/至 are better joined with ～ (information). 2016年至2018年 and lists such as 第2、3条 are not reported. 约 is not used together with a trailing 余/多 (约300余人 → 300余人), nor 左右 after a range that gives both bounds (5—10年左右 → 5—10年, information).',
  },
  good: ['建设一两个基地', '1～2个', '三四个月', '约300人', '300余人', '10个左右'],
  bad: ['建设1到2个基地', '2、3个', '3到5个', '约273.59万余条', '经过5—10年左右时间'],
  fix: {
    zh: '相邻数字改为汉字概数（1到2 → 一两，2、3 → 两三），其他范围的“到/至”改为“～”。',
    en: 'Adjacent numerals become a Chinese approximate number (1到2 → 一两); other ranges get ～ instead of 到/至.',
  },
  source: { tier: 'standard', zh: 'GB/T 15835-2011 第4.2条', en: 'GB/T 15835-2011 §4.2' },
};

const MESSAGES: Messages = {
  'number/approx': {
    zh: '相邻两数连用表示概数，应使用汉字且不加顿号：“{range}”应写作“{fixed}”',
    en: 'An approximate number made of two adjacent numerals is written in Chinese with no 顿号: write "{range}" as "{fixed}"',
  },
  'number/approx-dao': { zh: '数值范围“{range}”宜用“{mark}”连接', en: 'Join the numeric range "{range}" with {mark}' },
  'number/approx-double': {
    zh: '“{written}”中“约”与“{tail}”都表示概数，重复，应删去“约”',
    en: '"{written}": 约 and {tail} both make the number approximate; drop 约',
  },
  'fix/approx-double': { zh: '删去“约”', en: 'Remove 约' },
  'number/approx-range': {
    zh: '“{written}”已写明上下限，不再加“左右”',
    en: '"{written}": the range gives both bounds; drop 左右',
  },
  'fix/approx-range': { zh: '删去“左右”', en: 'Remove 左右' },
};

/** 约273.59万余条, 约300多人: 约 and a trailing 余/多 both make the number approximate. */
function doubleApprox(n: string, at: number): number {
  let k = at + 1;
  const digits = k;
  while (k < n.length && (isDigit(n[k]) || (n[k] === '.' && k > digits))) k++;
  if (k === digits) return -1;
  if (n[k] === '万' || n[k] === '亿') k++;
  return n[k] === '余' || n[k] === '多' ? k + 1 : -1;
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'number/approx', category: 'number', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const tilde = doc.halfWidthPunctuation ? '~' : '～';
    for (let i = doc.norm.indexOf('约'); i >= 0; i = doc.norm.indexOf('约', i + 1)) {
      const end = doubleApprox(doc.norm, i);
      if (end < 0) continue;
      ctx.report({
        range: { start: i, end }, messageId: 'number/approx-double', args: { written: doc.text.slice(i, end), tail: doc.text[end - 1] },
        fix: { titleId: 'fix/approx-double', edits: [{ start: i, end: i + 1, newText: '' }] },
      });
    }
    for (const r of numericRanges(doc)) {
      const k = r.conn.kind;
      // 5—10年左右: the range gives both bounds; 左右 after it makes it approximate twice (not 左右两侧).
      // Information: usage, which GB/T 15835 does not state in words.
      const after = r.bUnit ? r.bUnitRange.end : r.b.range.end;
      if (k !== 'dunhao' && doc.norm.startsWith('左右', after) && !charIn(doc.norm[after + 2] ?? '', SIDE_AFTER)) {
        const written = doc.text.slice(r.range.start, after + 2);
        ctx.report({
          range: { start: r.range.start, end: after + 2 }, messageId: 'number/approx-range', severity: 'information', args: { written },
          fix: { titleId: 'fix/approx-range', edits: [{ start: after, end: after + 2, newText: '' }] },
        });
      }
      if ((k !== 'dao' && k !== 'dunhao') || r.a.unit || r.time) continue;
      if (!startsWithWord(r.bUnit, COUNT_UNITS)) continue;
      if (lastBeforeBlanks(doc.norm.slice(Math.max(0, r.range.start - 2), r.range.start)) === '第') continue;
      const a = Number(r.a.value), b = Number(r.b.value);
      const adjacent = r.a.value.length === 1 && isDigit(r.a.value) && r.b.value.length === 1 && isDigit(r.b.value) && b === a + 1 && a >= 1;
      const span = { start: r.a.range.start, end: r.b.range.end };
      if (k === 'dunhao') {
        // 2、3个 is approximate only for adjacent numerals; 2、5个 is a list.
        if (!adjacent || charIn(doc.norm[r.b.range.end], '、,，') || listedBefore(doc.norm.slice(Math.max(0, span.start - 3), span.start))) continue;
        if (charIn(r.bUnit[0], '条款项')) continue;
      }
      const written = doc.text.slice(span.start, span.end);
      if (adjacent && !charIn(r.bUnit[0], '条款')) {
        const fixed = toDocumentScript(CN[a] + CN[b], doc.traditional);
        ctx.report({
          range: span, args: { range: written, fixed },
          fix: { titleId: 'fix/number-to', titleArgs: { fixed }, edits: [{ start: span.start, end: span.end, newText: fixed }] },
        });
      } else if (k === 'dao') {
        ctx.report({
          range: span, messageId: 'number/approx-dao', severity: 'information', args: { range: written, mark: tilde },
          fix: { titleId: 'fix/range-mark', titleArgs: { mark: tilde }, edits: [{ start: r.conn.range.start, end: r.conn.range.end, newText: tilde }] },
        });
      }
    }
  },
};
export default rule;
