/** The lead-unit/ rules. Adding a rule = its file here, one line below, fixtures, a doc page. */
import type { Rule } from '../../core/contract';
import missing from './missing';
import openList from './open-list';
import multipleLeads from './multiple-leads';
import inconsistentFormat from './inconsistent-format';
import inconsistentName from './inconsistent-name';
import nameVariant from './name-variant';

export const rules: Rule[] = [missing, openList, multipleLeads, inconsistentFormat, inconsistentName, nameVariant];
