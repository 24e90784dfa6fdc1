/**
 * Document structure analysis for the structure/ and reply/ rules (memoised per document): which
 * standard sections a document has, heading sequences, and reply-letter features.
 */
import { DocumentKind, Heading, PolicyDocument, Span } from './model';
import { derived } from './analysis';
import { cnToNumber, dateEndingAt } from './numerals';
import {
  AFTER_ADDRESSEE_WORDS, AIMS_TITLE_WORDS, ANSWER_FORMULA_WORDS, ASSIGNED_VERBS, ATTACHMENT_MARKS, CLOSING_LABELS, combine, CONTACT_WORDS, DOCUMENT_TITLE_ENDINGS,
  endsWithWord, hasWord, MUNICIPALITIES, PLAN_TASK_TITLE_WORDS, PUBLICITY_WORDS, SCOPE_BODY_WORDS, SectionRole, sectionRoles,
  REVISION_NOTE_WORDS, SELF_NAMES, startsWithWord, SUPPLEMENTARY_VERBS, TRUNCATION_WORDS, wordAt, wordsNear,
} from './vocabulary';
import { endsWithOneOf, hasAnyOf, isDigit, isHan, isHanCode, isOneOf, isSpaceOrTab, isWhiteCode, removeWhite, trimEndOf, trimStartOf } from './chars';

export type SectionKey = 'goal' | 'tasks' | 'safeguards' | 'scope' | 'measures' | 'supplementary'
  | 'background' | 'basis' | 'process' | 'content';

interface SectionSpec {
  key: SectionKey;
  /** The section role its heading has (core/vocabulary.ts), or the words it is titled with. */
  heading: SectionRole | readonly string[];
  /** The text states the section without a heading of its own (本办法适用于…). */
  body?: (norm: string) => boolean; template: string;
  /** Advisory sections (many real documents state their scope in the title) are reported as information. */
  advisory?: boolean;
}

/** 本办法, 本措施 …: the text speaking of itself. */
const SELF_REFERENCES = combine(['本'], SELF_NAMES);

/** Required sections per kind, in the order they appear in a document of that kind. */
export const REQUIRED: Partial<Record<DocumentKind, SectionSpec[]>> = {
  'action-plan': [
    { key: 'goal', heading: 'goal', template: '{n}、工作目标\n到${1:{year}}年，${2:指标}达到${3:数值}${4:单位}。' },
    { key: 'tasks', heading: 'task', template: '{n}、重点任务\n（一）${1:任务标题}。${2:任务内容}。（牵头单位：${3}；配合单位：${4}）' },
    { key: 'safeguards', heading: 'safeguard', template: '{n}、保障措施\n（一）加强组织领导。${1}\n（二）强化资金保障。${2}\n（三）加强督促考核。${3}\n（四）加强宣传引导。${4}' },
  ],
  measures: [
    // 第二条 …适用本办法 (a 部门规章's scope article) states the scope as well as 本办法适用于….
    { key: 'scope', advisory: true, heading: 'scope', body: (n) => hasWord(n, SCOPE_BODY_WORDS), template: '{n}、适用范围\n本措施适用于${1:在本市注册登记、具有独立法人资格的企业}。' },
    { key: 'supplementary', heading: 'supplementary', body: (n) => !!wordsNear(n, SELF_REFERENCES, SUPPLEMENTARY_VERBS, 30, '。'), template: '{n}、附则\n本措施由${1:解释机关}负责解释，自${2:印发之日}起施行，有效期${3:3}年。' },
  ],
  'drafting-note': [
    { key: 'background', heading: 'background', template: '{n}、起草背景和必要性\n${1}' },
    { key: 'basis', heading: ['依据'], body: (n) => !!wordsNear(n, ['依据', '根据'], ['《'], 10, '。'), template: '{n}、起草依据\n${1}' },
    { key: 'process', heading: ['过程', '经过'], body: (n) => n.includes('起草过程'), template: '{n}、起草过程\n${1}' },
    { key: 'content', heading: ['主要内容', '基本内容', '主要条款'], template: '{n}、主要内容\n${1}' },
  ],
};

/** Does a section title (normalised) stand for the spec's section? Titles of 20 characters at most. */
function titled(spec: SectionSpec, title: string): boolean {
  if (typeof spec.heading !== 'string') return title.length <= 20 && hasWord(title, spec.heading);
  // A plan's tasks may be titled 主要内容.
  return sectionRoles(title).includes(spec.heading) || (spec.heading === 'task' && title.length <= 20 && hasWord(title, PLAN_TASK_TITLE_WORDS));
}

