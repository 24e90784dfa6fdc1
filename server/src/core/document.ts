/** text → PolicyDocument. Called once per document version; rules only read the result. */
import { findAmounts, findPlaceholders, findRatios, findTargets } from './amounts';
import { findCitations } from './citations';
import { chromeLines, chromeValue, notePageChrome } from './chrome';
import { buildTree, matchHeading, RawHeading, tableOfContentsLines } from './headings';
import { findLeadClauses } from './lead';
import { LineIndex } from './lines';
import { spanInside } from './spans';
import { DocumentKind, Heading, LeadClause, Line, Measure, PolicyDocument, Span } from './model';
import { looksTraditional, maskSpans, nonProseSpans, normalizeForMatching } from './normalize';
import { cnToNumber, dateLine } from './numerals';
import { lex } from './lexer';
import {
  allOf, allWhiteOr, endsWithOneOf, hasAnyOf, hasNonWhite, isHanCode, isLineBreakCode, isOneOf, isWhiteCode, markdownPrefixEnd, removePinyinGlosses,
  removeWhite, splitLines, stripEmphasis, stripSuffix, trimStartOf, withoutTrailingGroups, markPositions,
} from './chars';
import {
  ACTION_PLAN_TITLE_ENDINGS, CONSULTATION_BODY_WORDS, CONSULTATION_TITLE_TAILS, CONSULTATION_TITLE_WORDS, DRAFT_STAGE_WORDS,
  DRAFTING_NOTE_BODY_WORDS, DRAFTING_NOTE_SECTION_WORDS, DRAFTING_NOTE_TITLE_WORDS, endsWithWord, hasSequence, hasWord, holdsMeasures, INTERPRETATION_TITLE_ENDINGS,
  isNotAssignedTitle, ISSUING_FORMULA_WORDS, ISSUING_VERBS, MAKE_VERBS, MEASURES_ANNOUNCED, MEASURES_SELF, MEASURES_START,
  MEASURES_TITLE_ENDINGS, NON_TASK_TITLE_WORDS, ROLE_TITLE_MAX, NOTICE_FORMULA_WORDS, OPINION_ANNOUNCED, OPINION_SELF, PLAN_SELF, REPLY_FORMULA_WORDS,
  RANGE_CONNECTORS, REPLY_TITLE_WORDS, REPOST_TITLE_PREFIXES, SUPPORT_PLAN_TITLE_ENDINGS, TITLE_END_WORDS, WIDE_INHERIT_WORDS,
  WORK_LIST_TITLE_ENDINGS, wordsNear, wordsRe,
} from './vocabulary';

/** The title ends with a document name (…的通知, …方案, …答复). */
function endsLikeTitle(t: string): boolean { return !!endsWithWord(t, TITLE_END_WORDS); }
// Spaces, bracketed notes back to back, spaces, at the end: written so that no run of spaces can be split
// two ways (the lookbehind keeps a match from starting inside a run; the first spaces and the last are
// no longer adjacent repetitions), which made a failing search cubic on long runs of spaces.
const TITLE_SUFFIX = /(?<![ \t])[ \t]*(?:(?:\([^()]{0,30}\)|\[[^\]]{0,30}\])+[ \t]*)?$/;

/**
 * Sections that never hold task-level measures. A "title" longer than a section name is the sentence of
 * an item (六、对…年度目标任务完成情况好…的省（区、市），…: corpus 010), whatever words it holds, as
 * sectionRoles reads it.
 */
const isNonTaskTitle = (title: string) => title.length <= ROLE_TITLE_MAX && hasWord(normalizeForMatching(title), NON_TASK_TITLE_WORDS);

/**
 * The text inside the first pair `open`…`close` holding at most `max` characters and no line feed
 * (/《([^》\n]{0,max})》/), or undefined.
 */
function firstEnclosed(s: string, open: string, close: string, max: number): string | undefined {
  for (let p = s.indexOf(open); p >= 0; p = s.indexOf(open, p + 1)) {
    for (let q = p + 1; q < s.length && q - p - 1 <= max && s[q] !== '\n'; q++) {
      if (s[q] === close) return s.slice(p + 1, q);
    }
  }
  return undefined;
}

/** `s` after the last 印发/转发 of its first line (/^.*(印发|转发)/ removed), or `s` when none. */
function afterIssuingVerb(s: string): string {
  let lineEnd = 0;
  while (lineEnd < s.length && !isLineBreakCode(s.charCodeAt(lineEnd))) lineEnd++;
  const first = s.slice(0, lineEnd);
  const at = Math.max(first.lastIndexOf('印发'), first.lastIndexOf('转发'));
  return at < 0 ? s : s.slice(at + 2);
}

/** …关于…提案/建议…的函: a letter on a proposal (提案 or 建议 within 120 characters of the closing 的函, on one line). */
function proposalLetter(t: string): boolean {
  if (!t.endsWith('的函')) return false;
  const body = t.slice(0, -2);
  const at = Math.max(body.lastIndexOf('提案'), body.lastIndexOf('建议'));
  if (at < 0 || body.length - (at + 2) > 120) return false;
  for (let i = at + 2; i < body.length; i++) if (isLineBreakCode(body.charCodeAt(i))) return false;
  return true;
}

