/**
 * lead-unit/inconsistent-format — one document, one clause style: labelled clauses (（牵头单位：A）,
 * （负责部门：A）, 牵头单位：A on its own line) or verb clauses (（A牵头，B配合）, （A负责）) but not both; the
 * separator between the lead and the partners (or scope); and the bracket width. The minority is
 * flagged and fixed to the document's dominant style. Square brackets [] used because the clause
 * contains 县（市） are a form of their own.
 *
 * A rewrite keeps the units and their roles. It is offered only when the clause holds nothing but
 * units, labels, the verbs 牵头/负责/配合 and punctuation (（各区人民政府按职责分工负责） has no rewrite: it
 * would drop 按职责分工). When the dominant style names another role (（A负责） → （牵头单位：A）, 负责 is
 * not 牵头), the rewrite is an explicit-only fix with its own title, never applied by fix-all.
 */
import type { Rule, RuleContext, RuleDocs, Messages } from '../../core/contract';
import type { LeadClause } from '../../core/model';
import { toDocumentScript } from '../../core/normalize';
import { ClauseStyle, dominantStyle } from './clause-style';

const SEP_AFTER = /[；;，,](?=[ \t]*(配合单位|协办单位|参与单位|配合部门|适用范围|责任单位|协同单位))/;
const CLOSE: Record<string, string> = { '（': '）', '(': ')' };

function kindOfSep(s: string): 'semicolon' | 'comma' { return s === '；' || s === ';' ? 'semicolon' : 'comma'; }

const DOCS: RuleDocs = {
  title: { zh: '牵头单位条款格式统一', en: 'One lead-clause format' },
  explanation: {
    zh: '同一文件中牵头单位条款的写法（标注式或动词式）、括号和分隔符应一致，如全部用“（牵头单位：A；配合单位：B）”。',
    en: 'Within one document, lead clauses use one form (labelled or verb), the same brackets and the same separators.',
  },
  details: {
    zh: '同一文件中牵头单位条款的写法、括号和分隔符应一致，如全部用“（牵头单位：A；配合单位：B）”。\n\n检查三项，均报告少数派写法：\n1. 写法：标注式（（牵头单位：A）、（负责部门：A）、另起一行的“牵头单位：A”）与动词式（（A牵头，B配合）、（A负责）、（A指导））混用；\n2. 标注式条款的分隔符（；与，）；\n3. 圆括号的全角、半角。\n\n因条款含“县（市）”而改用方括号的写法不算不一致。',
    en: 'Within one document, lead clauses use the same form, brackets and separators.\n\nThree checks, each reporting the minority: labelled clauses (（牵头单位：A）, （负责部门：A）, a 牵头单位：A line) mixed with verb clauses (（A牵头，B配合）, （A负责）, （A指导）); the separator (；vs ，) of labelled clauses; the width of round brackets. Square brackets used because the clause contains 县（市） are a form of their own.',
  },
  good: ['二、重点任务\n（一）扩大对外开放。（负责部门：商务部；适用范围：所有自贸试验区）\n（二）优化通关流程。（负责部门：海关总署；适用范围：所有自贸试验区）'],
  bad: ['二、重点任务\n（一）扩大对外开放。（负责部门：商务部；适用范围：所有自贸试验区）\n（二）优化通关流程。（负责部门：海关总署，适用范围：所有自贸试验区）', '二、重点任务\n（一）引进高层次人才。（牵头单位：市委组织部，配合单位：市国资委）\n（二）培养青年人才。（市委组织部牵头，市国资委配合）'],
  fix: {
    zh: '改为本文多数条款使用的分隔符或括号；写法不同的条款按本文多数写法改写（（市委组织部牵头，市国资委配合）→（牵头单位：市委组织部，配合单位：市国资委））。条款还含“列第一位者为牵头单位”“下同”、适用范围、“指导”“参与”“按职责分工”等内容时只提示、不自动改写，以免丢失信息（如（各区人民政府按职责分工负责）不会改成（牵头单位：各区人民政府））。改写会改变职责表述时（“负责”改为“牵头单位”等），只作为单独标明“会改变职责表述，请核对”的操作提供，不计入“修复全部”和命令行 --fix。',
    en: 'Uses the document\'s dominant separator or bracket, and rewrites a clause of the other form in the dominant one ((市委组织部牵头，市国资委配合) → (牵头单位：市委组织部，配合单位：市国资委)). A clause that also carries a legend, 下同, a scope, 指导, 参与 or 按职责分工 is reported but not rewritten, so nothing is lost ((各区人民政府按职责分工负责) never becomes (牵头单位：各区人民政府)). A rewrite that changes the stated responsibility (负责 → 牵头单位) is offered only as its own action, titled as such, and never by fix-all or the CLI --fix.',
  },
  source: {
    tier: 'practice',
    zh: '起草实务：全文分工条款格式统一',
    en: 'Drafting practice: one format for all responsibility clauses',
  },
};

