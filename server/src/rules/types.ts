/** The rule contract. A rule reads the PolicyDocument and reports findings; it never re-parses. */
import type { PolicyDocument, Span } from '../core/model';
import type { MessageArgs } from '../core/messages';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** Categories are a public contract: rule ids are `<category>/<name>`. */
export type Category = 'lead-unit' | 'target' | 'amount' | 'citation' | 'structure' | 'reply' | 'number' | 'text';
export const CATEGORIES: readonly Category[] = ['lead-unit', 'target', 'amount', 'citation', 'structure', 'reply', 'number', 'text'];

export interface TextEdit { start: number; end: number; newText: string }

/** Fix data carried in `diagnostic.data`, so code actions need no server-side state. */
export interface Fix {
  /** Message id for the fix title (see messages.ts). */
  titleId: string;
  titleArgs?: MessageArgs;
  edits: TextEdit[];
  /** The edit text is an LSP snippet (with ${1:…} placeholders). */
  snippet?: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  range: Span;
  messageId: string;
  args?: MessageArgs;
  fix?: Fix;
}

export interface RuleMeta {
  id: string;
  category: Category;
  /** Default severity before settings. */
  severity: Severity;
  /** [custom] house-style rule (configurable warning) or a national standard. */
  source: string;
  fixable: boolean;
}

export interface ReportInput {
  range: Span;
  messageId?: string;
  args?: MessageArgs;
  fix?: Fix;
  /** Override the rule's configured severity for this finding (e.g. information where ambiguous). */
  severity?: Severity;
}

export interface RuleContext {
  doc: PolicyDocument;
  /** Options from settings for this rule (validated by the rule). */
  options: Record<string, unknown>;
  report(input: ReportInput): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
