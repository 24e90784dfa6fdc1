/** The consistency/ rules: parts of a document that must agree with each other. */
import type { Rule } from '../../core/contract';
import taskTable from './task-table';

export const rules: Rule[] = [taskTable];
