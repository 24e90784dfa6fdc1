/**
 * Lead / responsible unit clauses, every form in RULES.md §6 (F1–F8), matched on the normalised text
 * so that simplified and traditional, full- and half-width clauses read alike.
 */
import { LeadClause, LeadForm, Span, UnitRef } from './model';
import { hasAnyOf, isOneOf, isRunOf, isSpaceOrTab, isWhite, isWhiteCode, markPositions, removePinyinGlosses, stripSuffix } from './chars';
import {
  CLAUSE_OTHER_LABELS, CLAUSE_VERB_MARKS, CLAUSE_VERBS, DUTY_WORDS, endsWithWord, FIRST_LEADS_WORDS, FIRST_PLACE_WORDS, hasWord, INHERIT_WORDS,
  LEAD_LABELS, LEAD_VERB_PERSON_TAILS, LEADER_LABELS, PARTNER_LABELS, UNIT_END_WORDS, wordAt, WordScanner, wordsNear,
} from './vocabulary';

const ALL_LABELS = [...LEAD_LABELS, ...PARTNER_LABELS, ...CLAUSE_OTHER_LABELS];

/** The label of `labels` at `at` and the end of `label[ \t]*:` when a colon follows it. */
function labelColonEnd(s: string, at: number, labels: readonly string[]): { label: string; end: number } | undefined {
  const label = wordAt(s, at, labels);
  if (!label) return undefined;
  let i = at + label.length;
  while (isSpaceOrTab(s[i])) i++;
  return s[i] === ':' ? { label, end: i + 1 } : undefined;
}

export function isUnitLike(name: string): boolean {
  const n = name.trim();
  if (n.length < 2 || n.length > 40) return false;
  if (n.startsWith('各')) return true;
  // A unit left blank (（××负责）, as an inserted clause leaves it): a clause all the same; text/placeholder reports the blank.
  if (isRunOf(n, '×Xx○', 2)) return true;
  return !!endsWithWord(stripSuffix(n, '等'), UNIT_END_WORDS);
}

/** Split a list of units on 、 and commas, keeping exact offsets. */
function splitUnits(norm: string, start: number, end: number): UnitRef[] {
  const out: UnitRef[] = [];
  let s = start;
  // Char codes throughout: every bracket of the document with a clause verb in it comes here.
  const push = (a: number, b: number) => {
    while (a < b && isWhiteCode(norm.charCodeAt(a))) a++;
    while (b > a && (isWhiteCode(norm.charCodeAt(b - 1)) || norm.charCodeAt(b - 1) === 0x3002)) b--;
    // Pinyin glosses left by a script converter (工业(yè)) are not part of the name.
    if (b > a) out.push({ name: removePinyinGlosses(norm.slice(a, b)), range: { start: a, end: b } });
  };
  for (let i = start; i < end; i++) {
    const c = norm.charCodeAt(i);
    if (c === 0x3001 || c === 44 || c === 59) { push(s, i); s = i + 1; } // 、 , ;
  }
  push(s, end);
  return out;
}

