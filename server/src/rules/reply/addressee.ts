/**
 * reply/addressee — a 提案 is answered to a 委员 (CPPCC), a 建议 to a 代表 (NPC); the 称谓 line ends with a
 * colon (李某某代表：), which a line of names followed by 提出的…收悉 has lost.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { replyFeatures } from '../../core/structure';

const DOCS: RuleDocs = {
  title: { zh: '答复称谓', en: 'Reply addressee' },
  explanation: {
    zh: '人大代表提出“建议”，政协委员提出“提案”：答复建议称“××代表”，答复提案称“××委员”。',
    en: 'NPC deputies make 建议 (addressed as 代表); CPPCC members make 提案 (addressed as 委员).',
  },
  details: {
    zh: '人大代表提出“建议”，政协委员提出“提案”：答复建议称“××代表”，答复提案称“××委员”。\n\n答复政协提案时称“委员”，答复人大建议时称“代表”。根据标题或开头中的“提案”“建议”判断。\n\n称谓单独成行，后加冒号（“王某某代表：”）。开头一行只有姓名和“代表”“委员”、下一行接着写“提出的……收悉”时，报告缺少冒号。',
    en: 'NPC deputies make 建议 (addressed as 代表); CPPCC members make 提案 (addressed as 委员).\n\nA reply to a CPPCC 提案 addresses 委员; a reply to an NPC 建议 addresses 代表 — from 提案/建议 in the title or opening.\n\nThe addressee line ends with a colon (王某某代表：). A line near the top holding only names and 代表/委员, followed by a line that goes on with 提出的…收悉, is reported for its missing colon.',
  },
  good: ['项道满委员：\n您提出的第4070号提案收悉。经研究，现答复如下：', '叶君代表：\n您提出的第31号建议收悉。经研究，现答复如下：'],
  bad: ['项道满代表：\n您提出的第4070号提案收悉。经研究，现答复如下：', '关于第21号代表建议办理情况的函\n李某某、张某某代表\n提出的《关于加强渠道管理的建议》收悉，现将办理情况答复如下：'],
  fix: { zh: '把称谓改为正确的“委员”或“代表”；缺少冒号时补上冒号。', en: 'replaces the role with the right one; adds a missing colon.' },
  source: {
    tier: 'practice',
    zh: '各地建议提案办理办法（答复称谓）',
    en: 'Local rules on handling proposals (forms of address)',
  },
};

const MESSAGES: Messages = {
  'reply/addressee': {
    zh: '答复{subject}时称谓应为“{expected}”，不是“{role}”',
    en: 'A reply to a {subject} addresses a {expected}, not a {role}',
  },
  'reply/addressee-colon': {
    zh: '称谓“{name}”后缺少冒号',
    en: 'The addressee line "{name}" has no colon',
  },
  'fix/addressee': { zh: '改为“{expected}”', en: 'Use "{expected}"' },
  'fix/addressee-colon': { zh: '补上冒号', en: 'Add the colon' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'reply/addressee', category: 'reply', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    if (doc.kind !== 'reply') return;
    const f = replyFeatures(doc);
    const colonAt = f.addressee?.colonAt;
    if (colonAt !== undefined) {
      const line = doc.lines.find((l) => l.start <= colonAt && colonAt <= l.end)!;
      const name = doc.text.slice(line.start, colonAt).trim();
      ctx.report({
        range: f.addressee!.range, messageId: 'reply/addressee-colon', args: { name },
        fix: { titleId: 'fix/addressee-colon', edits: [{ start: colonAt, end: colonAt, newText: doc.halfWidthPunctuation ? ':' : '：' }] },
      });
    }
    if (!f.subject || !f.addressee) return;
    const expected = f.subject === '提案' ? '委员' : '代表';
    if (f.addressee.role === expected) return;
    ctx.report({
      range: f.addressee.range,
      args: { subject: f.subject, role: f.addressee.role, expected },
      fix: { titleId: 'fix/addressee', titleArgs: { expected }, edits: [{ ...f.addressee.range, newText: expected }] },
    });
  },
};
export default rule;
