/** 发文字号 and citations (《title》 + （发文字号）), on the normalised text. */
import { Citation, DocNumber, Span } from './model';

// agency? · open bracket · year · close bracket · 第? · serial · 号. Brackets after normalisation:
// 〔〕 stay; ［］ → []; （） → (); 【】, ﹝﹞, 〈〉 stay.
// bracket · year · bracket · 第? · serial · 号. The agency code before the bracket is read backwards
// from the match (a regex with a leading optional run would retry at every character).
// Brackets after normalisation: 〔〕 stay; ［］ → []; （） → (); 【】, ﹝﹞, 〈〉 stay.
// Also read the wrong forms the citation rules report: a 2-digit or '19 year, 字 and 第 before the
// serial, a Chinese-numeral serial (七号), and a missing 号 after 〔year〕serial.
// The regex stops at the closing bracket; what follows (字? 第? serial 号?, each gap allowing spaces) is
// read by code: three adjacent optional whitespace runs in one regex backtrack cubically on a long run.
const DOCNO_RE = /([〔[【(﹝〈])([ \t]*)('?\d{2,4})([ \t]*)([〕\]】)﹞〉])/g;
const CN_SERIAL = '零〇一二三四五六七八九十百';
const PAIRS: Record<string, string> = { '〔': '〕', '[': ']', '【': '】', '(': ')', '﹝': '﹞', '〈': '〉' };
/** Words that end the text before a 机关代字 (根据国发〔2015〕40号 → 国发). */
const AGENCY_STOP = /^.*(根据|按照|依据|依照|参照|贯彻|落实|印发|转发|执行|文件|精神|通知|意见|规定|以及|及|和|与|的|是|为|见|于|在|即|号)/;
const PINYIN_GLOSS_END = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)$/;

function isBlank(c: string | undefined): boolean { return c === ' ' || c === '\t'; }

/**
 * A number in round brackets with no 机关代字 is a 发文字号 only as the value of a label — at the
 * start of a line or after a colon (建议字:（2023）8号, 文号：（2019）3号) — and not followed by a noun:
 * "…的(2020)3号地块" names a plot.
 */
export function labelledBareNumber(norm: string, openStart: number, end: number): boolean {
  let b = openStart;
  while (b > 0 && isBlank(norm[b - 1])) b--;
  const before = b > 0 ? norm[b - 1] : '\n';
  const after = norm.charCodeAt(end);
  return (before === '\n' || before === '\r' || before === ':' || before === '：') && !(after >= 0x4e00 && after <= 0x9fff);
}
/** End of a run of spaces and tabs starting at `i`. */
function skipBlank(norm: string, i: number): number {
  while (isBlank(norm[i])) i++;
  return i;
}

/** Start of the agency code that ends at `end` (Han or Latin letters, pinyin glosses allowed). */
function agencyStartBefore(norm: string, end: number): number {
  let i = end;
  let count = 0;
  while (i > 0 && count < 14) {
    const c = norm.charCodeAt(i - 1);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { i--; count++; continue; }
    if (c === 41 /* ) */) {
      // A pinyin gloss left by a script converter (國發(fā)) may sit inside the agency code.
      const m = PINYIN_GLOSS_END.exec(norm.slice(Math.max(0, i - 9), i));
      if (m) { i -= m[0].length; count++; continue; }
    }
    break;
  }
  return i;
}

export function findDocNumbers(text: string, norm: string): DocNumber[] {
  const out: DocNumber[] = [];
  DOCNO_RE.lastIndex = 0;
  for (let m = DOCNO_RE.exec(norm); m; m = DOCNO_RE.exec(norm)) {
    const [, lb, sp0, rawYear, sp1b, rb] = m;
    const closeStart = m.index + 1 + sp0.length + rawYear.length + sp1b.length;
    // After the bracket: spaces · 字? · spaces · 第? · spaces · serial (1–5 digits or Chinese numerals) · spaces · 号?
    let i = closeStart + 1;
    const ziStart = skipBlank(norm, i);
    const zi = norm[ziStart] === '字';
    i = skipBlank(norm, zi ? ziStart + 1 : ziStart);
    const diAt = i;
    const di = norm[diAt] === '第';
    const serialStart = skipBlank(norm, di ? diAt + 1 : diAt);
    let serialEnd = serialStart;
    const digits = norm[serialStart] >= '0' && norm[serialStart] <= '9';
    while (serialEnd - serialStart < 5 && serialEnd < norm.length &&
      (digits ? norm[serialEnd] >= '0' && norm[serialEnd] <= '9' : CN_SERIAL.includes(norm[serialEnd]))) serialEnd++;
    if (serialEnd === serialStart) continue;
    const serial = norm.slice(serialStart, serialEnd);
    const haoAt = skipBlank(norm, serialEnd);
    const hao = norm[haoAt] === '号';
    // Resume after the number (not inside its spaces when there is no 号).
    DOCNO_RE.lastIndex = hao ? haoAt + 1 : serialEnd;
    const sp2 = ziStart > closeStart + 1, spz = zi && diAt > ziStart + 1, sp3 = serialStart > (di ? diAt + 1 : diAt), sp4 = haoAt > serialEnd;
    if (PAIRS[lb] !== rb) continue;
    const arabicSerial = digits;
    // Without 号 only 〔year〕digits followed by the end of the phrase is a number (not 〔2020〕7月).
    if (!hao && (lb !== '〔' || !arabicSerial || /^[\u4e00-\u9fff\d%.]/.test(norm.slice(serialEnd, serialEnd + 1)))) continue;
    const year = rawYear.replace("'", '');
    const openStart = m.index;
    let agencyEnd = openStart;
    while (agencyEnd > 0 && (norm[agencyEnd - 1] === ' ' || norm[agencyEnd - 1] === '\t')) agencyEnd--;
    const sp1 = agencyEnd < openStart;
    let agencyStart = agencyStartBefore(norm, agencyEnd);
    let agency = norm.slice(agencyStart, agencyEnd);
    const stop = AGENCY_STOP.exec(agency);
    if (stop) { agencyStart += stop[0].length; agency = agency.slice(stop[0].length); }
    // A bare round or angle bracket with no agency is not a document number ("项目(2020)3号地块"),
    // except a round one as a label's value (建议字:（2023）8号).
    if (!agency && lb !== '〔' && lb !== '[' && lb !== '【' && lb !== '﹝'
      && !(lb === '(' && hao && digits && !zi && !di && year.length === 4 && labelledBareNumber(norm, openStart, haoAt + 1))) continue;
    // A year must look like one: 4 digits 19xx/20xx, or 2 digits (flagged by doc-number-year).
    if (year.length === 3) continue;
    if (year.length === 4 && !/^(19|20)\d\d$/.test(year)) continue;
    const yearStart = openStart + 1 + sp0.length;
    const end = hao ? haoAt + 1 : serialEnd;
    const start = agency ? agencyStart : openStart;
    out.push({
      range: { start, end },
      agency: text.slice(agencyStart, agencyStart + agency.length),
      agencyRange: { start: agencyStart, end: agencyStart + agency.length },
      openBracket: text[openStart],
      closeBracket: text[closeStart],
      openRange: { start: openStart, end: openStart + 1 },
      closeRange: { start: closeStart, end: closeStart + 1 },
      year: rawYear,
      yearRange: { start: yearStart, end: yearStart + rawYear.length },
      di: !!di,
      diRange: di ? { start: diAt, end: diAt + 1 } : undefined,
      zi: !!zi,
      ziRange: zi ? { start: ziStart, end: ziStart + 1 } : undefined,
      serial,
      serialRange: { start: serialStart, end: serialStart + serial.length },
      hao: hao ? text[end - 1] : '',
      hasSpace: (sp1 && !!agency) || sp2 || spz || sp3 || (hao && sp4) || !!sp0 || !!sp1b,
      isOrder: /令$/.test(agency),
    });
  }
  return out;
}

/**
 * Find top-level 《…》 titles (nested 《 and 〈 are part of the title) and attach a document number
 * that follows in brackets: 《X》（国发〔2015〕40号） or 《X》（国发〔2004〕20号，以下简称《决定》）.
 */
export function findCitations(norm: string, docNumbers: DocNumber[]): Citation[] {
  const out: Citation[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < norm.length; i++) {
    const c = norm[i];
    if (c === '\n' || c === '\r') { depth = 0; start = -1; continue; }
    if (c === '《') { if (depth === 0) start = i; depth++; }
    else if (c === '》' && depth > 0) {
      depth--;
      if (depth === 0 && start >= 0) {
        out.push({ titleRange: { start, end: i + 1 }, title: norm.slice(start + 1, i), range: { start, end: i + 1 } });
        start = -1;
      }
    }
  }
  const byStart = new Map<number, DocNumber>();
  for (const d of docNumbers) byStart.set(d.range.start, d);
  const attached = new Set<DocNumber>();
  for (const c of out) {
    const after = c.range.end;
    const m = /^[ \t]*[([][ \t]*/.exec(norm.slice(after, after + 8));
    if (!m) continue;
    const d = byStart.get(after + m[0].length);
    if (!d) continue;
    c.docNumber = d;
    attached.add(d);
    // Extend the citation to the closing bracket.
    const close = norm.slice(d.range.end, d.range.end + 60).search(/[)\]]/);
    c.range = { start: c.range.start, end: close >= 0 ? d.range.end + close + 1 : d.range.end };
  }
  for (const d of docNumbers) {
    if (!attached.has(d)) out.push({ docNumber: d, range: d.range });
  }
  out.sort((a, b) => a.range.start - b.range.start);
  return out;
}

export function spanText(text: string, s: Span): string { return text.slice(s.start, s.end); }
