/**
 * The policy document model. Built once per document version by `parseDocument`; every rule reads
 * it and none re-parses the text. All ranges are UTF-16 offsets into the original text (as LSP).
 * This module and everything under core/ and rules/ has no LSP or vscode imports.
 */
import type { DocNumber, Span, Tokens } from './lexer';
import type { LineIndex } from './lines';
import type { SectionRole } from './vocabulary';

export type { SectionRole };

/** Span and DocNumber are the lexer's (core/lexer.ts imports nothing from this module). */
export type { Span, DocNumber };

export type DocumentKind =
  | 'action-plan' | 'work-list' | 'measures' | 'opinion' | 'reply' | 'drafting-note' | 'interpretation' | 'notice' | 'unknown';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'action-plan', 'work-list', 'measures', 'opinion', 'reply', 'drafting-note', 'interpretation', 'notice', 'unknown',
];

/** One line of text with its content range (no line break) and whether it is blank. */
export interface Line extends Span { index: number; blank: boolean }

/**
 * Heading styles, outermost first:
 *  chapter 第X章 · article 第X条 · cn 一、 · paren-cn （一） · arabic 1. / 1、 · paren-arabic （1） · circled ①
 */
export type HeadingStyle = 'chapter' | 'article' | 'cn' | 'paren-cn' | 'arabic' | 'paren-arabic' | 'circled';
export const HEADING_RANK: Record<HeadingStyle, number> = {
  chapter: 0, article: 1, cn: 2, 'paren-cn': 3, arabic: 4, 'paren-arabic': 5, circled: 6,
};

export interface Heading {
  style: HeadingStyle;
  /** 1-based depth in the tree. */
  depth: number;
  /**
   * Nesting rank (lower = outer): HEADING_RANK of the style, except that 第X条 numbered inside
   * 一、/（一） sections (corpus 001) ranks below every other style.
   */
  rank: number;
  /** The number the marker carries (一 → 1, （3） → 3). */
  number: number;
  /** The marker as written, e.g. "（一）", "1.", "第三条". */
  marker: string;
  markerRange: Span;
  /** The separator after an arabic number: "." "、" "．" or "" for other styles. */
  separator: string;
  /** The heading's own title: the text after the marker up to the first 。 or the line end. */
  title: string;
  titleRange: Span;
  /**
   * What the section is for, from its title (core/vocabulary.ts): goal (工作目标), task (重点任务,
   * 政策措施), safeguard (保障措施), scope (适用范围), supplementary (附则), background (背景) or other.
   */
  role: SectionRole;
  /** The heading's line (content range). */
  lineRange: Span;
  /** From the heading's line start to the start of the next heading of the same or higher rank. */
  sectionRange: Span;
  /** From the heading's line start to the start of the next heading of any rank. */
  ownRange: Span;
  children: Heading[];
  parent?: Heading;
}

export interface UnitRef { name: string; range: Span }

export type LeadForm =
  | 'labelled'      // F1 （牵头单位：A；配合单位：B） / F1″ （责任单位：…）
  | 'verb'          // F2 （A牵头，B配合） / （A牵头，会同B负责）
  | 'list-legend'   // F3 （A、B负责。列第一位者为牵头单位，下同）
  | 'dept-label'    // F4 （负责部门：A；适用范围：B）
  | 'line'          // F5 牵头单位：A on its own line or after the text
  | 'other-verb'    // F6 （A指导） / （A会同有关部门负责）
  | 'prose';        // F8 由A牵头

export interface LeadClause {
  range: Span;
  form: LeadForm;
  /** Opening bracket as written ("（", "(", "[", "［", "【", "〔") or "" for unbracketed forms. */
  bracket: string;
  /** Label used in labelled forms (牵头单位, 责任单位, 负责部门 …), normalised to simplified script. */
  label?: string;
  /** Separator between the lead part and the partner part, as written ("；", ";", "，", ","). */
  separator?: string;
  /** The verb of verb forms (牵头, 负责, 指导 …). */
  verb?: string;
  lead: UnitRef[];
  partners: UnitRef[];
  /** 适用范围 or similar trailing scope text. */
  scope?: string;
  /** The clause states that the first-listed unit leads (列第一位者为牵头单位 …). */
  firstLeads: boolean;
  /** The clause says its rule applies to later items too (下同, 以下…不再列出). */
  inherits: boolean;
}

/**
 * cap: 最高/不超过 X; floor: 不低于 X, X以上 (no cap); rate: X per unit (每亩300元, 300元/吨), no cap;
 * range: X～Y; tiered: one of a 分别 list; fixed: X.
 */
export type AmountKind = 'cap' | 'fixed' | 'ratio' | 'range' | 'tiered' | 'floor' | 'rate';