/** Parse a labelled clause body (F1, F4, F5): label: units [sep label: units]… */
function parseLabelled(norm: string, text: string, start: number, end: number): Omit<LeadClause, 'range' | 'form' | 'bracket'> {
  const body = norm.slice(start, end);
  const labels: { label: string; labelStart: number; valueStart: number }[] = [];
  const scan = new WordScanner(body, ALL_LABELS);
  for (let pos = 0, w = scan.find(pos); w; w = scan.find(pos)) {
    const m = labelColonEnd(body, w.at, ALL_LABELS);
    if (m) labels.push({ label: m.label, labelStart: start + w.at, valueStart: start + m.end });
    pos = m ? m.end : w.at + 1;
  }
  const lead: UnitRef[] = [];
  const partners: UnitRef[] = [];
  let scope: string | undefined;
  let separator: string | undefined;
  let label: string | undefined;
  // Beside a 牵头单位, a 责任单位 (or 负责单位, 实施单位 …) shares the work: it is not a second lead
  // (（牵头单位：A；责任单位：B、C等）).
  const named = labels.some((l) => LEADER_LABELS.includes(l.label));
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    let vEnd = i + 1 < labels.length ? labels[i + 1].labelStart : end;
    // The separator is the punctuation just before the next label.
    if (i + 1 < labels.length) {
      let k = vEnd;
      while (k > l.valueStart && isWhite(norm[k - 1])) k--;
      if (k > l.valueStart && isOneOf(norm[k - 1], ';,')) {
        if (i === 0) separator = text[k - 1];
        vEnd = k - 1;
      }
    }
    // （牵头单位：A，下同）: 下同 is no unit.
    const units = splitUnits(norm, l.valueStart, vEnd).filter((u) => !(hasWord(u.name, INHERIT_WORDS) && u.name.length <= 8));
    if (LEAD_LABELS.includes(l.label) && (!named || LEADER_LABELS.includes(l.label))) {
      label ??= l.label;
      lead.push(...units);
    } else if (PARTNER_LABELS.includes(l.label) || LEAD_LABELS.includes(l.label)) {
      partners.push(...units);
    } else {
      scope = norm.slice(l.valueStart, vEnd).trim();
    }
  }
  const all = norm.slice(start, end);
  return { label, separator, lead, partners, scope, firstLeads: hasWord(all, FIRST_LEADS_WORDS), inherits: hasWord(all, INHERIT_WORDS) };
}

/** Parse a verb clause (F2, F3, F6): "A牵头，B配合" / "A、B负责。列第一位者为牵头单位，下同". */
function parseVerb(norm: string, start: number, end: number): Omit<LeadClause, 'range' | 'bracket'> | undefined {
  const lead: UnitRef[] = [];
  const partners: UnitRef[] = [];
  let verb: string | undefined;
  let form: LeadForm = 'verb';
  let unitLike = 0;
  // Segments split on , ; 。 — but not inside nested brackets such as 县(市).
  let segStart = start;
  let depth = 0;
  const segments: Span[] = [];
  for (let i = start; i <= end; i++) {
    const c = i < end ? norm.charCodeAt(i) : 44;
    if (c === 40 || c === 91) depth++; // ( [
    else if ((c === 41 || c === 93) && depth > 0) depth--; // ) ]
    else if (depth === 0 && (c === 44 || c === 59 || c === 0x3002)) { segments.push({ start: segStart, end: i }); segStart = i + 1; } // , ; 。
  }
  for (const seg of segments) {
    let s = norm.slice(seg.start, seg.end);
    const trimmedEnd = s.trimEnd();
    s = trimmedEnd;
    if (hasWord(s, FIRST_LEADS_WORDS) || hasWord(s, INHERIT_WORDS) && s.length <= 16) continue;
    const vb = endsWithWord(s, CLAUSE_VERBS);
    if (!vb) {
      // Trailing partner lists such as "，各区政府" after the verb segment.
      const units = splitUnits(norm, seg.start, seg.start + s.length).filter((u) => isUnitLike(u.name));
      if (units.length && (lead.length || partners.length)) partners.push(...units);
      continue;
    }
    const unitEnd = seg.start + s.length - vb.length;
    let unitStart = seg.start;
    // "由A牵头" / "技工院校内由A负责" (corpus 007) / "按职责分工负责"; 自由贸易… is a name.
    const segText = norm.slice(unitStart, unitEnd);
    const you = segText.lastIndexOf('由');
    if (you >= 0 && segText[you - 1] !== '自') unitStart += you + 1;
    const duty = endsWithWord(norm.slice(unitStart, unitEnd), DUTY_WORDS);
    const uEnd = unitEnd - duty.length;
    // "A会同B负责": A leads, B partners.
    const huitong = norm.slice(unitStart, uEnd).indexOf('会同');
    let units: UnitRef[];
    if (huitong >= 0) {
      units = splitUnits(norm, unitStart, unitStart + huitong);
      partners.push(...splitUnits(norm, unitStart + huitong + 2, uEnd));
      form = 'other-verb';
    } else {
      units = splitUnits(norm, unitStart, uEnd);
    }
    const good = units.filter((u) => isUnitLike(u.name));
    if (!good.length && !norm.startsWith('会同', unitStart)) continue;
    unitLike += good.length;
    if (vb === '配合' || vb === '参与' || vb === '协助' || vb === '协同' || (verb && (vb === '负责' || vb === '负责落实' || vb === '落实'))) {
      partners.push(...units);
    } else {
      verb ??= vb;
      lead.push(...units);
      if (vb === '指导') form = 'other-verb';
    }
  }
  if (!unitLike || !verb) return undefined;
  const all = norm.slice(start, end);
  const firstLeads = hasWord(all, FIRST_LEADS_WORDS);
  if (firstLeads) form = 'list-legend';
  return { form, verb, lead, partners, firstLeads, inherits: hasWord(all, INHERIT_WORDS) };
}