type TitleKind = { kind: DocumentKind; inner?: DocumentKind; settled?: boolean; consultation?: boolean };

/**
 * The title as read for its kind: white space (a line break or a page's spacing inside it), pinyin glosses
 * (业(ye)), a repost's 原标题: and a pair of 《》 around the whole title removed.
 */
function kindTitle(t: string): string {
  let s = removePinyinGlosses(removeWhite(t));
  for (const p of REPOST_TITLE_PREFIXES) if (s.startsWith(p)) { s = s.slice(p.length); break; }
  if (s.startsWith('《') && s.endsWith('》') && s.indexOf('《', 1) < 0) s = s.slice(1, -1);
  return s;
}

/**
 * The draft a consultation title asks comments on — 关于公开征求《X》意见的公告, 《X》公开征求意见,
 * 关于X公开征求意见的通知 — or undefined when the title is no consultation.
 */
function consultedTitle(t: string): string | undefined {
  const tail = CONSULTATION_TITLE_TAILS.find((e) => t.endsWith(e) && t.slice(0, t.length - e.length).endsWith('意见'));
  if (tail === undefined) return undefined;
  const head = t.slice(0, t.length - tail.length);
  // 征求…意见: 征求意见 itself, or 征求《X》意见.
  const at = head.lastIndexOf('征求');
  if (at < 0 || !hasWord(head.slice(at), CONSULTATION_TITLE_WORDS) && head[at + 2] !== '《') return undefined;
  return firstEnclosed(t, '《', '》', 200) ?? head.slice(0, at);
}

function kindFromTitle(raw: string): TitleKind {
  const t = kindTitle(raw);
  // A 政策解读 (关于《…（征求意见稿）》的政策解读) explains a text for the public: not a drafting note
  // whatever its body quotes (起草说明), nor one of the kinds whose sections are checked.
  if (endsWithWord(t, INTERPRETATION_TITLE_ENDINGS)) return { kind: 'interpretation', settled: true };
  if (hasWord(t, DRAFTING_NOTE_TITLE_WORDS)) return { kind: 'drafting-note' };
  if (hasWord(t, REPLY_TITLE_WORDS) || proposalLetter(t)) return { kind: 'reply' };
  const consulted = consultedTitle(t);
  if (consulted !== undefined) {
    // A consultation is a notice (公告/通知) about a draft: the draft's kind, when the title names it.
    const k = kindFromTitle(consulted).kind;
    return { kind: 'notice', inner: innerOf(k), consultation: true };
  }
  if (hasWord(t, ISSUING_VERBS) && t.endsWith('通知')) {
    const inner = firstEnclosed(t, '《', '》', 200) ?? afterIssuingVerb(t);
    const k = kindFromTitle(stripSuffix(inner, '的通知')).kind;
    return { kind: 'notice', inner: innerOf(k) };
  }
  const stripped = withoutTrailingGroups(t);
  // A 奖补方案 / 奖励实施方案 sets who gets how much: measures (scope, 附则), not a plan of goals and tasks.
  if (endsWithWord(stripped, SUPPORT_PLAN_TITLE_ENDINGS)) return { kind: 'measures' };
  if (endsWithWord(stripped, WORK_LIST_TITLE_ENDINGS)) return { kind: 'work-list' };
  if (endsWithWord(stripped, ACTION_PLAN_TITLE_ENDINGS)) return { kind: 'action-plan' };
  if (endsWithWord(stripped, MEASURES_TITLE_ENDINGS)) return { kind: 'measures' };
  if (stripped.endsWith('意见')) return { kind: 'opinion' };
  if (stripped.endsWith('通知')) return { kind: 'notice' };
  return { kind: 'unknown' };
}

/** The kind of a document a notice carries, kept when it is one whose parts are checked. */
function innerOf(k: DocumentKind): DocumentKind | undefined {
  return k === 'unknown' || k === 'notice' || k === 'reply' || k === 'interpretation' ? undefined : k;
}

function kindFromBody(norm: string): DocumentKind {
  const head = norm.slice(0, 4000);
  // 现答复如下 / 办理情况答复如下: a reply, with or without 收悉 before it.
  if (hasWord(head, REPLY_FORMULA_WORDS)) return 'reply';
  if (hasWord(head, DRAFTING_NOTE_BODY_WORDS)) return 'drafting-note';
  if (hasSequence(head, PLAN_SELF)) return 'action-plan';
  if (hasSequence(norm, MEASURES_SELF) || hasSequence(norm, MEASURES_START)) return 'measures';
  if (hasSequence(head, OPINION_SELF) || hasSequence(head, OPINION_ANNOUNCED)) return 'opinion';
  if (hasWord(head, NOTICE_FORMULA_WORDS) || wordsNear(head, ['现将'], ['印发给你们'], 80, '。')) return 'notice';
  // 现将《…（征求意见稿）》…公布，征求社会各界意见: a consultation notice.
  if (wordsNear(head, ['现将'], CONSULTATION_BODY_WORDS, 200, '。')) return 'notice';
  // The opening paragraph (the first line of 20 characters or more) announces what it makes:
  // 从…七个方面，制定推动…的若干政策。 Not an article further down (第三条 …制定…政策措施).
  if (wordsNear(openingParagraph(head), MAKE_VERBS, MEASURES_ANNOUNCED, 40, '。')) return 'measures';
  return 'unknown';
}

