/**
 * consistency/related-amount — an amount or cap an 起草说明 or 政策解读 quotes from the policy it
 * explains is the policy's: “最高奖励50万元” in the note, “最高奖励30万元” in the policy is a
 * mismatch. Reported on the quoted amount, linked to the policy's amount said in the same words.
 */
import type { Messages, Rule, RuleDocs } from '../../core/contract';
import type { AmountAt, RelatedContext } from '../../core/related';
import { bigrams, similarity } from '../../core/tasks';

const POLICY = '关于支持重点产业加快发展的实施意见\n\n一、政策支持\n第1条 对初次认定为国家高新技术企业的，给予企业20万元奖励。\n第2条 对中药大品种二次开发项目，按其研发实际发生额的20%给予企业奖励，最高奖励不超过50万元。';

const DOCS: RuleDocs = {
  title: { zh: '说明所引金额与文件一致', en: 'Quoted amounts match the policy' },
  explanation: {
    zh: '起草说明或政策解读引用的奖补金额、上限，与同一文件夹中所说明文件的金额一致。',
    en: 'The grants and caps a drafting note or policy explanation quotes are those of the policy it explains.',
  },
  details: {
    zh: '起草说明、政策解读常复述政策的奖补标准（“对初次认定为国家高新技术企业的，给予20万元奖励”“最高不超过50万元”）。与所说明的文件配对后（见 consistency/related-title），'
      + '说明中每个给予、奖补或上限的金额，若政策文件中没有同一金额，就在政策文件中找表述最相近的金额（金额前后的文字相同的占大半以上）；找到而金额不同的，报告并给出政策文件中的金额。'
      + '政策文件中有同一金额、或找不到表述相近之处的（说明中的统计数字、资金总盘子），不报告。',
    en: 'Drafting notes and explanations often restate the policy\'s grants (对初次认定为国家高新技术企业的，给予20万元奖励, 最高不超过50万元). Once paired with the policy (see consistency/related-title), '
      + 'each grant or cap the note quotes that the policy does not contain is looked up among the policy\'s amounts by the words around it (most of them the same); when one is found with a different value, it is reported with the policy\'s amount. '
      + 'An amount the policy contains, or one said in words the policy does not use (statistics, the total budget), is not reported.',
  },
  good: [
    `=== 实施意见.txt ===\n${POLICY}\n=== 起草说明.txt ===\n关于《关于支持重点产业加快发展的实施意见》的起草说明\n\n一、主要内容\n对初次认定为国家高新技术企业的，给予企业20万元奖励。`,
  ],
  bad: [
    `=== 实施意见.txt ===\n${POLICY}\n=== 起草说明.txt ===\n关于《关于支持重点产业加快发展的实施意见》的起草说明\n\n一、主要内容\n对初次认定为国家高新技术企业的，给予企业30万元奖励。`,
  ],
  source: {
    tier: 'practice',
    zh: '起草实务：起草说明、政策解读所述标准与政策原文一致',
    en: 'Drafting practice: a note or explanation states the policy\'s terms as written',
  },
};

const MESSAGES: Messages = {
  'consistency/related-amount': {
    zh: '此处金额“{quoted}”与文件“{title}”不一致：文件中为“{policy}”',
    en: 'The amount "{quoted}" differs from "{title}", which says "{policy}"',
  },
  'consistency/related-amount-own': { zh: '文件中的相应金额', en: 'The amount in the policy' },
};

/** The words around two amounts this alike (bigram Dice) say the same thing. */
const ALIKE = 0.6;

function checkRelated(ctx: RelatedContext): void {
  const { from, to } = ctx.link;
  if (from.role !== 'explainer' || !to.amounts.length || !to.title) return;
  const values = new Set(to.amountValues ?? to.amounts.map((a) => a.yuan));
  const grams = new Map<AmountAt, Map<string, number>>();
  const gramsOf = (a: AmountAt) => { let g = grams.get(a); if (!g) { g = bigrams(a.words); grams.set(a, g); } return g; };
  for (const a of from.amounts) {
    if (values.has(a.yuan) || a.words.length < 6) continue;
    let best: AmountAt | undefined;
    let score = 0;
    for (const p of to.amounts) {
      const s = similarity(gramsOf(a), gramsOf(p));
      if (s > score) { score = s; best = p; }
    }
    if (!best || score < ALIKE) continue;
    ctx.report({
      on: 'from', at: a.place, args: { quoted: a.text, policy: best.text, title: to.title.text },
      related: [{ at: best.place, messageId: 'consistency/related-amount-own' }],
    });
  }
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'consistency/related-amount', category: 'consistency', severity: 'warning', fixable: false },
  check() { /* across files only: checkRelated */ },
  checkRelated,
};
export default rule;