const CN_DIGITS = '〇一二三四五六七八九';
/** 1 → 一, 12 → 十二, 20 → 二十. */
export function toCnNumber(n: number): string {
  if (n <= 0 || n >= 100) return String(n);
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10), ones = n % 10;
  return (tens === 1 ? '' : CN_DIGITS[tens]) + '十' + (ones ? CN_DIGITS[ones] : '');
}

/** Effective kind for structure checks: an 印发 notice is checked as the document it carries. */
export function structuralKind(doc: PolicyDocument): DocumentKind {
  return doc.kind === 'notice' && doc.innerKind ? doc.innerKind : doc.kind;
}

export interface MissingSection { spec: SectionSpec; insertAt: number; number: number }


/**
 * The text is an excerpt or was cut (a note among its last three non-blank lines): sections that
 * would come after the last one present, and the closing 附则 clauses, cannot be judged.
 */
export const isTruncated = derived('truncated', (doc: PolicyDocument): boolean => {
  for (let i = doc.lines.length - 1, seen = 0; i >= 0 && seen < 3; i--) {
    const l = doc.lines[i];
    if (l.blank) continue;
    seen++;
    // At the start of the line or at its end (…降低小[... excerpt ends here ...], a note run into a paragraph).
    if (hasWord(doc.norm.slice(l.start, Math.min(l.end, l.start + 200)), TRUNCATION_WORDS)) return true;
    if (l.end - l.start > 200 && hasWord(doc.norm.slice(l.end - 200, l.end), TRUNCATION_WORDS)) return true;
  }
  return !!unfinishedTail(doc);
});

/** Marks that close a sentence, a clause or a line of a finished text. */
const FINISHED_END = '。！？!?；;…）)】〕》」』”’]|';

/** A line that is a bare heading marker: （二）, 三、, 4., 第五条 — its text never came. */
function isBareHeading(s: string): boolean {
  const CN = '一二三四五六七八九十';
  const run = (from: number, ok: (ch: string) => boolean) => { let i = from; while (i < s.length && ok(s[i])) i++; return i - from; };
  const cn = (ch: string) => CN.includes(ch);
  if (s[0] === '(') {
    const n = run(1, (ch) => cn(ch) || isDigit(ch));
    return n >= 1 && n <= 4 && s[n + 1] === ')' && s.length === n + 2;
  }
  if (s[0] === '第') {
    const n = run(1, (ch) => cn(ch) || ch === '百' || isDigit(ch));
    return n >= 1 && n <= 5 && (s[n + 1] === '条' || s[n + 1] === '章') && s.length === n + 2;
  }
  const c = run(0, cn);
  if (c) return c <= 3 && s[c] === '、' && s.length === c + 1;
  const d = run(0, isDigit);
  return d >= 1 && d <= 3 && (s[d] === '.' || s[d] === '、') && s.length === d + 1;
}

/** A label line of the closing blocks: 联系电话:…, 抄送:…, 附件:… (a label, a colon within 7 characters, no sentence end after it). */
function isLabelLine(s: string): boolean {
  const from = s[0] === '(' || s[0] === '（' ? 1 : 0;
  const label = wordAt(s, from, CLOSING_LABELS);
  if (!label) return false;
  const start = from + label.length;
  for (let i = start; i < s.length && i - start <= 6; i++) {
    if (s[i] === ':' || s[i] === '：') return !s.includes('。', i + 1);
  }
  return false;
}

/** A date, alone or after a signature, at the end: 2018年7月26日, 2025-12-16, 二〇〇六年九月七日. */
function endsWithDate(s: string): boolean { return !!dateEndingAt(s, s.length, true); }

/** Opening marks ( （ “ 《 〔 【 left open at the end of a string (a bounded one-pass count). */
function openMarks(s: string): number {
  let depth = 0;
  for (const c of s) {
    if ('(（“《〔【'.includes(c)) depth++;
    else if (depth > 0 && ')）”》〕】'.includes(c)) depth--;
  }
  return depth;
}

/**
 * The text stops mid-sentence: a copy cut off by its source (a web store that keeps the first
 * thousand characters, corpus more/ "partial" files), or a draft still being typed. Its last
 * non-blank line ends with a comma, an opening mark or in the middle of a word, or is a bare heading
 * marker; a last line that closes (。, ）, 》), a date, a signature or a label line (联系电话:…) ends a
 * finished text. Returns the unfinished part: from the last sentence end (or the line start) to the
 * end of the text. Absence rules (no 施行 clause, no closing thanks) cannot judge such a text, and a
 * mark opened in that part may still be closed.
 */
