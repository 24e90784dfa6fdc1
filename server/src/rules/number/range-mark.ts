/**
 * number/range-mark — the connector of a range (GB/T 15834-2011 §4.13.3, GB/T 15835-2011 §5.1.3).
 * A numeric range takes the 浪纹线 ～ (5%～20%); a span of time takes the 一字线 — (2023—2025年,
 * 5月—6月). The hyphen - / － is never a range connector: error in a numeric range, warning in a
 * span of time. A numeric range joined with — is allowed by GB/T 15835 but GB/T 15834 prefers ～:
 * information. Numeric dates (2023-07-21), codes (GB/T 15834-2011), numbered items (第3-5条, 图1-2)
 * and clock times are left alone, and so is a span of time inside the 《》 title of another document
 * (《…行动计划(2018-2020年)》 quotes that document's own form). The fix rewrites the connector only.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { Citation, PolicyDocument } from '../../core/model';
import { memo, numericRanges } from '../../core/tokens';
import { charIn, endsWithWord, isAsciiLetter, skipBack, someChar } from '../../core/vocabulary';
import { trimBlanksEnd } from '../_chars';
import { hasAnyOf } from '../../core/chars';

/** Words before a number that make "3-5" a numbering (第3-5条, 图1-2), not a range. */
const NUMBERING_WORDS = ['第', '图', '表', '式', '附件', '附表', '编号', '序号', 'No', 'No.'];
/** Units after the second number that make it an address or a code (3-5号楼, 1-2栋). */
const NUMBERING_UNITS = '号栋楼层室幢';
/** A code before the number (GB/T 2260-2007, ISO 9001-2015): a Latin word, then at most three blanks. */
function codeBefore(before: string): boolean {
  const t = trimBlanksEnd(before);
  if (before.length - t.length > 3) return false;
  return someChar(t.slice(skipBack(t, t.length, (c) => c === '/' || isAsciiLetter(c))), isAsciiLetter);
}

/** Draft marks a cited title may carry after its own name: 《X（征求意见稿）》 names X. */
const DRAFT_SUFFIXES = ['(征求意见稿)', '（征求意见稿）', '(送审稿)', '（送审稿）', '(草案)', '（草案）'];

/** The document's lines, trimmed, as a set: a title the document also writes as a line is its own. */
function lineTexts(doc: PolicyDocument): Set<string> {
  return memo(doc, 'range-mark-lines', (d) => {
    const out = new Set<string>();
    for (const l of d.lines) {
      if (l.end - l.start > MAX_TITLE_LINE) continue;
      const t = d.norm.slice(l.start, l.end).trim();
      if (t) out.add(t);
    }
    return out;
  });
}
const MAX_TITLE_LINE = 200;

/**
 * Whether `pos` lies in a 《》 title that names another document: not in the document's own title
 * (关于印发《X》的通知) and not a title the document also writes as a line of its own, its heading
 * (公开征求《X（征求意见稿）》意见 … X). A hyphen there is the other document's own form, quoted verbatim.
 */
function inOthersTitle(doc: PolicyDocument, pos: number): boolean {
  const cites = doc.citations;
  let lo = 0, hi = cites.length - 1, hit: Citation | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = cites[mid].titleRange ?? cites[mid].range;
    if (t.end <= pos) lo = mid + 1;
    else if (t.start > pos) hi = mid - 1;
    else { hit = cites[mid]; break; }
  }
  if (!hit?.titleRange || hit.title === undefined) return false;
  // The document's own title, or its own title set in 《》 (the marks just outside the title's range).
  if (doc.titleRange && hit.titleRange.start >= doc.titleRange.start - 1 && hit.titleRange.end <= doc.titleRange.end + 1) return false;
  const suffix = endsWithWord(hit.title, DRAFT_SUFFIXES);
  const lines = lineTexts(doc);
  return !lines.has(hit.title.slice(0, hit.title.length - suffix.length).trim()) && !lines.has(hit.title.trim());
}

