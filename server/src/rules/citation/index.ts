/** The citation/ rules. Adding a rule = its file here, one line below, fixtures, a doc page. */
import type { Rule } from '../../core/contract';
import docNumberBracket from './doc-number-bracket';
import docNumberYear from './doc-number-year';
import docNumberSerial from './doc-number-serial';
import docNumberSuffix from './doc-number-suffix';
import docNumberSpace from './doc-number-space';
import docNumberAgency from './doc-number-agency';
import order from './order';
import missingNumber from './missing-number';
import nestedMarks from './nested-marks';
import unbalanced from './unbalanced';
import titleMarks from './title-marks';
import shortName from './short-name';
import futureDate from './future-date';
import numberMismatch from './number-mismatch';
import superseded from './superseded';
import titleVariant from './title-variant';
import listComma from './list-comma';

export const rules: Rule[] = [
  docNumberBracket, docNumberYear, docNumberSerial, docNumberSuffix, docNumberSpace, docNumberAgency,
  order, missingNumber, nestedMarks, unbalanced, titleMarks, shortName, futureDate, numberMismatch, superseded, titleVariant,
  listComma,
];