export function unfinishedTail(doc: PolicyDocument): Span | undefined {
  let i = doc.lines.length - 1;
  while (i >= 0 && doc.lines[i].blank) i--;
  if (i < 0) return undefined;
  const l = doc.lines[i];
  // Bounded: the end of a long last line decides.
  const from = Math.max(l.start, l.end - 400);
  let e = l.end;
  while (e > from && ' \t\u3000*_'.includes(doc.norm[e - 1])) e--;
  const s = trimStartOf(doc.norm.slice(from, e), ' \t\u3000#>*');
  if (!s) return undefined;
  let cut = isBareHeading(s);
  if (!cut && (endsWithOneOf(s, FINISHED_END) || endsWithDate(s))) return undefined;
  cut ||= endsWithOneOf(s, ',，、:：(（“‘《〔【-—') || openMarks(s) > 0;
  if (!cut) {
    // Ends in a word or a number: cut when the line is a sentence (it has clause punctuation or is
    // long), not a signature, a heading or a label line.
    const sentence = hasAnyOf(s, ',，、;；。') || s.length > 40;
    cut = sentence && !isLabelLine(s);
  }
  if (!cut) return undefined;
  let start = l.end;
  while (start > from && !isOneOf(doc.norm[start - 1], '。！？!?；;')) start--;
  return { start, end: doc.text.length };
}

/** The 机关代字 of the State Council and its General Office. */
const STATE_COUNCIL_CODES = ['国发', '国函', '国办发', '国办函'];

/** Issued by the State Council or its General Office (国发, 国办发, 国办函): no 附则 or 有效期 clauses. */
export function isStateCouncil(doc: PolicyDocument): boolean {
  const agency = doc.docNumber ? doc.norm.slice(doc.docNumber.agencyRange.start, doc.docNumber.agencyRange.end) : '';
  return !!startsWithWord(agency, STATE_COUNCIL_CODES) || (doc.organ ?? '').startsWith('国务院')
    || (!!doc.titleRange && doc.norm.startsWith('国务院', doc.titleRange.start) && doc.titleRange.end - doc.titleRange.start >= 3);
}

/**
 * The level of the issuer: national (国务院, 国务院办公厅, 中共中央), provincial (a province, autonomous
 * region or municipality under the central government: its 党委, 人民政府 or 办公厅), else local. From
 * the signing organ and the title.
 */
export type IssuingLevel = 'national' | 'provincial' | 'local';
/**
 * A provincial organ's name: (中共)? a municipality 市 or 2 to 7 Han characters 省/自治区, then 委 or
 * 人民政府 (中共北京市委, 吉林省人民政府, 中共广西壮族自治区委员会).
 */
function isProvincial(s: string): boolean {
  const organ = (i: number) => s.startsWith('委', i) || s.startsWith('人民政府', i);
  for (const from of s.startsWith('中共') ? [0, 2] : [0]) {
    const city = startsWithWord(s.slice(from, from + 2), MUNICIPALITIES);
    if (city && s[from + 2] === '市' && organ(from + 3)) return true;
    for (let k = 2; k <= 7 && isHan(s[from]) && isHan(s[from + k - 1]); k++) {
      if (s[from + k] === '省' && organ(from + k + 1)) return true;
      if (s.startsWith('自治区', from + k) && organ(from + k + 3)) return true;
    }
  }
  return false;
}
/** The title as normalised, without spaces (中共X省委 X省人民政府 关于…), or ''. */
function compactTitle(doc: PolicyDocument): string {
  return doc.titleRange ? removeWhite(doc.norm.slice(doc.titleRange.start, doc.titleRange.end)) : '';
}
export const issuingLevel = derived('issuing-level', (doc: PolicyDocument): IssuingLevel => {
  if (isStateCouncil(doc)) return 'national';
  // Not from the 机关代字: one character stands for a province (吉政办发) as well as a city (兰政办发).
  const title = compactTitle(doc);
  if ((doc.organ ?? '').startsWith('中共中央') || title.startsWith('中共中央')) return 'national';
  if (isProvincial(doc.organ ?? '') || isProvincial(title)) return 'provincial';
  return 'local';
});

/** Issued jointly by a Party committee and a government (中共X省委 X省人民政府): a policy, not a 规范性文件. */
export function isPartyJoint(doc: PolicyDocument): boolean {
  const head = (doc.organ ?? '') + compactTitle(doc);
  return partyCommitteeFirst(head) && head.slice(0, 60).includes('人民政府');
}

/** 中共 + 1 to 20 characters (none of them 关 or 于: not the title's 关于) + 委: a Party committee first. */
function partyCommitteeFirst(head: string): boolean {
  if (!head.startsWith('中共')) return false;
  for (let i = 2; i < head.length && i <= 22; i++) {
    if (head[i] === '委' && i >= 3) return true;
    if (head[i] === '关' || head[i] === '于') return false;
  }
  return false;
}