const DOCS: RuleDocs = {
  title: { zh: '范围连接号', en: 'Range connector' },
  explanation: {
    zh: '数值范围用浪纹线“～”连接（GB/T 15835 也允许一字线“—”，GB/T 15834 首选“～”）；时间、地域的起止用一字线“—”。连字符“-”只用于“2011-02-15”式数字日期和编号，不能连接范围。',
    en: 'Numeric ranges are joined with the wave dash ～ (GB/T 15835 also allows —; GB/T 15834 prefers ～); spans of time or place take the em dash —. The hyphen is for numeric dates (2011-02-15) and codes, never for a range.',
  },
  details: {
    zh: '数值范围用浪纹线“～”连接；时间、地域的起止用一字线“—”。连字符“-”“－”不能连接范围：数值范围中为错误，时间范围中为警告；数值范围用“—”时 GB/T 15835 允许、GB/T 15834 首选“～”，提示一次。数字日期（2023-07-21）、标准编号（GB/T 15834-2011）、条款编号（第3-5条）、门牌（3-5号楼）、电话和钟点不报告。引用他文标题中的起止时间（《……行动计划(2018-2020年)》）照录原标题，不报告；本文自身的标题（关于印发《X》的通知、征求意见的《X（征求意见稿）》）照常检查。',
    en: 'Numeric ranges take the wave dash ～; spans of time or place take the em dash —. The hyphen (- or －) never joins a range: an error in a numeric range, a warning in a span of time. — in a numeric range is allowed by GB/T 15835 but GB/T 15834 prefers ～ (information). Numeric dates, standard numbers, article numbers (第3-5条), house numbers, phone numbers and clock times are left alone. A span of time inside the 《》 title of another document (《…行动计划(2018-2020年)》) quotes that title verbatim and is not reported; the document\'s own title (关于印发《X》的通知, a consultation\'s 《X（征求意见稿）》) is checked as usual.',
  },
  good: ['5%～20%', '500万～1000万元', '2023—2025年', '5月—6月', '根据《促进新一代人工智能产业发展三年行动计划(2018-2020年)》(工信部科〔2017〕315号)'],
  bad: ['5%-20%', '3萬元-5萬元', '95分-99分', '（2023-2025年）', '今年5月-6月', '8—10个'],
  fix: {
    zh: '数值范围改为“～”（网页复制的半角文本中为“~”），时间范围改为“—”；只改连接号本身。',
    en: 'Numeric ranges get ～ (~ in a half-width web copy), spans of time get —; only the connector changes.',
  },
  source: {
    tier: 'standard',
    zh: 'GB/T 15834-2011 第4.13.3条；GB/T 15835-2011 第5.1.3条',
    en: 'GB/T 15834-2011 §4.13.3; GB/T 15835-2011 §5.1.3',
  },
};

const MESSAGES: Messages = {
  'number/range-mark': {
    zh: '数值范围“{range}”不能用连字符连接，应使用浪纹线“～”（如“5%～20%”）',
    en: 'The numeric range "{range}" must not use a hyphen; join it with the wave dash ～ (e.g. 5%～20%)',
  },
  'number/range-mark-time': {
    zh: '时间范围“{range}”应使用一字线“—”连接（如“2023—2025年”“5月—6月”），不用连字符',
    en: 'The time span "{range}" takes the em dash — (e.g. 2023—2025年, 5月—6月), not a hyphen',
  },
  'number/range-mark-dash': {
    zh: '数值范围“{range}”用了一字线；GB/T 15834 建议数值范围用浪纹线“～”',
    en: 'The numeric range "{range}" uses —; GB/T 15834 prefers the wave dash ～ for numeric ranges',
  },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'number/range-mark', category: 'number', severity: 'error', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const tilde = doc.halfWidthPunctuation ? '~' : '～';
    for (const r of numericRanges(doc)) {
      const kind = r.conn.kind;
      if (kind !== 'hyphen' && kind !== 'dash') continue;
      const before = doc.norm.slice(Math.max(0, r.range.start - 8), r.range.start);
      if (endsWithWord(trimBlanksEnd(before), NUMBERING_WORDS) || codeBefore(before)) continue;
      if (charIn(r.bUnit[0], NUMBERING_UNITS) && !hasAnyOf(r.a.unit, '号日')) continue;
      if (r.time) {
        if (kind === 'dash') continue;
        // A period inside the 《》 title of another document is that document's own writing, quoted.
        if (inOthersTitle(doc, r.range.start)) continue;
        ctx.report({
          range: r.range, messageId: 'number/range-mark-time', severity: 'warning',
          args: { range: doc.text.slice(r.range.start, r.range.end) },
          fix: { titleId: 'fix/range-mark', titleArgs: { mark: '—' }, edits: [{ start: r.conn.range.start, end: r.conn.range.end, newText: '—' }] },
        });
        continue;
      }
      // A numeric range needs a unit to be sure it is one (3-5 alone may be anything).
      if (!r.bUnit && !r.a.unit) continue;
      ctx.report({
        range: r.range,
        messageId: kind === 'dash' ? 'number/range-mark-dash' : 'number/range-mark',
        severity: kind === 'dash' ? 'information' : undefined,
        args: { range: doc.text.slice(r.range.start, r.range.end) },
        fix: { titleId: 'fix/range-mark', titleArgs: { mark: tilde }, edits: [{ start: r.conn.range.start, end: r.conn.range.end, newText: tilde }] },
      });
    }
  },
};
export default rule;
