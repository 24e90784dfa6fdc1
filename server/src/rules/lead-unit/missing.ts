/**
 * lead-unit/missing — a task measure (Measure.task) with no lead or responsible unit, its own or inherited
 * (（牵头单位：A，下同）, 以下…不再列出; a legend 列第一位者为牵头单位，下同 carries no units), in a document that assigns lead units by clause
 * (PolicyDocument.assignsLeads); a plan or 意见 that uses none is told once, as information. The fix
 * inserts a clause in the document's own style, as a snippet.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { Measure, PolicyDocument } from '../../core/model';
import { toDocumentScript } from '../../core/normalize';
import { clauseSnippet, insertionPoint } from './clause-style';
import { charIn, hasWord, isLineBreak, isWhiteSpace, skipBack, skipForward } from '../../core/vocabulary';
import { clip, hasAnyOf } from '../../core/chars';

/** Kinds that assign work. Replies and drafting notes describe it. */
const KINDS = new Set(['action-plan', 'work-list', 'measures', 'opinion', 'notice']);
/**
 * Kinds whose measures are expected to name their lead units: plans and 意见 (or a notice issuing one).
 * Not a work list: a department's own 工作要点 names none (its units are its own divisions).
 */
const WORK_KINDS = new Set(['action-plan', 'opinion']);

/**
 * The task measures (Measure.task) that name no lead unit, their own or inherited, in a document that
 * assigns lead units by clause (PolicyDocument.assignsLeads). A document that uses no lead clause at
 * all is told once (noLeadsAnywhere), not per measure.
 */
export function unassigned(doc: PolicyDocument): Measure[] {
  if (doc.kind === 'reply' || doc.kind === 'drafting-note' || doc.kind === 'interpretation' || !doc.assignsLeads) return [];
  // Where clauses stand on a line of their own after the item (牵头单位：A), the last item of the text
  // has not had its clause yet.
  const lines = doc.leadClauses.filter((k) => k.form === 'line').length;
  const clauseAfter = lines * 2 > doc.leadClauses.length;
  const atEnd = (m: Measure) => skipForward(doc.text, m.range.end, isWhiteSpace) === doc.text.length;
  return doc.measures.filter((m) => m.task && !m.clause && !m.inherited && !(clauseAfter && atEnd(m))
    && finished(doc.norm.slice(m.range.start, m.range.end)));
}

/** A plan or 意见 with task measures none of which names a lead unit (the division of labour is elsewhere, or missing). */
export function noLeadsAnywhere(doc: PolicyDocument): boolean {
  if (doc.assignsLeads || !KINDS.has(doc.kind)) return false;
  if (!WORK_KINDS.has(doc.kind) && !(doc.kind === 'notice' && doc.innerKind && WORK_KINDS.has(doc.innerKind))) return false;
  return doc.measures.filter((m) => m.task).length >= 3;
}

/**
 * A measure still being written is not judged: the clause usually comes last. Finished = it ends with a
 * sentence end or a closing bracket (after Markdown emphasis and quotes) and no clause is left open.
 */
function finished(text: string): boolean {
  // A copy that leaves the rest out ([……], （略）, [... excerpt ends here ...]) does not show the end.
  if (elisionTail(text)) return false;
  const end = skipBack(text, text.length, (c) => isWhiteSpace(c) || charIn(c, '*_”"\'’」』'));
  return end > 0 && charIn(text[end - 1], SENTENCE_ENDS + CLOSERS) && hasAnyOf(text, SENTENCE_ENDS) && !openClause(text);
}

const SENTENCE_ENDS = '。；;！!？?';

const OPENERS = '（([［【〔';
const CLOSERS = '）)]］】〕';
/** Words that mark an elision inside brackets. */
const ELISION_WORDS = ['……', '...', '…', '以下略', '下略', '略', '此处省略', '省略'];
/** At most this many characters follow the elision word inside its brackets ([... excerpt ends here ...]). */
const ELISION_NOTE = 40;

/**
 * Text that ends (before spaces and Markdown emphasis) with an elision: ……, ..., or a bracketed note
 * that opens with one after at most three blanks (（略）, [此处省略], [... excerpt ends here ...]).
 */
