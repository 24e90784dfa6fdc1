/**
 * consistency/task-table — a document that carries its own 分工表 (an attachment after 附件, as a
 * Markdown table, tab-separated lines or list items （责任单位：…，完成时限：…）) says the same as its
 * body: every task of the body is in the table once, with the same lead and partner units and the same
 * deadline. Each mismatch is reported on the table row, with the body measure as related information,
 * and a quick fix that writes the body's value into the table cell.
 */
import type { Fix, Messages, Related, Rule, RuleContext, RuleDocs } from '../../core/contract';
import { attachedTable, bodyTasks, compareTaskTable, mismatchRange, taskTable, type TableCell, type TableMismatchKind } from '../../core/tasks';

const DOCS: RuleDocs = {
  title: { zh: '分工表与正文一致', en: 'Task table agrees with the text' },
  explanation: {
    zh: '文后附有任务分工表时，正文的每项任务在表中列出一次，牵头单位、配合单位和完成时限与正文一致。',
    en: 'When a task-division table is attached, every task of the text is in it once, with the same lead and partner units and the same deadline.',
  },
  details: {
    zh: '文后附有任务分工表时，正文的每项任务在表中列出一次，牵头单位、配合单位和完成时限与正文一致。\n\n'
      + '附件（“附件”“附件1”单独成行之后）中的分工表可以是 Markdown 表格、以制表符分隔的表格（表头写明重点任务、牵头单位、配合单位或责任单位、完成时限），'
      + '也可以是逐项列出、每项后附“（责任单位：…，完成时限：…）”的清单。按任务文字把表中各行与正文措施对应，报告：正文任务未列入分工表；表中任务在正文中找不到；同一任务重复列出；'
      + '牵头单位、配合单位不一致（单位简称与全称视为同一单位；一方只写“责任单位”而不分牵头、配合时，比较全部责任单位）；完成时限不一致（“2023年12月”与“2023年底”视为相同）。'
      + '正文未写而表中写明的内容（如只在表中规定的完成时限）不报告。问题标在分工表的相应单元格上，并链接到正文中的措施。',
    en: 'When a task-division table is attached, every task of the text is in it once, with the same lead and partner units and the same deadline.\n\n'
      + 'The table follows a line that is only 附件 (附件1 …): a Markdown table or tab-separated lines whose header names the task, the lead, partner or responsible units and the deadline, '
      + 'or list items each ending （责任单位：…，完成时限：…）. Rows are matched to the measures of the text by their wording. Reported: a task of the text missing from the table; a row that matches no task; a task listed twice; '
      + 'different lead or partner units (an alias is the same unit; where one side only names 责任单位 without telling lead from partners, all responsible units are compared); a different deadline (2023年12月 and 2023年底 are the same). '
      + 'What only the table states (a deadline the text leaves open) is not reported. The finding is on the table cell, linked to the measure in the text.',
  },
  good: [
    '一、重点任务\n（一）建设数据平台。2024年底前建成全市统一的数据平台。（牵头单位：市数据局；配合单位：市财政局）\n（二）开放公共数据。（牵头单位：市政务服务中心）\n\n附件\n\n重点任务分工表\n\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n| 1 | 建设数据平台 | 市数据局 | 市财政局 | 2024年底前 |\n| 2 | 开放公共数据 | 市政务服务中心 |  | 长期坚持 |',
  ],
  bad: [
    '一、重点任务\n（一）建设数据平台。2024年底前建成全市统一的数据平台。（牵头单位：市数据局；配合单位：市财政局）\n（二）开放公共数据。（牵头单位：市政务服务中心）\n\n附件\n\n重点任务分工表\n\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n| 1 | 建设数据平台 | 市工信局 | 市财政局 | 2025年底前 |\n| 2 | 开放公共数据 | 市政务服务中心 |  | 长期坚持 |',
  ],
  fix: {
    zh: '把正文中的牵头单位、配合单位或完成时限写入分工表的相应单元格（改变责任分工，只作为单独的快速修复提供，不参与“全部修复”）。',
    en: 'writes the text\'s lead units, partner units or deadline into the table cell (it changes who is responsible: offered on its own, never part of fix-all).',
  },
  source: {
    tier: 'practice',
    zh: '起草实务：分工方案与正文的任务、责任单位、时限一一对应',
    en: 'Drafting practice: a task division matches the text task by task, unit by unit, deadline by deadline',
  },
};

