/** The number/ rules. Adding a rule = its file here, one line below, fixtures, a doc page. */
import type { Rule } from '../types';

export const rules: Rule[] = [];
