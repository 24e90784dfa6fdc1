/**
 * number/period-year — a period in brackets written as bare years, （2018-2022）, where the same
 * document writes its periods with 年 (（2018-2022年）, 2023—2025年): 同类别同形式 (GB/T 15835-2011
 * §4.3), and the 年 of a period in a title is what GB/T 9704 practice writes. A document that writes
 * every period without 年 (a plan cited by its official title, 专项规划(2016-2035)) is left alone:
 * with nothing to compare, the citation may reproduce the title verbatim; inside a 《》 title the
 * finding is information for the same reason. The fix inserts 年 before the closing bracket.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { PolicyDocument, Span } from '../../core/model';
import { isSpaceOrTab } from '../../core/chars';
import { skipForward } from '../../core/vocabulary';
import { toDocumentScript } from '../../core/normalize';
import { inSpans } from '../../core/tokens';

const DOCS: RuleDocs = {
  title: { zh: '起止年份写“年”', en: 'A period of years ends in 年' },
  explanation: {
    zh: '文件中的起止年份应写全“年”字，并与本文其他处的写法一致：写“（2018—2022年）”，不写“（2018-2022）”。',
    en: 'A period of years is written with 年, the way the rest of the document writes it: （2018—2022年）, not （2018-2022）.',
  },
  details: {
    zh: '文件中的起止年份应写全“年”字，并与本文其他处的写法一致：写“（2018—2022年）”，不写“（2018-2022）”。\n\n括号中只写两个年份（“（2018-2022）”）、而本文其他处的起止年份带“年”（“（2018-2022年）”“2023—2025年”）时报告。全文的起止年份都不带“年”时（如照录他文标题“专项规划(2016-2035)”），无从比较，不报告。在书名号内的（可能照录该文件标题）作为提示报告。连接号的写法由“范围连接号”规则检查。',
    en: 'A period of years is written with 年, the way the rest of the document writes it: （2018—2022年）, not （2018-2022）.\n\nReported where a bracket holds only two years (（2018-2022）) and the document writes another period with 年 ((2018-2022年), 2023—2025年). Where no period in the document has 年 (an official title quoted verbatim, 专项规划(2016-2035)), there is nothing to compare and nothing is reported. Inside a 《》 title (which may quote that document\'s own form) the finding is information. The connector itself is number/range-mark\'s.',
  },
  good: ['编制《某市产业发展五年行动计划（2018—2022年）》，起草《某市大数据应用推广实施方案（2018—2022年）》。', '根据《上海市海绵城市专项规划(2016-2035)》《嘉定区海绵城市建设规划(2018-2035)》等部署要求'],
  bad: ['一是编制《某市产业发展五年行动计划（2018—2022年）》；二是起草《某市大数据应用推广实施方案（2018—2022）》。'],
  fix: { zh: '在右括号前补“年”。', en: 'Inserts 年 before the closing bracket.' },
  source: {
    tier: 'standard',
    zh: 'GB/T 15835-2011 第4.3条（同类别同形式）；公文标题中起止年份的通行写法“（2023—2025年）”',
    en: 'GB/T 15835-2011 §4.3 (one form for numbers of one kind); the usual form of a period in a title, （2023—2025年）',
  },
};

const MESSAGES: Messages = {
  'number/period-year': {
    zh: '起止年份“{text}”缺“年”：本文其他处写作“{other}”，应统一写作“{fixed}”',
    en: 'The period "{text}" lacks 年: the document writes "{other}" elsewhere; write "{fixed}"',
  },
  'fix/period-year': { zh: '补“年”', en: 'Add 年' },
};

/** The blank before `at` (spaces, tabs) skipped: the character there, '' at the start. */
function charBefore(norm: string, at: number): string {
  while (at > 0 && isSpaceOrTab(norm[at - 1])) at--;
  return at > 0 ? norm[at - 1] : '';
}
/** The blank at `at` skipped: the character there, '' at the end. */
function charAfter(norm: string, at: number): string {
  return norm[skipForward(norm, at, isSpaceOrTab)] ?? '';
}

/** A period of years: from the start of its first year to the end of its second, and what follows it (')', '年' …). */
interface Period extends Span { after: string }

/**
 * The lexer's numeric ranges that are periods of years, earlier year first, the connector right after the
 * first year (2018-2022, not 2018元-2022); with what follows the second year: ) of a bare period, 年 of one
 * written with 年. Read from the token stores (no object per range: a text may hold 100 000 ranges).
 */
function periods(doc: PolicyDocument): Period[] {
  const { norm } = doc;
  const { nums, numRangeStore: ranges } = doc.tokens;
  const out: Period[] = [];
  for (let r = 0; r < ranges.length; r += 3) {
    const a = ranges[r], dash = ranges[r + 2];
    if (!nums.isYear(a) || !nums.isYear(a + 1) || nums.value[a] >= nums.value[a + 1] || skipForward(norm, nums.end[a], isSpaceOrTab) !== dash) continue;
    out.push({ start: nums.start[a], end: nums.end[a + 1], after: charAfter(norm, nums.end[a + 1]) });
  }
  return out;
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'number/period-year', category: 'number', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const all = periods(doc);
    // Bare: （2018-2022）. With 年: 2018-2022年, the first one is named.
    const bare = all.filter((p) => p.after === ')' && charBefore(doc.norm, p.start) === '(');
    if (!bare.length) return;
    const first = all.find((p) => p.after === '年');
    if (!first) return;
    const withYear = { start: first.start, end: skipForward(doc.norm, first.end, isSpaceOrTab) + 1 };
    const nian = toDocumentScript('年', doc.traditional);
    // The 《》 of cited titles, in order (doc.citations are one after another).
    const titles = doc.citations.flatMap((c) => (c.titleRange ? [c.titleRange] : []));
    const other = doc.text.slice(withYear.start, withYear.end);
    for (const p of bare) {
      const text = doc.text.slice(p.start, p.end);
      ctx.report({
        range: { start: p.start, end: p.end },
        // In a 《》 title it may quote that document's own form: information.
        severity: inSpans(titles, p.start) ? 'information' : undefined,
        args: { text, other, fixed: text + nian },
        fix: { titleId: 'fix/period-year', edits: [{ start: p.end, end: p.end, newText: nian }] },
      });
    }
  },
};
export default rule;
