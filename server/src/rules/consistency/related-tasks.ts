/**
 * consistency/related-tasks — a 分工表 kept in a file of its own (《…》重点任务分工表) agrees with the
 * plan it divides: every task of the plan in it once, with the plan's lead and partner units and
 * deadlines. The comparison is consistency/task-table's (core/tasks.ts compareTaskTable); each
 * mismatch is reported on the table, linked to the task in the plan.
 */
import type { Messages, Rule, RuleDocs } from '../../core/contract';
import { compareTaskTable, mismatchRange, type TableMismatchKind } from '../../core/tasks';
import type { RelatedContext } from '../../core/related';

const PLAN = '关于推进数字乡村建设的实施方案\n\n一、重点任务\n（一）建设农村数据平台。2024年底前建成全县统一的数据平台。（牵头单位：县数据局；配合单位：县财政局）\n（二）推进电子商务进村。（牵头单位：县商务局）';

const DOCS: RuleDocs = {
  title: { zh: '单独的分工表与方案一致', en: 'A separate task table agrees with its plan' },
  explanation: {
    zh: '单独成文的任务分工表与同一文件夹中所分解的方案一致：方案的每项任务在表中列出一次，牵头单位、配合单位和完成时限相同。',
    en: 'A task-division table kept in its own file agrees with the plan it divides: every task of the plan is in it once, with the same lead and partner units and deadlines.',
  },
  details: {
    zh: '分工表单独成文（标题含“分工表”“分工方案”“任务清单”等，并以书名号或在开头写明所分解的方案）时，与同一文件夹中的该方案配对（见 consistency/related-title），'
      + '按与 consistency/task-table 相同的方法逐行对照：方案任务未列入分工表；表中任务在方案中找不到；同一任务重复列出；牵头单位、配合单位不一致；完成时限不一致。'
      + '方案未写而表中写明的内容不报告。问题标在分工表上，并链接到方案中的相应任务。',
    en: 'When the task table is a file of its own (its title says 分工表, 分工方案, 任务清单 …, and names the plan in 《》 or in its first lines), it is paired with that plan in the folder (see consistency/related-title) '
      + 'and compared row by row as consistency/task-table does: a task of the plan missing from the table, a row that matches no task, a task listed twice, different lead or partner units, a different deadline. '
      + 'What only the table states is not reported. The finding is on the table, linked to the task in the plan.',
  },
  good: [
    `=== 实施方案.txt ===\n${PLAN}\n=== 分工表.md ===\n《关于推进数字乡村建设的实施方案》重点任务分工表\n\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n| 1 | 建设农村数据平台 | 县数据局 | 县财政局 | 2024年底前 |\n| 2 | 推进电子商务进村 | 县商务局 |  | 长期坚持 |`,
  ],
  bad: [
    `=== 实施方案.txt ===\n${PLAN}\n=== 分工表.md ===\n《关于推进数字乡村建设的实施方案》重点任务分工表\n\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n| 1 | 建设农村数据平台 | 县工信局 | 县财政局 | 2025年底前 |\n| 2 | 推进电子商务进村 | 县商务局 |  | 长期坚持 |`,
  ],
  source: {
    tier: 'practice',
    zh: '起草实务：分工方案与所分解的方案任务、责任单位、时限一一对应',
    en: 'Drafting practice: a task division matches its plan task by task, unit by unit, deadline by deadline',
  },
};

const MESSAGES: Messages = {
  'consistency/related-tasks': { zh: '分工表与方案不一致', en: 'The task table disagrees with its plan' },
  'consistency/related-tasks-lead': { zh: '分工表中“{task}”的牵头单位为“{table}”，方案为“{body}”', en: 'The table gives "{task}" the lead "{table}"; the plan says "{body}"' },
  'consistency/related-tasks-lead-missing': { zh: '分工表中“{task}”未写牵头单位，方案为“{body}”', en: 'The table names no lead for "{task}"; the plan says "{body}"' },
  'consistency/related-tasks-partners': { zh: '分工表中“{task}”的配合单位为“{table}”，方案为“{body}”', en: 'The table gives "{task}" the partners "{table}"; the plan says "{body}"' },
  'consistency/related-tasks-units': { zh: '分工表中“{task}”的责任单位为“{table}”，方案为“{body}”', en: 'The table makes "{table}" responsible for "{task}"; the plan says "{body}"' },
  'consistency/related-tasks-deadline': { zh: '分工表中“{task}”的完成时限为“{table}”，方案为“{body}”', en: 'The table gives "{task}" the deadline "{table}"; the plan says "{body}"' },
  'consistency/related-tasks-deadline-missing': { zh: '分工表中“{task}”未写完成时限，方案为“{body}”', en: 'The table gives no deadline for "{task}"; the plan says "{body}"' },
  'consistency/related-tasks-missing': { zh: '方案任务“{task}”未列入分工表', en: 'The plan\'s task "{task}" is not in the task table' },
  'consistency/related-tasks-extra': { zh: '分工表中的任务“{task}”在方案中找不到', en: 'The table\'s task "{task}" is not in the plan' },
  'consistency/related-tasks-duplicate': { zh: '任务“{task}”在分工表中重复列出', en: 'The task "{task}" is listed twice in the table' },
  'consistency/related-tasks-plan': { zh: '方案中的该项任务', en: 'The task in the plan' },
};

/** The message of a mismatch: the rule's id and the kind (consistency/related-tasks-lead, …-deadline-missing …). */
const messageOf = (kind: TableMismatchKind): string => `consistency/related-tasks-${kind}`;

function checkRelated(ctx: RelatedContext): void {
  const { from, to } = ctx.link;
  const table = from.table;
  const tasks = to.tasks;
  if (from.role !== 'table' || !table || !tasks) return;
  const found = compareTaskTable(tasks, table.rows);
  if (!found) return;
  for (const m of found) {
    const related = m.body === undefined ? [] : [{ at: tasks[m.body].place, messageId: 'consistency/related-tasks-plan' }];
    if (m.row === undefined) {
      // A task of the plan the table leaves out: on the table's title.
      ctx.report({ on: 'from', at: table.title ?? table.rows[0].task.range, messageId: messageOf(m.kind), args: m.args, related });
      continue;
    }
    const r = table.rows[m.row];
    const at = mismatchRange(r, m);
    ctx.report({ on: 'from', at, messageId: messageOf(m.kind), args: m.args, related });
  }
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'consistency/related-tasks', category: 'consistency', severity: 'warning', fixable: false },
  check() { /* across files only: checkRelated */ },
  checkRelated,
};
export default rule;
