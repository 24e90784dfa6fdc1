/**
 * amount/vague — money support with no amount, ratio or cap: 给予一定的/适当/相应/必要 补助/奖励/扶持,
 * 予以补贴 or 给予交通补贴 and nothing else, 予以适当倾斜 where public funds are allocated, support at 按…的一定比例,
 * and funds set aside in no stated amount (每年安排一定资金用于…). Explicit 一事一议 and 不设上限 are statements, not vagueness.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { PolicyDocument } from '../../core/model';
import { endsWithWord, hasWord, FUND_WORDS, NON_MONEY_AWARD_WORDS, PERCENT_SIGNS } from '../../core/vocabulary';
import { spanInside } from '../../core/spans';

const VAGUE = /(给予|予以)(一定的?|适当的?|相应的?|必要的?)(比例的?|数额的?|金额的?)?(财政|资金|政府)?[^,，。；;\n和与及、]{0,8}?(补助|补贴|奖励|扶持|支持|资助|奖补|津贴|补偿|倾斜)/g;
const BARE = /(给予|予以)([^\d,，。；;\n、和与及]{0,4}?)(补助|补贴|奖励|资助|奖补|津贴)(?=[。；;])|每月给予[^,，。；;\d\n]{1,10}(津贴|补贴)(?=[。；;])/g;
/**
 * Funds set aside in no stated amount: 每年安排一定资金用于…, 安排适当的专项经费 (not 安排相应资金, the
 * matching funds a 保障措施 asks for).
 */
const ALLOT = /(安排)(一定的?|适当的?)(数额的?|规模的?)?(财政|专项)?(资金|经费)/g;
const EXPLICIT = /(一事一议|不设上限|上不封顶)/;
/** 按…总额的一定比例，奖励…: a share left unstated, the support word later in its sentence. */
const SHARE = /按[^,，。；;\n]{0,30}?一定比例/g;
const SUPPORT = /(补助|补贴|奖励|扶持|资助|奖补|津贴|补偿)/;
/** 按规定 right before the support verb: the regulations in force set the amount. */
const BY_RULES = ['按规定', '按有关规定', '按照规定', '按照有关规定', '按相关规定', '按照相关规定'];
/** Words that may stand between 按规定 and 给予: 可按规定给予, 按规定分别给予. */
function trimSoft(s: string): string {
  let e = s.length;
  while (e > 0 && '可并再分别'.includes(s[e - 1])) e--;
  return s.slice(0, e);
}
/**
 * An article that sets the standard for a kind of support: "以发放奖金方式进行奖励的，具体标准如下：",
 * "奖励标准如下", "补助标准为". Capture: the support word.
 */
const STANDARD = /(补助|补贴|奖励|资助|奖补)[^。；;\n]{0,12}标准(如下|为|是)/g;

/**
 * Support words whose amounts a standards article of the document lists (its amount tiers follow
 * within the next lines): a bare "酌情给予奖励" elsewhere is governed by it.
 */
function standardised(doc: PolicyDocument): Set<string> {
  const out = new Set<string>();
  const n = doc.norm;
  STANDARD.lastIndex = 0;
  for (let m = STANDARD.exec(n); m; m = STANDARD.exec(n)) {
    const from = m.index + m[0].length;
    if (doc.amounts.some((a) => a.range.start >= from && a.range.start < from + 600)) out.add(m[1]);
  }
  return out;
}

const DOCS: RuleDocs = {
  title: { zh: '资金支持须量化', en: 'Money support is quantified' },
  explanation: {
    zh: '给予补助、奖励、扶持时应写明金额、比例或上限，不用“一定的”“适当”“相应的”；明确的“一事一议”“不设上限”不报告。',
    en: 'Support states an amount, a ratio or a cap, not 一定/适当/相应; explicit 一事一议 or 不设上限 are fine.',
  },
  details: {
    zh: '给予补助、奖励、扶持时应写明金额、比例或上限，不用“一定的”“适当”“相应的”；明确的“一事一议”“不设上限”不报告。\n\n识别“给予一定的/适当/相应/必要的……补助（奖励、扶持、资助）”、分配财政资金时“予以适当倾斜”，“按……的一定比例”给予补助、奖励（比例未定），以及只说“给予补助”“给予交通补贴”“给予一次性奖励”“每月给予津贴”而句中没有任何金额、比例的情形（“给予精神奖励”“给予表彰奖励”不是资金），和“每年安排一定资金用于……”这类不写数额的资金安排；句中注明按某标准、某政策执行的不报告；“可按规定给予适当支持”（金额由现行规定确定）和“给予相应政策扶持”（政策支持而非资金）也不报告。答复、复函中“将给予适当支持”是办理承诺而非补助条款，不检查；文件另有条款列明某类支持的具体标准和金额（“具体标准如下：……1万元以下……”）时，其他条款中“酌情给予奖励”等不报告。',
    en: 'Support states an amount, a ratio or a cap, not 一定/适当/相应; explicit 一事一议 or 不设上限 are fine.\n\nRecognises 给予一定的/适当/相应/必要的 … 补助, 予以适当倾斜 where public funds are allocated, support at 按…的一定比例 (a share left unstated), bare 给予补助 / 给予交通补贴 / 给予一次性奖励 / 每月给予津贴 with no amount or ratio in the sentence (给予精神奖励 and 给予表彰奖励 are no money), and funds set aside in no amount (每年安排一定资金用于…); a sentence that refers to a standard or policy elsewhere is not reported, nor are 可按规定给予适当支持 (the regulations in force set the amount) and 给予相应政策扶持 (policy support, not money). Replies and 函 are not checked ("将给予适当支持" is a commitment, not a subsidy clause). When an article of the document sets the standard and amounts of a kind of support (具体标准如下：…1万元以下…), a bare 酌情给予奖励 elsewhere is not reported.',
  },
  good: ['按采购额的2%给予最高200万元资助', '实行“一事一议”'],
  bad: ['给予一定的财政扶持', '给予适当补助', '每年安排一定资金用于打造产业集群', '按各地当年新发放创业担保贷款总额的一定比例，奖励创业担保贷款基金运营管理机构等单位。'],
  fix: {
    zh: '把“一定的”等替换为“最高不超过${N}万元的”（片段，N 可 Tab 修改）。',
    en: 'replaces 一定的 etc. with 最高不超过${N}万元的 (a snippet).',
  },
  source: {
    tier: 'practice',
    zh: '起草实务：资金支持须明确金额、比例或上限',
    en: 'Drafting practice: funding states an amount, a ratio or a cap',
  },
};