function elisionTail(text: string): boolean {
  const e = skipBack(text, text.length, (c) => isWhiteSpace(c) || c === '*' || c === '_');
  if (text.endsWith('……', e) || text.endsWith('...', e)) return true;
  if (!charIn(text[e - 1], CLOSERS)) return false;
  const close = e - 1;
  // The note between the elision word and the closing bracket holds no line break and no closing bracket.
  const noteStart = skipBack(text, close, (c) => c !== '\n' && !CLOSERS.includes(c), Math.max(0, close - ELISION_NOTE - 8));
  for (let p = close - 1; p >= Math.max(0, noteStart - 8); p--) {
    if (!OPENERS.includes(text[p])) continue;
    const w0 = skipForward(text, p + 1, (c) => c === ' ' || c === '\t');
    if (w0 - p - 1 > 3) continue;
    for (const w of ELISION_WORDS) {
      const we = w0 + w.length;
      if (text.startsWith(w, w0) && we <= close && we >= noteStart && close - we <= ELISION_NOTE) return true;
    }
  }
  return false;
}

/**
 * A line of the measure ends inside a bracket opened after its last sentence end: a clause being
 * typed ("…。（牵头单位：" on the last line) or broken by a line break or cut off
 * ("…。[市发改委牵头,会同市经信委、市", corpus 027). Judge the measure when the clause closes.
 */
function openClause(text: string): boolean {
  let end = text.length;
  end = skipBack(text, end, isWhiteSpace);
  let last = true;
  while (end > 0) {
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const open = unclosedAt(text, lineStart, end);
    // On an earlier line, only a bracket that reads like a clause counts (not a wrapped "（含\n税）").
    if (open >= 0 && (last || hasWord(text.slice(open, end), CLAUSE_WORDS))) return true;
    last = false;
    end = lineStart - 1;
    end = skipBack(text, end, isLineBreak);
  }
  return false;
}

/** Words that make a bracket read like a lead clause. */
const CLAUSE_WORDS = ['牵头', '负责', '配合', '单位', '部门'];

/** Offset of a bracket left open at the end of text[start, end) after the last sentence end, or -1. */
function unclosedAt(text: string, start: number, end: number): number {
  let depth = 0;
  for (let i = end - 1; i >= start; i--) {
    const c = text[i];
    if (CLOSERS.includes(c)) depth++;
    else if (OPENERS.includes(c)) { if (depth === 0) return i; depth--; }
    else if (depth === 0 && (c === '。' || c === '；' || c === ';')) return -1;
  }
  return -1;
}

