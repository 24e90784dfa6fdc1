/**
 * Word's automatic numbering, restored as text: the definitions of word/numbering.xml (abstract
 * numberings with their levels, numbering instances with their overrides), the paragraph styles of
 * word/styles.xml that carry a numbering, and the counters as Word advances them paragraph by paragraph.
 */
import { scanXml } from './xml';

export interface Level {
  /** w:start (0 when absent, as the standard says). */
  start: number;
  /** w:numFmt: decimal, chineseCounting, ideographTraditional, bullet, none … */
  fmt: string;
  /** w:lvlText: `%1、`, `（%1）`, `第%1章`, `%1.%2` … (empty when absent). */
  text: string;
  /** w:lvlRestart: restart after a use of this (1-based) level or a higher one; 0 never; undefined: after any higher level. */
  restart?: number;
  /** w:isLgl: every number in the text in Arabic digits. */
  legal: boolean;
  /** w:suff: what follows the number. */
  suffix: 'tab' | 'space' | 'nothing';
  /** w:pStyle: the paragraph style tied to this level. */
  style?: string;
}

interface AbstractNum { levels: (Level | undefined)[]; numStyleLink?: string }
interface NumInstance { abstractId: string; overrides: Map<number, { start?: number; level?: Level }> }

interface StyleNum { numId?: string; ilvl?: number }
interface Style { basedOn?: string; num?: StyleNum; /** w:jc of the style's paragraphs. */ jc?: string }

export interface NumberingDefinitions {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, NumInstance>;
  styles: Map<string, Style>;
  defaultStyle?: string;
}

const int = (v: string | undefined): number | undefined => {
  if (v === undefined || !/^\s*[-+]?\d{1,9}\s*$/.test(v)) return undefined;
  return parseInt(v, 10);
};

/** The level being read: an abstract numbering's, or an override's. */
function newLevel(): Level { return { start: 0, fmt: 'decimal', text: '', legal: false, suffix: 'tab' }; }

const onOff = (v: string | undefined) => v === undefined || !/^(0|false|off)$/i.test(v);

