/**
 * structure/validity — policy measures and 办法 state when they take effect (施行) and for how long
 * (有效期): at most 2 years for 试行/暂行, 5 for others (configurable: options maxYears, trialMaxYears).
 * A title that names the time it applies in (河南省疫情防控期间学校开学后出入管理办法) states its term.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { endOfBody, structuralKind, validityOf, anchorRange, isStateCouncil, isTruncated, isIssuedByOrder } from '../../core/structure';
import { toDocumentScript } from '../../core/normalize';
import { TERM_IN_TITLE_WORDS, hasWord, isLineBreak } from '../../core/vocabulary';

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback;
}

const DOCS: RuleDocs = {
  title: { zh: '施行日期与有效期', en: 'Effective date and validity period' },
  explanation: {
    zh: '规范性政策措施和办法应写明施行日期和有效期；试行、暂行的有效期一般不超过2年，其他一般不超过5年（各地规定不同，可配置）。',
    en: 'Measures and 办法 state an effective date and a validity period: at most 2 years for 试行/暂行, 5 for others (configurable).',
  },
  details: {
    zh: '规范性政策措施和办法应写明施行日期和有效期；试行、暂行的有效期一般不超过2年，其他一般不超过5年（各地规定不同，可配置）。\n\n若干措施、管理办法等规范性政策文件应写明施行日期（自……起施行/执行）和有效期；试行、暂行的有效期一般不超过 2 年，其他一般不超过 5 年。国务院层级文件（国发、国办发）不检查。摘录或删减稿（文末有“本文有删减”“以下略”等说明，如 –031 摘录到附则之前就结束）不报告缺少施行条款。有效期可写作阿拉伯数字或汉字（有效期3年、有效期两年、暂定三年）。以令公布的部门规章（“……令第N号公布”）长期有效、直至废止，不要求有效期。标题写明适用时段的（“疫情防控期间……管理办法”），其有效期即该时段，不要求另写。全文在句中中断（网页摘录被截断）时也不报告缺少施行条款。',
    en: 'Measures and 办法 state an effective date and a validity period: at most 2 years for 试行/暂行, 5 for others (configurable).\n\nMeasures and 办法 state an effective date (自……起施行) and a validity period: at most 2 years for 试行/暂行 and 5 for others. State Council documents (国发, 国办发) are not checked. Excerpts (a 本文有删减 / 以下略 note among the last lines–031) are not asked for the effective-date clause. The period may be written in digits or Chinese numerals (有效期3年, 有效期两年, 暂定三年). Rules promulgated by an order (……令第N号公布, 部门规章) stay in force until repealed and are not asked for a validity period. Nor is a measure whose title names the time it applies in (疫情防控期间…管理办法): that time is its term. A text that stops mid-sentence (a cut-off web copy) is not asked for the effective-date clause either.',
  },
  good: ['示例市促进产业发展若干措施\n本措施自2019年1月1日起施行，有效期3年。'],
  bad: ['示例市促进产业发展若干措施\n本措施自发布之日起施行。', '示例市促进产业发展若干措施（试行）\n本措施自公布之日起试行。', '示例市促进产业发展若干措施\n本措施自2019年1月1日起施行，有效期10年。'],
  fix: {
    zh: '没有施行条款时在正文末尾插入“本措施自${印发之日}起施行，有效期${3}年。”；只有施行日期时在其后补“，有效期${3}年”。',
    en: 'inserts 本措施自…起施行，有效期…年。 at the end of the body, or adds ，有效期…年 after the effective date.',
  },
  source: {
    tier: 'regulation',
    zh: '各地规范性文件制定和备案管理规定（有效期一般不超过5年，暂行、试行不超过2年）',
    en: 'Local rules on normative documents (validity up to 5 years, 2 for trial or interim rules)',
  },
};

const MESSAGES: Messages = {
  'structure/validity': { zh: '施行日期或有效期不规范', en: 'Effective date or validity period is irregular' },
  'structure/validity-no-start': { zh: '未写明施行日期（如“自印发之日起施行”）', en: 'No effective date (e.g. 自印发之日起施行)' },
  'structure/validity-no-period': {
    zh: '写明了施行日期但没有有效期（一般不超过{ceiling}年）',
    en: 'An effective date but no validity period (normally at most {ceiling} years)',
  },
  'structure/validity-too-long': {
    zh: '有效期{years}年超过上限{ceiling}年{trial}',
    en: 'The validity period of {years} years exceeds the ceiling of {ceiling} years {trial}',
  },
  'fix/insert-validity': { zh: '插入施行日期和有效期条款', en: 'Insert an effective-date and validity clause' },
  'fix/insert-validity-period': { zh: '补充有效期', en: 'Add a validity period' },
};

/** A 试行/暂行 title: the shorter trial ceiling applies. */
const TRIAL_WORDS = ['试行', '暂行'];

/** 自……试行: some 试行 preceded, at most 20 characters before and within the sentence, by 自. */
function trialFromClause(norm: string): boolean {
  for (let i = norm.indexOf('试行'); i >= 0; i = norm.indexOf('试行', i + 1)) {
    for (let k = i - 1; k >= Math.max(0, i - 21) && norm[k] !== '。'; k--) if (norm[k] === '自') return true;
  }
  return false;
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'structure/validity', category: 'structure', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    if (structuralKind(doc) !== 'measures') return;
    // The 有效期 rule is for local 规范性文件; State Council documents (国发, 国办发) carry none.
    if (isStateCouncil(doc)) return;
    const titleNorm = doc.titleRange ? doc.norm.slice(doc.titleRange.start, doc.titleRange.end) : '';
    const trial = hasWord(titleNorm, TRIAL_WORDS) || trialFromClause(doc.norm);
    const ceiling = trial ? num(ctx.options.trialMaxYears, 2) : num(ctx.options.maxYears, 5);
    const v = validityOf(doc);
    const at = anchorRange(doc);
    const insertAt = endOfBody(doc);
    const lead = insertAt > 0 && !isLineBreak(doc.text[insertAt - 1]) ? '\n' : '';
    // An excerpt (corpus 029–031 stop before their 附则) says nothing about a missing 施行 clause.
    if (!v.start && !isTruncated(doc)) {
      ctx.report({
        range: at, messageId: 'structure/validity-no-start',
        fix: { titleId: 'fix/insert-validity', edits: [{ start: insertAt, end: insertAt, newText: lead + toDocumentScript(`本措施自\${1:印发之日}起施行，有效期\${2:${Math.min(3, ceiling)}}年。`, doc.traditional) + '\n' }], snippet: true },
      });
    } else if (v.start && !v.period && !isIssuedByOrder(doc) && !hasWord(titleNorm, TERM_IN_TITLE_WORDS)) {
      // 部门规章 issued by 令第N号 stay in force until repealed: no 有效期. A title that names the time
      // it applies in (疫情防控期间…管理办法) states its term.
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
