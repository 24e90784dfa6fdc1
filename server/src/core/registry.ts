/**
 * The rules the core runs, registered by the linter (server/src/linter.ts), so that the core never
 * imports the rules: the engine, the settings check and the message table read them from here.
 */
import type { Rule, RuleDocs } from './contract';
import { registerMessages } from './messages';

let registered: readonly Rule[] = [];
let byId: ReadonlyMap<string, Rule> = new Map();

/** Register the rule set (once, at start-up); their messages join the message table. */
export function registerRules(rules: readonly Rule[]): void {
  registered = rules;
  byId = new Map(rules.map((r) => [r.meta.id, r]));
  for (const r of rules) registerMessages(r.messages);
}

/** The registered rules; throws when none are (the core imported without server/src/linter.ts would check nothing). */
export function registeredRules(): readonly Rule[] {
  if (!registered.length) throw new Error('no rules registered: import server/src/linter, not the core, to lint');
  return registered;
}
export function ruleById(id: string): Rule | undefined { return byId.get(id); }
export function ruleIds(): IterableIterator<string> { return byId.keys(); }
export function ruleDocs(id: string): RuleDocs | undefined { return byId.get(id)?.docs; }