/** Read numbering.xml and styles.xml (either may be missing). */
export function readNumberingDefinitions(numberingXml: string | undefined, stylesXml: string | undefined): NumberingDefinitions {
  const defs: NumberingDefinitions = { abstracts: new Map(), nums: new Map(), styles: new Map() };
  if (numberingXml) {
    let abs: AbstractNum | undefined;
    let num: NumInstance | undefined;
    let override: { start?: number; level?: Level } | undefined;
    let level: Level | undefined;
    let skip = 0;
    const stack: string[] = [];
    scanXml(numberingXml, {
      open(name, a) {
        stack.push(name);
        if (skip) return;
        switch (name) {
          case 'w:abstractNum': abs = { levels: [] }; defs.abstracts.set(a['w:abstractNumId'] ?? '', abs); break;
          case 'w:num': num = { abstractId: '', overrides: new Map() }; defs.nums.set(a['w:numId'] ?? '', num); break;
          case 'w:abstractNumId': if (num) num.abstractId = a['w:val'] ?? ''; break;
          case 'w:numStyleLink': if (abs) abs.numStyleLink = a['w:val']; break;
          case 'w:lvlOverride': {
            const il = int(a['w:ilvl']);
            if (num && il !== undefined && il >= 0 && il <= 8) { override = {}; num.overrides.set(il, override); }
            break;
          }
          case 'w:startOverride': if (override) override.start = int(a['w:val']); break;
          case 'w:lvl': {
            const il = int(a['w:ilvl']);
            level = undefined;
            if (il === undefined || il < 0 || il > 8) break;
            level = newLevel();
            if (override) override.level = level;
            else if (abs) abs.levels[il] = level;
            break;
          }
          case 'w:start': if (level) level.start = int(a['w:val']) ?? 0; break;
          case 'w:numFmt': if (level && a['w:val']) level.fmt = a['w:val']; break;
          case 'w:lvlText': if (level) level.text = a['w:val'] ?? ''; break;
          case 'w:lvlRestart': if (level) level.restart = int(a['w:val']); break;
          case 'w:isLgl': if (level) level.legal = onOff(a['w:val']); break;
          case 'w:suff': if (level) level.suffix = a['w:val'] === 'space' ? 'space' : a['w:val'] === 'nothing' ? 'nothing' : 'tab'; break;
          case 'w:pStyle': if (level && stack[stack.length - 2] === 'w:lvl') level.style = a['w:val']; break;
          // Properties of the level's paragraph and number (indents, fonts) and tracked changes of them: not text.
          case 'w:pPr': case 'w:rPr': case 'mc:AlternateContent': skip = stack.length; break;
        }
      },
      close(name) {
        if (skip === stack.length) skip = 0;
        stack.pop();
        if (skip) return;
        if (name === 'w:abstractNum') abs = undefined;
        else if (name === 'w:num') num = undefined;
        else if (name === 'w:lvlOverride') override = undefined;
        else if (name === 'w:lvl') level = undefined;
      },
      text() { /* no text is read from numbering.xml */ },
    });
  }
  if (stylesXml) {
    let style: Style | undefined;
    let depthPPr = 0;
    const stack: string[] = [];
    scanXml(stylesXml, {
      open(name, a) {
        stack.push(name);
        if (name === 'w:style') {
          style = undefined;
          if ((a['w:type'] ?? 'paragraph') !== 'paragraph' && a['w:type'] !== 'numbering') return;
          style = {};
          const id = a['w:styleId'] ?? '';
          defs.styles.set(id, style);
          if (a['w:type'] !== 'numbering' && onOff(a['w:default']) && a['w:default'] !== undefined && defs.defaultStyle === undefined) defs.defaultStyle = id;
          return;
        }
        if (!style) return;
        if (name === 'w:pPr' && stack[stack.length - 2] === 'w:style') depthPPr = stack.length;
        if (name === 'w:basedOn' && stack[stack.length - 2] === 'w:style') style.basedOn = a['w:val'];
        if (depthPPr && stack[stack.length - 2] === 'w:numPr' && stack.length === depthPPr + 2) {
          style.num ??= {};
          if (name === 'w:numId') style.num.numId = a['w:val'];
          if (name === 'w:ilvl') style.num.ilvl = int(a['w:val']);
        }
        if (depthPPr && name === 'w:numPr' && stack.length === depthPPr + 1) style.num ??= {};
        if (depthPPr && name === 'w:jc' && stack.length === depthPPr + 1) style.jc = a['w:val'];
      },
      close(name) {
        if (name === 'w:pPr' && stack.length === depthPPr) depthPPr = 0;
        if (name === 'w:style') style = undefined;
        stack.pop();
      },
      text() { /* no text is read from styles.xml */ },
    });
  }
  return defs;
}

/** The numbering a style gives its paragraphs (through w:basedOn), with the style that carries it. */
function styleNumbering(defs: NumberingDefinitions, styleId: string | undefined): { num: StyleNum; style: string } | undefined {
  let id = styleId;
  for (let depth = 0; id !== undefined && depth < 20; depth++) {
    const s = defs.styles.get(id);
    if (!s) return undefined;
    if (s.num && (s.num.numId !== undefined || s.num.ilvl !== undefined)) return { num: s.num, style: id };
    id = s.basedOn;
  }
  return undefined;
}

/** The alignment (w:jc) a paragraph style gives its paragraphs, through w:basedOn (the default style when none is named). */
export function styleAlignment(defs: NumberingDefinitions, styleId: string | undefined): string | undefined {
  let id = styleId ?? defs.defaultStyle;
  for (let depth = 0; id !== undefined && depth < 20; depth++) {
    const s = defs.styles.get(id);
    if (!s) return undefined;
    if (s.jc !== undefined) return s.jc;
    id = s.basedOn;
  }
  return undefined;
}