const MESSAGES: Messages = {
  'fix/lead-clause-form-role': { zh: '改写为“{text}”（会改变职责表述，请核对）', en: 'Rewrite as "{text}" (this changes the stated responsibility; check it)' },
  'lead-unit/inconsistent-format': { zh: '牵头单位条款格式不统一', en: 'Lead-unit clauses differ in format' },
  'lead-unit/inconsistent-format-separator': {
    zh: '牵头单位条款的分隔符“{found}”与本文其他条款（“{expected}”）不一致',
    en: 'The separator "{found}" differs from the document\'s other clauses ("{expected}")',
  },
  'lead-unit/inconsistent-format-bracket': {
    zh: '牵头单位条款的括号“{found}”与本文其他条款（“{expected}”）不一致',
    en: 'The bracket "{found}" differs from the document\'s other clauses ("{expected}")',
  },
  'lead-unit/inconsistent-format-form': {
    zh: '牵头单位条款的写法与本文多数条款不同：本文多用“{expected}”',
    en: 'This lead clause is written differently from most of the document\'s clauses ("{expected}")',
  },
  'fix/lead-separator': { zh: '改为“{expected}”', en: 'Use "{expected}"' },
  'fix/lead-bracket': { zh: '改为“{expected}”', en: 'Use "{expected}"' },
  'fix/lead-clause-form': { zh: '改为“{text}”', en: 'Rewrite as "{text}"' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'lead-unit/inconsistent-format', category: 'lead-unit', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const labelled = doc.leadClauses.filter((c) => c.form === 'labelled' || c.form === 'dept-label');
    checkForms(ctx);
    // Separators.
    const seps: { c: LeadClause; at: number; sep: string }[] = [];
    for (const c of labelled) {
      const t = doc.text.slice(c.range.start, c.range.end);
      const m = SEP_AFTER.exec(doc.norm.slice(c.range.start, c.range.end));
      if (m) seps.push({ c, at: c.range.start + m.index, sep: t[m.index] });
    }
    if (seps.length >= 2) {
      const counts = { semicolon: 0, comma: 0 };
      for (const s of seps) counts[kindOfSep(s.sep)]++;
      if (counts.semicolon && counts.comma) {
        const dominant = counts.semicolon >= counts.comma ? 'semicolon' : 'comma';
        const sample = seps.find((s) => kindOfSep(s.sep) === dominant)!.sep;
        for (const s of seps) {
          if (kindOfSep(s.sep) === dominant) continue;
          ctx.report({
            range: s.c.range, messageId: 'lead-unit/inconsistent-format-separator', args: { found: s.sep, expected: sample },
            fix: { titleId: 'fix/lead-separator', titleArgs: { expected: sample }, edits: [{ start: s.at, end: s.at + 1, newText: sample }] },
          });
        }
      }
    }
    // Bracket width: （ beside ( in one document.
    const round = doc.leadClauses.filter((c) => c.bracket === '（' || c.bracket === '(');
    const full = round.filter((c) => c.bracket === '（').length;
    const half = round.length - full;
    if (full && half) {
      const dominant = full >= half ? '（' : '(';
      for (const c of round) {
        if (c.bracket === dominant) continue;
        const last = c.range.end - 1;
        const closes = doc.text[last] === CLOSE[c.bracket];
        if (doc.text[c.range.start] !== c.bracket) continue;
        ctx.report({
          range: c.range, messageId: 'lead-unit/inconsistent-format-bracket', args: { found: c.bracket, expected: dominant },
          fix: closes ? { titleId: 'fix/lead-bracket', titleArgs: { expected: dominant + CLOSE[dominant] }, edits: [
            { start: c.range.start, end: c.range.start + 1, newText: dominant },
            { start: last, end: last + 1, newText: CLOSE[dominant] },
          ] } : undefined,
        });
      }
    }
  },
};

const LABELLED = new Set(['labelled', 'dept-label', 'line']);

function family(c: LeadClause): 'label' | 'verb' | undefined {
  if (c.form === 'prose') return undefined;
  return LABELLED.has(c.form) ? 'label' : 'verb';
}

/** Labelled and verb clauses in one document: the minority family is flagged, and rewritten when it is a plain lead/partner clause. */
function checkForms(ctx: RuleContext): void {
  const { doc } = ctx;
  const clauses = doc.leadClauses.filter((c) => family(c));
  const labels = clauses.filter((c) => family(c) === 'label').length;
  const verbs = clauses.length - labels;
  if (!labels || !verbs) return;
  // A tie goes to the family the document starts with.
  const dominant = labels > verbs ? 'label' : verbs > labels ? 'verb' : family(clauses[0])!;
  const style = dominantStyle(doc);
  const sample = toDocumentScript(example(style), doc.traditional);
  for (const c of clauses) {
    if (family(c) === dominant) continue;
    const newText = onlyUnitsAndRoles(doc.norm, c) ? rewrite(doc.text, c, style) : undefined;
    const sameRole = newText !== undefined && roleOf(c) === targetRole(style, c.partners.length > 0);
    const text = newText === undefined ? '' : toDocumentScript(newText, doc.traditional);
    ctx.report({
      range: c.range, messageId: 'lead-unit/inconsistent-format-form', args: { expected: sample },
      fix: newText === undefined ? undefined : {
        titleId: sameRole ? 'fix/lead-clause-form' : 'fix/lead-clause-form-role', titleArgs: { text },
        edits: [{ start: c.range.start, end: c.range.end, newText: text }],
        explicitOnly: sameRole ? undefined : true,
      },
    });
  }
}

