/**
 * consistency/related-count — the counts an 起草说明, 政策解读 or 印发通知 declares of the document it
 * is about (共15条, 提出4个方面20项措施, 分为5章) are that document's real counts. Reported on the
 * declared count, linked to the title of the document counted.
 */
import type { Messages, Rule, RuleDocs } from '../../core/contract';
import type { CountClaim, PartCounts, RelatedContext } from '../../core/related';

const POLICY = '关于进一步促进民间投资发展的若干措施\n\n一、对需报国家审批（核准）的项目，应专项论证民间资本参与的可行性。\n二、引导民间资本有序参与低空经济领域基础设施建设。\n三、进一步加大政府采购支持中小企业力度。';

const DOCS: RuleDocs = {
  title: { zh: '说明所称条数与文件一致', en: 'Declared counts match the document' },
  explanation: {
    zh: '起草说明、政策解读或印发通知所称的条数、方面数、措施项数、章数，与同一文件夹中该文件的实际数目一致。',
    en: 'The number of articles, areas, measures or chapters a drafting note, policy explanation or issuing notice declares is the real number in the document it is about.',
  },
  details: {
    zh: '起草说明、政策解读或印发通知常写“《办法》共15条”“从4个方面提出20项措施”“分为5章”。与所说明的文件配对后（见 consistency/related-title），逐一核对：'
      + '“共N条”对照第X条的条数（没有“第X条”时对照一级或二级编号的项数、任务数）；“N个方面”“N个部分”对照一级标题数或任务所在的部分数；“N项措施/任务”对照任务数、措施数、条数或各级编号的项数；“N章”对照章数。'
      + '所称数目与任一合理的计数相符即不报告；只有都不相符时，才报告并给出实际数目。只看说明整篇文件的句子：“其中”“第X部分”之后的分项计数不核对。',
    en: 'Drafting notes, explanations and notices often say 《办法》共15条, 从4个方面提出20项措施 or 分为5章. Once paired with the document they are about (see consistency/related-title), each count is checked: '
      + 'N条 against the articles (第X条; without them, the items numbered at the first or second level, or the tasks); N个方面 or N个部分 against the top-level headings or the sections holding tasks; N项措施/任务 against the tasks, measures, articles or numbered items; N章 against the chapters. '
      + 'A count that matches any of these is not reported; only one that matches none is, with the real number. Only sentences about the whole document are read: counts after 其中 or 第X部分 are not checked.',
  },
  good: [
    `=== 若干措施.txt ===\n${POLICY}\n=== 政策解读.txt ===\n《关于进一步促进民间投资发展的若干措施》政策解读\n\n《若干措施》共3条，从项目参与、新兴领域和政府采购三方面提出措施。`,
  ],
  bad: [
    `=== 若干措施.txt ===\n${POLICY}\n=== 政策解读.txt ===\n《关于进一步促进民间投资发展的若干措施》政策解读\n\n《若干措施》共5条，从项目参与、新兴领域和政府采购三方面提出措施。`,
  ],
  source: {
    tier: 'practice',
    zh: '起草实务：起草说明所述主要内容与文件正文一致',
    en: 'Drafting practice: a drafting note describes the text as it is',
  },
};

const UNIT_ZH: Record<CountClaim['unit'], string> = { chapters: '章', articles: '条', sections: '个方面', items: '项' };
const UNIT_EN: Record<CountClaim['unit'], string> = { chapters: 'chapters', articles: 'articles', sections: 'areas', items: 'items' };

const MESSAGES: Messages = {
  'consistency/related-count': {
    zh: '所称“{claimed}”与文件“{title}”不符：实际为{actual}{unit}',
    en: '"{claimed}" does not match "{title}": it has {actual} {unitEn}',
  },
  'consistency/related-count-own': { zh: '所计数的文件', en: 'The document counted' },
};

/** The counts a declared number may be of, and the one most likely meant (0: cannot tell). */
function countsFor(unit: CountClaim['unit'], c: PartCounts): { any: number[]; main: number } {
  switch (unit) {
    case 'chapters': return { any: [c.chapters], main: c.chapters };
    case 'articles': return c.articles
      ? { any: [c.articles, c.top, c.tasks], main: c.articles }
      : { any: [c.top, c.second, c.tasks, c.measures], main: c.top };
    case 'sections': return { any: [c.top, c.groups, c.chapters, c.second], main: c.groups || c.top };
    case 'items': return { any: [c.tasks, c.measures, c.articles, c.top, c.second], main: c.tasks || c.articles || c.top };
  }
}

function checkRelated(ctx: RelatedContext): void {
  const { from, to } = ctx.link;
  const counts = to.counts;
  if (!counts || !to.title) return;
  for (const claim of from.claims) {
    const { any, main } = countsFor(claim.unit, counts);
    if (!main || any.includes(claim.n)) continue;
    ctx.report({
      on: 'from', at: claim.place,
      args: { claimed: claim.text, title: to.title.text, actual: main, unit: UNIT_ZH[claim.unit], unitEn: UNIT_EN[claim.unit] },
      related: [{ at: to.title.place, messageId: 'consistency/related-count-own' }],
    });
  }
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'consistency/related-count', category: 'consistency', severity: 'warning', fixable: false },
  check() { /* across files only: checkRelated */ },
  checkRelated,
};
export default rule;
