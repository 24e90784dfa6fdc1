/**
 * number/date-order — the 成文日期 is not earlier than the meeting that adopted the document, nor than
 * what the body reports as done.
 * 《党政机关公文处理工作条例》第九条: 成文日期署会议通过或者发文机关负责人签发的日期, so a body that says
 * “经2023年10月13日市政府第20次常务会议研究通过” cannot be dated 2023年10月8日: one of the two dates is
 * wrong. The same holds for anything else the body reports as done on a day (我局已于2023年9月5日…,
 * 你局2023年9月5日来函收悉): a letter cannot report what had not happened when it was signed. Only
 * such past events are compared — a day with 已/收悉 after it or 已于 before it (in a reply, which
 * reports how a suggestion was handled, any day of the body), not one that is planned (拟于, 将于, …将开工), a
 * start or an end (起, 前, 至) or a deadline, which is naturally later.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import {
  FUTURE_AFTER_DATE, FUTURE_BEFORE_DATE, PAST_AFTER_DATE, PAST_BEFORE_DATE, SPAN_AFTER_DATE, SPAN_BEFORE_DATE, hasWord, isBlank, skipBack, skipForward, wordAt, wordBefore,
} from '../../core/vocabulary';

/** How far around a date its clause is read for 已, 拟于 … (characters). */
const PAST_SPAN = 24;
/** Marks that end a clause. */
const CLAUSE_MARKS = '。；;！!？?\n';

/**
 * The first date of the body (before `end`) that it reports as past and that is later than `dated`, as
 * [start, end). A reply reports how a suggestion was handled: there a day that is no plan, start or
 * deadline is past without 已 (于2025年5月8日与代表进行面商).
 */
function laterPastDate(norm: string, dates: readonly { start: number; end: number; year: number; month?: number; day?: number; suffix: string }[], end: number, dated: number, reply: boolean): [number, number] | undefined {
  for (const t of dates) {
    if (t.start >= end) break;
    if (!t.month || !t.day || t.suffix) continue;
    if (t.year * 10000 + t.month * 100 + t.day <= dated) continue;
    const after = skipForward(norm, t.end, isBlank);
    if (wordAt(norm, after, SPAN_AFTER_DATE) || wordBefore(norm, skipBack(norm, t.start, isBlank), SPAN_BEFORE_DATE)) continue;
    const from = skipBack(norm, t.start, (ch) => !CLAUSE_MARKS.includes(ch) && ch !== '，' && ch !== ',', Math.max(0, t.start - PAST_SPAN));
    const before = norm.slice(from, t.start);
    const to = skipForward(norm, t.end, (ch) => !CLAUSE_MARKS.includes(ch), Math.min(norm.length, t.end + PAST_SPAN));
    const clause = norm.slice(t.end, to);
    if (!wordBefore(norm, t.start, PAST_BEFORE_DATE)) {
      if (hasWord(before, FUTURE_BEFORE_DATE) || hasWord(clause, FUTURE_AFTER_DATE)) continue;
      if (!reply && !hasWord(clause, PAST_AFTER_DATE)) continue;
    }
    return [t.start, t.end];
  }
  return undefined;
}

/** A dated meeting decision: 2023年10月13日市政府第20次常务会议研究通过. */
const MEETING = /(\d{4})[ \t]*年[ \t]*(\d{1,2})[ \t]*月[ \t]*(\d{1,2})[ \t]*日[^。；;\n]{0,40}?(?:会议|常务会|党组会|办公会)[^。；;\n]{0,20}?(?:审议通过|讨论通过|研究通过|通过|审定|研究同意|同意)/g;

