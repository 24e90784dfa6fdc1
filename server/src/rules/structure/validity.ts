/**
 * structure/validity — policy measures and 办法 state when they take effect (施行) and for how long
 * (有效期): at most 2 years for 试行/暂行, 5 for others (configurable: options maxYears, trialMaxYears).
 */
import type { Rule } from '../types';
import { endOfBody, structuralKind, validityOf, anchorRange, isStateCouncil, isTruncated } from '../../core/structure';
import { toDocumentScript } from '../../core/normalize';

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback;
}

const rule: Rule = {
  meta: { id: 'structure/validity', category: 'structure', severity: 'warning', source: '规范性文件制定管理办法（有效期 3–5 年，试行/暂行 ≤ 2 年）', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    if (structuralKind(doc) !== 'measures') return;
    // The 有效期 rule is for local 规范性文件; State Council documents (国发, 国办发) carry none.
    if (isStateCouncil(doc)) return;
    const titleNorm = doc.titleRange ? doc.norm.slice(doc.titleRange.start, doc.titleRange.end) : '';
    const trial = /(试行|暂行)/.test(titleNorm) || /自[^。]{0,20}试行/.test(doc.norm);
    const ceiling = trial ? num(ctx.options.trialMaxYears, 2) : num(ctx.options.maxYears, 5);
    const v = validityOf(doc);
    const at = anchorRange(doc);
    const insertAt = endOfBody(doc);
    const lead = insertAt > 0 && !/[\n\r]/.test(doc.text[insertAt - 1]) ? '\n' : '';
    // An excerpt (corpus 029–031 stop before their 附则) says nothing about a missing 施行 clause.
    if (!v.start && !isTruncated(doc)) {
      ctx.report({
        range: at, messageId: 'structure/validity-no-start',
        fix: { titleId: 'fix/insert-validity', edits: [{ start: insertAt, end: insertAt, newText: lead + toDocumentScript(`本措施自\${1:印发之日}起施行，有效期\${2:${Math.min(3, ceiling)}}年。`, doc.traditional) + '\n' }], snippet: true },
      });
    } else if (v.start && !v.period) {
      ctx.report({
        range: v.start, messageId: 'structure/validity-no-period', args: { ceiling },
        fix: { titleId: 'fix/insert-validity-period', edits: [{ start: v.start.end, end: v.start.end, newText: toDocumentScript(`，有效期\${1:${Math.min(3, ceiling)}}年`, doc.traditional) }], snippet: true },
      });
    }
    if (v.period && v.period.years > ceiling) {
      ctx.report({ range: v.period.range, messageId: 'structure/validity-too-long', args: { years: v.period.years, ceiling, trial: trial ? '试行/暂行' : '' } });
    }
  },
};
export default rule;