const DOCS: RuleDocs = {
  title: { zh: '措施须明确牵头单位', en: 'Each measure names its lead unit' },
  explanation: {
    zh: '重点任务、主要任务、政策措施、保障措施下的每项措施都应写明牵头单位（或责任单位、负责部门），可以是本项自带的条款，也可以由“（牵头单位：A，下同）”“以下……不再列出”等说明继承；“列第一位者为牵头单位，下同”只把排序规则延及后文，不把所列单位延及后面各项。一项中含几项任务、各以条款收尾（（十）……。（A负责）……。（B负责）……）时，逐项检查：最后一个条款之后的文字报告。标题、“实施如下重点项目：”之类的引导语和指导思想、基本原则、目标段落不检查。',
    en: 'Every measure under the task sections names its lead (responsible) unit, in its own clause or inherited (（牵头单位：A，下同）, 以下…不再列出); the legend 列第一位者为牵头单位，下同 carries the convention to later clauses, not its units to later items. An item holding several tasks, each closed by its own clause (（十）…。（A负责）…。（B负责）…), is checked task by task: the text after its last clause is reported. Headings, lead-ins and 指导思想/原则/目标 paragraphs are not checked.',
  },
  details: {
    zh: '重点任务、主要任务、政策措施、保障措施下的每项措施都应写明牵头单位（或责任单位、负责部门），可以是本项自带的条款，也可以由“（牵头单位：A，下同）”“以下……不再列出”等说明继承；“列第一位者为牵头单位，下同”只把排序规则延及后文，不把所列单位延及后面各项。一项中含几项任务、各以条款收尾（（十）……。（A负责）……。（B负责）……）时，逐项检查：最后一个条款之后的文字报告。标题、“实施如下重点项目：”之类的引导语和指导思想、基本原则、目标段落不检查。\n\n识别的条款形式（简体、繁体，全角、半角均可）：（牵头单位：A；配合单位：B）、(牵头单位:A,配合单位:B)、（责任单位：A）、（A牵头，B配合）、[A牵头，会同B负责]、（A、B负责。列第一位者为牵头单位，下同）、（负责部门：A；适用范围：B）、另起一行的“牵头单位：A”、（A指导）（A会同有关部门负责）等。只在本文以条款形式为措施明确牵头单位时逐项检查；全文没有任何牵头单位条款的行动计划、方案或意见（分工常另行印发），只在标题处提示一次（信息）。“下同”延续到所在部分结束或下一个写明其他单位的条款为止，“以下均……不再列出”适用于其后全文。办法的条文（第×条）及其下各项、申报条件、奖补对象、补助标准、申报程序等部分的条目不是任务措施；各项大多自带牵头单位条款的清单（如责任分工中的主要预期目标），其各项都是措施。答复函和起草说明不检查。以下情况不检查：摘录被截断（以“……”“（略）”等省略标记结束）的措施；条款另起一行书写时，全文最后一项（条款尚未写出）；尚未写完的措施（末尾没有句末标点或右括号）；末尾括号尚未闭合、正在输入的条款（“……。（牵头单位：市”），以及被换行或截断的条款（“[市发改委牵头,会同市经信委、市”）；“申报及审核”“政策兑现”“其他”等程序性部分的条目（“旅游目的地市场培育”不受“目的”影响）。标题碰巧含“扶持政策”“保障措施”等字样、但同一行接着写正文的条目（“（二十一）落实扶持政策。落实……”）是措施，不是任务部分。',
    en: 'Every measure under the task sections names its lead (responsible) unit, in its own clause or inherited (（牵头单位：A，下同）, 以下…不再列出); the legend 列第一位者为牵头单位，下同 carries the convention to later clauses, not its units to later items. An item holding several tasks, each closed by its own clause (（十）…。（A负责）…。（B负责）…), is checked task by task: the text after its last clause is reported. Headings, lead-ins and 指导思想/原则/目标 paragraphs are not checked.\n\nRecognised forms (simplified or traditional, full- or half-width): labelled （牵头单位：A；配合单位：B）, （责任单位：A）, verb forms （A牵头，B配合）, [A牵头，会同B负责], list + legend （A、B负责。列第一位者为牵头单位，下同）, （负责部门：A）, a 牵头单位：A line, other verbs （A指导）. Measures are checked one by one only when the document assigns lead units by clause; a plan or 意见 with no lead clause anywhere (the division of labour is often issued separately) gets one information note on its title. 下同 reaches to the end of its section or the next clause naming other units; 以下均…不再列出 covers the rest of the document. Articles of a 办法 (第X条) and their items, and items under eligibility, 奖补对象, subsidy standards or 申报程序 are not task measures; the items of a list that mostly carries its own lead clauses are (the 主要预期目标 of a 责任分工). Not for replies or drafting notes. Not judged: a measure cut off by an elision (……, （略）); the last item of a text whose clauses stand on their own line; a measure still being written (it does not end with a sentence end or a closing bracket); a clause still open at the end of a line — being typed (…。（牵头单位：市) or broken or cut off ([市发改委牵头,会同市经信委、市); items of procedural sections (申报及审核, 政策兑现, 其他; 旅游目的地 is not 目的). A childless heading whose line continues with text (（二十一）落实扶持政策。落实…) is a measure, not a task section.',
  },
  good: ['示例市数据要素行动方案（2024—2026年）\n二、重点任务\n（一）建设数据平台。建成行业数据平台10个。（牵头单位：市数据局；配合单位：市财政局）', '国务院关于做好当前和今后一个时期促进就业工作的若干意见\n一、支持企业稳定就业岗位\n（一）加大稳岗支持力度。对不裁员或少裁员的企业，返还失业保险费。（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）\n（二）提升职业技能。大规模开展职业技能培训。（人力资源社会保障部、财政部负责）'],
  bad: ['示例市数据要素行动方案（2024—2026年）\n二、重点任务\n（一）建设数据平台。建成行业数据平台10个。（牵头单位：市数据局）\n（二）培育数据企业。培育数据企业20家。', '国务院关于做好当前和今后一个时期促进就业工作的若干意见\n一、支持企业稳定就业岗位\n（一）加大稳岗支持力度。对不裁员或少裁员的企业，返还失业保险费。（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）\n（二）提升职业技能。大规模开展职业技能培训。'],
  fix: {
    zh: '在该措施末尾插入与本文其他条款同样格式的牵头单位条款（片段：单位处留空为“××”，由 text/placeholder 提示填写；支持片段的编辑器另可从下拉中选用本文最常用的牵头单位，可 Tab 跳转修改）：本文多用（牵头单位：A；配合单位：B）则插入同样的括号、冒号和分隔符（用逗号分隔的则插入逗号）；多用（A负责）则插入（××负责）；多用（A牵头，B配合）则插入同形；多用（负责部门：A）或（责任单位：A）则插入同样标签；“牵头单位：A”另起一行的则另起一行插入。繁体文件插入繁体。本文尚无条款时插入（牵头单位：××；配合单位：××）。不会替起草人填入未经选择的单位名称。',
    en: 'Inserts a clause in the document\'s own style at the end of the measure, as a snippet whose units are blanks (××, reported by text/placeholder until filled in; editors with snippets also offer the document\'s most common lead unit as a choice — no unit is filled in that the drafter did not choose): the same brackets, colon and separator as its labelled clauses, （A负责） in a national-style document, （A牵头，B配合） where that is the form, （负责部门：A）/（责任单位：A） labels, or a 牵头单位：A line of its own; in traditional script for a traditional document.',
  },
  source: {
    tier: 'practice',
    zh: '起草实务：任务分工须明确牵头单位',
    en: 'Drafting practice: each task names its lead unit',
  },
};

