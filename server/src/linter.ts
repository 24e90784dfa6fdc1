/**
 * The linter: the analysis core with the rule set registered. The server, the CLI, the worker threads
 * and the tests import this module (never server/src/rules directly, and the core never imports the
 * rules): text → PolicyDocument → rules → findings.
 */
import { registerRules } from './core';
import { RULES, RULES_BY_ID } from './rules';

registerRules(RULES);

export * from './core';
export { RULES, RULES_BY_ID };
