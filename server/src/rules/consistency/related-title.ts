/**
 * consistency/related-title — a text that names another in the same folder (an 起草说明 or 政策解读,
 * an 印发通知, a separate 分工表) writes its title exactly as that document does: `关于推进…实施方案`
 * is not `推进…实施方案`. Reported on the naming text, linked to the title of the document named.
 */
import type { Messages, Rule, RuleDocs } from '../../core/contract';
import { sameTitle, type RelatedContext } from '../../core/related';

const POLICY = '关于进一步促进民间投资发展的若干措施\n\n一、对需报国家审批（核准）的项目，应专项论证民间资本参与的可行性。\n二、引导民间资本有序参与低空经济领域基础设施建设。\n三、进一步加大政府采购支持中小企业力度。';

const DOCS: RuleDocs = {
  title: { zh: '相关文件所称标题一致', en: 'Related files name each other exactly' },
  explanation: {
    zh: '起草说明、政策解读、印发通知或单独的分工表所称的文件标题，与同一文件夹中该文件自身的标题一字不差。',
    en: 'A drafting note, policy explanation, issuing notice or separate task table names the document it is about exactly as that document\'s own title reads.',
  },
  details: {
    zh: '检查文件夹中相互关联的文件（命令行给出的多个文件或文件夹，编辑器中的工作区）：起草说明（或政策解读）与其说明的政策文件，印发通知与其印发的方案，方案与其单独的任务分工表。'
      + '按一个文件中以书名号（或“关于…的”标题）所称的标题与另一文件的标题配对，不看文件名。配对后，所称标题应与该文件的标题完全一致：'
      + '少了“关于”、改了一个字、多了“的”都报告。空格、全角半角、繁简、引号写法、标题后的“（征求意见稿）”等稿次标注，以及引用时省略发文机关（“国务院关于…”称“关于…”）不算不一致。'
      + '问题标在所称标题上，并链接到被称文件的标题。',
    en: 'Checks documents that belong together in a folder (the files given to the command line, or the workspace in the editor): a drafting note (or policy explanation) and the policy it explains, an issuing notice and the plan it issues, a plan and its separate task-division table. '
      + 'They are paired by the title one names in the other (in 《》, or its 关于…的 title), not by file name. Once paired, the title named must read exactly as the document\'s own: a 关于 left out, one character changed or a 的 added is reported. '
      + 'White space, full or half width, traditional or simplified script, the quotation marks, a draft stage after the title (（征求意见稿）) and the issuer left out when citing (国务院关于… cited as 关于…) are no difference. '
      + 'The finding is on the title named, linked to the title of the document named.',
  },
  good: [
    `=== 若干措施.txt ===\n${POLICY}\n=== 政策解读.txt ===\n《关于进一步促进民间投资发展的若干措施》政策解读\n\n现将《关于进一步促进民间投资发展的若干措施》（以下简称《若干措施》）有关情况解读如下。`,
  ],
  bad: [
    `=== 若干措施.txt ===\n${POLICY}\n=== 政策解读.txt ===\n《进一步促进民间投资发展的若干措施》政策解读\n\n现将《进一步促进民间投资发展的若干措施》（以下简称《若干措施》）有关情况解读如下。`,
  ],
  source: {
    tier: 'practice',
    zh: '起草实务：起草说明、印发通知所称文件名称与正式标题一致',
    en: 'Drafting practice: a drafting note or issuing notice names the document by its exact title',
  },
};

const MESSAGES: Messages = {
  'consistency/related-title': {
    zh: '所称标题“{named}”与文件“{title}”的标题不一致',
    en: 'The title "{named}" differs from the document\'s own title "{title}"',
  },
  'consistency/related-title-own': { zh: '该文件的标题', en: 'The document\'s own title' },
};

function checkRelated(ctx: RelatedContext): void {
  const { name, to } = ctx.link;
  // A title named without 《》 (关于印发X的通知, X的起草说明) is not quoted word for word.
  if (!to.title || name.bare || sameTitle(name.text, to.title.text)) return;
  ctx.report({
    on: 'from', at: name.place, args: { named: name.text, title: to.title.text },
    related: [{ at: to.title.place, messageId: 'consistency/related-title-own' }],
  });
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'consistency/related-title', category: 'consistency', severity: 'warning', fixable: false },
  check() { /* across files only: checkRelated */ },
  checkRelated,
};
export default rule;
