/**
 * The analysis core's public surface. It knows no rule: server/src/linter.ts registers the rule set
 * and is what the server, the CLI and the tests import.
 */
export * from './model';
export { parseDocument } from './document';
export { lintDocument, lintText, looksLikePolicy, applyEdits, applyFixes, selectFixes, resolveFix, isAutoFix, snippetToText, MAX_FINDINGS_PER_RULE } from './engine';
export type { LintResult } from './engine';
export { fixAll } from './fixall';
export { normalizeConfig, resolveConfig, DEFAULT_CONFIG, ruleSetting, mergeRawConfigs, PRESETS } from './config';
export { parseDirectives, applyDirectives, ignoreLineDirective } from './directives';
export type { PolicyLintConfig, RuleSetting, CheckMode, Profile, PresetName, ConfigLayer } from './config';
export { message, pickLocale, hasMessage, registerMessages, kindLabel } from './messages';
export type { Locale, MessageArgs } from './messages';
export { LineIndex } from './lines';
export { unwrappedTwin, Mapper } from './unwrap';
export type { Finding, Related, LineRange, Fix, LazyFix, Rule, RuleMeta, RuleDocs, RuleSource, SourceTier, Severity, Category, TextEdit, Messages, Text } from './contract';
export { CATEGORIES, SEVERITIES, SOURCE_TIERS } from './contract';
export { registerRules, registeredRules, ruleById, ruleDocs } from './registry';
export { ruleDocPage } from './ruledoc';
export { summarize, summarizeAll, relatedFindings, relatedLinks, titleForm, titleKey, sameTitle, placeOf } from './related';
export type { DocSummary, RelatedLink, RelatedContext, RelatedReport, RelatedRole, Place, NamedTitle, CountClaim, PartCounts } from './related';
