/** The reply/ rules (答复, 答复函, 复函). Adding a rule = its file here, one line below, fixtures, a doc page. */
import type { Rule } from '../../core/contract';
import addressee from './addressee';
import formula from './formula';
import closing from './closing';
import contact from './contact';
import publicRule from './public';
import replyClass from './class';
import subjectTerm from './subject-term';
import addressForm from './address-form';

export const rules: Rule[] = [addressee, formula, closing, contact, publicRule, replyClass, subjectTerm, addressForm];