/** The first line of 20 characters or more, at most 600 of them: a text's opening paragraph. */
function openingParagraph(s: string): string {
  for (let start = 0; start < s.length;) {
    let end = start;
    while (end < s.length && !isLineBreakCode(s.charCodeAt(end))) end++;
    if (end - start >= 20) return s.slice(start, Math.min(end, start + 600));
    start = end + 1;
  }
  return '';
}

/**
 * The kind a text without a title shows by its structure: articles (第一条 … 第X条) are the provisions of
 * 办法/规定; 一、 sections whose items name lead units (牵头单位, 责任单位) are a plan; 一、起草背景 二、起草过程 a
 * drafting note.
 */
function kindFromStructure(all: readonly Heading[], clauses: readonly LeadClause[], norm: string): DocumentKind {
  const articles = all.filter((h) => h.style === 'article');
  if (articles.length >= 3 && articles[0].number === 1) return 'measures';
  // 一、起草背景 二、起草过程: a drafting note.
  const noteSections = all.filter((h) => h.style === 'cn' && hasWord(norm.slice(h.titleRange.start, h.titleRange.end), DRAFTING_NOTE_SECTION_WORDS));
  if (noteSections.length >= 2) return 'drafting-note';
  // Lead clauses in two or more 一、 sections: the text assigns its tasks (a lone 保障措施 section with
  // leads is a fragment, not a plan).
  // Whether a section holds a non-prose clause, answered by a binary search per section (core/spans.ts).
  const holdsClause = spanInside(() => clauses.filter((k) => k.form !== 'prose').map((k) => k.range));
  let assigning = 0;
  for (const h of all) {
    if (h.style === 'cn' && holdsClause(h.sectionRange) && ++assigning >= 2) return 'action-plan';
  }
  return 'unknown';
}

/**
 * The title in the page's metadata (| 标 题: 某市…的通知 |, 名 称: | … |), when the copy lacks the title
 * line: read for the kind only, never reported on.
 */
function metadataTitle(lines: readonly Line[], norm: string, chrome: ReadonlySet<number>): string | undefined {
  for (const i of chrome) {
    const s = norm.slice(lines[i].start, lines[i].end);
    const v = chromeValue(s, ['标题', '名称']);
    if (v && v.length >= 4) return v;
  }
  return undefined;
}

/**
 * The notice's formula names what it issues: 现将《X》印发给你们, 《X》已经…同意，现印发给你们,
 * 研究确定了《X》: the kind of X, from the first paragraphs after the title.
 */
function issuedKind(norm: string): DocumentKind | undefined {
  for (const inner of issuedTitles(norm)) {
    const k = innerOf(kindFromTitle(stripSuffix(inner, '的通知')).kind);
    if (k) return k;
  }
  return undefined;
}

/** The titles in 《》 that the sentences of the first 1,500 characters issue (现将《X》印发给你们). */
function issuedTitles(norm: string): string[] {
  const head = norm.slice(0, 1500);
  const out: string[] = [];
  for (let p = head.indexOf('《'); p >= 0; p = head.indexOf('《', p + 1)) {
    const inner = firstEnclosed(head.slice(p), '《', '》', 200);
    if (!inner) continue;
    // Only a title in the sentence that issues it.
    let e = p;
    while (e < head.length && head[e] !== '。' && !isLineBreakCode(head.charCodeAt(e))) e++;
    let b = p;
    while (b > 0 && head[b - 1] !== '。' && !isLineBreakCode(head.charCodeAt(b - 1))) b--;
    if (hasWord(head.slice(b, e), ISSUING_FORMULA_WORDS)) out.push(inner);
  }
  return out;
}

function buildLines(idx: LineIndex, text: string): Line[] {
  const lines: Line[] = [];
  for (let i = 0; i < idx.lineCount; i++) {
    const start = idx.starts[i];
    const end = idx.lineEnd(i);
    lines.push({ index: i, start, end, blank: !hasNonWhite(text, start, end) });
  }
  return lines;
}

/** Strip Markdown decoration (#, **, >) from a line for title matching. */
function plain(s: string): string {
  return stripEmphasis(s.slice(markdownPrefixEnd(s, { quote: true }))).trim();
}

/** A line that starts like a heading or an item (第一章, 第3条, 一、, （, 1. or 1、): no title. */
function startsLikeHeading(p: string): boolean {
  if (p[0] === '(') return true;
  let i = 0;
  if (p[0] === '第') {
    i = 1;
    while (i < p.length && isOneOf(p[i], '一二三四五六七八九十百0123456789')) i++;
    return i > 1 && (p[i] === '章' || p[i] === '条');
  }
  while (i < p.length && isOneOf(p[i], '一二三四五六七八九十')) i++;
  if (i > 0) return p[i] === '、';
  while (i < p.length && isOneOf(p[i], '0123456789')) i++;
  return i > 0 && (p[i] === '.' || p[i] === '、');
}

