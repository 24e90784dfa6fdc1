/**
 * structure/missing-section — the sections a kind requires: action-plan (goals, tasks, 保障措施),
 * measures (scope, 附则), drafting-note (背景, 依据, 过程, 主要内容); an 印发 notice is checked as the
 * document it carries when that document's text is there, and names it in 《》. The fix inserts the section's template where the kind's order puts it.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { PolicyDocument, Span } from '../../core/model';
import { missingSections, toCnNumber, anchorRange } from '../../core/structure';
import { toDocumentScript } from '../../core/normalize';
import { charIn, hasWord, isLineBreak, wordAt } from '../../core/vocabulary';
import { removeWhite } from '../../core/chars';

const SECTION_NAMES: Record<string, string> = {
  goal: '工作目标', tasks: '重点任务', safeguards: '保障措施', scope: '适用范围', measures: '政策措施',
  supplementary: '附则', background: '起草背景', basis: '起草依据', process: '起草过程', content: '主要内容',
};

/** 现将《X》印发给你们 / 《X》已经市政府同意，现印发给你们 / 现将《X》（文号）转发给你们. */
const WRAP_VERBS = ['印发', '转发'];

/**
 * The lexer's 《》 titles in `span` that hold no other title (nor an unclosed 《: the lexer pairs the
 * innermost), with 1 to 120 characters: [open, close] offsets from the span's start.
 */
function plainTitles(doc: PolicyDocument, span: Span): [number, number][] {
  const all = doc.tokens.tokensIn(span, 'titles');
  const out: [number, number][] = [];
  all.forEach((t, k) => {
    const inner = t.end - t.start - 2;
    // Titles are ordered by start: one inside t comes right after it.
    if (inner >= 1 && inner <= 120 && !(k + 1 < all.length && all[k + 1].start < t.end)) out.push([t.start - span.start, t.end - 1 - span.start]);
  });
  return out;
}

/** 印发 or 转发 within sixty characters after `at`, in the same sentence and line. */
function wrapVerbAfter(s: string, at: number): boolean {
  for (let k = 0; k <= 60; k++) {
    if (k > 0 && (at + k > s.length || charIn(s[at + k - 1], '。\n'))) return false;
    if (wordAt(s, at + k, WRAP_VERBS)) return true;
  }
  return false;
}

/** 印发X的通知 in a title: the offset of X and its length (the shortest X, 1–120 characters without 《》). */
function wrappedName(t: string): { at: number; length: number } | undefined {
  for (let i = 0; i < t.length; i++) {
    if (!wordAt(t, i, WRAP_VERBS)) continue;
    const s = i + 2;
    for (let j = s + 1; j - s <= 120 && j <= t.length && !charIn(t[j - 1], '《》'); j++) {
      if (t.startsWith('的通知', j)) return { at: s, length: j - s };
    }
  }
  return undefined;
}

/**
 * The body names the attached document in 《》: with the 印发/转发 formula, or a 《title》 that is the
 * name the notice's title carries (《关于…的实施意见》已经…, whatever the rest of the sentence).
 */
function namedInBody(doc: PolicyDocument, title: string, span: Span): boolean {
  const body = doc.norm.slice(span.start, span.end);
  const titles = plainTitles(doc, span);
  if (titles.some(([, close]) => wrapVerbAfter(body, close + 1))) return true;
  const t = removeWhite(title);
  return titles.some(([open, close]) => close - open - 1 >= 4 && t.includes(removeWhite(body.slice(open + 1, close))));
}

