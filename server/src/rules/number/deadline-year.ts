/**
 * number/deadline-year — a deadline in the measures of a policy document without its year:
 * 加快建立“中介超市”，5月底前实现我区中介超市上线运行 in a 稳增长政策措施 that runs beyond the year it
 * was issued in. Reported where the deadline (M月底前, M月D日前, M月中旬前 …) has no year before it in its
 * paragraph (20XX年, 今年, 明年, 当年 …), in a document that sets policy (意见, 措施, 方案, 计划; or a
 * notice issuing one; a plan only when it names two or more years) whose title names no single year (a period, 2023—2025年, is no single year). Consultation notices and feedback dates (请于11月28日前反馈),
 * work lists of one year (2021年…任务分解) and dated campaign plans are not reported.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { DocumentKind, PolicyDocument, Span } from '../../core/model';
import { isDigitCode } from '../../core/chars';
import { inPageChrome } from '../../core/chrome';
import { CONSULTATION_BODY_WORDS, RANGE_CONNECTORS, WRAP_VERBS, hasWord } from '../../core/vocabulary';

const DOCS: RuleDocs = {
  title: { zh: '时限写明年份', en: 'Deadlines name their year' },
  explanation: {
    zh: '政策文件中的工作时限应写明年份（2016年5月底前），不写“5月底前”：文件施行跨年后，读者无法判断是哪一年。',
    en: 'A deadline in a policy document names its year (2016年5月底前), not just 5月底前: once the policy runs past its first year, the reader cannot tell which year is meant.',
  },
  details: {
    zh: '政策文件中的工作时限应写明年份（2016年5月底前），不写“5月底前”：文件施行跨年后，读者无法判断是哪一年。\n\n“M月底前”“M月D日前”“M月中旬前”等时限在同一段中前面没有年份（“20XX年”“今年”“明年”“当年”等）时报告。只检查意见、措施、实施方案、行动计划（或印发这些文件的通知；方案、计划须在文中写到两个以上年份，几个月的专项行动不算），且标题中没有写明单一年份的文件；征求意见公告中的反馈时限、标题写明年度的工作要点和任务分解不报告。',
    en: 'A deadline in a policy document names its year (2016年5月底前), not just 5月底前: once the policy runs past its first year, the reader cannot tell which year is meant.\n\nA deadline (M月底前, M月D日前, M月中旬前 …) with no year before it in its paragraph (20XX年, 今年, 明年, 当年 …) is reported, in opinions, measures, implementation and action plans (or notices issuing them; a plan only when it names two or more years, so a campaign of a few months is not checked) whose title names no single year. Feedback deadlines of consultation notices and work lists titled with their year are not reported.',
  },
  good: ['加快建立“中介超市”，2017年5月底前实现中介超市上线运行。', '2021年2月3日前报送分管市领导，审核后于2月7日前报送市政府。'],
  bad: ['某区稳增长若干政策措施\n一、提高审批效率\n1.精简项目审批手续。加快建立“中介超市”，5月底前实现中介超市上线运行。（区政务服务局牵头）'],
  fix: { zh: '不自动修改：请补写年份。', en: 'No automatic fix: add the year.' },
  source: {
    tier: 'practice',
    zh: '起草实务：时间表述写明具体的年、月、日（《国家行政机关公文处理办法》）',
    en: 'Drafting practice: dates name the year, month and day (the 2000 rules on handling documents)',
  },
};

const MESSAGES: Messages = {
  'number/deadline-year': {
    zh: '时限“{text}”没有写明年份，应写作“20XX年{text}”',
    en: 'The deadline "{text}" names no year: write 20XX年{text}',
  },
};

const POLICY_KINDS: ReadonlySet<DocumentKind> = new Set<DocumentKind>(['action-plan', 'measures', 'opinion']);
/** Characters before 年 that make it a year of the calendar (今年, 2016年, 次年 …), not 每年 or 三年. */
const YEAR_BEFORE = '今明当本次该同上下去前后翌〇';

/**
 * The lexer's deadlines by month (M月底前, M月D日前 …) that name no year of their own: not after 年
 * (2016年5月底前), nor within a range or a date that carries one (3月至5月底前, 3-5月底前, 2016.5月, 2016/5月).
 */
