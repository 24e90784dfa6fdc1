/**
 * Document structure analysis for the structure/ and reply/ rules (memoised per document): which
 * standard sections a document has, heading sequences, and reply-letter features.
 */
import { DocumentKind, Heading, PolicyDocument, Span } from './model';
import { derived } from './analysis';
import { cnToNumber } from './numerals';
import { hasWord, PLAN_TASK_TITLE_WORDS, SectionRole, sectionRoles } from './vocabulary';

export type SectionKey = 'goal' | 'tasks' | 'safeguards' | 'scope' | 'measures' | 'supplementary'
  | 'background' | 'basis' | 'process' | 'content';

interface SectionSpec {
  key: SectionKey;
  /** The section role its heading has (core/vocabulary.ts), or the words it is titled with. */
  heading: SectionRole | RegExp;
  body?: RegExp; template: string;
  /** Advisory sections (many real documents state their scope in the title) are reported as information. */
  advisory?: boolean;
}

/** Required sections per kind, in the order they appear in a document of that kind. */
export const REQUIRED: Partial<Record<DocumentKind, SectionSpec[]>> = {
  'action-plan': [
    { key: 'goal', heading: 'goal', template: '{n}、工作目标\n到${1:{year}}年，${2:指标}达到${3:数值}${4:单位}。' },
    { key: 'tasks', heading: 'task', template: '{n}、重点任务\n（一）${1:任务标题}。${2:任务内容}。（牵头单位：${3}；配合单位：${4}）' },
    { key: 'safeguards', heading: 'safeguard', template: '{n}、保障措施\n（一）加强组织领导。${1}\n（二）强化资金保障。${2}\n（三）加强督促考核。${3}\n（四）加强宣传引导。${4}' },
  ],
  measures: [
    // 第二条 …适用本办法 (a 部门规章's scope article) states the scope as well as 本办法适用于….
    { key: 'scope', advisory: true, heading: 'scope', body: /(适用于|适用本(措施|办法|政策|细则|规定|方案)|本(措施|办法|政策|细则|方案)所称|支持对象为|扶持对象为)/, template: '{n}、适用范围\n本措施适用于${1:在本市注册登记、具有独立法人资格的企业}。' },
    { key: 'supplementary', heading: 'supplementary', body: /本(措施|办法|政策|细则|规定|方案)[^。]{0,30}(施行|执行|实施|有效期|负责解释)/, template: '{n}、附则\n本措施由${1:解释机关}负责解释，自${2:印发之日}起施行，有效期${3:3}年。' },
  ],
  'drafting-note': [
    { key: 'background', heading: 'background', template: '{n}、起草背景和必要性\n${1}' },
    { key: 'basis', heading: /(依据)/, body: /(依据|根据)[^。]{0,10}《/, template: '{n}、起草依据\n${1}' },
    { key: 'process', heading: /(过程|经过)/, body: /起草过程/, template: '{n}、起草过程\n${1}' },
    { key: 'content', heading: /(主要内容|基本内容|主要条款)/, template: '{n}、主要内容\n${1}' },
  ],
};

