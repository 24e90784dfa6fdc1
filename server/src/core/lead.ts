/**
 * Lead / responsible unit clauses, every form in RULES.md §6 (F1–F8), matched on the normalised text
 * so that simplified and traditional, full- and half-width clauses read alike.
 */
import { LeadClause, LeadForm, Span, UnitRef } from './model';

const LEAD_LABELS = '牵头单位|牵头部门|责任单位|责任部门|负责单位|主办单位|主责单位|实施单位|承办单位|负责部门';
const PARTNER_LABELS = '配合单位|配合部门|协办单位|参与单位|协助单位|协同单位|会办单位';
const OTHER_LABELS = '适用范围|完成时限|完成时间|时间节点|时限';
const LABEL_RE = new RegExp(`(${LEAD_LABELS}|${PARTNER_LABELS}|${OTHER_LABELS})[ \\t]*:`, 'g');
const LABEL_START_RE = new RegExp(`^[ \\t]*(${LEAD_LABELS})[ \\t]*:`);
const LEAD_LABEL_RE = new RegExp(`^(${LEAD_LABELS})$`);
const PARTNER_LABEL_RE = new RegExp(`^(${PARTNER_LABELS})$`);
/** The labels that name the lead itself. */
const LEADER_LABEL_RE = /^牵头(单位|部门)$/;
const LINE_LABEL_RE = new RegExp(`(${LEAD_LABELS})[ \\t]*:[ \\t]*([^。\\n\\r]+)`, 'g');

/** Ends of names that denote an organisation or a group of them. */
const UNIT_END = /(部|委|局|办|厅|署|院|会|府|中心|单位|部门|集团|银行|室|处|组|所|队|馆|社|站|司|协|联|党委|机关|公司|医院|学校|大学|高校|组委|政府|各区|各县|县市|区县|省|市|区|县)$/;
const VERB_RE = /(牵头|负责落实|负责|配合|参与|指导|协助|协同|落实|组织实施)$/;
const LEGEND_RE = /(列|排在|排)第一位(者|的部门|的单位)?为牵头(单位|部门)|第一位为牵头/;
const INHERIT_RE = /下同|不再(一一)?列出|以下均/;

const PINYIN_GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/g;

export function isUnitLike(name: string): boolean {
  const n = name.trim();
  if (n.length < 2 || n.length > 40) return false;
  if (/^各/.test(n)) return true;
  // A unit left blank (（××负责）, as an inserted clause leaves it): a clause all the same; text/placeholder reports the blank.
  if (/^(×{2,}|X{2,}|x{2,}|○{2,})$/.test(n)) return true;
  return UNIT_END.test(n.replace(/等$/, ''));
}

/** Split a list of units on 、 and commas, keeping exact offsets. */
function splitUnits(norm: string, start: number, end: number): UnitRef[] {
  const out: UnitRef[] = [];
  let s = start;
  const push = (a: number, b: number) => {
    while (a < b && /[\s]/.test(norm[a])) a++;
    while (b > a && /[\s。]/.test(norm[b - 1])) b--;
    // Pinyin glosses left by a script converter (工业(yè)) are not part of the name.
    if (b > a) out.push({ name: norm.slice(a, b).replace(PINYIN_GLOSS, ''), range: { start: a, end: b } });
  };
  for (let i = start; i < end; i++) {
    const c = norm[i];
    if (c === '、' || c === ',' || c === ';') { push(s, i); s = i + 1; }
  }
  push(s, end);
  return out;
}

