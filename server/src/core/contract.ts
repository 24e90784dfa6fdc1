/**
 * The rule contract, in the core: a rule reads the PolicyDocument and reports findings; it never
 * re-parses. A rule carries its own words — messages, title, explanation, examples and source — so
 * adding a rule touches its file, its category's list and its fixtures, nothing else.
 */
import type { PolicyDocument, Span } from './model';

export type MessageArgs = Record<string, string | number>;
/** A user-facing string, Chinese first (zh-CN), with English. */
export interface Text { zh: string; en: string }
/** Message id → text. Ids are `<rule id>` or `<rule id>-<variant>` for findings, `fix/<name>` for fix titles. */
export type Messages = Record<string, Text>;

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** Categories are a public contract: rule ids are `<category>/<name>`. */
export type Category = 'lead-unit' | 'target' | 'amount' | 'citation' | 'structure' | 'reply' | 'number' | 'text' | 'consistency';
export const CATEGORIES: readonly Category[] = ['lead-unit', 'target', 'amount', 'citation', 'structure', 'reply', 'number', 'text', 'consistency'];

export interface TextEdit { start: number; end: number; newText: string }

/** Fix data carried in `diagnostic.data`, so code actions need no server-side state. */
export interface Fix {
  /** Message id for the fix title (see messages.ts). */
  titleId: string;
  titleArgs?: MessageArgs;
  edits: TextEdit[];
  /** The edit text is an LSP snippet (with ${1:…} placeholders). */
  snippet?: boolean;
  /**
   * Offered only as its own quick fix, never applied by fix-all (source.fixAll, “fix all of this rule”,
   * CLI --fix): the rewrite changes what the text says (e.g. who is responsible), not only its form.
   */
  explicitOnly?: boolean;
  /**
   * The edits are too many to carry on every finding (a renumbering): `edits` is empty and the rule's
   * `resolveFix` computes them from the document when the fix is asked for (see engine resolveFix).
   */
  lazy?: LazyFix;
}

/** A small descriptor from which the rule that reported it recomputes a fix's edits. */
export interface LazyFix {
  /** What to compute, e.g. 'renumber'. */
  kind: string;
  /** Offset the fix is anchored at (e.g. the heading marker's start). */
  at: number;
}

/** Lines and columns (0-based, UTF-16) of a range in a document the receiver may not hold. */
export interface LineRange { line: number; character: number; endLine: number; endCharacter: number }

/** Another place that a finding refers to (LSP relatedInformation): in the same document, or in another file. */
export interface Related {
  range: Span;
  messageId: string;
  args?: MessageArgs;
  /** In another document (a cross-file finding, core/related.ts): that document's id (a URI, a path). */
  file?: string;
  /** With `file`: where `range` is in that document, as lines and columns. */
  lines?: LineRange;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  range: Span;
  messageId: string;
  args?: MessageArgs;
  fix?: Fix;
  /** Where the other side of a mismatch is (a table row and the body measure it should agree with). */
  related?: Related[];
  /** A cross-file finding (core/related.ts), computed from summaries: where `range` is, as lines. */
  lines?: LineRange;
}

export interface RuleMeta {
  id: string;
  category: Category;
  /** Default severity before settings. */
  severity: Severity;
  fixable: boolean;
}

/**
 * Where a rule comes from: regulation = 《党政机关公文处理工作条例》 or another issued rule (规定);
 * standard = a national standard (GB/T 9704, 15834, 15835); practice = drafting practice (实务) —
 * recommended, not required by any text.
 */
export type SourceTier = 'regulation' | 'standard' | 'practice';
export const SOURCE_TIERS: readonly SourceTier[] = ['regulation', 'standard', 'practice'];
export interface RuleSource extends Text { tier: SourceTier }

/**
 * A rule's documentation, shown in hovers, the CLI's rule list, reports and docs/rules (generated
 * from it). Every ✘ example is flagged by the rule and every ✔ example is not (test/unit/examples.test.ts).
 */
export interface RuleDocs {
  title: Text;
  /** One or two sentences: what is checked and why (hovers). */
  explanation: Text;
  /** The full description (documentation page). */
  details?: Text;
  /** ✔ texts the rule leaves alone. */
  good: string[];
  /** ✘ texts the rule flags. */
  bad: string[];
  /** What the quick fix does. */
  fix?: Text;
  source: RuleSource;
}

export interface ReportInput {
  range: Span;
  messageId?: string;
  args?: MessageArgs;
  fix?: Fix;
  /** Override the rule's configured severity for this finding (e.g. information where ambiguous). */
  severity?: Severity;
  related?: Related[];
}

export interface RuleContext {
  doc: PolicyDocument;
  /** Options from settings for this rule (validated by the rule). */
  options: Record<string, unknown>;
  report(input: ReportInput): void;
}

export interface Rule {
  meta: RuleMeta;
  docs: RuleDocs;
  /** The messages of its findings and fix titles (see Messages). */
  messages: Messages;
  check(ctx: RuleContext): void;
  // checkRelated (a rule across files) is declared by core/related.ts, which adds it to this interface:
  // this module imports nothing from there (related.ts imports this one).
  /** The edits of a lazy fix this rule reported, recomputed on `doc`; undefined when it no longer applies. */
  resolveFix?(doc: PolicyDocument, lazy: LazyFix, options: Record<string, unknown>): TextEdit[] | undefined;
}