const OPEN_CODES = [...'([【〔'].map((c) => c.charCodeAt(0));
const CLOSE_CODES = [...')]】〕'].map((c) => c.charCodeAt(0));

/** Find every lead clause in the document. */
export function findLeadClauses(text: string, norm: string, places: Int32Array = markPositions(norm)): LeadClause[] {
  const out: LeadClause[] = [];
  const covered: Span[] = [];
  // Bracketed clauses: scan bracket pairs line by line, innermost first closing order.
  const stack: number[] = [];
  // Line breaks and brackets are marks: only the places of the text's marks are looked at.
  for (let k = 0; k < places.length; k++) {
    const i = places[k];
    const c = norm.charCodeAt(i);
    if (c === 10 || c === 13) { stack.length = 0; continue; }
    // Most characters are no bracket: ( ) [ ] are 40 41 91 93, 【】〔〕 are U+3010…3015.
    if (c !== 40 && c !== 41 && c !== 91 && c !== 93 && (c < 0x3010 || c > 0x3015)) continue;
    const oi = OPEN_CODES.indexOf(c);
    if (oi >= 0) { stack.push(i); continue; }
    if (!stack.length) continue;
    const ci = CLOSE_CODES.indexOf(c);
    if (ci < 0) continue;
    const open = stack.pop()!;
    if (OPEN_CODES.indexOf(norm.charCodeAt(open)) !== ci) continue;
    const inner = { start: open + 1, end: i };
    if (inner.end - inner.start < 3 || inner.end - inner.start > 400) continue;
    const clause = classifyBracket(text, norm, open, i + 1, inner);
    if (clause) {
      // Brackets close in order, so a clause inside this one was found before it: an outer bracket
      // holding an already found clause is not a second clause.
      const prev = covered[covered.length - 1];
      if (prev && clause.range.start <= prev.start && prev.end <= clause.range.end) continue;
      out.push(clause);
      covered.push(clause.range);
    }
  }
  covered.sort((a, b) => a.start - b.start);
  const lineCovered: Span[] = [];
  // Unbracketed labelled clauses (F5: 牵头单位：A on its own line or after the item text).
  // label[ \t]*:[ \t]*([^。\n\r]+): the value runs to the sentence or line end and is not empty.
  const scan = new WordScanner(norm, LEAD_LABELS);
  for (let pos = 0, w = scan.find(pos); w; w = scan.find(pos)) {
    const start = w.at;
    const colon = labelColonEnd(norm, start, LEAD_LABELS);
    let end = colon ? colon.end : start;
    while (end < norm.length && !isOneOf(norm[end], '。\n\r')) end++;
    if (!colon || end === colon.end) { pos = start + 1; continue; }
    pos = end;
    if (insideAny(covered, start)) continue;
    const parsed = parseLabelled(norm, text, start, end);
    if (!parsed.lead.length) continue;
    // 牵头单位：A on one line and 责任单位：B, C on the next are one clause: B and C share the work.
    const prev = out[out.length - 1];
    if (prev?.form === 'line' && LEADER_LABELS.includes(prev.label ?? '') && !LEADER_LABELS.includes(parsed.label ?? '')
      && isLineBreakBetween(norm.slice(prev.range.end, start))) {
      prev.partners.push(...parsed.lead, ...parsed.partners);
      continue;
    }
    out.push({ range: { start, end }, form: 'line', bracket: '', ...parsed });
    lineCovered.push({ start, end });
  }
  // Prose (F8): "由A牵头" outside any bracket clause.
  // 由 · 2 to 40 characters (no clause mark, bracket or line end) · the nearest 牵头 or 负责.
  for (let m = wordsNear(norm, ['由'], PROSE_VERBS, 40, ',;。()\n', 2); m; m = wordsNear(norm, ['由'], PROSE_VERBS, 40, ',;。()\n', 2, m.end)) {
    const { start, end } = m;
    if (insideAny(covered, start) || insideAny(lineCovered, start)) continue;
    // 建立由政府负责人牵头的…机制: 负责人 is a person; the sentence names no unit that leads.
    if (wordAt(norm, end, LEAD_VERB_PERSON_TAILS)) continue;
    const units = splitUnits(norm, start + 1, m.tailAt);
    if (!units.length || !units.every((u) => isUnitLike(u.name))) continue;
    out.push({ range: { start, end }, form: 'prose', bracket: '', verb: m.tail, lead: units, partners: [], firstLeads: false, inherits: false });
  }
  out.sort((a, b) => a.range.start - b.range.start);
  return out;
}