/** A promulgation line: "2022年6月6日 中华人民共和国国家安全部令第2号公布", "国家市场监督管理总局令 第52号". */
const ORDER_LINE = /^[^《。，,]{0,60}令[ \t]{0,2}第[ \t]{0,2}[\d〇零一二三四五六七八九十百]{1,6}[ \t]{0,2}号[ \t]{0,2}(公布|发布|颁布)?[ \t]*$/;

/**
 * Issued by an order (令第N号) — a 部门规章 or 行政法规, whose promulgation line stands in the head of
 * the text. Such rules take effect on a date and stay in force until repealed: they carry no 有效期.
 */
export function isIssuedByOrder(doc: PolicyDocument): boolean {
  let seen = 0;
  for (const l of doc.lines) {
    if (l.blank) continue;
    if (++seen > 8) break;
    if (ORDER_LINE.test(doc.norm.slice(l.start, Math.min(l.end, l.start + 120)).trim())) return true;
  }
  return false;
}

/**
 * Titles of 第X章 chapters run into the text (web copies that lost their line breaks, corpus 025:
 * "…征求意见稿)第一章总则第一条为…"): the words after 章 up to the next 第, space or punctuation.
 * 第 at the start or after a space, 。, ) or 》; one to three numerals; 章; up to two spaces or tabs;
 * 1 to 12 characters of title.
 */
function inlineChapterTitles(norm: string): string[] {
  const out: string[] = [];
  const numeral = '一二三四五六七八九十';
  // A match takes the mark before 第 with it: the next one cannot begin inside the last.
  let lastEnd = 0;
  for (let i = norm.indexOf('第'); i >= 0 && out.length < 50; i = norm.indexOf('第', i + 1)) {
    if (i > 0 && (i - 1 < lastEnd || !isWhiteOr(norm[i - 1], '。)》'))) continue;
    let k = i + 1;
    while (k < norm.length && k - i <= 4 && numeral.includes(norm[k])) k++;
    if (k === i + 1 || k - i > 4 || norm[k] !== '章') continue;
    k++;
    const gap = k;
    while (k - gap < 2 && isSpaceOrTab(norm[k])) k++;
    const t = k;
    while (k < norm.length && k - t < 12 && !isWhiteOr(norm[k], '第,。;:')) k++;
    if (k === t) continue;
    out.push(norm.slice(t, k));
    lastEnd = k;
    i = k - 1;
  }
  return out;
}

/** A section title without its number is at most this long (保障措施, 起草背景和必要性). */
const BARE_TITLE_MAX = 12;

/**
 * Lines of the body that are a section title whose number is gone (a copy of a Word file with automatic
 * numbering: 指导思想 / 保障措施 / 总 则 on lines of their own): two to twelve Han characters (spaces
 * between them aside) and nothing else, not the title, not a heading.
 */
function bareTitleLines(doc: PolicyDocument): string[] {
  const out: string[] = [];
  const from = doc.titleRange?.end ?? 0;
  const headingLines = new Set(doc.allHeadings.map((h) => h.lineRange.start));
  for (const l of doc.lines) {
    if (l.blank || l.end <= from || headingLines.has(l.start)) continue;
    let a = l.start, b = l.end;
    while (a < b && isWhiteCode(doc.norm.charCodeAt(a))) a++;
    while (b > a && isWhiteCode(doc.norm.charCodeAt(b - 1))) b--;
    // 总 则 is spaced out as a chapter title often is.
    const t = removeWhite(doc.norm.slice(a, b));
    if (t.length < 2 || t.length > BARE_TITLE_MAX) continue;
    let han = true;
    for (let i = 0; i < t.length && han; i++) han = isHanCode(t.charCodeAt(i));
    if (han) out.push(t);
  }
  return out;
}

/** White space (\s) or one of `chars`. */
function isWhiteOr(ch: string, chars: string): boolean { return /* \s */ isWhiteCode(ch.charCodeAt(0)) || chars.includes(ch); }

