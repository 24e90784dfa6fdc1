/** Messages of the structure/ rules (zh-CN first, English second). */
import type { CategoryMessages } from './types';

const messages: CategoryMessages = {
  messages: {
    'structure/missing-section': { zh: '缺少“{section}”部分', en: 'The "{section}" section is missing' },
    'structure/missing-section-title-marks': { zh: '印发（转发）通知的标题和正文都没有用书名号《》写出所印发文件的名称', en: 'The 印发/转发 notice names the attached document in 《》 neither in its title nor in its body' },
    'fix/title-marks': { zh: '为所印发文件的名称加书名号《》', en: 'Put the attached document\'s title in 《》' },
    'structure/heading-sequence': { zh: '标题序号不连续', en: 'Heading numbers are not in sequence' },
    'structure/heading-sequence-gap': { zh: '标题序号“{marker}”跳号，应为第{expected}项', en: 'Heading "{marker}" skips a number; expected {expected}' },
    'structure/heading-sequence-duplicate': { zh: '标题序号“{marker}”重复，应为第{expected}项', en: 'Heading "{marker}" repeats a number; expected {expected}' },
    'structure/heading-sequence-order': { zh: '标题序号“{marker}”顺序错误，应为第{expected}项', en: 'Heading "{marker}" is out of order; expected {expected}' },
    'structure/heading-sequence-restart': { zh: '标题序号“{marker}”重新从1开始，应为第{expected}项', en: 'Heading "{marker}" restarts at 1; expected {expected}' },
    'structure/heading-sequence-mode': { zh: '编号方式不统一：本文件有的部分连续编号、有的部分每节重新编号（“{marker}”）', en: 'Numbering is continuous in some sections and restarts in others ("{marker}"): use one way per document' },
    'structure/heading-level': { zh: '标题层级不规范', en: 'Heading levels are irregular' },
    'structure/heading-level-skip': { zh: '标题层级跳级：“{marker}”直接位于上一级标题之下，而其他同级部分使用了中间一级', en: 'Heading "{marker}" skips a level that sibling sections use' },
    'structure/heading-level-separator': { zh: '序号“{marker}”的分隔符与本文其他标题（“{dominant}”）不一致', en: 'The separator in "{marker}" differs from the document\'s other headings ("{dominant}")' },
    'structure/validity': { zh: '施行日期或有效期不规范', en: 'Effective date or validity period is irregular' },
    'structure/validity-no-start': { zh: '未写明施行日期（如“自印发之日起施行”）', en: 'No effective date (e.g. 自印发之日起施行)' },
    'structure/validity-no-period': { zh: '写明了施行日期但没有有效期（一般不超过{ceiling}年）', en: 'An effective date but no validity period (normally at most {ceiling} years)' },
    'structure/validity-too-long': { zh: '有效期{years}年超过上限{ceiling}年{trial}', en: 'The validity period of {years} years exceeds the ceiling of {ceiling} years {trial}' },
    'fix/insert-section': { zh: '插入“{section}”部分模板', en: 'Insert a "{section}" section template' },
    'fix/renumber': { zh: '从此处起重新编号（从{expected}开始）', en: 'Renumber from here (starting at {expected})' },
    'fix/separator': { zh: '改为“{dominant}”', en: 'Use "{dominant}"' },
    'fix/insert-validity': { zh: '插入施行日期和有效期条款', en: 'Insert an effective-date and validity clause' },
    'fix/insert-validity-period': { zh: '补充有效期', en: 'Add a validity period' },
  },
  rules: {
    'structure/missing-section': {
      title: { zh: '缺少必备部分', en: 'Missing required section' },
      explanation: {
        zh: '按文种检查必备部分：行动计划/实施方案须有目标、重点任务和保障措施；若干措施/办法须有适用范围（支持对象）和附则；起草说明须有背景（必要性）、依据、过程和主要内容；印发通知按所印发的文件检查，并在标题或正文（现将《……》印发给你们）中用书名号写出所印发文件的名称（提示）。摘录、删减稿只报告本应位于现有部分之前的缺失部分。',
        en: 'Per kind: plans need goals, tasks and safeguards; measures need scope and 附则; drafting notes need background, basis, process and main content; an 印发 notice is checked as the document it carries and names it in 《》 in its title or body (information). In an excerpt only sections due before one that is present are reported.',
      },
      good: ['一、总体要求 （二）工作目标 二、重点任务 三、保障措施'],
      bad: ['行动计划只有“一、总体要求 二、重点任务”，没有保障措施'],
    },
    'structure/heading-sequence': {
      title: { zh: '标题序号连续', en: 'Heading numbers in sequence' },
      explanation: { zh: '同级标题序号应连续，不跳号、不重复、不倒序；“1.”类序号可跨上级标题连续编号，也可在每个上级标题下重新编号，但全文只用一种方式。', en: 'Sibling headings count 1, 2, 3… with no gap, duplicate or reversal; items may run on across parents or restart under each, one way per document.' },
      good: ['一、 二、 三、', '（一）1. 2. （二）3. 4.（连续编号）'],
      bad: ['一、 二、 四、', '（一） （二） （二）'],
    },
    'structure/heading-level': {
      title: { zh: '标题层级规范', en: 'Heading levels' },
      explanation: { zh: '结构层次序数依次为“一、”“（一）”“1.”“（1）”；同级部分使用了“（一）”时，其他部分不应跳过该层直接用“1.”；“1、”与“1.”不应混用。', en: 'Levels run 一、 / （一） / 1. / （1）; do not skip a level that sibling sections use, and do not mix "1、" with "1.".' },
      good: ['一、总体要求 （一）指导思想 1.……'],
      bad: ['一、……（一）…… 二、……1.……（跳过“（一）”）', '1.…… 2、……'],
    },
    'structure/validity': {
      title: { zh: '施行日期与有效期', en: 'Effective date and validity period' },
      explanation: { zh: '规范性政策措施和办法应写明施行日期和有效期；试行、暂行的有效期一般不超过2年，其他一般不超过5年（各地规定不同，可配置）。', en: 'Measures and 办法 state an effective date and a validity period: at most 2 years for 试行/暂行, 5 for others (configurable).' },
      good: ['本措施自2019年1月1日起施行，有效期3年。'],
      bad: ['本政策自发布之日起施行。（无有效期）', '自公布之日起试行。（试行无有效期）', '有效期10年'],
    },
  },
};
export default messages;
