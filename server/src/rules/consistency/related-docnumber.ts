/**
 * consistency/related-docnumber — the 文号 a text cites after the title of a document in the same
 * folder (《…》（国办发〔2025〕38号）) is that document's own 发文字号. Reported on the cited number,
 * linked to the document's own.
 */
import type { Messages, Rule, RuleDocs } from '../../core/contract';
import { titleKey, type RelatedContext } from '../../core/related';

const NOTICE = '国务院办公厅印发《关于进一步促进民间投资发展的若干措施》的通知\n国办发〔2025〕38号\n\n《关于进一步促进民间投资发展的若干措施》已经国务院同意，现印发给你们，请认真贯彻执行。\n\n关于进一步促进民间投资发展的若干措施\n\n一、对需报国家审批（核准）的项目，应专项论证民间资本参与的可行性。\n二、引导民间资本有序参与低空经济领域基础设施建设。';

const DOCS: RuleDocs = {
  title: { zh: '所引文号与文件一致', en: 'The cited 文号 is the document\'s' },
  explanation: {
    zh: '起草说明、政策解读或分工表在所称文件标题后引用的发文字号，与同一文件夹中该文件自身的发文字号一致。',
    en: 'The document number a drafting note, explanation or task table cites after the title of a document is that document\'s own.',
  },
  details: {
    zh: '与所称文件配对后（见 consistency/related-title），文中凡以《标题》（发文字号）引用该文件的，所引发文字号应与该文件自身的发文字号相同（机关代字、年份、序号逐一比较，全角半角、空格不计）。'
      + '引用的是旧版本的（“原《…》”，或其后写明修订、废止的）不核对。',
    en: 'Once paired (see consistency/related-title), wherever the text cites the document as 《title》（文号）, the number is the document\'s own (agency code, year and serial compared; width and spaces aside). '
      + 'A citation of an earlier version (原《…》, or followed by 修订, 废止) is not checked.',
  },
  good: [
    `=== 若干措施.txt ===\n${NOTICE}\n=== 政策解读.txt ===\n《关于进一步促进民间投资发展的若干措施》政策解读\n\n近日，国务院办公厅印发《关于进一步促进民间投资发展的若干措施》（国办发〔2025〕38号）。`,
  ],
  bad: [
    `=== 若干措施.txt ===\n${NOTICE}\n=== 政策解读.txt ===\n《关于进一步促进民间投资发展的若干措施》政策解读\n\n近日，国务院办公厅印发《关于进一步促进民间投资发展的若干措施》（国办发〔2025〕36号）。`,
  ],
  source: {
    tier: 'regulation',
    zh: '《党政机关公文处理工作条例》第九条：发文字号由发文机关代字、年份、发文顺序号组成；引用公文应当先引标题，后引发文字号',
    en: 'Regulation on the Handling of Official Documents, art. 9: a document number is agency code, year and serial; a citation gives the title, then the number',
  },
};

const MESSAGES: Messages = {
  'consistency/related-docnumber': {
    zh: '所引发文字号“{cited}”与文件“{title}”的发文字号“{own}”不一致',
    en: 'The cited number "{cited}" is not the number "{own}" of "{title}"',
  },
  'consistency/related-docnumber-own': { zh: '该文件的发文字号', en: 'The document\'s own number' },
};

function checkRelated(ctx: RelatedContext): void {
  const { from, to } = ctx.link;
  const own = to.docNumber;
  if (!own || !to.title) return;
  const key = titleKey(to.title.text);
  for (const c of from.cites) {
    if (!c.docNumber || c.earlier || titleKey(c.text) !== key || c.docNumber.key === own.key) continue;
    ctx.report({
      on: 'from', at: c.docNumber.place, args: { cited: c.docNumber.text, own: own.text, title: to.title.text },
      related: [{ at: own.place, messageId: 'consistency/related-docnumber-own' }],
    });
  }
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'consistency/related-docnumber', category: 'consistency', severity: 'warning', fixable: false },
  check() { /* across files only: checkRelated */ },
  checkRelated,
};
export default rule;