/** Required sections the document lacks, with where a template would go. */
export function missingSections(doc: PolicyDocument): MissingSection[] {
  const specs = REQUIRED[structuralKind(doc)];
  if (!specs) return [];
  const top = doc.headings;
  // An 印发 notice whose attached document is not in the text (only the cover notice): nothing to check.
  if (doc.kind === 'notice' && !top.some((h) => h.style === 'cn' || h.style === 'chapter' || h.style === 'article')) return [];
  const titles = top.map((h) => doc.norm.slice(h.titleRange.start, h.titleRange.end));
  const allTitles = doc.allHeadings.map((h) => doc.norm.slice(h.titleRange.start, h.titleRange.end));
  if (!doc.allHeadings.some((h) => h.style === 'chapter')) allTitles.push(...inlineChapterTitles(doc.norm));
  allTitles.push(...bareTitleLines(doc));
  const kind = structuralKind(doc);
  const found = specs.map((s) => allTitles.some((t) => titled(s, t)) || (!!s.body && s.body(doc.norm)));
  if (kind === 'measures') {
    // Absences follow the issuing level. Measures of the State Council or a province (国办发 若干措施,
    // 省委省政府若干措施) apply to the whole country or province: they name no 适用范围. National ones and
    // those a Party committee issues with the government carry no 附则 either: their 施行 and 有效期
    // are not stated (国发〔2018〕38号).
    const level = issuingLevel(doc);
    const joint = isPartyJoint(doc);
    specs.forEach((s, i) => {
      if (s.key === 'scope' && level !== 'local') found[i] = true;
      if (s.key === 'supplementary' && (level === 'national' || joint)) found[i] = true;
    });
  }
  if (kind === 'action-plan') {
    // Goals stated as dated, quantified targets before the first task section count as the goal section.
    const firstTask = top.find((_h, i) => titled(specs[1], titles[i]));
    const quantified = doc.targets.some((t) => t.quantified && (!firstTask || t.range.start < firstTask.lineRange.start));
    if (quantified) found[0] = true;
    // A plan organised as numbered task groups (national reform plans) has its tasks without the word 任务.
    const other = top.filter((h, i) => h.style === 'cn' && !specs.some((s) => titled(s, titles[i])) && !hasWord(titles[i], AIMS_TITLE_WORDS));
    if (other.length >= 3) found[1] = true;
  }
  // A 修订说明 explains a revision: its opening (before the first section) says why the text was revised
  // (background), its sections are the changes (content); no 起草过程 is asked of it.
  const opening = doc.norm.slice(doc.titleRange?.end ?? 0, top[0]?.lineRange.start ?? doc.text.length);
  if (kind === 'drafting-note' && hasWord(opening, REVISION_NOTE_WORDS)) {
    specs.forEach((s, i) => {
      if (s.key === 'process' || s.key === 'background' || (s.key === 'content' && top.length >= 2)) found[i] = true;
    });
  }
  const out: MissingSection[] = [];
  // In an excerpt only a section that should precede one that is there can be known to be missing.
  const cut = isTruncated(doc);
  specs.forEach((spec, i) => {
    if (found[i]) return;
    if (cut && !found.slice(i + 1).some(Boolean)) return;
    // Insert before the first later section that exists, else after the last top-level section.
    let before: Heading | undefined;
    for (let j = i + 1; j < specs.length && !before; j++) {
      const k = titles.findIndex((t) => titled(specs[j], t));
      if (k >= 0) before = top[k];
    }
    if (before) { out.push({ spec, insertAt: before.lineRange.start, number: before.style === 'cn' ? before.number : top.length + 1 }); return; }
    out.push({ spec, insertAt: endOfBody(doc), number: top.filter((h) => h.style === 'cn').length + 1 });
  });
  return out;
}

/** Where the body ends: before a closing signature block (organ + date) if there is one. */
export function endOfBody(doc: PolicyDocument): number {
  let end = doc.text.length;
  if (doc.date && doc.date.range.start > doc.text.length * 0.5) {
    end = doc.date.range.start;
    // Step back over the organ line and blank lines before the date.
    const lines = doc.lines.filter((l) => l.end <= end && !l.blank);
    const prev = lines[lines.length - 1];
    if (prev && doc.organ && doc.text.slice(prev.start, prev.end).trim() === doc.organ) end = prev.start;
  }
  return end;
}

export interface SequenceProblem { heading: Heading; expected: number; kind: 'gap' | 'duplicate' | 'order' | 'restart' | 'mode' }


/**
 * Heading numbering. Within one parent, siblings count on by one. A parent's first child either
 * restarts at 1 or runs on from the previous parent's last child (（一）–（二） under 一、 then
 * （三） under 二、; 1–13 across 四、's （一）–（四）) — either, but one way per document among siblings
 * of one section. Top-level numbering may restart at 一 only in an attachment or a new document.
 */
