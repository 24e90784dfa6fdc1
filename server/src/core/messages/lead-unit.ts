/** Messages of the lead-unit/ rules (zh-CN first, English second). */
import type { CategoryMessages } from './types';

const messages: CategoryMessages = {
  messages: {
    'lead-unit/missing': { zh: '该项措施未明确牵头单位（或责任单位）：{item}', en: 'This measure names no lead (responsible) unit: {item}' },
    'lead-unit/open-list': { zh: '牵头单位不明确', en: 'The lead is open-ended' },
    'lead-unit/open-list-etc': { zh: '牵头单位以“等”结尾，范围不明确：请列全牵头单位，或只列牵头单位、其余列为配合单位', en: 'The lead list ends with 等: name the lead units in full, or list the others as partners' },
    'lead-unit/open-list-generic': { zh: '“{unit}”不能作为牵头单位：请写明具体单位', en: '"{unit}" cannot lead: name the unit' },
    'lead-unit/multiple-leads': { zh: '多个单位负责（{units}），但未说明由谁牵头：请写明牵头单位，或注明“列第一位者为牵头单位”', en: 'Several units are responsible ({units}) with no lead named: name the lead or add 列第一位者为牵头单位' },
    'lead-unit/inconsistent-format': { zh: '牵头单位条款格式不统一', en: 'Lead-unit clauses differ in format' },
    'lead-unit/inconsistent-format-separator': { zh: '牵头单位条款的分隔符“{found}”与本文其他条款（“{expected}”）不一致', en: 'The separator "{found}" differs from the document\'s other clauses ("{expected}")' },
    'lead-unit/inconsistent-format-bracket': { zh: '牵头单位条款的括号“{found}”与本文其他条款（“{expected}”）不一致', en: 'The bracket "{found}" differs from the document\'s other clauses ("{expected}")' },
    'lead-unit/inconsistent-format-form': { zh: '牵头单位条款的写法与本文多数条款不同：本文多用“{expected}”', en: 'This lead clause is written differently from most of the document\'s clauses ("{expected}")' },
    'lead-unit/inconsistent-name': { zh: '单位名称“{name}”与本文其他处的写法“{dominant}”不一致', en: 'The unit name "{name}" differs from "{dominant}" used elsewhere in the document' },
    'lead-unit/inconsistent-name-outdated': { zh: '“{name}”是机构改革前的名称（{since}年起为“{canonical}”）', en: '"{name}" is a name from before the institutional reform ({canonical} since {since})' },
    'fix/insert-lead-clause': { zh: '插入牵头单位条款', en: 'Insert a lead-unit clause' },
    'fix/lead-separator': { zh: '改为“{expected}”', en: 'Use "{expected}"' },
    'fix/lead-bracket': { zh: '改为“{expected}”', en: 'Use "{expected}"' },
    'fix/lead-clause-form': { zh: '改为“{text}”', en: 'Rewrite as "{text}"' },
    'fix/lead-clause-form-role': { zh: '改写为“{text}”（会改变职责表述，请核对）', en: 'Rewrite as "{text}" (this changes the stated responsibility; check it)' },
    'fix/rename-unit': { zh: '改为“{name}”', en: 'Rename to "{name}"' },
  },
  rules: {
    'lead-unit/missing': {
      title: { zh: '措施须明确牵头单位', en: 'Each measure names its lead unit' },
      explanation: {
        zh: '重点任务、主要任务、政策措施、保障措施下的每项措施都应写明牵头单位（或责任单位、负责部门），可以是本项自带的条款，也可以由“下同”“以下……不再列出”“列第一位者为牵头单位”等说明继承。标题、“实施如下重点项目：”之类的引导语和指导思想、基本原则、目标段落不检查。',
        en: 'Every measure under the task sections names its lead (responsible) unit, in its own clause or inherited (下同, 以下…不再列出, 列第一位者为牵头单位). Headings, lead-ins and 指导思想/原则/目标 paragraphs are not checked.',
      },
      good: ['（一）加快5G网络建设。……（牵头单位：市工业和信息化局；配合单位：市通信管理局）', '（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）'],
      bad: ['1.培育一批高成长性企业。……（无牵头单位）'],
    },
    'lead-unit/open-list': {
      title: { zh: '牵头单位须确定', en: 'The lead is definite' },
      explanation: { zh: '牵头单位不能以“等”结尾，也不能是“各有关单位”“有关部门”之类的泛称；配合单位可以。', en: 'A lead list may not end with 等, and the lead may not be a generic 各有关单位/有关部门; partners may.' },
      good: ['（牵头单位：市科技局；配合单位：各有关单位）'],
      bad: ['（工业和信息化部、发展改革委、科技部等负责）', '（牵头单位：各有关单位）'],
    },
    'lead-unit/multiple-leads': {
      title: { zh: '多个负责单位须指明牵头', en: 'Several responsible units need a lead' },
      explanation: { zh: '“A、B、C负责”时须说明谁牵头：写“A牵头，B、C配合”，或在文中注明“列第一位者为牵头单位”。', en: 'With "A、B、C负责", say who leads: "A牵头，B、C配合", or state 列第一位者为牵头单位 once.' },
      good: ['（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）', '（市科委牵头，会同市经信委负责）'],
      bad: ['（市发展改革委、市财政局、市科技局负责）（全文无“列第一位者为牵头单位”）'],
    },
    'lead-unit/inconsistent-format': {
      title: { zh: '牵头单位条款格式统一', en: 'One lead-clause format' },
      explanation: { zh: '同一文件中牵头单位条款的写法（标注式或动词式）、括号和分隔符应一致，如全部用“（牵头单位：A；配合单位：B）”。', en: 'Within one document, lead clauses use one form (labelled or verb), the same brackets and the same separators.' },
      good: ['（负责部门：商务部；适用范围：所有自贸试验区）（全文一律用分号）'],
      bad: ['（负责部门：…；适用范围：…）与（负责部门：…，适用范围：…）混用（corpus 006）', '（牵头单位：市委组织部，配合单位：市国资委）与（市委组织部牵头，市国资委配合）混用'],
    },
    'lead-unit/inconsistent-name': {
      title: { zh: '单位名称统一、现行', en: 'Unit names consistent and current' },
      explanation: { zh: '同一单位在一个文件中应使用同一名称（全称或规范化简称）；机构改革后应使用新名称。名称和别名表见 server/data/units.json（国家部委、广东、广州、深圳），可在 policyLint.profile.units 中补充（“正式名称|别名|旧名@年份”）。广州、深圳的文件按该市自己的表判断。', en: 'One unit, one name per document (full name or standard short name), and the current name after institutional reform. The table (national ministries, 广东, 广州, 深圳) is server/data/units.json; extend it with policyLint.profile.units ("canonical|alias|old name@year"). 广州 and 深圳 documents use their city\'s own table.' },
      good: ['市发展改革委（全文一致）'],
      bad: ['市发改委 / 市发展改革委 混用', '2020年文件中的“市经信委”（2019年起为“市工业和信息化局”）'],
    },
  },
};
export default messages;
