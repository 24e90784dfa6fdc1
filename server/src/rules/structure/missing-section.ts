/**
 * structure/missing-section — the sections a kind requires: action-plan (goals, tasks, 保障措施),
 * measures (scope, 附则), drafting-note (背景, 依据, 过程, 主要内容); an 印发 notice is checked as the
 * document it carries when that document's text is there, and names it in 《》. The fix inserts the section's template where the kind's order puts it.
 */
import type { Rule } from '../types';
import { missingSections, toCnNumber, anchorRange } from '../../core/structure';
import { toDocumentScript } from '../../core/normalize';

const SECTION_NAMES: Record<string, string> = {
  goal: '工作目标', tasks: '重点任务', safeguards: '保障措施', scope: '适用范围', measures: '政策措施',
  supplementary: '附则', background: '起草背景', basis: '起草依据', process: '起草过程', content: '主要内容',
};

/** 现将《X》印发给你们 / 《X》已经市政府同意，现印发给你们 / 现将《X》（文号）转发给你们. */
const NAMED_IN_BODY = /《[^《》\n]{1,120}》[^。\n]{0,60}(印发|转发)/;

const rule: Rule = {
  meta: { id: 'structure/missing-section', category: 'structure', severity: 'warning', source: '《党政机关公文处理工作条例》第九条; 规范性文件管理规定; house style [custom]', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const range = anchorRange(doc);
    for (const m of missingSections(doc)) {
      const year = doc.period?.end ?? (doc.date ? doc.date.year + 2 : new Date().getFullYear() + 2);
      let body = m.spec.template.replace('{n}', toCnNumber(m.number)).replace('{year}', String(year));
      body = toDocumentScript(body, doc.traditional);
      const atLineStart = m.insertAt === 0 || /[\n\r]/.test(doc.text[m.insertAt - 1]);
      const newText = (atLineStart ? '' : '\n') + body + '\n';
      ctx.report({
        range,
        severity: m.spec.advisory ? 'information' : undefined,
        args: { section: SECTION_NAMES[m.spec.key] },
        fix: { titleId: 'fix/insert-section', titleArgs: { section: SECTION_NAMES[m.spec.key] }, edits: [{ start: m.insertAt, end: m.insertAt, newText }], snippet: true },
      });
    }
    // An 印发/转发 notice names the attached document in 《》 (issue 7): in its title, or in its body
    // (现将《…》印发给你们). Titles alone often omit the marks (国务院关于印发国家职业教育改革实施方案的
    // 通知, corpus 007: the 2000 rules allow no punctuation in titles but 书名号 around laws), so only a
    // notice that names the document in 《》 nowhere is reported, and as information.
    if (doc.kind === 'notice' && doc.title && doc.titleRange && /(印发|转发)/.test(doc.norm.slice(doc.titleRange.start, doc.titleRange.end))
      && !/《/.test(doc.norm.slice(doc.titleRange.start, doc.titleRange.end)) && !NAMED_IN_BODY.test(doc.norm.slice(doc.titleRange.end, doc.titleRange.end + 3000))) {
      const t = doc.norm.slice(doc.titleRange.start, doc.titleRange.end);
      const m = /(印发|转发)([^《》]{1,120}?)的通知/.exec(t);
      const fix = m && m[2].length >= 2 && !/[《》]/.test(m[2]) ? {
        titleId: 'fix/title-marks',
        edits: [
          { start: doc.titleRange.start + m.index + m[1].length, end: doc.titleRange.start + m.index + m[1].length, newText: '《' },
          { start: doc.titleRange.start + m.index + m[1].length + m[2].length, end: doc.titleRange.start + m.index + m[1].length + m[2].length, newText: '》' },
        ],
      } : undefined;
      ctx.report({ range: doc.titleRange, messageId: 'structure/missing-section-title-marks', severity: 'information', fix });
    }
  },
};
export default rule;