function deadlines(doc: PolicyDocument): Span[] {
  const { norm } = doc;
  return doc.tokens.deadlines.filter((d) => {
    const b = norm[d.start - 1] ?? '';
    return b !== '年' && b !== '.' && b !== '/' && !RANGE_CONNECTORS.includes(b);
  });
}

/**
 * Calendar years (2016年, 今年, 次年) before the deadlines, taken in document order: each 年 of the text
 * is read once (a line of thousands of deadlines stays linear). `has(start, end)`: one lies in
 * [start, end); `end` only grows from one call to the next.
 */
class YearSweep {
  /** The next 年 at or after `from` (norm.length when none). */
  private next = -1;
  private from = 0;
  /** The last calendar 年 read, or -1. */
  private last = -1;
  constructor(private readonly norm: string) {}
  has(start: number, end: number): boolean {
    const { norm } = this;
    for (;;) {
      if (this.next < this.from) {
        const i = norm.indexOf('年', this.from);
        this.next = i < 0 ? norm.length : i;
      }
      if (this.next >= end) break;
      const b = norm[this.next - 1] ?? '';
      if (isDigitCode(b.charCodeAt(0)) || YEAR_BEFORE.includes(b)) this.last = this.next;
      this.from = this.next + 1;
    }
    return this.last >= start;
  }
}

function applies(doc: PolicyDocument): boolean {
  const title = doc.titleRange ? doc.norm.slice(doc.titleRange.start, doc.titleRange.end) : '';
  // A notice counts when it issues a policy (关于印发…行动计划的通知), not when it consults on one.
  const wraps = doc.kind === 'notice' && doc.innerKind !== undefined && hasWord(title, WRAP_VERBS) && !hasWord(title, CONSULTATION_BODY_WORDS);
  const kind = wraps && doc.innerKind ? doc.innerKind : doc.kind;
  if (!POLICY_KINDS.has(kind)) return false;
  // A plan may be a campaign of a few months (专项整治实施方案): it counts when it spans years.
  if (kind === 'action-plan' && yearsNamed(doc) < 2) return false;
  // A title that names its year (2021年重点工作…) dates its deadlines; a period (2023—2025年) does not.
  return !doc.titleRange || !namesOneYear(doc, doc.titleRange);
}

/** How many distinct years (2021年) the text names, up to 2 (a period, 2023—2025年, names two). */
function yearsNamed(doc: PolicyDocument): number {
  const { tokens } = doc;
  if (tokens.yearRanges.some((r) => r.from !== r.to)) return 2;
  let first = 0;
  for (const d of tokens.dates) {
    if (d.chinese) continue;
    if (!first) first = d.year;
    else if (d.year !== first) return 2;
  }
  return first ? 1 : 0;
}

/** A year in the title that is not the end of a period (2021年, not the 2025年 of 2023—2025年). */
function namesOneYear(doc: PolicyDocument, title: Span): boolean {
  const periods = doc.tokens.tokensIn(title, 'yearRanges');
  return doc.tokens.tokensIn(title, 'dates').some((d) => !d.chinese && !periods.some((p) => p.start < d.start && d.start < p.end));
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'number/deadline-year', category: 'number', severity: 'warning', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    if (!applies(doc)) return;
    const { norm } = doc;
    const years = new YearSweep(norm);
    let li = 0;
    // Whether line `consultLine` speaks of a consultation (read once per line, not once per deadline).
    let consultLine = -1, consulting = false;
    for (const d of deadlines(doc)) {
      while (li < doc.lines.length - 1 && doc.lines[li].end < d.start) li++;
      const line = doc.lines[li];
      if (years.has(line.start, d.start) || inPageChrome(doc, d.start)) continue;
      if (consultLine !== li) { consultLine = li; consulting = hasWord(norm.slice(line.start, line.end), CONSULTATION_BODY_WORDS); }
      // A consultation's feedback date (请于12月19日前反馈) belongs to the dated notice, not the policy.
      if (consulting || norm.slice(d.end, d.end + 12).includes('反馈')) continue;
      ctx.report({ range: d, args: { text: doc.text.slice(d.start, d.end) } });
    }
  },
};
export default rule;
