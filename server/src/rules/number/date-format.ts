/**
 * number/date-format — dates follow GB/T 9704-2012 §7.3.5.4: the month and day take no leading zero
 * (2019年3月8日, not 2019年03月08日), and the 成文日期 of a document dated after 2012-07-01 is in
 * Arabic numerals (二〇一九年三月八日 → 2019年3月8日). Chinese-numeral dates before that were the
 * rule under the 2000 处理办法 (corpus 012–016, 037) and are not flagged. Fixes drop the zero or
 * rewrite the date in Arabic numerals.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { memo } from '../../core/tokens';
import { inPageChrome } from '../../core/chrome';
import type { PolicyDocument, Span } from '../../core/model';

// 2019年03月08日, 03月08日, 2019年3月08日: a zero before the month or the day.
const PADDED_RE = /(?<!\d)(?:(\d{4})[ \t]*年[ \t]*)?(\d{1,2})[ \t]*月[ \t]*(?:(\d{1,2})[ \t]*[日号])?/g;
const CN_DATE_RE = /[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日/;

interface Padded { range: Span; zeros: number[] }

function scanPadded(doc: PolicyDocument): Padded[] {
  const out: Padded[] = [];
  const { norm } = doc;
  PADDED_RE.lastIndex = 0;
  for (let m = PADDED_RE.exec(norm); m; m = PADDED_RE.exec(norm)) {
    const [all, , month, day] = m;
    const zeros: number[] = [];
    const monthAt = m.index + all.indexOf(month, m[1] ? 5 : 0);
    if (month.length === 2 && month[0] === '0' && month !== '00') zeros.push(monthAt);
    if (day && day.length === 2 && day[0] === '0' && day !== '00') zeros.push(m.index + all.lastIndexOf(day));
    // A month alone (03月) is a date only with a year or a day.
    if (!zeros.length || (!m[1] && !day)) continue;
    out.push({ range: { start: m.index, end: m.index + all.length }, zeros });
  }
  return out;
}

// 201310月15日: a full year run into the month with its 年 lost (a real slip of a drafting note).
// The lexer's numbers of 5 or 6 digits right before 月, not part of a longer number (no decimal point,
// comma or dash before them), whose first four read as a year (1900–2099) and the rest as a month (1–12).
function scanYearless(doc: PolicyDocument): Span[] {
  const out: Span[] = [];
  const { norm } = doc;
  const { nums } = doc.tokens;
  for (let k = 0; k < nums.length; k++) {
    const s = nums.start[k], i = nums.end[k];
    const n = i - s;
    if ((n !== 5 && n !== 6) || norm[i] !== '月' || nums.chinese(k) || nums.magnitude(k) || nums.digitsEnd[k] !== i || !Number.isInteger(nums.value[k])) continue;
    const before = s > 0 ? norm[s - 1] : '';
    if (before === '.' || before === ',' || before === '．' || before === '，' || before === '-' || before === '/') continue;
    const year = Number(norm.slice(s, s + 4));
    const month = Number(norm.slice(s + 4, i));
    if (year < 1900 || year > 2099 || month < 1 || month > 12) continue;
    out.push({ start: s, end: i + 1 });
  }
  return out;
}

const DOCS: RuleDocs = {
  title: { zh: '日期格式', en: 'Date format' },
  explanation: {
    zh: '成文日期用阿拉伯数字将年、月、日标全，年份写全称，月、日不编虚位（1不编为01）。2012年7月1日前按旧办法用汉字书写的日期不报告。',
    en: 'Dates give year, month and day in Arabic numerals, the year in full, with no leading zero on the month or day. Chinese-numeral dates before 1 July 2012 (the old rules) are not reported.',
  },
  details: {
    zh: '日期用阿拉伯数字将年、月、日标全，月、日不编虚位（1不编为01）。成文日期在2012年7月1日之后的文件，成文日期用阿拉伯数字；此前按《国家行政机关公文处理办法》用汉字书写的日期不报告。网页信息公开栏表格行中的日期（“| 发布日期:2019年03月08日 |”）是网页的发布信息，不属于正文，不报告。年份与月份之间漏写“年”（“201310月15日”）也报告，修复补上“年”。',
    en: 'Dates give year, month and day in Arabic numerals with no leading zero on the month or day. A document dated after 1 July 2012 writes its date in Arabic numerals; Chinese-numeral dates of older documents  are not reported. Dates in the web page\'s metadata rows (| 发布日期:2019年03月08日 |) describe the page, not the text, and are not reported. A year run into its month with the 年 lost (201310月15日) is reported too; the fix inserts 年.',
  },
  good: ['2019年3月8日'],
  bad: ['2019年03月08日', '示例市人民政府\n二〇一九年三月八日', '于201310月15日公布实施'],
  fix: {
    zh: '删除月、日前的0；汉字成文日期改写为阿拉伯数字；年份与月份连写（201310月）时补上“年”。',
    en: 'Deletes the leading zero; rewrites a Chinese-numeral date in Arabic numerals; inserts the lost 年 between a year and its month (201310月).',
  },
  source: { tier: 'standard', zh: 'GB/T 9704-2012 第7.3.5.4条', en: 'GB/T 9704-2012 §7.3.5.4' },
};

const MESSAGES: Messages = {
  'number/date-format': {
    zh: '日期中的月、日不编虚位：“{date}”应写作“{fixed}”',
    en: 'Months and days take no leading zero: write "{date}" as "{fixed}"',
  },
  'number/date-format-year': {
    zh: '日期“{date}”中年份与月份连写，缺少“年”字：应写作“{fixed}”',
    en: 'The year runs into the month with no 年: write "{date}" as "{fixed}"',
  },
  'number/date-format-chinese': {
    zh: '2012年7月1日后的成文日期应使用阿拉伯数字：“{date}”应写作“{fixed}”',
    en: 'A document date after 1 July 2012 is written in Arabic numerals: "{date}" → "{fixed}"',
  },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'number/date-format', category: 'number', severity: 'error', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const p of memo(doc, 'padded-dates', scanPadded)) {
      // Dates in the page's metadata rows (| 发布日期:2019年03月08日 |) are the web page's, not the text's.
      if (inPageChrome(doc, p.range.start)) continue;
      const date = doc.text.slice(p.range.start, p.range.end);
      let fixed = date;
      for (const z of [...p.zeros].reverse()) fixed = fixed.slice(0, z - p.range.start) + fixed.slice(z - p.range.start + 1);
      ctx.report({
        range: p.range, args: { date, fixed },
        fix: { titleId: 'fix/number-to', titleArgs: { fixed }, edits: p.zeros.map((z) => ({ start: z, end: z + 1, newText: '' })) },
      });
    }
    for (const r of memo(doc, 'yearless-dates', scanYearless)) {
      if (inPageChrome(doc, r.start)) continue;
      const date = doc.text.slice(r.start, r.end);
      const fixed = `${date.slice(0, 4)}年${date.slice(4)}`;
      ctx.report({
        range: r, messageId: 'number/date-format-year', args: { date, fixed },
        fix: { titleId: 'fix/number-to', titleArgs: { fixed }, edits: [{ start: r.start + 4, end: r.start + 4, newText: '年' }] },
      });
    }
    const d = doc.date;
    if (d && d.chinese && d.year * 10000 + d.month * 100 + d.day >= 20120701) {
      const line = doc.norm.slice(d.range.start, d.range.end);
      const m = CN_DATE_RE.exec(line);
      if (!m) return;
      const start = d.range.start + m.index;
      const end = start + m[0].length;
      const fixed = `${d.year}年${d.month}月${d.day}日`;
      ctx.report({
        range: { start, end }, messageId: 'number/date-format-chinese',
        args: { date: doc.text.slice(start, end), fixed },
        fix: { titleId: 'fix/number-to', titleArgs: { fixed }, edits: [{ start, end, newText: fixed }] },
      });
    }
  },
};
export default rule;
