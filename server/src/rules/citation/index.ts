/** The citation/ rules. Adding a rule = its file here, one line below, fixtures, a doc page. */
import type { Rule } from '../types';
import docNumberBracket from './doc-number-bracket';

export const rules: Rule[] = [docNumberBracket];