const MESSAGES: Messages = {
  'amount/vague': { zh: '资金支持未明确金额、比例或上限：“{text}”', en: 'Money support with no amount, ratio or cap: "{text}"' },
  'fix/amount-cap': { zh: '写明上限（最高不超过……万元）', en: 'State a cap (最高不超过…万元)' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'amount/vague', category: 'amount', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    // A reply or 函 reports what will be done ("将…给予适当支持"): a commitment, not a subsidy clause.
    if (doc.kind === 'reply') return;
    const n = doc.norm;
    const governed = standardised(doc);
    const amountInside = spanInside(() => doc.amounts.map((a) => a.range));
    const ratioInside = spanInside(() => doc.ratios.map((r) => r.range));
    // Where VAGUE reported (给予一定奖补), BARE's 给予 + modifier + 奖补 at the same 给予 does not report again;
    // a share (按一定比例) is reported only in a sentence no other finding names.
    const reported = new Set<number>();
    const sentences = new Set<number>();
    for (const re of [VAGUE, ALLOT, BARE, SHARE]) {
      // 给予一定的… and 安排一定资金: the vague word is the second group, and the fix replaces it with a cap.
      const capped = re === VAGUE || re === ALLOT;
      re.lastIndex = 0;
      for (let m = re.exec(n); m; m = re.exec(n)) {
        // The sentence: skip when it states an amount, a ratio, or 一事一议 / 不设上限.
        let s = m.index, e = m.index + m[0].length;
        while (s > 0 && !/[。；;\n]/.test(n[s - 1])) s--;
        while (e < n.length && !/[。；;\n]/.test(n[e])) e++;
        const sentence = n.slice(s, e);
        if (re === BARE && reported.has(m.index)) continue;
        if (EXPLICIT.test(sentence)) continue;
        if (re === SHARE && (sentences.has(s) || !SUPPORT.test(n.slice(m.index + m[0].length, e)))) continue;
        // 可按规定给予适当支持: the amount is what the regulations in force set.
        if (capped && endsWithWord(trimSoft(n.slice(Math.max(0, m.index - 8), m.index)), BY_RULES)) continue;
        // 给予相应政策扶持: policy support, not money.
        if (re === VAGUE && n.startsWith('政策', m.index + m[0].length - m[m.length - 1].length - 2)) continue;
        // 按市级标准…给予补助 / 制定专项政策…给予资助: the amount is set elsewhere.
        if (re === BARE && /(标准|政策|规定|办法|细则|方面)/.test(sentence)) continue;
        // 可以酌情给予奖励, where an article states the amounts of 奖励 (具体标准如下：…1万元以下…).
        if (re === BARE && governed.has(m[3] ?? m[4])) continue;
        // 给予精神奖励, 给予表彰奖励, 给予政策补贴: no bare sum of money.
        if (re === BARE && m[2] && hasWord(m[2], NON_MONEY_AWARD_WORDS)) continue;
        // 予以适当倾斜: money only where public funds are allocated (在分配中央财政资金时), not land quotas.
        if (re === VAGUE && m[5] === '倾斜' && !hasWord(sentence, FUND_WORDS)) continue;
        if (!capped && (amountInside({ start: s, end: e }) || ratioInside({ start: s, end: e }))) continue;
        // 按财政贡献的70%给予企业奖励: a share of a base is a ratio, though the model reads no ratio.
        if (re === BARE && hasWord(sentence, PERCENT_SIGNS)) continue;
        const vague = capped ? m[2] : '';
        const at = capped ? m.index + m[1].length : m.index + m[0].length;
        if (re === VAGUE) reported.add(m.index);
        sentences.add(s);
        ctx.report({
          range: { start: m.index, end: m.index + m[0].length }, args: { text: doc.text.slice(m.index, m.index + m[0].length) },
          fix: capped
            ? { titleId: 'fix/amount-cap', edits: [{ start: at, end: at + vague.length, newText: '最高不超过${1:50}万元的' }], snippet: true }
            : undefined,
        });
      }
    }
  },
};
export default rule;