/** Direct numbering properties of a paragraph (w:pPr/w:numPr) and its style. */
export interface ParagraphNumbering { styleId?: string; numId?: string; ilvl?: number; hasNumPr: boolean }

/** Counters per abstract numbering, advanced paragraph by paragraph in document order. */
export class NumberingState {
  private counters = new Map<string, (number | undefined)[]>();
  private usedNums = new Set<string>();
  /** Paragraphs that got a number. */
  numbered = 0;

  constructor(readonly defs: NumberingDefinitions) {}

  /** The abstract numbering of an instance, following a numbering style link (w:numStyleLink) once or twice. */
  private abstractOf(numId: string): { id: string; abs: AbstractNum } | undefined {
    let inst = this.defs.nums.get(numId);
    for (let hops = 0; inst && hops < 4; hops++) {
      const abs = this.defs.abstracts.get(inst.abstractId);
      if (!abs) return undefined;
      if (!abs.numStyleLink) return { id: inst.abstractId, abs };
      const linked = styleNumbering(this.defs, abs.numStyleLink)?.num.numId;
      if (linked === undefined || linked === numId) return { id: inst.abstractId, abs };
      inst = this.defs.nums.get(linked);
    }
    return undefined;
  }

  /** The number text of a paragraph (with what follows it), or '' when it has none. Advances the counters. */
  next(p: ParagraphNumbering): string {
    let numId = p.numId;
    let ilvl = p.ilvl;
    const fromStyle = styleNumbering(this.defs, p.styleId ?? this.defs.defaultStyle);
    if (numId === undefined && fromStyle) numId = fromStyle.num.numId;
    if (numId === undefined || numId === '0' || !/^\d{1,9}$/.test(numId.trim())) return '';
    numId = numId.trim();
    const inst = this.defs.nums.get(numId);
    const found = this.abstractOf(numId);
    if (!inst || !found) return '';
    if (ilvl === undefined && fromStyle) {
      ilvl = fromStyle.num.ilvl;
      if (ilvl === undefined) {
        const byStyle = found.abs.levels.findIndex((l) => l?.style === fromStyle.style);
        ilvl = byStyle >= 0 ? byStyle : 0;
      }
    }
    ilvl = ilvl ?? 0;
    if (ilvl < 0 || ilvl > 8) return '';
    const level = (i: number): Level | undefined => inst.overrides.get(i)?.level ?? found.abs.levels[i];
    const start = (i: number): number => inst.overrides.get(i)?.start ?? level(i)?.start ?? 0;
    const lvl = level(ilvl);
    if (!lvl) return '';
    let counters = this.counters.get(found.id);
    if (!counters) { counters = []; this.counters.set(found.id, counters); }
    if (!this.usedNums.has(numId)) {
      // A numbering instance's overrides (w:startOverride) restart its levels where it is first used.
      this.usedNums.add(numId);
      for (const [i, o] of inst.overrides) if (o.start !== undefined || o.level) counters[i] = undefined;
    }
    const prev = counters[ilvl];
    counters[ilvl] = prev === undefined ? start(ilvl) : prev + 1;
    for (let m = ilvl + 1; m <= 8; m++) {
      const r = level(m)?.restart;
      // lvlRestart is 1-based: restart when that level or a higher one (smaller ilvl) is used; 0: never.
      if (r === undefined || (r !== 0 && ilvl <= r - 1)) counters[m] = undefined;
    }
    if (lvl.fmt === 'bullet') return '';
    this.numbered++;
    const text = lvl.text.replace(/%([1-9])/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const l = level(k);
      const value = counters[k] ?? start(k);
      return formatNumber(value, lvl.legal ? 'decimal' : l?.fmt ?? 'decimal');
    });
    if (!text) return '';
    return text + separator(text, lvl.suffix);
  }
}

/**
 * What follows the number: nothing, a space (w:suff "space"), or for Word's default tab what a draft
 * typed by hand has there — nothing after punctuation (一、 （一） 1. ①), a full-width space after a
 * word (第一章 U+3000 总则).
 */
