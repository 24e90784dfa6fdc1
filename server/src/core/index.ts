/** Public entry point of the analysis core, shared by the server, the CLI and the tests. */
export * from './model';
export { parseDocument } from './document';
export { lintDocument, lintText, looksLikePolicy, applyEdits, applyFixes, selectFixes, resolveFix, isAutoFix, snippetToText, MAX_FINDINGS_PER_RULE } from './engine';
export type { LintResult } from './engine';
export { normalizeConfig, DEFAULT_CONFIG, ruleSetting, mergeRawConfigs, PRESETS } from './config';
export { parseDirectives, applyDirectives, ignoreLineDirective } from './directives';
export type { PolicyLintConfig, RuleSetting, CheckMode, Profile, PresetName } from './config';
export { message, pickLocale, RULE_TEXT, hasMessage } from './messages';
export type { Locale, MessageArgs } from './messages';
export { LineIndex } from './lines';
export { RULES, RULES_BY_ID } from '../rules';
export type { Finding, Fix, LazyFix, Rule, RuleMeta, Severity, Category, TextEdit } from '../rules/types';
export { CATEGORIES, SEVERITIES } from '../rules/types';