/** Parse a labelled clause body (F1, F4, F5): label: units [sep label: units]… */
function parseLabelled(norm: string, text: string, start: number, end: number): Omit<LeadClause, 'range' | 'form' | 'bracket'> {
  const body = norm.slice(start, end);
  const labels: { label: string; labelStart: number; valueStart: number }[] = [];
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(body); m; m = LABEL_RE.exec(body)) {
    labels.push({ label: m[1], labelStart: start + m.index, valueStart: start + m.index + m[0].length });
  }
  const lead: UnitRef[] = [];
  const partners: UnitRef[] = [];
  let scope: string | undefined;
  let separator: string | undefined;
  let label: string | undefined;
  // Beside a 牵头单位, a 责任单位 (or 负责单位, 实施单位 …) shares the work: it is not a second lead
  // (（牵头单位：A；责任单位：B、C等）).
  const named = labels.some((l) => LEADER_LABEL_RE.test(l.label));
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    let vEnd = i + 1 < labels.length ? labels[i + 1].labelStart : end;
    // The separator is the punctuation just before the next label.
    if (i + 1 < labels.length) {
      let k = vEnd;
      while (k > l.valueStart && /\s/.test(norm[k - 1])) k--;
      if (k > l.valueStart && /[;,]/.test(norm[k - 1])) {
        if (i === 0) separator = text[k - 1];
        vEnd = k - 1;
      }
    }
    // （牵头单位：A，下同）: 下同 is no unit.
    const units = splitUnits(norm, l.valueStart, vEnd).filter((u) => !(INHERIT_RE.test(u.name) && u.name.length <= 8));
    if (LEAD_LABEL_RE.test(l.label) && (!named || LEADER_LABEL_RE.test(l.label))) {
      label ??= l.label;
      lead.push(...units);
    } else if (PARTNER_LABEL_RE.test(l.label) || LEAD_LABEL_RE.test(l.label)) {
      partners.push(...units);
    } else {
      scope = norm.slice(l.valueStart, vEnd).trim();
    }
  }
  const all = norm.slice(start, end);
  return { label, separator, lead, partners, scope, firstLeads: LEGEND_RE.test(all), inherits: INHERIT_RE.test(all) };
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
    const c = i < end ? norm[i] : ',';
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && (c === ',' || c === ';' || c === '。')) { segments.push({ start: segStart, end: i }); segStart = i + 1; }
  }
  for (const seg of segments) {
    let s = norm.slice(seg.start, seg.end);
    const trimmedEnd = s.trimEnd();
    s = trimmedEnd;
    if (LEGEND_RE.test(s) || INHERIT_RE.test(s) && s.length <= 16) continue;
    const v = VERB_RE.exec(s);
    if (!v) {
      // Trailing partner lists such as "，各区政府" after the verb segment.
      const units = splitUnits(norm, seg.start, seg.start + s.length).filter((u) => isUnitLike(u.name));
      if (units.length && (lead.length || partners.length)) partners.push(...units);
      continue;
    }
    const unitEnd = seg.start + v.index;
    let unitStart = seg.start;
    // "由A牵头" / "技工院校内由A负责" (corpus 007) / "按职责分工负责"; 自由贸易… is a name.
    const segText = norm.slice(unitStart, unitEnd);
    const you = segText.lastIndexOf('由');
    if (you >= 0 && segText[you - 1] !== '自') unitStart += you + 1;
    const duty = /按职责分工$|分别$|共同$/.exec(norm.slice(unitStart, unitEnd));
    const uEnd = duty ? unitEnd - duty[0].length : unitEnd;
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
    if (!good.length && !/^会同/.test(norm.slice(unitStart, uEnd))) continue;
    unitLike += good.length;
    const vb = v[1];
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
  const firstLeads = LEGEND_RE.test(all);
  if (firstLeads) form = 'list-legend';
  return { form, verb, lead, partners, firstLeads, inherits: INHERIT_RE.test(all) };
}

const OPEN_CODES = [...'([【〔'].map((c) => c.charCodeAt(0));
const CLOSE_CODES = [...')]】〕'].map((c) => c.charCodeAt(0));

/** Find every lead clause in the document. */
export function findLeadClauses(text: string, norm: string): LeadClause[] {
  const out: LeadClause[] = [];
  const covered: Span[] = [];
  // Bracketed clauses: scan bracket pairs line by line, innermost first closing order.
  const stack: number[] = [];
  for (let i = 0; i < norm.length; i++) {
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
  LINE_LABEL_RE.lastIndex = 0;
  for (let m = LINE_LABEL_RE.exec(norm); m; m = LINE_LABEL_RE.exec(norm)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (insideAny(covered, start)) continue;
    const parsed = parseLabelled(norm, text, start, end);
    if (!parsed.lead.length) continue;
    // 牵头单位：A on one line and 责任单位：B, C on the next are one clause: B and C share the work.
    const prev = out[out.length - 1];
    if (prev?.form === 'line' && LEADER_LABEL_RE.test(prev.label ?? '') && !LEADER_LABEL_RE.test(parsed.label ?? '')
      && /^[ \t]*(\r\n|\r|\n)[ \t]*$/.test(norm.slice(prev.range.end, start))) {
      prev.partners.push(...parsed.lead, ...parsed.partners);
      continue;
    }
    out.push({ range: { start, end }, form: 'line', bracket: '', ...parsed });
    lineCovered.push({ start, end });
  }
  // Prose (F8): "由A牵头" outside any bracket clause.
  const PROSE = /由([^,;。()\n]{2,40}?)(牵头|负责)/g;
  for (let m = PROSE.exec(norm); m; m = PROSE.exec(norm)) {
    const start = m.index;
    const end = start + m[0].length;
    if (insideAny(covered, start) || insideAny(lineCovered, start)) continue;
    const units = splitUnits(norm, start + 1, start + 1 + m[1].length);
    if (!units.length || !units.every((u) => isUnitLike(u.name))) continue;
    out.push({ range: { start, end }, form: 'prose', bracket: '', verb: m[2], lead: units, partners: [], firstLeads: false, inherits: false });
  }
  out.sort((a, b) => a.range.start - b.range.start);
  return out;
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
  if (LABEL_START_RE.test(body)) {
    const parsed = parseLabelled(norm, text, inner.start, inner.end);
    if (!parsed.lead.length && !parsed.partners.length) return undefined;
    const form: LeadForm = parsed.label === '负责部门' ? 'dept-label' : 'labelled';
    return { range, form, bracket, ...parsed };
  }
  if (!/(牵头|负责|配合|指导|参与|会同)/.test(body)) return undefined;
  if (/[:《]/.test(body)) return undefined;
  const parsed = parseVerb(norm, inner.start, inner.end);
  if (!parsed) return undefined;
  return { range, bracket, ...parsed };
}
