/** The target/ rules. Adding a rule = its file here, one line below, fixtures, a doc page. */
import type { Rule } from '../../core/contract';
import unquantified from './unquantified';
import noDeadline from './no-deadline';
import blank from './blank';
import outsidePeriod from './outside-period';
import countMismatch from './count-mismatch';
import sectionEmpty from './section-empty';

export const rules: Rule[] = [unquantified, noDeadline, blank, outsidePeriod, countMismatch, sectionEmpty];