export const sequenceProblems = derived('sequence-problems', (doc: PolicyDocument): SequenceProblem[] => {
  const out: SequenceProblem[] = [];
  const lists = new Map<string, Heading[][]>();
  let lastParent = new Map<string, Heading | undefined>();
  for (const h of doc.allHeadings) {
    const byStyle = lists.get(h.style) ?? [];
    const newRun = !h.parent && h.number === 1 && byStyle.length > 0 && newDocumentBefore(doc, h);
    if (!byStyle.length || lastParent.get(h.style) !== h.parent || newRun) byStyle.push([]);
    byStyle[byStyle.length - 1].push(h);
    lists.set(h.style, byStyle);
    lastParent.set(h.style, h.parent);
  }
  lastParent = new Map();
  for (const byStyle of lists.values()) {
    // One way per document for each heading style.
    const modes: { mode: 'continue' | 'restart'; first: Heading }[] = [];
    let prev: Heading[] | undefined;
    for (const list of byStyle) {
      const first = list[0];
      let start = 1;
      if (!first.parent) {
        // Top level: a new run only after an attachment marker or a new title.
        if (prev && !(first.number === 1 && newDocumentBefore(doc, first))) start = prev[prev.length - 1].number + 1;
      } else if (prev) {
        const last = prev[prev.length - 1];
        const sameSection = prev[0].parent?.parent === first.parent.parent;
        if (first.number === last.number + 1) { start = first.number; if (sameSection) modes.push({ mode: 'continue', first }); }
        else if (first.number === 1) { if (sameSection) modes.push({ mode: 'restart', first }); }
        else start = sameSection || first.number > 1 ? last.number + 1 : 1;
      }
      checkList(list, start, out);
      prev = list;
    }
    const cont = modes.filter((m) => m.mode === 'continue');
    const rest = modes.filter((m) => m.mode === 'restart');
    if (cont.length && rest.length) {
      for (const m of cont.length < rest.length ? cont : rest) out.push({ heading: m.first, expected: m.first.number, kind: 'mode' });
    }
  }
  return out.sort((a, b) => a.heading.lineRange.start - b.heading.lineRange.start);
});

/** Headings by the start of their line. */
const headingLines = derived('heading-lines', (doc: PolicyDocument) => new Map(doc.allHeadings.map((x) => [x.lineRange.start, x])));

/**
 * A 附件 marker or a title-like line (…方案, …措施) among the 12 non-blank lines before a heading,
 * and after the previous top-level heading of its style: a new document starts there. Heading lines
 * themselves (三、保障措施) are not titles.
 */
function newDocumentBefore(doc: PolicyDocument, h: Heading): boolean {
  const lineHeadings = headingLines(doc);
  let seen = 0;
  for (let i = doc.lineIndex.positionAt(h.lineRange.start).line - 1; i >= 0 && seen < 12; i--) {
    const l = doc.lines[i];
    if (l.blank) continue;
    seen++;
    const other = lineHeadings.get(l.start);
    // The new document's title comes after the previous run's last top-level heading.
    if (other && !other.parent && other.style === h.style) return false;
    if (other) continue;
    const t = doc.norm.slice(l.start, Math.min(l.end, l.start + 200));
    // An attachment mark (附件1) or a short title line ending with a document name (…方案, …的通知).
    if (startsWithWord(trimStartOf(t, ' \t#*'), ATTACHMENT_MARKS) || (l.end - l.start <= 80 && endsWithWord(trimEndOf(t, ' \t*'), DOCUMENT_TITLE_ENDINGS))) return true;
  }
  return false;
}

function checkList(list: Heading[], start: number, out: SequenceProblem[]): void {
  let expected = start;
  const seen = new Set<number>();
  for (const h of list) {
    if (h.number !== expected) {
      const kind = h.number === 1 ? 'restart' : seen.has(h.number) ? 'duplicate' : h.number < expected ? 'order' : 'gap';
      out.push({ heading: h, expected, kind });
    }
    seen.add(h.number);
    // Follow the number as written, so one wrong number is one finding, not a cascade.
    expected = h.number + 1;
  }
}

/** Renumbering edits for a sequence problem: this heading and the later ones at its level. */
/** Siblings of one style under one parent, with their positions: built once per list, not per problem. */
const siblingLists = derived('sibling-lists', () => new Map<Heading[], Map<string, { list: Heading[]; index: Map<Heading, number> }>>());
function siblingsOf(doc: PolicyDocument, all: Heading[], style: string): { list: Heading[]; index: Map<Heading, number> } {
  const cache = siblingLists(doc);
  let byStyle = cache.get(all);
  if (!byStyle) { byStyle = new Map(); cache.set(all, byStyle); }
  let entry = byStyle.get(style);
  if (!entry) {
    const list = all.filter((h) => h.style === style);
    entry = { list, index: new Map(list.map((h, i) => [h, i])) };
    byStyle.set(style, entry);
  }
  return entry;
}