function separator(text: string, suffix: Level['suffix']): string {
  if (suffix === 'nothing') return '';
  if (suffix === 'space') return ' ';
  return /[\p{P}\p{S}\s]$/u.test(text) || /[\u2460-\u24ff\u3220-\u32ff]$/.test(text) ? '' : '\u3000';
}

const CN_DIGITS = '〇一二三四五六七八九';
const CN_LEGAL = '零壹贰叁肆伍陆柒捌玖';
const CN_LEGAL_TRAD = '零壹貳參肆伍陸柒捌玖';

/** 1 一, 10 十, 11 十一, 20 二十, 101 一百零一, 110 一百一十 (as Word's chineseCounting). */
function chineseCounting(n: number, digits = CN_DIGITS, units = ['', '十', '百', '千'], tenAlone = true): string {
  if (n === 0) return digits[0];
  if (n >= 10000) {
    const high = Math.floor(n / 10000), low = n % 10000;
    const hi = chineseCounting(high, digits, units, tenAlone) + '万';
    if (low === 0) return hi;
    return hi + (low < 1000 ? (digits === CN_DIGITS ? '零' : digits[0]) : '') + chineseCounting(low, digits, units, false);
  }
  const s = String(n);
  let out = '';
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const unit = units[s.length - 1 - i];
    if (d === 0) { zero = true; continue; }
    if (zero && out) out += digits === CN_DIGITS ? '零' : digits[0];
    zero = false;
    if (!(tenAlone && d === 1 && unit === units[1] && i === 0 && s.length === 2)) out += digits[d];
    out += unit;
  }
  return out;
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, r] of table) while (n >= v) { out += r; n -= v; }
  return out;
}

/** A (Word repeats the letter: 27 AA, 28 BB). */
function letter(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** A number in one of Word's number formats (w:numFmt); an unknown format is written in Arabic digits. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimal': case 'decimalHalfWidth': case 'ordinal': case 'cardinalText': case 'ordinalText': return String(n);
    case 'decimalZero': return n >= 0 && n < 10 ? '0' + n : String(n);
    case 'decimalFullWidth': case 'decimalFullWidth2': return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperLetter': return letter(n);
    case 'lowerLetter': return letter(n).toLowerCase();
    case 'chineseCounting': case 'chineseCountingThousand': case 'japaneseCounting': case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand': case 'koreanCounting':
      return n >= 0 ? chineseCounting(n) : String(n);
    case 'ideographDigital': case 'taiwaneseDigital': case 'japaneseDigitalTenThousand':
      return n >= 0 ? String(n).replace(/[0-9]/g, (d) => CN_DIGITS[Number(d)]) : String(n);
    case 'chineseLegalSimplified': return n >= 0 ? chineseCounting(n, CN_LEGAL, ['', '拾', '佰', '仟'], false) : String(n);
    case 'ideographLegalTraditional': case 'japaneseLegal': return n >= 0 ? chineseCounting(n, CN_LEGAL_TRAD, ['', '拾', '佰', '仟'], false) : String(n);
    case 'ideographTraditional': return n >= 1 ? '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10] : String(n);
    case 'ideographZodiac': case 'ideographZodiacTraditional': return n >= 1 ? '子丑寅卯辰巳午未申酉戌亥'[(n - 1) % 12] : String(n);
    case 'ideographEnclosedCircle': return n >= 1 && n <= 10 ? String.fromCharCode(0x3220 + n - 1) : String(n);
    case 'decimalEnclosedCircle': case 'decimalEnclosedCircleChinese':
      if (n >= 1 && n <= 20) return String.fromCharCode(0x2460 + n - 1);
      if (n >= 21 && n <= 35) return String.fromCharCode(0x3251 + n - 21);
      if (n >= 36 && n <= 50) return String.fromCharCode(0x32b1 + n - 36);
      return String(n);
    case 'decimalEnclosedParen': return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop': return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'none': return '';
    default: return String(n);
  }
}