function findTitle(lines: Line[], norm: string, text: string, chrome: ReadonlySet<number>): { title: string; range: Span } | undefined {
  let seen = 0;
  // Page metadata (索引号, 日期, 时效性 …) above a web copy (`chrome`, chromeLines) is not part of the title.
  const isTitleish = (p: string) => p.length >= 2 && p.length <= 120 && !endsWithOneOf(p, '。;:,!?') && !p.includes('。')
    && !startsLikeHeading(p) && !dateLine(p) && !DOC_NUMBER_LINE.test(p);
  let lastText = lines.length - 1;
  while (lastText > 0 && lines[lastText].blank) lastText--;
  for (let i = 0; i < lines.length && seen < 40; i++) {
    const l = lines[i];
    if (l.blank) continue;
    seen++;
    if (chrome.has(i)) continue;
    // A title may run over up to three adjacent lines ("国务院关于促进综合保税区" / "高水平开放…的若干意见").
    let raw = '';
    for (let k = 0; k < 3 && i + k < lines.length; k++) {
      const lk = lines[i + k];
      if (lk.blank || chrome.has(i + k)) break;
      const part = plain(norm.slice(lk.start, lk.end));
      // A head line that is the title in 《》, after the document's own number or alone
      // (某政发〔2024〕5号《某市人民政府关于印发…的通知》, a web copy's head): the title is inside the marks.
      // Only a head above a body: a text of one line (国发〔2015〕40号《…》) is a citation.
      const wrapped = k === 0 && i < lastText ? HEAD_WRAPPED_TITLE.exec(part) : null;
      if (wrapped && endsLikeTitle(titleCore(wrapped[2]))) {
        const first = norm.slice(l.start, l.end);
        const open = first.indexOf('《', first.indexOf(wrapped[1] ?? '《'));
        const start = l.start + open + 1, end = start + wrapped[2].length;
        return { title: text.slice(start, end), range: { start, end } };
      }
      if (!isTitleish(part) && !(k === 0 && part.includes('《'))) break;
      raw += part;
      // The head lines are the title in 《》, over several lines or holding a 《》 of its own
      // (《国务院关于支持自由贸易试验区 / 深化改革创新若干措施的通知》, 《…印发《X》的通知》): the title is
      // inside the outer marks. Only above a body, as for a title in 《》 on one line.
      if (raw[0] === '《' && raw.endsWith('》') && i + k < lastText && closingOf(raw, 0) === raw.length - 1
        && endsLikeTitle(titleCore(raw.slice(1, -1)))) {
        const first = norm.slice(l.start, l.end), last = lines[i + k];
        const start = l.start + first.indexOf('《') + 1, end = last.start + norm.slice(last.start, last.end).lastIndexOf('》');
        const title = splitLines(text.slice(start, end)).map((x) => trimStartOf(stripEmphasis(x), ' \t#>').trim()).join('');
        return { title, range: { start, end } };
      }
      if (raw.length < 4 || raw.length > 120) continue;
      if (raw.includes('《') && !raw.includes('》')) continue;
      const core = titleCore(raw);
      if (!endsLikeTitle(core)) continue;
      const lead = markdownPrefixEnd(norm.slice(l.start, l.end), { quote: true, emphasis: true });
      const end = lines[i + k].end;
      const title = splitLines(text.slice(l.start + lead, end)).map((x) => trimStartOf(stripEmphasis(x), ' \t#>').trim()).join('');
      return { title, range: { start: l.start + lead, end } };
    }
  }
  return undefined;
}

/** Where the 《 at `open` of `s` closes (nested 《》 counted), or -1. */
function closingOf(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '《') depth++;
    else if (s[i] === '》' && --depth === 0) return i;
  }
  return -1;
}

/** A title without its trailing notes: spaces, brackets and a stage such as （征求意见稿）. */
function titleCore(title: string): string {
  const core = title.replace(TITLE_SUFFIX, '');
  // A stage in brackets right at the end: （征求意见稿）.
  if (!core.endsWith(')')) return core;
  const stage = endsWithWord(core.slice(0, -1), DRAFT_STAGE_WORDS);
  const open = core.length - 2 - stage.length;
  return stage && core[open] === '(' ? core.slice(0, open) : core;
}