type Role = 'lead' | 'responsible' | 'other';
const LEAD_ROLE_LABELS = new Set(['牵头单位', '牵头部门']);
const RESPONSIBLE_ROLE_LABELS = new Set(['责任单位', '责任部门', '负责单位', '主责单位', '负责部门']);

/** What a clause says its first units are: the lead (牵头), the responsible units (负责, 责任单位), or something else. */
function roleOf(c: LeadClause): Role {
  if (c.form === 'labelled' || c.form === 'dept-label' || c.form === 'line') {
    const label = c.form === 'dept-label' ? '负责部门' : c.label ?? '';
    return LEAD_ROLE_LABELS.has(label) ? 'lead' : RESPONSIBLE_ROLE_LABELS.has(label) ? 'responsible' : 'other';
  }
  return c.verb === '牵头' ? 'lead' : c.verb === '负责' ? 'responsible' : 'other';
}

/** The role a rewrite in style `s` gives the first units (see rewrite). */
function targetRole(s: ClauseStyle, partners: boolean): Role {
  switch (s.form) {
    case 'responsible': case 'dept': return 'responsible';
    case 'duty': return partners ? 'lead' : 'responsible';
    default: return 'lead';
  }
}

/**
 * Structure a rewrite may drop: the labels of the lead and 配合 units, the verbs 牵头/负责/配合,
 * brackets, separators and white space (on the normalised text, so （ is ( and ： is :).
 */
const STRUCTURE = /(牵头单位|牵头部门|责任单位|责任部门|负责单位|主责单位|负责部门|配合单位|配合部门)[ \t]*:|牵头|负责|配合|[()[\]【】〔〕、,;:\s]/g;

/** True when the clause says nothing but its units and their roles, so a rewrite loses no words. */
function onlyUnitsAndRoles(norm: string, c: LeadClause): boolean {
  const units = [...c.lead, ...c.partners].map((u) => u.range).sort((a, b) => a.start - b.start);
  let rest = '';
  let pos = c.range.start;
  for (const u of units) {
    if (u.start < pos || u.end > c.range.end) return false;
    rest += norm.slice(pos, u.start) + ' ';
    pos = u.end;
  }
  rest += norm.slice(pos, c.range.end);
  return rest.replace(STRUCTURE, '') === '';
}

/** What a clause of the dominant style looks like, for the message. */
function example(s: ClauseStyle): string {
  switch (s.form) {
    case 'line': return `${s.label ?? '牵头单位'}${s.colon}…`;
    case 'responsible': return `${s.open}责任单位${s.colon}…${s.close}`;
    case 'dept': return `${s.open}负责部门${s.colon}…${s.close}`;
    case 'duty': return `${s.open}…负责${s.close}`;
    case 'verb': return `${s.open}…牵头${s.comma}…配合${s.close}`;
    default: return `${s.open}牵头单位${s.colon}…${s.sep}配合单位${s.colon}…${s.close}`;
  }
}

/**
 * The clause in the dominant style, from its units as written; undefined when the clause says more than
 * who leads and who partners (a legend, 下同, a scope, 指导) and a rewrite would lose it.
 */
function rewrite(text: string, c: LeadClause, s: ClauseStyle): string | undefined {
  if (!c.lead.length || c.firstLeads || c.inherits || c.scope !== undefined || c.form === 'line' || !c.bracket) return undefined;
  if (c.verb && c.verb !== '牵头' && c.verb !== '负责') return undefined;
  if (c.form === 'verb' && c.lead.length > 1 && s.form !== 'duty') return undefined;
  const names = (refs: LeadClause['lead']) => refs.map((u) => text.slice(u.range.start, u.range.end)).join('、');
  const lead = names(c.lead);
  const partners = names(c.partners);
  switch (s.form) {
    case 'line': return undefined;
    case 'responsible':
    case 'dept':
      if (partners) return undefined;
      return `${s.open}${s.form === 'dept' ? '负责部门' : '责任单位'}${s.colon}${lead}${s.close}`;
    case 'labelled':
      return `${s.open}牵头单位${s.colon}${lead}${partners ? `${s.sep}配合单位${s.colon}${partners}` : ''}${s.close}`;
    case 'duty':
      if (partners) return `${s.open}${lead}牵头${s.comma}${partners}配合${s.close}`;
      return `${s.open}${lead}负责${s.close}`;
    default:
      if (c.lead.length > 1) return undefined;
      return `${s.open}${lead}牵头${partners ? `${s.comma}${partners}配合` : '负责'}${s.close}`;
  }
}
export default rule;
