/**
 * text/session-name — a sitting's name that lost 会议: 第十六届人民代表大会第三次在…召开, …第三次全体在….
 * A numbered sitting (…代表大会/委员会/常委会/人大/政协/届 + 第N次) is followed by 会议 (全会, 全体会议);
 * one followed straight by 在/召开/期间/上… (or by 全体 alone) is reported. …常委会第三次审议 (a reading)
 * is not a sitting and is left alone.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { AFTER_SESSION_WORDS, CN_NUMERAL_CHARS, SESSION_BODY_ENDS, SESSION_WORDS, wordAt, wordBefore } from '../../core/vocabulary';
import { isDigit, isSpaceOrTab } from '../../core/chars';

const DOCS: RuleDocs = {
  title: { zh: '会议名称完整', en: 'Sitting names complete' },
  explanation: {
    zh: '届次会议的名称应写全：“第十六届人民代表大会第三次会议”“第三次全体会议”，不能漏写“会议”。',
    en: 'A numbered sitting is named in full — 第十六届人民代表大会第三次会议, 第三次全体会议 — with 会议.',
  },
  details: {
    zh: '届次会议的名称应写全：“第十六届人民代表大会第三次会议”“第三次全体会议”，不能漏写“会议”。\n\n“代表大会”“委员会”“常委会”“人大”“政协”“届”之后的“第×次”“×次”，如果直接接“在”“于”“召开”“期间”“上”等（或只接“全体”），报告缺少“会议”。“常委会第三次审议”等不是会议名称，不报告。',
    en: 'A numbered sitting is named in full — 第十六届人民代表大会第三次会议, 第三次全体会议 — with 会议.\n\nA 第N次 or N次 after 代表大会, 委员会, 常委会, 人大, 政协 or 届 followed straight by 在, 于, 召开, 期间, 上 and the like (or by 全体 alone) is reported as missing 会议. 常委会第三次审议 (a reading, not a sitting) is not reported.',
  },
  good: ['2024年1月17日至19日，市第十六届人民代表大会第三次会议在市区召开。', '提请市人大常委会第三次审议。'],
  bad: ['2024年1月17日至19日，市第十六届人民代表大会第三次在市区召开。', '政协第十三届委员会第二次全体在市区召开。'],
  fix: { zh: '补上“会议”。', en: 'Adds 会议.' },
  source: { tier: 'practice', zh: '起草实务：会议名称写全称', en: 'Drafting practice: sittings named in full' },
};

const MESSAGES: Messages = {
  'text/session-name': { zh: '会议名称“{name}”缺少“会议”', en: 'The sitting "{name}" lacks 会议' },
  'fix/session-name': { zh: '补上“会议”', en: 'Add 会议' },
};

/** The start of the numbered sitting ending with 次 at `ci` (…大会第三次, …届二次), or -1. */
function sittingStart(n: string, ci: number): number {
  let k = ci;
  while (k > 0 && (isDigit(n[k - 1]) || CN_NUMERAL_CHARS.includes(n[k - 1]))) k--;
  if (k === ci) return -1;
  if (n[k - 1] === '第') k--;
  while (k > 0 && isSpaceOrTab(n[k - 1])) k--;
  const body = wordBefore(n, k, SESSION_BODY_ENDS);
  return body ? k - body.length : -1;
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'text/session-name', category: 'text', severity: 'warning', fixable: true },
  check(ctx) {
    const n = ctx.doc.norm;
    for (let ci = n.indexOf('次'); ci >= 0; ci = n.indexOf('次', ci + 1)) {
      let at = ci + 1;
      if (wordAt(n, at, SESSION_WORDS)) continue;
      if (n.startsWith('全体', at)) at += 2;
      else if (!wordAt(n, at, AFTER_SESSION_WORDS)) continue;
      const start = sittingStart(n, ci);
      if (start < 0) continue;
      ctx.report({
        range: { start, end: at },
        args: { name: ctx.doc.text.slice(start, at) },
        fix: { titleId: 'fix/session-name', edits: [{ start: at, end: at, newText: '会议' }] },
      });
    }
  },
};
export default rule;