/** The verbs of a lead clause in prose: 由A牵头, 由A负责. */
const PROSE_VERBS = ['牵头', '负责'];

/**
 * White space holding a line break: the next line, or the next paragraph after blank lines as a
 * Markdown copy sets them (/^[ \t\r\n]*$/ with at least one \r or \n).
 */
function isLineBreakBetween(s: string): boolean {
  let breaks = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\n' || s[i] === '\r') breaks++;
    else if (!isSpaceOrTab(s[i])) return false;
  }
  return breaks > 0;
}

/** Whether `pos` lies inside one of `spans` (sorted by start; nested spans allowed). */
function insideAny(spans: Span[], pos: number): boolean {
  let lo = 0, hi = spans.length - 1, idx = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= pos) { idx = mid; lo = mid + 1; } else hi = mid - 1;
  }
  // Walk back over the few spans that start before pos; spans are short (≤ 400 chars).
  for (let i = idx; i >= 0 && pos - spans[i].start <= 402; i--) if (spans[i].end >= pos) return true;
  return false;
}

function classifyBracket(text: string, norm: string, open: number, close: number, inner: Span): LeadClause | undefined {
  const body = norm.slice(inner.start, inner.end);
  const range = { start: open, end: close };
  const bracket = text[open];
  let first = 0;
  while (isSpaceOrTab(body[first])) first++;
  if (labelColonEnd(body, first, LEAD_LABELS)) {
    const parsed = parseLabelled(norm, text, inner.start, inner.end);
    if (!parsed.lead.length && !parsed.partners.length) return undefined;
    const form: LeadForm = parsed.label === '负责部门' ? 'dept-label' : 'labelled';
    return { range, form, bracket, ...parsed };
  }
  if (!hasWord(body, CLAUSE_VERB_MARKS)) return undefined;
  if (hasAnyOf(body, ':《')) return undefined;
  const parsed = parseVerb(norm, inner.start, inner.end);
  if (!parsed) return undefined;
  return { range, bracket, ...parsed };
}

/**
 * Whether the document states that the first-listed unit leads — a clause's legend (列第一位者为牵头单位，下同)
 * or a sentence anywhere (排在第一位的部门为牵头部门, 第一位的单位为牵头, 首位…牵头). Under it, 'A、B等负责'
 * names a lead (A) and partners, however many and however open the partners are.
 */
export function statesFirstListedLeads(doc: { leadClauses: readonly LeadClause[]; norm: string }): boolean {
  if (doc.leadClauses.some((c) => c.firstLeads)) return true;
  const s = doc.norm;
  if (hasWord(s, FIRST_PLACE_WORDS)) return true;
  for (let i = s.indexOf('第一位'); i >= 0; i = s.indexOf('第一位', i + 1)) {
    let k = i + 3;
    if (s[k] === '的') k++;
    k += wordAt(s, k, ['单位', '部门']).length;
    if (s.startsWith('为牵头', k)) return true;
  }
  for (let i = s.indexOf('首位'); i >= 0; i = s.indexOf('首位', i + 1)) {
    for (let k = 0; k <= 4; k++) {
      if (k > 0 && isOneOf(s[i + 1 + k], '\n\r\u2028\u2029')) break;
      if (s.startsWith('牵头', i + 2 + k)) return true;
    }
  }
  return false;
}