const MESSAGES: Messages = {
  'consistency/task-table': { zh: '分工表与正文不一致', en: 'The task table disagrees with the text' },
  'consistency/task-table-lead': {
    zh: '分工表中“{task}”的牵头单位为“{table}”，正文为“{body}”',
    en: 'The table gives "{task}" the lead "{table}"; the text says "{body}"',
  },
  'consistency/task-table-lead-missing': {
    zh: '分工表中“{task}”未写牵头单位，正文为“{body}”',
    en: 'The table names no lead for "{task}"; the text says "{body}"',
  },
  'consistency/task-table-partners': {
    zh: '分工表中“{task}”的配合单位为“{table}”，正文为“{body}”',
    en: 'The table gives "{task}" the partners "{table}"; the text says "{body}"',
  },
  'consistency/task-table-units': {
    zh: '分工表中“{task}”的责任单位为“{table}”，正文为“{body}”',
    en: 'The table makes "{table}" responsible for "{task}"; the text says "{body}"',
  },
  'consistency/task-table-deadline': {
    zh: '分工表中“{task}”的完成时限为“{table}”，正文为“{body}”',
    en: 'The table gives "{task}" the deadline "{table}"; the text says "{body}"',
  },
  'consistency/task-table-deadline-missing': {
    zh: '分工表中“{task}”未写完成时限，正文为“{body}”',
    en: 'The table gives no deadline for "{task}"; the text says "{body}"',
  },
  'consistency/task-table-missing': { zh: '正文任务“{task}”未列入分工表', en: 'The task "{task}" is not in the task table' },
  'consistency/task-table-extra': { zh: '分工表中的任务“{task}”在正文中找不到', en: 'The table\'s task "{task}" is not in the text' },
  'consistency/task-table-duplicate': { zh: '任务“{task}”在分工表中重复列出', en: 'The task "{task}" is listed twice in the table' },
  'consistency/task-table-body': { zh: '正文中的该项任务', en: 'The task in the text' },
  'consistency/task-table-row': { zh: '分工表中的相应位置', en: 'Its place in the task table' },
  'fix/task-table-cell': { zh: '改为正文中的“{value}”', en: 'Change to "{value}" as in the text' },
};

function cellFix(cell: TableCell | undefined, value: string): Fix | undefined {
  if (!cell) return undefined;
  return { titleId: 'fix/task-table-cell', titleArgs: { value }, edits: [{ start: cell.range.start, end: cell.range.end, newText: value }], explicitOnly: true };
}

/** The message of a mismatch: the rule's id and the kind (consistency/task-table-lead, …-deadline-missing …). */
const messageOf = (kind: TableMismatchKind): string => `consistency/task-table-${kind}`;

function check(ctx: RuleContext): void {
  const { doc } = ctx;
  const att = attachedTable(doc);
  if (!att || !att.rows.length) return;
  const body = taskTable(doc).rows;
  // The comparison (core/tasks.ts) is the one consistency/related-tasks runs on a separate 分工表.
  const found = compareTaskTable(bodyTasks(doc), att.rows);
  if (!found) return;
  const toBody = (j: number): Related[] => [{ range: body[j].taskRange, messageId: 'consistency/task-table-body' }];
  for (const m of found) {
    if (m.row === undefined) {
      // A task of the text missing from the table: on the task, linked to the table.
      const where = att.titleRange ?? att.rows[0].task.range;
      ctx.report({ range: body[m.body!].taskRange, messageId: messageOf(m.kind), args: m.args,
        related: [{ range: where, messageId: 'consistency/task-table-row' }] });
      continue;
    }
    const r = att.rows[m.row];
    const range = mismatchRange(r, m);
    const related = m.body === undefined ? undefined : toBody(m.body);
    if (related && m.first !== undefined) related.push({ range: att.rows[m.first].task.range, messageId: 'consistency/task-table-row' });
    ctx.report({ range, messageId: messageOf(m.kind), args: m.args, related, fix: m.fix ? cellFix(r[m.fix.cell], m.fix.value) : undefined });
  }
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'consistency/task-table', category: 'consistency', severity: 'warning', fixable: true },
  check,
};
export default rule;