/** Renumbering edits for a sequence problem: this heading and the later ones at its level (at most 200). */
export function renumberEdits(doc: PolicyDocument, p: SequenceProblem): { start: number; end: number; newText: string }[] {
  const { list: siblings, index } = siblingsOf(doc, p.heading.parent ? p.heading.parent.children : doc.headings, p.heading.style);
  const from = index.get(p.heading) ?? 0;
  const edits: { start: number; end: number; newText: string }[] = [];
  let n = p.expected;
  for (let i = from; i < siblings.length && i < from + 200; i++, n++) {
    const h = siblings[i];
    if (h.number === n) continue;
    const marker = doc.text.slice(h.markerRange.start, h.markerRange.end);
    edits.push({ start: h.markerRange.start, end: h.markerRange.end, newText: renumberMarker(marker, h.style, n) });
  }
  return edits;
}

function renumberMarker(marker: string, style: string, n: number): string {
  if (style === 'arabic' || style === 'paren-arabic') return replaceFirstRun(marker, '0123456789０１２３４５６７８９', String(n));
  if (style === 'circled') return String.fromCharCode(0x245f + n);
  return replaceFirstRun(marker, '〇零一二两三四五六七八九十百', toCnNumber(n));
}

/** `s` with its first run of characters of `chars` replaced by `by` (unchanged when there is none). */
function replaceFirstRun(s: string, chars: string, by: string): string {
  let i = 0;
  while (i < s.length && !chars.includes(s[i])) i++;
  if (i === s.length) return s;
  let e = i;
  while (e < s.length && chars.includes(s[e])) e++;
  return s.slice(0, i) + by + s.slice(e);
}

/** Validity clause: 施行 date and 有效期 (years, or an end year). */
export const validityOf = derived('validity', (doc: PolicyDocument): { start?: Span; period?: { years: number; range: Span } } => {
  const n = doc.norm;
  // 自2019年1月1日起执行 / 自印发之日起施行 / 自公布之日起试行 — "起" is required (自贸试验区…实施 is not a start).
  const start = /自[^。;,]{0,25}?起[ \t]*(施行|执行|实施|试行)/.exec(n);
  const years = /有效期(?:为|暂定|是)?[ \t]*([一二两三四五六七八九十\d]{1,4})[ \t]*年|暂定([一二两三四五六七八九十\d]{1,4})年(?:有效期)?/.exec(n);
  const until = /有效期至[ \t]*(\d{4})[ \t]*年/.exec(n);
  let period: { years: number; range: Span } | undefined;
  if (years) {
    const v = years[1] ?? years[2];
    const y = v.length > 0 && [...v].every(isDigit) ? Number(v) : cnToNumber(v);
    period = { years: y, range: { start: years.index, end: years.index + years[0].length } };
  } else if (until) {
    const base = doc.date?.year ?? doc.period?.start;
    if (base) period = { years: Number(until[1]) - base, range: { start: until.index, end: until.index + until[0].length } };
  }
  return { start: start ? { start: start.index, end: start.index + start[0].length } : undefined, period };
});

export interface ReplyFeatures {
  /** 提案 (CPPCC) or 建议 (NPC), from the title or the opening. */
  subject?: '提案' | '建议';
  /** The 称谓 line (××代表：); `colonAt` is where its missing colon belongs (李某、王某代表 on a line of its own). */
  addressee?: { range: Span; role: '代表' | '委员'; colonAt?: number };
  hasReceipt: boolean;
  hasAnswerFormula: boolean;
  thanks: boolean;
  contact: boolean;
  publicity: boolean;
  replyClass: boolean;
  /** Dated before 2012-07-01 (the old rules: Chinese-numeral dates, no class). */
  historical: boolean;
  /**
   * A reply to a deputy's 建议 or a member's 提案 (addressed to ××代表/××委员, or titled 第N号建议/提案):
   * the 收悉…答复如下 / 感谢…支持 / contact / class conventions apply. Not to a 复函 to a leader
   * (corpus 016) or a 函 to a province on its requests (corpus 017).
   */
  toMember: boolean;
}

/** The verbs of an answer: 现将…答复, 函复…如下. */
const ANSWER_VERBS = ['答复', '函复'];

/**
 * 提案 or 建议 in `s`: a numbered one first (21号提案: a member's 提案 may be titled 《关于…的建议》, as in
 * 你提出的《关于…的建议》21号提案), else the first of the two.
 */
function subjectOf(s: string): '提案' | '建议' | undefined {
  const first = (a: number, b: number) => a < 0 && b < 0 ? undefined : (b < 0 || (a >= 0 && a < b)) ? '提案' : '建议';
  return first(s.indexOf('号提案'), s.indexOf('号建议')) ?? first(s.indexOf('提案'), s.indexOf('建议'));
}

/** Reply-letter features (答复, 答复函, 复函), computed once per document version. */
export const replyFeatures = derived('reply-features', (doc: PolicyDocument): ReplyFeatures => computeReplyFeatures(doc));

