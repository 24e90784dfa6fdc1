/** target/section-empty — a goal section with no quantified target at all (information). */
import type { Rule } from '../types';
import { goalSections, planEndYear } from '../../core/goals';
import { targetTemplateFix } from './template';

const rule: Rule = {
  meta: { id: 'target/section-empty', category: 'target', severity: 'information', source: 'house style [custom] (目标量化)', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const s of goalSections(doc)) {
      if (s.hasQuantified) continue;
      // Insert the template at the end of the section's text.
      let end = s.heading.sectionRange.end;
      while (end > s.body.start && /\s/.test(doc.text[end - 1])) end--;
      ctx.report({ range: s.heading.lineRange, args: { section: s.heading.title }, fix: targetTemplateFix(doc, Math.max(end, s.heading.lineRange.end), planEndYear(doc)) });
    }
  },
};
export default rule;
