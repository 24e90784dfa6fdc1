/**
 * amount/uncapped-ratio — a proportional subsidy (按…的20%给予补助) with no cap in the same measure or
 * sentence. Information when the document states a general cap elsewhere (每家企业每年累计不超过…).
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { measureAt } from '../../core/money';
import { spanInside } from '../../core/spans';
import type { Span } from '../../core/model';

const SUBSIDY = /(补助|补贴|奖励|资助|贴息|支持|奖补)/;
const GENERAL_CAP = /(每家|单个|同一)(企业|单位|项目)[^。；]{0,20}(累计|合计|总额)[^。；]{0,10}(不超过|最高)/;
/**
 * Ratios that are bounded by what they apply to:
 *  - the basis is the award itself — instalments of a determined award (按应奖励额的30%、30%和40%);
 *  - the ratio is stated as a ceiling (按…不超过…的60%);
 * and, after the ratio, a rebate (返还) of what the beneficiary paid (按60%奖励返还, …的60%返还稳岗补贴).
 */
const AWARD_BASIS = /(奖励|补助|补贴|资助|奖补|扶持)(资金|金额|总额|额|款)/;
const CEILING_BASIS = /(不超过|不高于|最高|至多)/;
const REBATE_AFTER = /^[ \t]{0,2}(的)?(奖励|补贴)?返还/;
/** A sentence that sets no cap on purpose. */
const UNCAPPED_BY_DESIGN = /(一事一议|不设上限|上不封顶)/;

/** 。；;\n (； is ; in the normalised text). */
function isSentenceStop(c: number): boolean { return c === 0x3002 || c === 0xff1b || c === 59 || c === 10; }

const DOCS: RuleDocs = {
  title: { zh: '按比例补助设上限', en: 'Proportional subsidies are capped' },
  explanation: {
    zh: '按投资额、采购额等的一定比例给予补助时，同一措施中应写明上限；文件另有统一的累计上限时降为提示。',
    en: 'A subsidy as a percentage of a base states a cap in the same measure; information when the document sets a general cap elsewhere.',
  },
  details: {
    zh: '按投资额、采购额等的一定比例给予补助时，同一措施中应写明上限；文件另有统一的累计上限时降为提示。\n\n比例写作“按……的20%”“参照其……的70%”或“给予……10%的资金支持”。同一措施（或句子）中没有上限、分级或范围金额时报告；文件另有“每家企业……累计不超过”之类统一上限时为提示级。比例本身有界的不报告：按已确定奖励额分期兑现（按应奖励额的30%、30%和40%）、比例写作上限（按……不超过……的60%）、按比例返还企业所缴款项（按60%奖励返还）；同一句中分档的多个比例只报告一次。',
    en: 'A subsidy as a percentage of a base states a cap in the same measure; information when the document sets a general cap elsewhere.\n\nThe ratio is written 按…的20%, 参照其…的70% or 给予…10%的资金支持. Reported when the measure (or sentence) has no cap, tier or range; information when the document sets a general per-firm cap. Ratios bounded by what they apply to are not reported: instalments of a determined award (按应奖励额的30%、30%和40%), a ratio stated as a ceiling (按…不超过…的60%), a rebate of what the firm paid (按60%奖励返还). Tiers of one sentence are reported once.',
  },
  good: ['按项目设备投资额的20%给予补助，单个项目最高补助额不超过500万元'],
  bad: ['按项目总投资的10%给予补助。'],
  fix: { zh: '无（需确定上限）。', en: 'none (decide the cap).' },
  source: { tier: 'practice', zh: '起草实务：按比例补助须设上限', en: 'Drafting practice: a subsidy by ratio has a cap' },
};

const MESSAGES: Messages = {
  'amount/uncapped-ratio': { zh: '按比例补助“{ratio}”没有设上限', en: 'The proportional subsidy "{ratio}" has no cap' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'amount/uncapped-ratio', category: 'amount', severity: 'warning', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    const general = GENERAL_CAP.test(doc.norm);
    // One report per sentence: tiers of one measure (三星级按60%…四星级按80%…) are one finding.
    let reportedUntil = -1;
    // An amount that caps (a cap, tiers or a range) inside a span.
    const capsWithin = spanInside(() => doc.amounts.filter((a) => a.kind === 'cap' || a.kind === 'tiered' || a.kind === 'range').map((a) => a.range));
    const norm = doc.norm;
    // The sentence of each ratio, and what it says, found once per sentence: the ratios come in document
    // order, so the sentence bounds are swept forward (a long sentence of many ratios is read once).
    let scanned = 0, lastStop = -1;
    /** The sentence last read, and whether it asks for a cap (a subsidy, not uncapped by design). */
    let sentence: Span = { start: -1, end: -1 };
    let asks = false;
    for (const r of doc.ratios) {
      if (AWARD_BASIS.test(r.basis) || CEILING_BASIS.test(r.basis)) continue;
      if (REBATE_AFTER.test(norm.slice(r.range.end, r.range.end + 8))) continue;
      const m = measureAt(doc, r.range.start);
      let s: number;
      if (r.range.start >= scanned) {
        for (; scanned < r.range.start; scanned++) if (isSentenceStop(norm.charCodeAt(scanned))) lastStop = scanned;
        s = lastStop + 1;
      } else {
        s = r.range.start; // out of order: read back from the ratio
        while (s > 0 && !isSentenceStop(norm.charCodeAt(s - 1))) s--;
      }
      if (s !== sentence.start || r.range.end > sentence.end) {
        let e = r.range.end;
        while (e < norm.length && !isSentenceStop(norm.charCodeAt(e))) e++;
        sentence = { start: s, end: e };
        const text = norm.slice(s, e);
        asks = SUBSIDY.test(text) && !UNCAPPED_BY_DESIGN.test(text);
      }
      const e = sentence.end;
      if (!asks) continue;
      const scope = m ? m.range : { start: s, end: e };
      const capped = capsWithin(scope);
      if (capped || s < reportedUntil) continue;
      reportedUntil = e;
      ctx.report({ range: r.range, severity: general ? 'information' : undefined, args: { ratio: r.text } });
    }
  },
};
export default rule;
