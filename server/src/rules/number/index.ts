/** The number/ rules. Adding a rule = its file here, one line below, fixtures, a doc page. */
import type { Rule } from '../../core/contract';
import rangeMark from './range-mark';
import rangeUnit from './range-unit';
import mixed from './mixed';
import sameForm from './same-form';
import approx from './approx';
import yearShort from './year-short';
import dateFormat from './date-format';
import dateOrder from './date-order';
import deadlineYear from './deadline-year';
import liang from './liang';
import periodYear from './period-year';

export const rules: Rule[] = [rangeMark, rangeUnit, mixed, sameForm, approx, yearShort, dateFormat, dateOrder, deadlineYear, liang, periodYear];