const DOCS: RuleDocs = {
  title: { zh: '成文日期早于正文所述日期', en: 'Document dated before what it reports' },
  explanation: {
    zh: '成文日期署会议通过或者发文机关负责人签发的日期，不能早于正文所写的会议通过日期，也不能早于正文所述已经发生的事项（已于……、……来函收悉）。',
    en: 'A document is dated by the meeting that adopted it or the signing; it cannot be dated before the meeting the body names, nor before what the body reports as done (已于…, …来函收悉).',
  },
  details: {
    zh: '成文日期署会议通过或者发文机关负责人签发的日期，不能早于正文所写的会议通过日期，也不能早于正文所述已经发生的事项（已于……、……来函收悉）。\n\n比较文末的成文日期和正文中的两类日期：“××年×月×日……会议……审议通过（研究同意）”的日期；写明已经发生的某日（“已于2023年9月5日……”“2023年9月5日来函收悉”“……日已完成”；答复函报告建议办理经过，其中的日期都按已发生的事项比较）。正文中的期限（××日前报送）、计划（拟于、将于）、起止日期（××日起、××日至××日）本来就可能晚于成文日期，不比较；只写年月、不写日的也不比较。',
    en: 'A document is dated by the meeting that adopted it or the signing; it cannot be dated before the meeting the body names, nor before what the body reports as done.\n\nCompares the date at the end with two kinds of dates in the body: meeting decisions (……会议……审议通过) and days the body reports as past (已于2023年9月5日…, 2023年9月5日来函收悉, …日已完成; in a reply, which reports how a suggestion was handled, every day of the body). Deadlines (××日前), plans (拟于, 将于), starts and spans (××日起, ××日至××日) may well be later and are not compared, nor are dates without a day.',
  },
  good: ['本办法经2023年10月13日市政府第20次常务会议研究通过，现予印发。\n\n示例市人民政府\n2023年10月24日', '我局拟于2023年9月15日召开推进会，请于2023年9月10日前报送材料。\n\n示例县水利局\n2023年8月10日'],
  bad: ['本办法经2023年10月13日市政府第20次常务会议研究通过，现予印发。\n\n示例市人民政府\n2023年10月8日', '你局2023年9月5日来函收悉。经研究，现函复如下：……\n\n示例县水利局\n2023年8月10日'],
  source: {
    tier: 'regulation',
    zh: '《党政机关公文处理工作条例》第九条（成文日期署会议通过或者发文机关负责人签发的日期）',
    en: 'Regulations on Handling Party and Government Documents art. 9 (the date is that of the adopting meeting or of the signing)',
  },
};

const MESSAGES: Messages = {
  'number/date-order': {
    zh: '成文日期{date}早于正文所写的会议通过日期“{meeting}”，两者必有一处有误',
    en: 'The document date {date} is earlier than the meeting "{meeting}" the body names: one of them is wrong',
  },
  'number/date-order-past-event': { zh: '正文所述已发生事项的日期', en: 'The date of what the body reports as done' },
  'number/date-order-past': {
    zh: '成文日期{date}早于正文所述已发生事项的日期“{event}”，两者必有一处有误',
    en: 'The document date {date} is earlier than "{event}", which the body reports as done: one of them is wrong',
  },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'number/date-order', category: 'number', severity: 'warning', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    const d = doc.date;
    if (!d) return;
    const dated = d.year * 10000 + d.month * 100 + d.day;
    MEETING.lastIndex = 0;
    for (let m = MEETING.exec(doc.norm); m; m = MEETING.exec(doc.norm)) {
      if (m.index >= d.range.start) break;
      const meeting = Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]);
      if (meeting <= dated) continue;
      const dateEnd = m.index + m[0].indexOf('日') + 1;
      ctx.report({
        range: d.range,
        args: { date: `${d.year}年${d.month}月${d.day}日`, meeting: doc.text.slice(m.index, dateEnd) },
      });
      return;
    }
    const past = laterPastDate(doc.norm, doc.tokens.dates, d.range.start, dated, doc.kind === 'reply');
    if (past) {
      ctx.report({
        range: d.range, messageId: 'number/date-order-past',
        args: { date: `${d.year}年${d.month}月${d.day}日`, event: doc.text.slice(past[0], past[1]) },
        related: [{ range: { start: past[0], end: past[1] }, messageId: 'number/date-order-past-event' }],
      });
    }
  },
};
export default rule;