const DOCS: RuleDocs = {
  title: { zh: '缺少必备部分', en: 'Missing required section' },
  explanation: {
    zh: '按文种检查必备部分：行动计划/实施方案须有目标、重点任务和保障措施；若干措施/办法须有适用范围（支持对象）和附则；起草说明须有背景（必要性）、依据、过程和主要内容；印发通知按所印发的文件检查，并在标题或正文（现将《……》印发给你们）中用书名号写出所印发文件的名称（提示）。摘录、删减稿只报告本应位于现有部分之前的缺失部分。',
    en: 'Per kind: plans need goals, tasks and safeguards; measures need scope and 附则; drafting notes need background, basis, process and main content; an 印发 notice is checked as the document it carries and names it in 《》 in its title or body (information). In an excerpt only sections due before one that is present are reported.',
  },
  details: {
    zh: '按文种检查必备部分：行动计划/实施方案须有目标、重点任务和保障措施；若干措施/办法须有适用范围（支持对象）和附则；起草说明须有背景（必要性）、依据、过程和主要内容；印发通知按所印发的文件检查，标题中所印发文件的名称加书名号（提示）。\n\n按文种判断：行动计划/实施方案/工作方案须有目标（标题含“目标”，或在任务部分之前有带数值的到某年目标）、重点任务（或按任务分组的三个以上一级标题）和保障措施；若干措施/管理办法须有附则（或施行条款），适用范围为提示级；起草说明须有背景（必要性）、依据、过程和主要内容。印发通知按所印发的文件检查——只有通知正文而没有所印发文件的内容时不检查。\n\n- **印发通知须以《》点明所印发的文件**：标题（关于印发《×××》的通知）或正文（现将《×××》印发给你们；《×××》已经市政府同意，现印发给你们）中有一处即可。国务院文件标题惯例不加书名号（国务院关于印发国家职业教育改革实施方案的通知），正文已写明《》的不提示；两处都没有时给出提示级（information）结果，快速修复为标题中的文件名加《》。\n- **摘录、删减稿**：文末三行内有“本文有删减”“以下略”“（略）”等说明时，正文并不完整，只报告那些本应位于现有部分之前的缺失部分（例如有“保障措施”却没有“重点任务”），不报告正文结束之后可能出现的部分。\n- **按发文层级**：国务院、国务院办公厅印发的措施（国发、国办发）不设附则、施行日期和有效期，不要求附则；国家和省级（省委、省政府、直辖市）印发的措施适用于全国、全省，不要求适用范围；党委、政府联合印发的措施不要求附则。\n- **同义写法**：“总则”一章（含“总　则”这类加空格的章名）、“奖励对象”“奖补对象”等，以及“……适用本办法”“本办法适用于……”的条文，都算作适用范围。“奖补方案”按措施类检查（适用范围、附则），不要求目标和保障措施；“政策解读”不是起草说明，不检查。\n- **章标题与正文连排**（网页转存丢失换行，如“……征求意见稿)第一章总则第一条……第五章附则第九条……”）：“第X章”后的章名也算作部分标题。\n- **工作要点、任务清单、分工方案**：列明年度工作和责任单位，不要求目标、保障措施部分；政策解读不是起草说明，不检查。修订说明（主要修订内容、进行了修订）开头写明修订缘由，各部分即修改内容，不要求起草过程。',
    en: 'Per kind: plans need goals, tasks and safeguards; measures need scope and 附则; drafting notes need background, basis, process and main content; an 印发 notice is checked as the document it carries and names it in 《》 (information).\n\nPer kind: plans need goals (a heading with 目标, or dated quantified targets before the tasks), tasks (or three or more task-group sections) and safeguards; measures need 附则 (or an effective-date or interpretation clause), scope is information; drafting notes need background, basis, process and content. An 印发 notice is checked as the document it carries, when that text is present.\n\n- An 印发/转发 notice names the attached document in 《》 in its title **or** its body (现将《…》印发给你们). State Council titles conventionally omit the marks ; only a notice that names it in 《》 nowhere is reported (information; the fix adds the marks in the title).\n- Excerpts: when one of the last three lines says the text was cut (本文有删减, 以下略, （略）), only sections that should come before one that is present are reported.\n- By issuing level: measures issued by the State Council or its General Office (国发, 国办发) carry no 附则 and are not asked for one; national and provincial measures apply to the whole country or province and are not asked for a scope; measures a Party committee issues with the government are not asked for a 附则.\n- Synonyms: a 总则 chapter (also spaced out, 总　则), 奖励对象/奖补对象 sections, and an article saying …适用本办法 or 本办法适用于… state the scope. A 奖补方案 is checked as measures (scope, 附则), not as a plan; a 政策解读 is not a drafting note and is not checked.\n- Chapter titles run into the text (第五章附则第九条…) count as sections.\n- 工作要点, task lists and 分工方案 list the year\'s work and its units: no goal or safeguard section is asked of them; a 政策解读 is not a drafting note and is not checked. A 修订说明 (主要修订内容, 进行了修订) states why in its opening and its sections are the changes: no 起草过程 is asked of it.',
  },
  good: ['示例市制造强市三年行动计划（2023—2025年）\n一、总体要求\n（一）指导思想\n（二）工作目标\n二、重点任务\n三、保障措施'],
  bad: ['示例市制造强市三年行动计划（2023—2025年）\n一、总体要求\n二、重点任务'],
  fix: {
    zh: '在文种规定的位置插入该部分的模板（带可跳转的占位符），编号接续前后标题。',
    en: 'inserts the section\'s template (with tab stops) where the kind\'s order puts it, numbered to fit.',
  },
  source: {
    tier: 'practice',
    zh: '起草实务：按文种写齐必备部分',
    en: 'Drafting practice: the parts a document of this kind carries',
  },
};

const MESSAGES: Messages = {
  'structure/missing-section': { zh: '缺少“{section}”部分', en: 'The "{section}" section is missing' },
  'structure/missing-section-title-marks': {
    zh: '印发（转发）通知的标题和正文都没有用书名号《》写出所印发文件的名称',
    en: 'The 印发/转发 notice names the attached document in 《》 neither in its title nor in its body',
  },
  'fix/insert-section': { zh: '插入“{section}”部分模板', en: 'Insert a "{section}" section template' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'structure/missing-section', category: 'structure', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const range = anchorRange(doc);
    for (const m of missingSections(doc)) {
      const year = doc.period?.end ?? (doc.date ? doc.date.year + 2 : new Date().getFullYear() + 2);
      let body = m.spec.template.replace('{n}', toCnNumber(m.number)).replace('{year}', String(year));
      body = toDocumentScript(body, doc.traditional);
      const atLineStart = m.insertAt === 0 || isLineBreak(doc.text[m.insertAt - 1]);
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
    const titleText = doc.titleRange ? doc.norm.slice(doc.titleRange.start, doc.titleRange.end) : '';
    if (doc.kind === 'notice' && doc.title && doc.titleRange && hasWord(titleText, WRAP_VERBS)
      && !titleText.includes('《') && !namedInBody(doc, titleText, { start: doc.titleRange.end, end: Math.min(doc.norm.length, doc.titleRange.end + 3000) })) {
      const name = wrappedName(titleText);
      const at = name ? doc.titleRange.start + name.at : 0;
      const fix = name && name.length >= 2 ? {
        titleId: 'fix/title-marks',
        edits: [
          { start: at, end: at, newText: '《' },
          { start: at + name.length, end: at + name.length, newText: '》' },
        ],
      } : undefined;
      ctx.report({ range: doc.titleRange, messageId: 'structure/missing-section-title-marks', severity: 'information', fix });
    }
  },
};
export default rule;
