/**
 * number/date-order — the 成文日期 is not earlier than the meeting that adopted the document.
 * 《党政机关公文处理工作条例》第九条: 成文日期署会议通过或者发文机关负责人签发的日期, so a body that says
 * “经2023年10月13日市政府第20次常务会议研究通过” cannot be dated 2023年10月8日: one of the two dates is
 * wrong. Only dated meeting decisions are compared (a deadline in the body is naturally later).
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';

/** A dated meeting decision: 2023年10月13日市政府第20次常务会议研究通过. */
const MEETING = /(\d{4})[ \t]*年[ \t]*(\d{1,2})[ \t]*月[ \t]*(\d{1,2})[ \t]*日[^。；;\n]{0,40}?(?:会议|常务会|党组会|办公会)[^。；;\n]{0,20}?(?:审议通过|讨论通过|研究通过|通过|审定|研究同意|同意)/g;

const DOCS: RuleDocs = {
  title: { zh: '成文日期早于会议日期', en: 'Document dated before its meeting' },
  explanation: {
    zh: '成文日期署会议通过或者发文机关负责人签发的日期，不能早于正文所写的会议通过日期。',
    en: 'A document is dated by the meeting that adopted it or the signing; it cannot be dated before the meeting the body names.',
  },
  details: {
    zh: '成文日期署会议通过或者发文机关负责人签发的日期，不能早于正文所写的会议通过日期。\n\n比较文末的成文日期和正文中“××年×月×日……会议……审议通过（研究同意）”的日期；正文中的期限（××日前报送）本来就晚于成文日期，不比较。',
    en: 'A document is dated by the meeting that adopted it or the signing; it cannot be dated before the meeting the body names.\n\nCompares the date at the end with the dates of meeting decisions in the body (……会议……审议通过); deadlines in the body are naturally later and are not compared.',
  },
  good: ['本办法经2023年10月13日市政府第20次常务会议研究通过，现予印发。\n\n示例市人民政府\n2023年10月24日'],
  bad: ['本办法经2023年10月13日市政府第20次常务会议研究通过，现予印发。\n\n示例市人民政府\n2023年10月8日'],
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
  },
};
export default rule;
