/**
 * number/period-year — a period in brackets written as bare years, （2018-2022）, where the same
 * document writes its periods with 年 (（2018-2022年）, 2023—2025年): 同类别同形式 (GB/T 15835-2011
 * §4.3), and the 年 of a period in a title is what GB/T 9704 practice writes. A document that writes
 * every period without 年 (a plan cited by its official title, 专项规划(2016-2035)) is left alone:
 * with nothing to compare, the citation may reproduce the title verbatim; inside a 《》 title the
 * finding is information for the same reason. The fix inserts 年 before the closing bracket.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { Span } from '../../core/model';
import { isDigitCode } from '../../core/chars';
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

const CONNECTORS = '-－—–~～至到';
const OPEN = '(（';
const CLOSE = ')）';

/** Four digits 19xx/20xx ending at `end` (exclusive), not preceded by another digit: their start, else -1. */
function yearBefore(norm: string, end: number): number {
  const s = end - 4;
  if (s < 0) return -1;
  for (let k = s; k < end; k++) if (!isDigitCode(norm.charCodeAt(k))) return -1;
  if (s > 0 && isDigitCode(norm.charCodeAt(s - 1))) return -1;
  return norm[s] === '1' && norm[s + 1] === '9' || norm[s] === '2' && norm[s + 1] === '0' ? s : -1;
}

/** A period YYYY<connector>YYYY ending at `end` (blanks allowed round the connector): its start, else -1. */
function periodBefore(norm: string, end: number): number {
  let e = end;
  while (e > 0 && norm[e - 1] === ' ') e--;
  const b = yearBefore(norm, e);
  if (b < 0) return -1;
  let c = b;
  while (c > 0 && norm[c - 1] === ' ') c--;
  if (c === 0 || !CONNECTORS.includes(norm[c - 1])) return -1;
  c--;
  while (c > 0 && norm[c - 1] === ' ') c--;
  const a = yearBefore(norm, c);
  if (a < 0 || Number(norm.slice(a, a + 4)) >= Number(norm.slice(b, b + 4))) return -1;
  return a;
}

/** The bare periods in brackets, （2018-2022）, in order. */
function barePeriods(norm: string): Span[] {
  const bare: Span[] = [];
  for (const close of CLOSE) {
    for (let i = norm.indexOf(close); i >= 0; i = norm.indexOf(close, i + 1)) {
      const a = periodBefore(norm, i);
      if (a < 0) continue;
      let o = a;
      while (o > 0 && norm[o - 1] === ' ') o--;
      if (o > 0 && OPEN.includes(norm[o - 1])) bare.push({ start: a, end: i });
    }
  }
  return bare.sort((x, y) => x.start - y.start);
}

/** The first period written with 年 (2018-2022年, 2023—2025年). */
function periodWithYear(norm: string): Span | undefined {
  for (let i = norm.indexOf('年'); i >= 0; i = norm.indexOf('年', i + 1)) {
    const a = periodBefore(norm, i);
    if (a >= 0) return { start: a, end: i + 1 };
  }
  return undefined;
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'number/period-year', category: 'number', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const bare = barePeriods(doc.norm);
    if (!bare.length) return;
    const withYear = periodWithYear(doc.norm);
    if (!withYear) return;
    const nian = toDocumentScript('年', doc.traditional);
    // The 《》 of cited titles, in order (doc.citations are one after another).
    const titles = doc.citations.flatMap((c) => (c.titleRange ? [c.titleRange] : []));
    const other = doc.text.slice(withYear.start, withYear.end);
    for (const p of bare) {
      const text = doc.text.slice(p.start, p.end);
      ctx.report({
        range: p,
        // In a 《》 title it may quote that document's own form: information.
        severity: inSpans(titles, p.start) ? 'information' : undefined,
        args: { text, other, fixed: text + nian },
        fix: { titleId: 'fix/period-year', edits: [{ start: p.end, end: p.end, newText: nian }] },
      });
    }
  },
};
export default rule;