/** A head line 《title》, optionally after a document number (某政发〔2024〕5号《…的通知》). */
const HEAD_WRAPPED_TITLE = /^([^《》\s]{1,20}[〔[(（]\d{4}[〕\])）]\d{1,4}号)?[ \t]*《([^《》\n]{4,118})》$/;
/** A line that is only a document number (示府办发〔2024〕12号): the 版头 above a title, never part of it. */
const DOC_NUMBER_LINE = /^[^\s《》]{1,20}[〔[(（]\d{4}[〕\])）]第?\d{1,5}号$/;
/** The period of a title in brackets, (2023—2025年), (2023年-2025年), (2023-2025), (2023年-): its years. */
const TITLE_PERIOD = new RegExp(`[([][ \\t]{0,3}(\\d{4})[ \\t]{0,3}年?[ \\t]{0,3}${wordsRe([...RANGE_CONNECTORS]).source}[ \\t]{0,3}(\\d{4})?[ \\t]{0,3}年?[ \\t]{0,3}[)\\]]`);
/** The period of an issued title, (2023-2025) or (2023-2025年), normalised. */
const INNER_TITLE_PERIOD = new RegExp(`\\((\\d{4})[ \\t]*${wordsRe([...RANGE_CONNECTORS]).source}[ \\t]*(\\d{4})年?\\)`);

export function parseDocument(text: string): PolicyDocument {
  // Code, link targets and URLs are not prose: blanked in the text every rule matches on.
  const masked = nonProseSpans(text);
  const norm = maskSpans(normalizeForMatching(text), masked);
  const lineIndex = new LineIndex(text);
  const lines = buildLines(lineIndex, text);

  // Headings.
  const raw: RawHeading[] = [];
  let lastArabic = 0;
  const contents = tableOfContentsLines(lines, text, norm);
  for (const l of lines) {
    if (contents.size && contents.has(l.index)) continue;
    const h = matchHeading(l, text, norm, lastArabic + 1);
    if (h) {
      raw.push(h);
      if (h.style === 'arabic') lastArabic = h.number;
    }
  }
  const { roots, all } = buildTree(raw, text.length);

  // Title, kind, period.
  // Page chrome of the head, found once for the title finder and the metadata title.
  const chrome = chromeLines(lines, norm);
  const titleInfo = findTitle(lines, norm, text, chrome);
  let innerTitle: string | undefined;
  const fromTitle = kindFromTitle(normalizeForMatching(titleInfo?.title ?? metadataTitle(lines, norm, chrome) ?? ''));
  let kind = fromTitle.kind;
  let innerKind = fromTitle.inner;
  if (titleInfo && kind === 'notice') innerTitle = firstEnclosed(titleInfo.title, '《', '》', 200);
  const body = norm.slice(titleInfo?.range.end ?? 0);
  // A consultation followed by the drafting note of its draft (《…（征求意见稿）》起草说明): the note.
  if (fromTitle.consultation && kindFromBody(body) === 'drafting-note') { kind = 'drafting-note'; innerKind = undefined; }
  if (kind === 'unknown' && !fromTitle.settled) kind = kindFromBody(norm);
  if (kind === 'notice' && !innerKind && titleInfo) {
    // "关于…若干措施的通知": the notice carries the measures itself.
    const k = kindFromTitle(stripSuffix(normalizeForMatching(titleInfo.title), '的通知')).kind;
    if (k === 'measures' || k === 'action-plan' || k === 'work-list') innerKind = k;
  }
  // The title found is that of the document a notice above it issues (the copy lost the notice's own
  // title): 现将《X》印发给你们 … X.
  if (titleInfo && kind !== 'notice' && innerOf(kind)) {
    const own = kindTitle(normalizeForMatching(titleInfo.title));
    if (issuedTitles(norm.slice(0, titleInfo.range.start)).some((x) => kindTitle(x) === own)) { innerKind = kind; kind = 'notice'; }
  }
  if (kind === 'notice' && !innerKind) {
    const bodyKind = kindFromBody(body);
    if (bodyKind === 'action-plan' || bodyKind === 'measures') innerKind = bodyKind;
    else innerKind = issuedKind(body);
  }
  let period: PolicyDocument['period'];
  const periodSources: Span[] = [];
  if (titleInfo) periodSources.push(titleInfo.range);
  for (const s of periodSources) {
    const m = TITLE_PERIOD.exec(norm.slice(s.start, s.end));
    if (m) {
      const start = Number(m[1]);
      const end = m[2] ? Number(m[2]) : start;
      period = { start, end, range: { start: s.start + m.index, end: s.start + m.index + m[0].length } };
      break;
    }
  }
  if (!period && innerTitle) {
    const m = INNER_TITLE_PERIOD.exec(normalizeForMatching(innerTitle));
    if (m && titleInfo) period = { start: Number(m[1]), end: Number(m[2]), range: titleInfo.range };
  }

  // Date (成文日期): the last line that is only a date; organ: the line before it.
  let date: PolicyDocument['date'];
  let organ: string | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.blank) continue;
    const d = dateLine(norm.slice(l.start, l.end));
    if (!d) continue;
    const read = d.chinese ? cnToNumber : Number;
    date = { year: read(d.year), month: read(d.month), day: read(d.day), range: { start: l.start, end: l.end }, chinese: d.chinese };
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      if (lines[j].blank) continue;
      const o = text.slice(lines[j].start, lines[j].end).trim();
      if (o.length <= 40 && !hasAnyOf(o, '。,，:：;；')) organ = o;
      break;
    }
    break;
  }
  if (!organ && titleInfo) {
    // The organ before 关于 (2 to 40 characters, on the first line): 某市人民政府关于….
    const t = normalizeForMatching(titleInfo.title);
    const at = t.indexOf('关于', 2);
    let oneLine = at >= 0 && at <= 40;
    for (let i = 0; oneLine && i < at; i++) if (isLineBreakCode(t.charCodeAt(i))) oneLine = false;
    if (oneLine) organ = titleInfo.title.slice(0, at);
  }

  // Clauses.
  const tokens = lex(text, norm);
  const docNumbers = tokens.docNumbers;
  const citations = findCitations(norm, tokens);
  // The document's own number: a document number standing alone on a line in the head of the text.
  let docNumber: PolicyDocument['docNumber'];
  // Each test reads the number's own line or the few characters after it, never a long line once per
  // number (a single line of 20 000 numbers was quadratic).
  const HEAD_LINE_MAX = 200;
  for (const d of docNumbers) {
    const ln = lines[lineIndex.positionAt(d.range.start).line];
    if (ln.end - ln.start <= HEAD_LINE_MAX && d.range.start < Math.max(2000, text.length * 0.2)) {
      const rest = norm.slice(ln.start, ln.end).replace(norm.slice(d.range.start, d.range.end), '');
      if (allOf(rest, ' \t#*()')) { docNumber = d; break; }
    }
    // The number run together with the title on one head line (某政发〔2024〕5号《…的通知》).
    if (titleInfo && titleInfo.range.start > d.range.end && titleInfo.range.start <= ln.end
      && titleInfo.range.start - d.range.end <= HEAD_LINE_MAX
      && trimStartOf(norm.slice(d.range.end, titleInfo.range.start), ' \t') === '《') { docNumber = d; break; }
  }
  const marks = markPositions(norm);
  const leadClauses = findLeadClauses(text, norm, marks);
  // No title and no formula: the structure tells (第一条 … → 办法; 一、 items with lead units → plan).
  if (kind === 'unknown' && !fromTitle.settled && !titleInfo) kind = kindFromStructure(all, leadClauses, norm);
  const amounts = findAmounts(text, norm, tokens);
  const ratios = findRatios(text, norm);
  const goalSections = all.filter((h) => h.role === 'goal').map((h) => h.sectionRange);
  const targets = findTargets(norm, goalSections);
  const placeholders = findPlaceholders(text, norm);
  const measures = findMeasures(all, roots, lines, text, norm, leadClauses, kind, innerKind);
  const assignsLeads = measures.some((m) => m.task && m.clause && standsAlone(norm, m.clause));

  const doc: PolicyDocument = {
    text, norm, masked, lines, lineIndex,
    traditional: looksTraditional(text),
    halfWidthPunctuation: looksNfkc(text),
    kind, innerKind,
    title: titleInfo?.title, titleRange: titleInfo?.range, innerTitle,
    organ, docNumber, date, period,
    headings: roots, allHeadings: all,
    measures, assignsLeads, leadClauses, marks, amounts, ratios, docNumbers, citations, targets, placeholders, tokens,
  };
  // The page chrome found above is the document's (same lines, same text): not found again when a rule asks.
  notePageChrome(doc, chrome);
  return doc;
}

