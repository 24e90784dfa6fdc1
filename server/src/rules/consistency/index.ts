/** The consistency/ rules: parts of a document, or related files, that must agree with each other. */
import type { Rule } from '../../core/contract';
import taskTable from './task-table';
import relatedTitle from './related-title';
import relatedCount from './related-count';
import relatedAmount from './related-amount';
import relatedDocnumber from './related-docnumber';
import relatedTasks from './related-tasks';

export const rules: Rule[] = [taskTable, relatedTitle, relatedCount, relatedAmount, relatedDocnumber, relatedTasks];