function computeReplyFeatures(doc: PolicyDocument): ReplyFeatures {
  const n = doc.norm;
  const head = (doc.title ? doc.norm.slice(doc.titleRange!.start, doc.titleRange!.end) : '') + n.slice(0, 1500);
  const addr = /^[ \t#*]*([^\n:,。]{1,30}?)(代表|委员)(们)?[ \t]*:/m.exec(n.slice(0, 3000));
  // 提案 or 建议: the title says; without one, the opening after the 称谓 line (你提出的…提案), not a
  // web page's navigation above it (人大建议和政协提案).
  const subject = subjectOf(doc.title ? doc.norm.slice(doc.titleRange!.start, doc.titleRange!.end) : '')
    ?? (addr ? subjectOf(n.slice(addr.index, addr.index + 1500)) : undefined) ?? subjectOf(head);
  const bare = addr ? undefined : colonlessAddressee(doc);
  const historical = !!doc.date && (doc.date.year < 2012 || (doc.date.year === 2012 && doc.date.month < 7));
  return {
    subject,
    addressee: addr ? { range: { start: addr.index + addr[0].indexOf(addr[2], addr[1].length), end: addr.index + addr[0].indexOf(addr[2], addr[1].length) + 2 }, role: addr[2] as '代表' | '委员' } : bare,
    // 收悉, or the suggestion 已交由/已转交 the office 办理 (corpus more/049–051): both acknowledge receipt.
    hasReceipt: n.includes('收悉') || !!wordsNear(n.slice(0, 3000), ASSIGNED_VERBS, ['办理'], 24, '。\n'),
    hasAnswerFormula: hasWord(n, ANSWER_FORMULA_WORDS) || !!wordsNear(n, ['现将'], ANSWER_VERBS, 30, '。') || !!wordsNear(n, ANSWER_VERBS, ['如下'], 6, '。'),
    thanks: !!wordsNear(n, ['感谢'], ['关心', '支持', '关注'], 40, '。'),
    contact: hasWord(n, CONTACT_WORDS),
    // 是否同意公开:是 / 是否完成对外公开:是 (a publicity mark under the title, corpus more/050).
    publicity: hasWord(n, PUBLICITY_WORDS) || !!wordsNear(n, ['是否'], ['公开'], 6, ':：\n。'),
    replyClass: /(答复类别|办理结果|办理类别|类别)[ \t]{0,3}:?[ \t]{0,3}[(（]?[ABCD甲乙丙丁][)）]?|^[ \t]{0,8}[ABCD甲乙丙丁]类/m.test(n),
    historical,
    toMember: !!addr || !!bare || /第[ \t]{0,2}[\d一二三四五六七八九十百千〇]{1,10}[ \t]{0,2}号[ \t]{0,2}(建议|提案)/.test(head.slice(0, 300)),
  };
}

/** A name of the 称谓 line: at most this many characters (seven names with 、 in corpus more/048). */
const ADDRESSEE_MAX = 60;

/**
 * A 称谓 line without its colon: near the top, a line of names (no punctuation but 、) ending 代表/委员
 * (们), followed by a line that goes on as the opening does (提出的…收悉). The title and headings are not.
 */
function colonlessAddressee(doc: PolicyDocument): ReplyFeatures['addressee'] {
  const n = doc.norm;
  const lines = doc.lines.filter((l) => !l.blank && l.start < 3000);
  for (let k = 0; k + 1 < lines.length; k++) {
    const l = lines[k];
    let end = l.end;
    while (end > l.start && isWhiteCode(n.charCodeAt(end - 1))) end--;
    const s = trimStartOf(n.slice(l.start, end), ' \t');
    const role = s.endsWith('代表') || s.endsWith('代表们') ? '代表' : s.endsWith('委员') || s.endsWith('委员们') ? '委员' : undefined;
    if (!role || s.length > ADDRESSEE_MAX || hasAnyOf(s, ':,。;()《》“”') || doc.titleRange && l.start < doc.titleRange.end) continue;
    const next = trimStartOf(n.slice(lines[k + 1].start, lines[k + 1].end), ' \t');
    if (!startsWithWord(next, AFTER_ADDRESSEE_WORDS)) continue;
    const at = end - (s.endsWith('们') ? 3 : 2);
    return { range: { start: at, end: at + 2 }, role, colonAt: end };
  }
  return undefined;
}

/** Where document-level findings go: the title, else the first non-blank line. */
export function anchorRange(doc: PolicyDocument): Span {
  if (doc.titleRange) return doc.titleRange;
  const l = doc.lines.find((x) => !x.blank);
  return l ? { start: l.start, end: l.end } : { start: 0, end: 0 };
}