/**
 * A lead clause lies wholly inside `r` (with `notProse`, a bracketed or labelled one). The clauses are
 * sorted by start: a binary search, then only the clauses starting inside `r` — not a scan of every
 * clause of the document per measure.
 */
function clauseWithin(clauses: readonly LeadClause[], r: Span, notProse: boolean): boolean {
  let lo = 0, hi = clauses.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (clauses[mid].range.start < r.start) lo = mid + 1; else hi = mid; }
  for (let k = lo; k < clauses.length && clauses[k].range.start < r.end; k++) {
    if (clauses[k].range.end <= r.end && (!notProse || clauses[k].form !== 'prose')) return true;
  }
  return false;
}

/**
 * A numbered item that holds several tasks, each closed by a clause of its own — （十）…。（A负责）…。（B负责）…
 * (corpus 009) — is that many measures, cut at each standing clause: the text after the last clause names
 * no unit. Only clauses cut (not paragraph ends: a hard-wrapped copy breaks lines anywhere, and a deleted
 * clause between two tasks cannot be told from one task led by the next clause). Items with fewer than
 * two such clauses stay whole.
 */
function splitByClauses<C extends { range: Span }>(norm: string, clauses: readonly LeadClause[], candidates: C[]): C[] {
  const out: C[] = [];
  let k = 0;
  for (const c of candidates) {
    while (k < clauses.length && clauses[k].range.start < c.range.start) k++;
    const ends: number[] = [];
    for (let j = k; j < clauses.length && clauses[j].range.start < c.range.end; j++) {
      const x = clauses[j];
      if (x.range.end <= c.range.end && x.form !== 'line' && standsAlone(norm, x)) ends.push(x.range.end);
    }
    if (ends.length < 2) { out.push(c); continue; }
    let from = c.range.start;
    for (const e of ends) { out.push({ ...c, range: { start: from, end: e } }); from = e; }
    // The tail after the last clause, when it holds more than white space (or Markdown emphasis).
    let t = from;
    while (t < c.range.end && (isWhiteCode(norm.charCodeAt(t)) || norm[t] === '*' || norm[t] === '_')) t++;
    if (t < c.range.end) out.push({ ...c, range: { start: from, end: c.range.end } });
  }
  return out;
}

