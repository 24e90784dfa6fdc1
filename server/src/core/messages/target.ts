/** Messages of the target/ rules (zh-CN first, English second). */
import type { CategoryMessages } from './types';

const messages: CategoryMessages = {
  messages: {
    'target/unquantified': {
      zh: '目标表述“{phrase}”未量化：请给出具体数值和单位（如“8个”“15%以上”“超过1200亿元”）',
      en: 'The goal "{phrase}" is not quantified: give a number and unit (e.g. 8个, 15%以上, 超过1200亿元)',
    },
    'target/no-deadline': {
      zh: '“{section}”中的量化目标没有时间节点：请写明“到20XX年”或“20XX年底前”',
      en: 'The quantified goals in "{section}" have no time point: add 到20XX年 or 20XX年底前',
    },
    'target/blank': {
      zh: '目标数值留空或为占位符，定稿前须填写具体数值',
      en: 'A target number is blank or a placeholder; fill it in before the draft is final',
    },
    'target/outside-period': {
      zh: '目标年份{year}年超出规划期（{start}—{end}年）',
      en: 'The target year {year} lies outside the plan period ({start}–{end})',
    },
    'target/outside-period-past': {
      zh: '目标年份{year}年早于本文件成文日期（{date}）',
      en: 'The target year {year} is before the date of this document ({date})',
    },
    'target/count-mismatch': {
      zh: '数量不一致：文中称{declared}{what}，实际列出{actual}{what}',
      en: 'Count mismatch: the text declares {declared} ({what}) but enumerates {actual}',
    },
    'target/section-empty': {
      zh: '目标部分“{section}”没有任何量化指标',
      en: 'The goal section "{section}" has no quantified target',
    },
    'fix/target-template': { zh: '插入量化目标模板（到××年，××达到××）', en: 'Insert a quantified target template' },
    'fix/target-blank': { zh: '选中空缺处填写数值', en: 'Select the blank to fill in the number' },
  },
  rules: {
    'target/unquantified': {
      title: { zh: '目标未量化', en: 'Unquantified target' },
      explanation: {
        zh: '工作目标、发展目标或带有“到20XX年”的目标句，应有可考核的数值和单位；“一批”“若干”“显著提升”“基本形成”“进入前列”等表述无法考核。',
        en: 'Goals (in 工作目标/发展目标, or dated with 到20XX年) need a number and a unit that can be checked; 一批, 若干, 显著提升, 基本形成, 进入…前列 cannot be assessed.',
      },
      good: ['到2025年，体育竞赛表演产业总规模达到2万亿元', '培育发展6个左右千亿级产业集群', '年均增长15%以上'],
      bad: ['建成一批国家产业创新中心', '企业参与职业教育的积极性有较大提升', '先进制造业综合实力进入全省前列'],
    },
    'target/no-deadline': {
      title: { zh: '目标缺少时间节点', en: 'Goals without a time point' },
      explanation: { zh: '量化目标应当写明完成时间（到20XX年、20XX年底前），或在标题中给出规划期。', en: 'Quantified goals state when they are to be met (到20XX年, 20XX年底前), or the title gives the plan period.' },
      good: ['到2022年，全市人工智能产业规模超过1200亿元'],
      bad: ['工作目标：全市人工智能产业规模超过1200亿元（无年份）'],
    },
    'target/blank': {
      title: { zh: '目标数值留空', en: 'Blank target number' },
      explanation: { zh: '征求意见稿中留空或用××代替的数值，定稿前必须填写。', en: 'Numbers left blank or written ×× in a draft must be filled in before the final version.' },
      good: ['力争到2020年全市20家特色小镇列入省级创建名单'],
      bad: ['力争5年内有 家特色小镇获省级认定', '达到××%'],
    },
    'target/outside-period': {
      title: { zh: '目标年份超出规划期', en: 'Target year outside the plan period' },
      explanation: { zh: '标题给出规划期（如2023—2025年）时，目标年份应在规划期内；目标时间也不应早于成文日期。', en: 'When the title gives a plan period (e.g. 2023—2025年), target years fall inside it and not before the document date.' },
      good: ['（2023—2025年）……到2025年'],
      bad: ['（2023—2025年）……到2027年'],
    },
    'target/count-mismatch': {
      title: { zh: '声明数量与实际不符', en: 'Declared count does not match' },
      explanation: { zh: '“共十五条”“以下五个方面”等声明的数量，应与随后列出的条目数一致；仅在列举明确时检查。', en: 'A declared count (共十五条, 以下五个方面) matches what is listed; checked only where the enumeration is unambiguous.' },
      good: ['主要包括三部分共十五条内容（共四条、共四条、共四条、共三条）'],
      bad: ['主要包括三部分共十六条内容（共四条、共四条、共四条、共三条）', '从以下五个方面推进（后列四个标题）'],
    },
    'target/section-empty': {
      title: { zh: '目标部分无量化指标', en: 'Goal section without a quantified target' },
      explanation: { zh: '目标部分应至少包含一项带数值和单位的指标。', en: 'A goal section contains at least one indicator with a number and a unit.' },
      good: ['二、发展目标 到2025年，……总规模达到2万亿元'],
      bad: ['三、发展目标 推动综合保税区发展成为具有全球影响力和竞争力的加工制造中心……（无数值）'],
    },
  },
};
export default messages;