/** Does a section title (normalised) stand for the spec's section? Titles of 20 characters at most. */
function titled(spec: SectionSpec, title: string): boolean {
  if (typeof spec.heading !== 'string') return title.length <= 20 && spec.heading.test(title);
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

/** Notes that say the text stops short or was cut: an excerpt, 本文有删减, （以下略）. */
const TRUNCATION = /(本文有删减|以下略|以下从略|下略|\(略\)|未完待续|excerpt ends here)/;

/**
 * The text is an excerpt or was cut (a note among its last three non-blank lines): sections that
 * would come after the last one present, and the closing 附则 clauses, cannot be judged.
 */
export const isTruncated = derived('truncated', (doc: PolicyDocument): boolean => {
  for (let i = doc.lines.length - 1, seen = 0; i >= 0 && seen < 3; i--) {
    const l = doc.lines[i];
    if (l.blank) continue;
    seen++;
    if (TRUNCATION.test(doc.norm.slice(l.start, Math.min(l.end, l.start + 200)))) return true;
  }
  return !!unfinishedTail(doc);
});

/** Marks that close a sentence, a clause or a line of a finished text. */
const FINISHED_END = /[。！？!?；;…）)】〕》」』”’\]|]$/;
/** A line that is a bare heading marker: （二）, 三、, 4., 第五条 — its text never came. */
const BARE_HEADING = /^(\([一二三四五六七八九十\d]{1,4}\)|[一二三四五六七八九十]{1,3}、|\d{1,3}[.、]|第[一二三四五六七八九十百\d]{1,5}[条章])$/;
/** A label line of the closing blocks: 联系电话:…, 抄送:…, 附件:… (no sentence in it). */
const LABEL_LINE = /^[(（]?(联系人|联系电话|电话|联系单位|联系方式|联系地址|地址|邮编|传真|电子邮箱|邮箱|抄送|主送|分送|附件|办复类别|答复类别|办理结果|类别|公开属性|公开方式|责任编辑|来源)[^:：]{0,6}[:：][^。]*$/;
/** A date, alone or after a signature: 2018年7月26日, 2025-12-16, 二〇〇六年九月七日. */
const DATE_END = /(\d{4}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|\d{4}-\d{1,2}-\d{1,2})$/;

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
  const s = doc.norm.slice(from, e).replace(/^[ \t\u3000#>*]+/, '');
  if (!s) return undefined;
  let cut = BARE_HEADING.test(s);
  if (!cut && (FINISHED_END.test(s) || DATE_END.test(s))) return undefined;
  cut ||= /[,，、:：(（“‘《〔【\-—]$/.test(s) || openMarks(s) > 0;
  if (!cut) {
    // Ends in a word or a number: cut when the line is a sentence (it has clause punctuation or is
    // long), not a signature, a heading or a label line.
    const sentence = /[,，、;；。]/.test(s) || s.length > 40;
    cut = sentence && !LABEL_LINE.test(s);
  }
  if (!cut) return undefined;
  let start = l.end;
  while (start > from && !/[。！？!?；;]/.test(doc.norm[start - 1])) start--;
  return { start, end: doc.text.length };
}

/** Issued by the State Council or its General Office (国发, 国办发, 国办函): no 附则 or 有效期 clauses. */
export function isStateCouncil(doc: PolicyDocument): boolean {
  const agency = doc.docNumber ? doc.norm.slice(doc.docNumber.agencyRange.start, doc.docNumber.agencyRange.end) : '';
  return /^国(办)?(发|函)/.test(agency) || /^国务院/.test(doc.organ ?? '')
    || (!!doc.titleRange && /^国务院/.test(doc.norm.slice(doc.titleRange.start, doc.titleRange.end)));
}

/**
 * The level of the issuer: national (国务院, 国务院办公厅, 中共中央), provincial (a province, autonomous
 * region or municipality under the central government: its 党委, 人民政府 or 办公厅), else local. From
 * the signing organ and the title.
 */
export type IssuingLevel = 'national' | 'provincial' | 'local';
const PROVINCIAL = /^(中共)?(北京|天津|上海|重庆)市(委|人民政府)|^(中共)?[\u4e00-\u9fff]{2,7}(省|自治区)(委|人民政府)/;
/** The title as normalised, without spaces (中共X省委 X省人民政府 关于…), or ''. */
function compactTitle(doc: PolicyDocument): string {
  return doc.titleRange ? doc.norm.slice(doc.titleRange.start, doc.titleRange.end).replace(/\s+/g, '') : '';
}
export const issuingLevel = derived('issuing-level', (doc: PolicyDocument): IssuingLevel => {
  if (isStateCouncil(doc)) return 'national';
  // Not from the 机关代字: one character stands for a province (吉政办发) as well as a city (兰政办发).
  const title = compactTitle(doc);
  if (/^中共中央/.test(doc.organ ?? '') || /^中共中央/.test(title)) return 'national';
  if (PROVINCIAL.test(doc.organ ?? '') || PROVINCIAL.test(title)) return 'provincial';
  return 'local';
});

/** Issued jointly by a Party committee and a government (中共X省委 X省人民政府): a policy, not a 规范性文件. */
export function isPartyJoint(doc: PolicyDocument): boolean {
  const head = (doc.organ ?? '') + compactTitle(doc);
  return /^中共[^关于]{1,20}委/.test(head) && /人民政府/.test(head.slice(0, 60));
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
 */
function inlineChapterTitles(norm: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[\s。)》])第[一二三四五六七八九十]{1,3}章[ \t]{0,2}([^\s第,。;:]{1,12})/g;
  for (let m = re.exec(norm); m && out.length < 50; m = re.exec(norm)) out.push(m[1]);
  return out;
}

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
  const kind = structuralKind(doc);
  const found = specs.map((s) => allTitles.some((t) => titled(s, t)) || (!!s.body && s.body.test(doc.norm)));
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
    const other = top.filter((h, i) => h.style === 'cn' && !specs.some((s) => titled(s, titles[i])) && !/(总体要求|指导思想|基本原则)/.test(titles[i]));
    if (other.length >= 3) found[1] = true;
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

const ATTACHMENT = /^[ \t#*]*(附件|附表)/;
/** A title line: short, and ends with a document name (…方案, …的通知). */
const TITLE_LIKE = /(通知|方案|计划|清单|措施|办法|意见|细则|规定|目录)[ \t*]*$/;

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
    if (ATTACHMENT.test(t) || (l.end - l.start <= 80 && TITLE_LIKE.test(t))) return true;
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
  if (style === 'arabic' || style === 'paren-arabic') return marker.replace(/[0-9０-９]+/, String(n));
  if (style === 'circled') return String.fromCharCode(0x245f + n);
  return marker.replace(/[〇零一二两三四五六七八九十百]+/, toCnNumber(n));
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
    const y = /^\d+$/.test(v) ? Number(v) : cnToNumber(v);
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
  addressee?: { range: Span; role: '代表' | '委员' };
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

/** Reply-letter features (答复, 答复函, 复函), computed once per document version. */
export const replyFeatures = derived('reply-features', (doc: PolicyDocument): ReplyFeatures => computeReplyFeatures(doc));

function computeReplyFeatures(doc: PolicyDocument): ReplyFeatures {
  const n = doc.norm;
  const head = (doc.title ? doc.norm.slice(doc.titleRange!.start, doc.titleRange!.end) : '') + n.slice(0, 1500);
  const subjectMatch = /(提案|建议)/.exec(head);
  const addr = /^[ \t#*]*([^\n:,。]{1,30}?)(代表|委员)(们)?[ \t]*:/m.exec(n.slice(0, 3000));
  const historical = !!doc.date && (doc.date.year < 2012 || (doc.date.year === 2012 && doc.date.month < 7));
  return {
    subject: subjectMatch ? subjectMatch[1] as '提案' | '建议' : undefined,
    addressee: addr ? { range: { start: addr.index + addr[0].indexOf(addr[2], addr[1].length), end: addr.index + addr[0].indexOf(addr[2], addr[1].length) + 2 }, role: addr[2] as '代表' | '委员' } : undefined,
    hasReceipt: /收悉/.test(n),
    hasAnswerFormula: /答复如下|答复如後|现答复|现将[^。]{0,30}(答复|函复)|(答复|函复)[^。]{0,6}如下/.test(n),
    thanks: /感谢[^。]{0,40}(关心|支持|关注)/.test(n),
    contact: /联系人|联系电话|联系方式|联系单位/.test(n),
    // 是否同意公开:是 / 是否完成对外公开:是 (a publicity mark under the title, corpus more/050).
    publicity: /主动公开|依申请公开|不予公开|公开发布|是否[^:：\n。]{0,6}公开|公开属性|公开方式|不公开/.test(n),
    replyClass: /(答复类别|办理结果|办理类别|类别)[ \t]{0,3}:?[ \t]{0,3}[(（]?[ABCD甲乙丙丁][)）]?|^[ \t]{0,8}[ABCD甲乙丙丁]类/m.test(n),
    historical,
    toMember: !!addr || /第[ \t]{0,2}[\d一二三四五六七八九十百千〇]{1,10}[ \t]{0,2}号[ \t]{0,2}(建议|提案)/.test(head.slice(0, 300)),
  };
}

/** Where document-level findings go: the title, else the first non-blank line. */
export function anchorRange(doc: PolicyDocument): Span {
  if (doc.titleRange) return doc.titleRange;
  const l = doc.lines.find((x) => !x.blank);
  return l ? { start: l.start, end: l.end } : { start: 0, end: 0 };
}