export interface Amount {
  range: Span;
  text: string;
  /** Value normalised to 元 (for a range: its upper end; NaN when it cannot be read). */
  yuan: number;
  /** Lower end of a range, in 元. */
  minYuan?: number;
  /** The unit as written: 元, 万元, 亿元, 万 (no 元) … */
  unit: string;
  /** A range: its lower end (the number with its magnitude, 10万 of 10万至100万元) and the unit written after it (万元, 万, 元, ''). */
  lower?: { range: Span; unit: string };
  /** True when the amount is 万/亿 money written without 元. */
  missingYuan: boolean;
  kind: AmountKind;
  /** 每年, 三年, 累计 … as written near the amount. */
  period?: string;
  /** The clause (between punctuation) the amount sits in: what it funds. */
  context: string;
  contextRange: Span;
}

export interface Ratio { range: Span; percent: number; text: string; basis: string }

export interface Citation {
  /** The 《…》 title including its marks, when present. */
  titleRange?: Span;
  /** The title text without its outer marks. */
  title?: string;
  docNumber?: DocNumber;
  range: Span;
}

export interface TargetSentence {
  range: Span;
  /** The year the sentence aims at (到2025年 → 2025), if any. */
  year?: number;
  yearRange?: Span;
  /** The sentence contains a number with a unit or a percentage. */
  quantified: boolean;
  inGoalSection: boolean;
}

export interface Placeholder {
  range: Span; text: string;
  /** It stands for a number: a blank or a mark before a unit (有 家, 达到××%, ____亿元); target/blank's. */
  number: boolean;
}

export interface Measure {
  /** The numbered heading that opens the measure (absent for unnumbered paragraph measures). */
  heading?: Heading;
  /** The task section the measure belongs to (重点任务 …), as its heading. */
  section?: Heading;
  range: Span;
  /** Measure text (original script). */
  text: string;
  clause?: LeadClause;
  /** The lead clause that applies by inheritance (下同) when the measure has none of its own. */
  inherited?: LeadClause;
  /** True for lead-ins that introduce a list (实施如下重点项目：). */
  leadIn: boolean;
  /**
   * A task measure, to which a lead unit is assigned when the document assigns them: not a lead-in, not a
   * provision of a 办法 (第X条 and the items inside it, outside a task section), not an item of a
   * section of aims, eligibility, standards or procedure (申报条件, 奖补对象, 补助标准, 申报程序 …). An
   * item of a list whose items mostly carry their own lead clause is one whatever its section's title
   * (a 责任分工 list assigns its 主要预期目标 too).
   */
  task: boolean;
}

export interface PolicyDocument {
  text: string;
  /**
   * Same length as text: full-width → half-width, traditional → simplified, and what is not prose
   * (Markdown code, link targets, URLs: `masked`) blanked out with U+FFFC. Match on this.
   */
  norm: string;
  /** Spans that are not prose (code fences, inline code, link targets, autolinks, URLs), sorted: never flagged or fixed. */
  masked: Span[];
  lines: Line[];
  lineIndex: LineIndex;
  traditional: boolean;
  /** The text came through NFKC (web copy): half-width punctuation is not evidence. */
  halfWidthPunctuation: boolean;
  kind: DocumentKind;
  /** For a notice that 印发/转发 a plan or measures: the kind of the wrapped document. */
  innerKind?: DocumentKind;
  title?: string;
  titleRange?: Span;
  /** Title of the wrapped document in an 印发 notice. */
  innerTitle?: string;
  organ?: string;
  /** The document's own 发文字号. */
  docNumber?: DocNumber;
  date?: { year: number; month: number; day: number; range: Span; chinese: boolean };
  period?: { start: number; end: number; range: Span };
  headings: Heading[];
  /** All headings in document order. */
  allHeadings: Heading[];
  measures: Measure[];
  /**
   * The document assigns lead units by clause: at least one task measure carries a lead clause of its
   * own (not one merely in prose, 由A负责). Many national 意见 issue the division of labour separately
   * and use none.
   */
  assignsLeads: boolean;
  leadClauses: LeadClause[];
  /**
   * Where the characters of chars.ts MARK_CHARS (line breaks, brackets, 《》, quotes, the first characters of
   * garbled text) stand in norm, in order: found once by the parse, for the lead clauses and the rules that
   * scan for some of them (analysis.ts marks).
   */
  marks: Int32Array;
  amounts: Amount[];
  ratios: Ratio[];
  docNumbers: DocNumber[];
  citations: Citation[];
  targets: TargetSentence[];
  placeholders: Placeholder[];
  /** The lexical tokens of the text (core/lexer.ts), computed once per document version. */
  tokens: Tokens;
}
