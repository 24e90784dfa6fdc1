/**
 * citation/list-comma — titles in a series take no 顿号 (《A》《B》), but where a bracketed note stands
 * after a title (its 发文字号, 试行, 征求意见稿) the next title is set off by 、: 《A》（x号）、《B》（y号）
 * (GB/T 15834-2011 4.5.3.5). Reported: a top-level 》, a round-bracket note right after it, and the
 * next 《 right after the note, with nothing between (《A》（x号）《B》). 《A》《B》 and 《A》、《B》 are
 * left alone: both are in use.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';

/** The longest bracketed note read after a title (a 发文字号 with 以下简称 fits). */
const MAX_NOTE = 80;

const DOCS: RuleDocs = {
  title: { zh: '带括注的并列书名号用顿号隔开', en: 'A 顿号 after a bracketed note in a series of titles' },
  explanation: {
    zh: '并列的书名号之间通常不用顿号；但书名号后有括注（如发文字号）时，后一个书名号前宜加顿号：《A》（x号）、《B》（y号）。',
    en: 'Titles in a series take no 顿号, but where a title is followed by a bracketed note (such as its document number) the next title is set off by 、: 《A》（x号）、《B》（y号）.',
  },
  details: {
    zh: '并列的书名号之间通常不用顿号；但书名号后有括注（如发文字号）时，后一个书名号前宜加顿号：《A》（x号）、《B》（y号）。\n\n书名号（最外层）后紧跟圆括号括注、括注后紧跟下一个书名号的，报告缺少顿号。不带括注的《A》《B》不报告，《A》、《B》也不报告。',
    en: 'Titles in a series take no 顿号, but where a title is followed by a bracketed note (such as its document number) the next title is set off by 、: 《A》（x号）、《B》（y号）.\n\nAn outer 》 followed straight by a round-bracket note and the note followed straight by the next 《 is reported. 《A》《B》 without notes is not reported, nor is 《A》、《B》.',
  },
  good: ['根据《上海市海绵城市规划建设管理办法》（沪住建规范联〔2023〕11号）、《本市系统化全域推进海绵城市建设的实施意见》（沪府办发〔2024〕3号）等部署要求，制定本方案。'],
  bad: ['根据《上海市海绵城市规划建设管理办法》（沪住建规范联〔2023〕11号）《本市系统化全域推进海绵城市建设的实施意见》（沪府办发〔2024〕3号）等部署要求，制定本方案。'],
  fix: { zh: '在后一个书名号前加顿号。', en: 'Adds 、 before the next title.' },
  source: {
    tier: 'standard',
    zh: 'GB/T 15834-2011《标点符号用法》4.5.3.5（标有书名号的并列成分之间通常不用顿号；书名号之后还有括注的，宜用顿号）',
    en: 'GB/T 15834-2011 §4.5.3.5 (no 顿号 between titles in a series, but one where a title carries a bracketed note)',
  },
};

const MESSAGES: Messages = {
  'citation/list-comma': {
    zh: '书名号后有括注“{note}”，后面并列的书名号前宜加顿号',
    en: 'The title carries the note "{note}": set the next title in the series off with 、',
  },
  'fix/list-comma': { zh: '加顿号', en: 'Add 、' },
};

/** The end of the round-bracket note opening at `at` (the index after its closing bracket), or -1. */
function noteEnd(n: string, at: number): number {
  let depth = 0;
  for (let i = at; i < n.length && i < at + MAX_NOTE; i++) {
    const ch = n[i];
    if (ch === '\n') return -1;
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') { depth--; if (!depth) return i + 1; }
  }
  return -1;
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'citation/list-comma', category: 'citation', severity: 'information', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const n = doc.norm;
    if (!n.includes('》')) return;
    let depth = 0;
    // Only the places of the text's marks (line breaks, 《》 among them) are looked at.
    const marks = doc.marks;
    for (let k = 0; k < marks.length; k++) {
      const i = marks[k];
      const ch = n[i];
      if (ch === '\n') depth = 0;
      else if (ch === '《') depth++;
      else if (ch === '》' && depth > 0 && !--depth && (n[i + 1] === '（' || n[i + 1] === '(')) {
        const e = noteEnd(n, i + 1);
        if (e < 0 || n[e] !== '《') continue;
        ctx.report({
          range: { start: i + 1, end: e + 1 },
          args: { note: doc.text.slice(i + 1, e) },
          fix: { titleId: 'fix/list-comma', edits: [{ start: e, end: e, newText: '、' }] },
        });
      }
    }
  },
};
export default rule;
