/**
 * text/repeated-verb — a verb written on both sides of the time it happened: 市委、市政府出台在2016年初
 * 出台《…》 (出台 … 出台), 召开于5月召开. The pattern is a two-character word, then 在 or 于 and a time
 * (2016年初, 5月底, 今年3月), then the same word again: one of the two is left over from an edit. The
 * fix deletes the first one (在2016年初出台).
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { isDigitCode, isHan } from '../../core/chars';

const DOCS: RuleDocs = {
  title: { zh: '动词重复', en: 'Verb written twice' },
  explanation: {
    zh: '同一动词在时间状语前后各写了一次（“出台在2016年初出台”），是修改时留下的重复，应删去一个。',
    en: 'The same verb stands before and after a time phrase (出台在2016年初出台): an edit left one behind; delete one.',
  },
  details: {
    zh: '同一动词在时间状语前后各写了一次（“出台在2016年初出台”），是修改时留下的重复，应删去一个。\n\n两字词后接“在”或“于”和时间（“2016年初”“5月底”“今年3月”），其后又是同一个两字词时报告。',
    en: 'The same verb stands before and after a time phrase (出台在2016年初出台): an edit left one behind; delete one.\n\nReported where a two-character word is followed by 在 or 于, a time (2016年初, 5月底, 今年3月) and the same two-character word again.',
  },
  good: ['市委、市政府在2016年初出台《关于加快集聚产业领军人才的意见》。', '会议于5月召开。'],
  bad: ['一是市委、市政府出台在2016年初出台《关于加快集聚产业领军人才的意见》及配套文件。'],
  fix: { zh: '删去前一个。', en: 'Deletes the first one.' },
  source: { tier: 'practice', zh: '文字规范：语句不重复、不残缺', en: 'Drafting practice: no doubled or missing words' },
};

const MESSAGES: Messages = {
  'text/repeated-verb': {
    zh: '“{verb}”在时间前后重复出现：“{text}”，应删去一个',
    en: '"{verb}" stands both before and after the time: "{text}"; delete one',
  },
  'fix/repeated-verb': { zh: '删去前一个“{verb}”', en: 'Delete the first "{verb}"' },
};

/** Characters of a time phrase after 在/于: digits, Chinese numerals and the words of a date. */
const TIME_CHARS = '〇一二三四五六七八九十今明去本当年月日号初底末中上下旬季度前后';
const TIME_MAX = 12;
/** What a time phrase follows: 出台在2016年初出台, 召开于5月召开. */
const MARKS = ['在', '于'];

function isTimeChar(ch: string): boolean { return isDigitCode(ch.charCodeAt(0)) || TIME_CHARS.includes(ch); }
/** A time phrase holds a digit, or 年 or 月 (not 在今后 alone). */
function isTime(s: string): boolean {
  for (const ch of s) if (isDigitCode(ch.charCodeAt(0)) || ch === '年' || ch === '月') return true;
  return false;
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'text/repeated-verb', category: 'text', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const { norm } = doc;
    const found: { start: number; end: number; verb: string }[] = [];
    for (const mark of MARKS) {
      for (let i = norm.indexOf(mark, 2); i >= 0; i = norm.indexOf(mark, i + 1)) {
        const verb = norm.slice(i - 2, i);
        if (!isHan(verb[0]) || !isHan(verb[1]) || isTimeChar(verb[1])) continue;
        let j = i + 1;
        while (j < norm.length && j - i - 1 < TIME_MAX && isTimeChar(norm[j])) j++;
        if (j === i + 1 || !isTime(norm.slice(i + 1, j))) continue;
        if (norm.startsWith(verb, j)) found.push({ start: i - 2, end: j + 2, verb });
      }
    }
    for (const f of found.sort((a, b) => a.start - b.start)) {
      ctx.report({
        range: { start: f.start, end: f.end },
        args: { verb: f.verb, text: doc.text.slice(f.start, f.end) },
        fix: { titleId: 'fix/repeated-verb', titleArgs: { verb: f.verb }, edits: [{ start: f.start, end: f.start + 2, newText: '' }] },
      });
    }
  },
};
export default rule;
