/** The amount/ rules. Adding a rule = its file here, one line below, fixtures, a doc page. */
import type { Rule } from '../../core/contract';
import vague from './vague';
import missingUnit from './missing-unit';
import uncappedRatio from './uncapped-ratio';
import capConflict from './cap-conflict';
import listMismatch from './list-mismatch';
import tierOrder from './tier-order';
import exceedsAggregate from './exceeds-aggregate';
import range from './range';
import rangeForm from './range-form';
import currencyForm from './currency-form';
import tierGap from './tier-gap';

export const rules: Rule[] = [vague, missingUnit, uncappedRatio, capConflict, listMismatch, tierOrder, exceedsAggregate, range, rangeForm, currencyForm, tierGap];
