/**
 * target/unquantified — a goal clause whose object is vague (一批, 若干, 显著提升, 基本形成, 进入…前列 …)
 * and carries no number. House style [custom]: RULES.md §7 TGT-QUANT / TGT-VAGUE-ONLY.
 */
import type { Rule } from '../types';
import { analyseGoals, planEndYear } from '../../core/goals';
import { targetTemplateFix } from './template';

const rule: Rule = {
  meta: { id: 'target/unquantified', category: 'target', severity: 'warning', source: 'house style [custom] (目标)', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const year = planEndYear(doc);
    for (const c of analyseGoals(doc).clauses) {
      if (!c.vague || c.quantified) continue;
      ctx.report({
        range: c.vague,
        args: { phrase: doc.text.slice(c.vague.start, c.vague.end) },
        fix: targetTemplateFix(doc, c.sentence.range.end, year),
      });
    }
  },
};
export default rule;
