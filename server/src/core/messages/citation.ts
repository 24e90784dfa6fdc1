/** Messages of the citation/ rules (zh-CN first, English second). */
import type { CategoryMessages } from './types';

const messages: CategoryMessages = {
  messages: {
    'citation/doc-number-bracket': {
      zh: '发文字号的年份应使用六角括号“〔〕”，不应使用“{open}{close}”：{number}',
      en: 'The year in a document number goes in hexagonal brackets 〔〕, not "{open}{close}": {number}',
    },
    'fix/doc-number-bracket': { zh: '改为六角括号〔〕：{fixed}', en: 'Use hexagonal brackets 〔〕: {fixed}' },
  },
  rules: {
    'citation/doc-number-bracket': {
      title: { zh: '发文字号年份须用六角括号', en: 'Document-number year in hexagonal brackets' },
      explanation: {
        zh: '发文字号由发文机关代字、年份、发文顺序号组成，年份应标全称，用六角括号“〔〕”括入；不得使用方括号、圆括号、鱼尾号等。',
        en: 'A document number is agency code + year + serial; the year is written in full inside hexagonal brackets 〔〕, never [], (), 【】 or similar.',
      },
      good: ['国发〔2017〕35号', '穗府〔2018〕9号', '浙政發〔2016〕2號'],
      bad: ['深交港货[2013]164号', '劳社厅函[2007]120号', '国发【2019】5号', '国发(2019)5号'],
    },
  },
};
export default messages;