const MESSAGES: Messages = {
  'lead-unit/missing': { zh: '该项措施未明确牵头单位（或责任单位）：{item}', en: 'This measure names no lead (responsible) unit: {item}' },
  'lead-unit/missing-everywhere': {
    zh: '本文各项措施均未明确牵头单位（或责任单位）；如分工另行印发，可不处理',
    en: 'No measure of this document names a lead (responsible) unit; fine if the division of labour is issued separately',
  },
  'fix/insert-lead-clause': { zh: '插入牵头单位条款', en: 'Insert a lead-unit clause' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'lead-unit/missing', category: 'lead-unit', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    if (noLeadsAnywhere(doc)) {
      const first = doc.measures.find((m) => m.task)!;
      const range = doc.titleRange ?? first.section?.titleRange ?? first.heading?.titleRange
        ?? { start: first.range.start, end: Math.min(first.range.end, first.range.start + 20) };
      ctx.report({ range, messageId: 'lead-unit/missing-everywhere', severity: 'information' });
      return;
    }
    const missing = unassigned(doc);
    if (!missing.length) return;
    const snippet = toDocumentScript(clauseSnippet(doc), doc.traditional);
    for (const m of missing) {
      const h = m.heading;
      const range = h ? { start: h.markerRange.start, end: Math.max(h.titleRange.end, h.markerRange.end) }
        : { start: m.range.start, end: Math.min(m.range.end, m.range.start + Math.max(1, m.text.indexOf('。') + 1 || 20)) };
      const at = insertionPoint(doc, m);
      ctx.report({
        range,
        args: { item: h ? doc.text.slice(h.markerRange.start, h.markerRange.end) + clip(h.title, 20) : clip(m.text, 20) },
        fix: { titleId: 'fix/insert-lead-clause', edits: [{ start: at, end: at, newText: snippet }], snippet: true },
      });
    }
  },
};
export default rule;
