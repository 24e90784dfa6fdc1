/** The rule registry: every category's rules, in category order. */
import type { Rule } from '../core/contract';
import { rules as leadUnit } from './lead-unit';
import { rules as target } from './target';
import { rules as amount } from './amount';
import { rules as citation } from './citation';
import { rules as structure } from './structure';
import { rules as reply } from './reply';
import { rules as numberRules } from './number';
import { rules as textRules } from './text';
import { rules as consistency } from './consistency';

export const RULES: readonly Rule[] = [
  ...leadUnit, ...target, ...amount, ...citation, ...structure, ...reply, ...numberRules, ...textRules, ...consistency,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
