/**
 * number/year-short — a year is written in full (GB/T 15835-2011 §5.1.4 [recalled]): 2019年, not
 * 19年 or '19. A two-digit number before 年 counts as a year only where a calendar word follows
 * (19年3月, 19年底, 19年上半年, 19年度), so durations (用15年时间) are not flagged. The fix
 * writes the century (20 for 00–49, 19 for 50–99) and drops the apostrophe.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { memo } from '../../core/tokens';
import type { PolicyDocument, Span } from '../../core/model';

const SHORT_YEAR_RE = /(?<![\d.])(\d{2})[ \t]*年(?=[ \t]*(?:\d{1,2}[ \t]*月|底|末|初|上半年|下半年|度|第?[一二三四1-4]季度|前三季度))|(?<![A-Za-z\d])['’](\d{2})(?![\d.%A-Za-z'’])/g;

interface ShortYear { range: Span; digits: string; yearStart: number }

function scan(doc: PolicyDocument): ShortYear[] {
  const out: ShortYear[] = [];
  SHORT_YEAR_RE.lastIndex = 0;
  for (let m = SHORT_YEAR_RE.exec(doc.norm); m; m = SHORT_YEAR_RE.exec(doc.norm)) {
    const digits = m[1] ?? m[2];
    if (m[2] !== undefined) {
      // '19 only before 年 or where a year reads naturally (not a closing quote before a count).
      const after = doc.norm.slice(m.index + 3, m.index + 4);
      if (after && !/[年\s,.;:，。；：)）]/.test(after)) continue;
      out.push({ range: { start: m.index, end: m.index + 3 }, digits, yearStart: m.index });
    } else {
      out.push({ range: { start: m.index, end: m.index + m[0].length }, digits, yearStart: m.index });
    }
  }
  return out;
}

const DOCS: RuleDocs = {
  title: { zh: '年份不能简写', en: 'Years in full' },
  explanation: { zh: '年份应写全称，不能简写为两位数。', en: 'Years are written in full, never as two digits.' },
  details: {
    zh: '年份应写全称。两位数后接“年”且其后是月份、年底、年末、上半年、年度、季度等日历用语时视为简写年份（19年底、20年3月）；“用15年时间”等年限不报告。也报告 \'19 式写法。',
    en: 'Years are written in full. Two digits before 年 count as a year when a calendar word follows (19年底, 20年3月); durations (用15年时间) are not reported. \'19 is reported too.',
  },
  good: ['2019年', '2019年底'],
  bad: ['19年底', '19年3月', '\'19'],
  fix: {
    zh: '补全世纪（00–49 → 20xx，50–99 → 19xx），请核对。',
    en: 'Adds the century (00–49 → 20xx, 50–99 → 19xx); check it.',
  },
  source: { tier: 'standard', zh: 'GB/T 15835-2011 第5.1.4条', en: 'GB/T 15835-2011 §5.1.4' },
};

const MESSAGES: Messages = {
  'number/year-short': { zh: '年份应写全：“{year}”应写作“{fixed}”', en: 'Write the year in full: "{year}" → "{fixed}"' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'number/year-short', category: 'number', severity: 'error', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const y of memo(doc, 'short-years', scan)) {
      const full = (Number(y.digits) >= 50 ? '19' : '20') + y.digits;
      const written = doc.text.slice(y.range.start, y.range.end);
      const isApostrophe = /^['’]/.test(written);
      const edit = isApostrophe
        ? { start: y.range.start, end: y.range.end, newText: full }
        : { start: y.yearStart, end: y.yearStart + 2, newText: full };
      ctx.report({
        range: y.range, args: { year: written, fixed: full },
        fix: { titleId: 'fix/number-to', titleArgs: { fixed: full }, edits: [edit] },
      });
    }
  },
};
export default rule;