/**
 * A lead clause that stands as one: labelled (牵头单位：A), or a bracketed verb clause after a sentence
 * or at the end of its line — not a parenthetical inside a sentence (…的实施（技工院校内由A负责），…)
 * or prose (由A负责).
 */
function standsAlone(norm: string, k: LeadClause): boolean {
  if (k.form === 'prose') return false;
  if (k.label) return true;
  let i = k.range.start;
  while (i > 0 && (norm[i - 1] === ' ' || norm[i - 1] === '\t')) i--;
  if (i === 0 || isOneOf(norm[i - 1], '。;!?:\n\r')) return true;
  let j = k.range.end;
  while (j < norm.length && (norm[j] === ' ' || norm[j] === '\t')) j++;
  return j >= norm.length || isOneOf(norm[j], '。;\n\r');
}

/** A web copy that went through NFKC has ASCII commas between Chinese characters throughout. */
function looksNfkc(text: string): boolean {
  const length = Math.min(text.length, 20000);
  let half = 0, full = 0;
  for (let i = 0; i + 1 < length; i++) {
    if (!isHanCode(text.charCodeAt(i))) continue;
    // , ; : and ， ； ： (char codes: no string per character).
    const next = text.charCodeAt(i + 1);
    if (next === 44 || next === 59 || next === 58) half++;
    else if (next === 0xff0c || next === 0xff1b || next === 0xff1a) full++;
  }
  return half > 3 && half > full * 4;
}

