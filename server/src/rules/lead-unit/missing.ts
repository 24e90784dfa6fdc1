/**
 * lead-unit/missing — a task-level measure with no lead or responsible unit, its own or inherited
 * (下同, 以下…不再列出, 列第一位者为牵头单位). Headings, lead-ins and 指导思想/原则/目标 paragraphs are
 * never measures. The fix inserts a clause in the document's own style, as a snippet.
 */
import type { Rule } from '../types';
import type { Measure, PolicyDocument } from '../../core/model';
import { toDocumentScript } from '../../core/normalize';
import { hasWord, holdsMeasures, NOT_ASSIGNED_RE, TASKLIKE_TITLE_WORDS } from '../../core/vocabulary';
import { clauseSnippet, insertionPoint } from './clause-style';

/** Kinds that assign work. Replies and drafting notes describe it. */
const KINDS = new Set(['action-plan', 'measures', 'opinion', 'notice']);
/** Sections whose items are not tasks: aims, principles, and the procedure of an incentive policy (申报及审核). */
const NOT_TASKS = NOT_ASSIGNED_RE;

export function unassigned(doc: PolicyDocument): Measure[] {
  if (!KINDS.has(doc.kind)) return [];
  // 第X条 of a 办法 (top level or under 第X章) are provisions, not tasks. Articles numbered inside
  // 一、 sections (corpus 001) or in a task section (重点任务, 政策措施 …) are measures.
  const provision = (m: Measure) => m.heading?.style === 'article'
    && (!m.heading.parent || m.heading.parent.style === 'chapter')
    && !(m.section && (holdsMeasures(m.section.role, m.section.title) || hasWord(m.section.title, TASKLIKE_TITLE_WORDS)));
  return doc.measures.filter((m) => !m.leadIn && !m.clause && !m.inherited && !provision(m)
    && !(m.section && NOT_TASKS.test(m.section.title)) && finished(doc.norm.slice(m.range.start, m.range.end)));
}

/**
 * A measure still being written is not judged: the clause usually comes last. Finished = it ends with a
 * sentence end or a closing bracket (after Markdown emphasis and quotes) and no clause is left open.
 */
function finished(text: string): boolean {
  let end = text.length;
  while (end > 0 && /[\s*_”"'’」』]/.test(text[end - 1])) end--;
  return end > 0 && /[。；;！!？?）)\]］】〕]/.test(text[end - 1]) && /[。；;！!？?]/.test(text) && !openClause(text);
}

const OPENERS = '（([［【〔';
const CLOSERS = '）)]］】〕';

/**
 * A line of the measure ends inside a bracket opened after its last sentence end: a clause being
 * typed ("…。（牵头单位：" on the last line) or broken by a line break or cut off
 * ("…。[市发改委牵头,会同市经信委、市", corpus 027). Judge the measure when the clause closes.
 */
function openClause(text: string): boolean {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let last = true;
  while (end > 0) {
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const open = unclosedAt(text, lineStart, end);
    // On an earlier line, only a bracket that reads like a clause counts (not a wrapped "（含\n税）").
    if (open >= 0 && (last || CLAUSE_WORD.test(text.slice(open, end)))) return true;
    last = false;
    end = lineStart - 1;
    while (end > 0 && /[\r\n]/.test(text[end - 1])) end--;
  }
  return false;
}

const CLAUSE_WORD = /牵头|负责|配合|单位|部门/;

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

const rule: Rule = {
  meta: { id: 'lead-unit/missing', category: 'lead-unit', severity: 'warning', source: 'house style [custom] (任务分工须明确牵头单位)', fixable: true },
  check(ctx) {
    const { doc } = ctx;
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
        args: { item: h ? doc.text.slice(h.markerRange.start, h.markerRange.end) + h.title.slice(0, 20) : m.text.slice(0, 20) },
        fix: { titleId: 'fix/insert-lead-clause', edits: [{ start: at, end: at, newText: snippet }], snippet: true },
      });
    }
  },
};
export default rule;
