/** The rule registry. Adding a rule = one file under rules/<category>/, one line here, fixtures, a doc page. */
import type { Rule } from './types';
import citationDocNumberBracket from './citation/doc-number-bracket';

export const RULES: readonly Rule[] = [
  citationDocNumberBracket,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