function findMeasures(all: Heading[], roots: Heading[], lines: Line[], text: string, norm: string,
  clauses: LeadClause[], kind: DocumentKind, innerKind?: DocumentKind): Measure[] {
  // A task section's heading is short ("四、主要任务", "（三）保障措施"); a long measure that merely
  // mentions 政策措施 is not one.
  // A childless heading whose line goes on with text ("（二十一）落实扶持政策。落实…", corpus 019) is a
  // measure whose title happens to name one, not a section.
  const isTaskSection = (h: Heading) => holdsMeasures(h.role, norm.slice(h.titleRange.start, h.titleRange.end));
  const taskSections = all.filter((h) => isTaskSection(h) && !(h.parent && isTaskSection(h.parent))
    && (h.children.length > 0 || allWhiteOr(norm.slice(h.titleRange.end, h.lineRange.end), '。.:：')));
  const candidates: { heading?: Heading; section?: Heading; range: Span }[] = [];
  const addLeaves = (h: Heading, section: Heading | undefined) => {
    if (!h.children.length) { candidates.push({ heading: h, section, range: h.ownRange }); return; }
    for (const c of h.children) addLeaves(c, section);
  };
  if (taskSections.length) {
    for (const s of taskSections) {
      if (s.children.length) {
        // Text between the section heading and its first child is a lead-in, not a measure.
        for (const c of s.children) addLeaves(c, s);
      } else {
        // Unnumbered paragraphs under the section heading: the lines after its own up to its end (the lines
        // are in order: found from the first one after the heading, not by a pass over every line per section).
        let lo = 0, hi = lines.length;
        while (lo < hi) { const mid = (lo + hi) >> 1; if (lines[mid].start <= s.lineRange.start) lo = mid + 1; else hi = mid; }
        for (let k = lo; k < lines.length && lines[k].start < s.sectionRange.end; k++) {
          const l = lines[k];
          if (!l.blank) candidates.push({ section: s, range: { start: l.start, end: l.end } });
        }
      }
    }
  } else if (kind !== 'reply' && kind !== 'drafting-note') {
    for (const r of roots) {
      if (isNonTaskTitle(r.title)) continue;
      addLeaves(r, r.children.length ? r : undefined);
    }
    // Other notices and unknown texts hold measures only when they assign them (corpus 010:
    // a notice of 30 incentive measures, each with its responsible unit).
    const assigning = kind === 'measures' || innerKind === 'measures' || kind === 'opinion' || kind === 'action-plan'
      || innerKind === 'action-plan' || kind === 'work-list' || innerKind === 'work-list';
    if (!assigning) {
      const withClause = candidates.filter((c) => clauseWithin(clauses, c.range, false)).length;
      if (withClause * 2 < candidates.length || withClause === 0) candidates.length = 0;
    }
  }
  // Assigning lists: a list whose items mostly carry their own lead clause assigns work whatever its
  // heading says (a 责任分工 list's 主要预期目标, an 组织保障 section whose items each name a lead).
  const ownClause = (r: Span) => clauseWithin(clauses, r, true);
  const assigningLists = new Set<Heading>();
  if (kind !== 'reply' && kind !== 'drafting-note') {
    const seen = new Set(candidates.map((c) => c.range.start));
    const visit = (h: Heading) => {
      if (!h.children.length) return;
      const leaves: Heading[] = [];
      const collect = (x: Heading) => { if (!x.children.length) leaves.push(x); else x.children.forEach(collect); };
      h.children.forEach(collect);
      const withClause = leaves.filter((l) => ownClause(l.ownRange)).length;
      if (leaves.length >= 2 && withClause >= 2 && withClause * 2 >= leaves.length) {
        assigningLists.add(h);
        for (const l of leaves) if (!seen.has(l.ownRange.start)) candidates.push({ heading: l, section: h, range: l.ownRange });
        return;
      }
      h.children.forEach(visit);
    };
    roots.forEach(visit);
    candidates.sort((a, b) => a.range.start - b.range.start);
  }
  const items = splitByClauses(norm, clauses, candidates);
  const inAssigningList = (h: Heading | undefined) => {
    for (let x = h?.parent; x; x = x.parent) if (assigningLists.has(x)) return true;
    return false;
  };
  // Provisions: 第X条 and the items inside it, unless a task section (重点任务, 政策措施 …) holds them.
  const provision = (h: Heading | undefined) => {
    let article = false;
    for (let x = h; x; x = x.parent) {
      if (x.style === 'article') article = true;
      else if (article && x.role === 'task') return false;
    }
    return article;
  };
  // Sections of aims, eligibility, standards and procedure (申报条件, 奖补对象, 补助标准 …). Each
  // section's title is read once: the measures under it ask about the same ancestors.
  const notAssigned = new Map<Heading, boolean>();
  const isNotAssigned = (x: Heading) => {
    let v = notAssigned.get(x);
    if (v === undefined) { v = isNotAssignedTitle(normalizeForMatching(x.title)); notAssigned.set(x, v); }
    return v;
  };
  const termsSection = (c: { heading?: Heading; section?: Heading }) => {
    for (let x = c.heading?.parent ?? c.section; x; x = x.parent) {
      if (isNotAssigned(x)) return true;
    }
    return false;
  };
  // Where 下同 reaches: the rest of the top-level section holding the clause; 以下均… / 不再列出 speak
  // for the rest of the document.
  // The roots are in document order and their sections do not overlap: the last root starting at or before pos.
  const rootEnd = (pos: number) => {
    let lo = 0, hi = roots.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (roots[mid].sectionRange.start <= pos) lo = mid + 1; else hi = mid; }
    const r = roots[lo - 1];
    return r && pos < r.sectionRange.end ? r.sectionRange.end : text.length;
  };
  const wide = (k: LeadClause) => hasWord(norm.slice(k.range.start, k.range.end), WIDE_INHERIT_WORDS);
  const scopeEnd = (k: LeadClause) => wide(k) ? text.length : rootEnd(k.range.start);
  // Units carried to the items after: （牵头单位：A，下同）, 以下均由A负责. The 下同 of a legend
  // (（A、B负责。列第一位者为牵头单位，下同）) carries the convention, not A and B: a later item
  // without its own clause names no unit.
  const carries = (k: LeadClause) => k.inherits && (!k.firstLeads || wide(k));
  const measures: Measure[] = [];
  let inherited: LeadClause | undefined;
  let inheritedEnd = 0;
  let ci = 0;
  for (const c of items) {
    const t = norm.slice(c.range.start, c.range.end).trim();
    if (!t) continue;
    // Skip headings that are only a title line for a non-task subsection.
    if (c.heading && isNonTaskTitle(c.heading.title) && !c.section) continue;
    while (ci < clauses.length && clauses[ci].range.end <= c.range.start) {
      if (carries(clauses[ci])) { inherited = clauses[ci]; inheritedEnd = scopeEnd(clauses[ci]); }
      ci++;
    }
    if (inherited && c.range.start >= inheritedEnd) inherited = undefined;
    // Clauses are sorted; those inside this measure start at ci. Prefer a non-prose clause.
    let clause: LeadClause | undefined;
    let prose: LeadClause | undefined;
    for (let k = ci; k < clauses.length && clauses[k].range.start < c.range.end; k++) {
      const x = clauses[k];
      if (x.range.start < c.range.start || x.range.end > c.range.end) continue;
      if (x.form === 'prose') prose ??= x; else { clause = x; break; }
    }
    clause ??= prose;
    if (clause && carries(clause)) { inherited = clause; inheritedEnd = scopeEnd(clause); }
    // A new clause of units ends a carried lead (（牵头单位：A，下同） … （牵头单位：B））;
    // 以下均… / 不再列出 (a unit that implements everything below) stays.
    else if (clause && clause.form !== 'prose' && inherited && !wide(inherited)) inherited = undefined;
    const leadIn = endsWithOneOf(t.trimEnd(), ':：');
    measures.push({
      heading: c.heading, section: c.section, range: c.range,
      text: text.slice(c.range.start, c.range.end),
      clause, inherited: clause ? undefined : inherited,
      leadIn,
      task: !leadIn && (inAssigningList(c.heading) || !provision(c.heading) && !termsSection(c)),
    });
  }
  return measures;
}
