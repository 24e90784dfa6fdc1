/**
 * target/unquantified — a goal clause whose object is vague (一批, 若干, 显著提升, 基本形成, 进入…前列 …)
 * and carries no number. House style [custom]: RULES.md §7 TGT-QUANT / TGT-VAGUE-ONLY. A warning where
 * the paragraph carries no number at all (the goal is not quantified, TGT-QUANT); information where
 * other clauses of the paragraph are quantified (a vague clause beside measured ones, TGT-VAGUE-ONLY).
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { analyseGoals, planEndYear } from '../../core/goals';
import { targetTemplateFix } from './template';

const DOCS: RuleDocs = {
  title: { zh: '目标未量化', en: 'Unquantified target' },
  explanation: {
    zh: '工作目标、发展目标或带有“到20XX年”的目标句，应有可考核的数值和单位；“一批”“若干”“显著提升”“基本形成”“进入前列”等表述无法考核。',
    en: 'Goals (in 工作目标/发展目标, or dated with 到20XX年) need a number and a unit that can be checked; 一批, 若干, 显著提升, 基本形成, 进入…前列 cannot be assessed.',
  },
  details: {
    zh: '工作目标、总体目标、发展目标、主要目标中的目标句，以及任何含“到20XX年”“20XX年底前”并带有目标动词（建成、培育、打造、引进、形成、达到、突破……）的句子，按分句检查：分句中出现“一批”“若干”“一系列”“多个”“显著/明显/大幅/较大＋提升/增强/提高”“基本形成”“进一步完善”“进入……前列”等模糊表述，且该分句没有数值和单位时报告。以下情形视为已量化：分目标的引领句（“——创新能力显著增强。”）其所在段落随后给出数值；目标段首的总括句之后有带数值的“——”分目标；“明显提升”等提升类表述的对象在同段带数值的分句中出现；“基本形成……体系”“基本建成……”等完成状态与同一句中带数值的分句并列（“总规模达到2万亿元，基本形成……产业体系”）。任务段落中间的“到20XX年……”只对其所在句作目标，不使同段后面的任务句成为目标。所在段落没有任何数值（目标未量化）时为警告；同段其他分句已有数值、只是另有一句模糊表述时为提示。',
    en: 'A goal clause — in 工作目标/总体目标/发展目标/主要目标, or dated with 到20XX年 / 20XX年底前 and a goal verb — whose object is vague (一批, 若干, 一系列, 多个, 显著/明显/大幅/较大 + 提升/增强/提高, 基本形成, 进一步完善, 进入…前列) and which carries no number. Counted as quantified: the run-in heading of a sub-goal (——创新能力显著增强。) whose paragraph goes on with numbers; the summary sentence of a goal paragraph followed by "——" sub-goals with numbers; an improvement (明显提升) whose subject a quantified clause of the same paragraph names; an end state (基本形成…体系, 基本建成…) beside a quantified clause of its own sentence (总规模达到2万亿元，基本形成…产业体系). A 到20XX年 milestone in the middle of a task paragraph makes only its own sentence a goal, not the tasks after it. A warning where the paragraph carries no number at all (the goal is not quantified); information where other clauses of the paragraph are quantified and this one adds a vague clause.',
  },
  good: ['二、发展目标\n到2025年，体育竞赛表演产业总规模达到2万亿元。', '二、发展目标\n到2025年，培育发展6个左右千亿级产业集群，规模以上工业增加值年均增长15%以上。'],
  bad: ['二、发展目标\n到2025年，建成一批国家产业创新中心。', '二、工作目标\n到2020年，企业参与职业教育的积极性有较大提升。', '二、发展目标\n到2025年，先进制造业综合实力进入全省前列。'],
  fix: { zh: '在该目标句后插入“到${年份}年，${指标}达到${数值}${单位}。”，年份默认为规划期末年。', en: '' },
  source: {
    tier: 'practice',
    zh: '起草实务：目标应量化、可考核',
    en: 'Drafting practice: goals are quantified and measurable',
  },
};

const MESSAGES: Messages = {
  'target/unquantified': {
    zh: '目标表述“{phrase}”未量化：请给出具体数值和单位（如“8个”“15%以上”“超过1200亿元”）',
    en: 'The goal "{phrase}" is not quantified: give a number and unit (e.g. 8个, 15%以上, 超过1200亿元)',
  },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'target/unquantified', category: 'target', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const year = planEndYear(doc);
    for (const c of analyseGoals(doc).clauses) {
      if (!c.vague || c.quantified || c.covered) continue;
      ctx.report({
        range: c.vague,
        // A vague clause beside quantified ones (the goal is measured; RULES.md TGT-VAGUE-ONLY): information.
        severity: c.besideNumbers ? 'information' : undefined,
        args: { phrase: doc.text.slice(c.vague.start, c.vague.end) },
        fix: targetTemplateFix(doc, c.sentence.range.end, year),
      });
    }
  },
};
export default rule;
