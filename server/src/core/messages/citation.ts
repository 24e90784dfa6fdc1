/** Messages of the citation/ rules (zh-CN first, English second). */
import type { CategoryMessages } from './types';

const messages: CategoryMessages = {
  messages: {
    'citation/doc-number-bracket': {
      zh: '发文字号的年份应使用六角括号“〔〕”，不应使用“{open}{close}”：{number}',
      en: 'The year in a document number goes in hexagonal brackets 〔〕, not "{open}{close}": {number}',
    },
    'citation/doc-number-year': { zh: '发文字号的年份应标全称（4 位数字），不应写作“{year}”', en: 'Write the document-number year in full (4 digits), not "{year}"' },
    'fix/doc-number-year': { zh: '改为“{year}”', en: 'Use "{year}"' },
    'citation/doc-number-serial': { zh: '发文顺序号不规范', en: 'Irregular serial number' },
    'citation/doc-number-serial-pad': { zh: '发文顺序号不编虚位：“{serial}”应为“{fixed}”', en: 'No leading zeros in the serial: "{serial}" should be "{fixed}"' },
    'citation/doc-number-serial-di': { zh: '发文顺序号前不加“第”字（命令、令号除外）', en: 'No 第 before the serial (except an order number 令第N号)' },
    'citation/doc-number-serial-zi': { zh: '发文字号中不应加“字”', en: 'No 字 inside a document number' },
    'fix/doc-number-serial-pad': { zh: '改为“{fixed}”', en: 'Use "{fixed}"' },
    'fix/doc-number-serial-di': { zh: '删除“第”字', en: 'Remove 第' },
    'fix/doc-number-serial-zi': { zh: '删除“字”', en: 'Remove 字' },
    'citation/doc-number-suffix': { zh: '发文顺序号应为阿拉伯数字加“号”', en: 'The serial is Arabic digits followed by 号' },
    'citation/doc-number-suffix-digits': { zh: '发文顺序号应使用阿拉伯数字，不应写作“{serial}”', en: 'Use Arabic digits for the serial, not "{serial}"' },
    'citation/doc-number-suffix-hao': { zh: '发文字号缺少“号”字', en: 'The document number lacks 号' },
    'fix/doc-number-suffix-digits': { zh: '改为“{fixed}”', en: 'Use "{fixed}"' },
    'fix/doc-number-suffix-hao': { zh: '补上“{hao}”', en: 'Add "{hao}"' },
    'citation/doc-number-space': { zh: '发文字号内不应有空格：{number}', en: 'No spaces inside a document number: {number}' },
    'fix/doc-number-space': { zh: '删除空格：{fixed}', en: 'Remove the spaces: {fixed}' },
    'citation/doc-number-agency': { zh: '发文字号缺少发文机关代字：{number}', en: 'The document number has no agency code: {number}' },
    'citation/order': { zh: '引用公文应先引标题，后引发文字号', en: 'Cite the title first, then the number' },
    'citation/order-before': { zh: '发文字号写在了标题前面：应先引标题，后在圆括号中注明发文字号', en: 'The number comes before the title: cite the title, then the number in round brackets' },
    'citation/order-no-title': { zh: '只引了发文字号“{number}”而没有标题：应写作《标题》（{number}）', en: 'Only the number "{number}" is cited: write 《title》（{number}）' },
    'fix/order': { zh: '改为《标题》（发文字号）', en: 'Rewrite as 《title》（number）' },
    'citation/missing-number': { zh: '引用的公文《{title}》未注明发文字号', en: 'The cited document 《{title}》 has no document number' },
    'citation/nested-marks': { zh: '书名号内再用书名号时，里层应使用单书名号〈〉：{title}', en: 'A title inside 《》 takes 〈〉: {title}' },
    'fix/nested-marks': { zh: '里层改为〈〉', en: 'Use 〈〉 for the inner title' },
    'citation/unbalanced': { zh: '“{mark}”没有配对', en: '"{mark}" has no partner' },
    'citation/title-marks': { zh: '文件名应加书名号', en: 'Put the title in 《》' },
    'citation/title-marks-quoted': { zh: '建议、提案或文件的名称应使用书名号，不应使用引号：《{title}》', en: 'Put the title in 《》, not quotation marks: 《{title}》' },
    'citation/title-marks-bare': { zh: '引用的文件名“{title}”应加书名号', en: 'Put the cited title "{title}" in 《》' },
    'fix/title-marks': { zh: '改为{title}', en: 'Use {title}' },
    'citation/short-name': { zh: '简称使用不规范', en: 'Irregular short name' },
    'citation/short-name-marks': { zh: '简称“{name}”未加书名号，与本文其他简称（《……》）不一致', en: 'The short name "{name}" lacks 《》, unlike the document\'s other short names' },
    'citation/short-name-twice': { zh: '简称“{name}”定义了两次', en: 'The short name "{name}" is defined twice' },
    'citation/short-name-before': { zh: '简称《{name}》在定义（以下简称）之前就使用了', en: 'The short name 《{name}》 is used before it is defined' },
    'citation/short-name-undefined': { zh: '简称《{name}》没有定义：首次引用时应写全称并注明“（以下简称《{name}》）”', en: 'The short name 《{name}》 is never defined: cite the full title first with （以下简称《{name}》）' },
    'citation/future-date': { zh: '引用的文件年份（{year}年）晚于本文（{own}年）', en: 'The cited document ({year}) is later than this document ({own})' },
    'fix/doc-number-bracket': { zh: '改为六角括号〔〕：{fixed}', en: 'Use hexagonal brackets 〔〕: {fixed}' },
  },
  rules: {
    'citation/doc-number-year': {
      title: { zh: '发文字号年份标全称', en: 'Document-number year in full' },
      explanation: { zh: '发文字号的年份应标全称，即 4 位阿拉伯数字，不能省略为两位。', en: 'The year in a document number is written in full: four digits, never two.' },
      good: ['国发〔2019〕5号'], bad: ['国发〔19〕5号', "国发〔'19〕5号"],
    },
    'citation/doc-number-serial': {
      title: { zh: '发文顺序号规范', en: 'Serial number' },
      explanation: { zh: '发文顺序号不编虚位（1 不编为 01），不加“第”字（命令、令号如“国务院令第707号”除外），字号中不加“字”。', en: 'No leading zeros, no 第 (except order numbers such as 国务院令第707号), and no 字.' },
      good: ['国发〔2019〕9号', '国务院令第707号'], bad: ['国发〔2019〕09号', '国发〔2019〕第5号', '某市财发〔1992〕字第36号', '科工法字[2000]851号'],
    },
    'citation/doc-number-suffix': {
      title: { zh: '顺序号为阿拉伯数字加“号”', en: 'Arabic digits then 号' },
      explanation: { zh: '发文顺序号用阿拉伯数字，后加“号”字。', en: 'The serial is Arabic digits followed by 号.' },
      good: ['〔2020〕7号'], bad: ['〔2020〕七号', '国发〔2020〕7'],
    },
    'citation/doc-number-space': {
      title: { zh: '发文字号内无空格', en: 'No spaces in a document number' },
      explanation: { zh: '发文字号中间不应有空格（常见于从 PDF 复制的文本）。', en: 'No spaces inside a document number (common in text copied from PDF).' },
      good: ['嘉委发〔2017〕4号'], bad: ['嘉委 〔2004〕26 号'],
    },
    'citation/doc-number-agency': {
      title: { zh: '发文字号有机关代字', en: 'Agency code present' },
      explanation: { zh: '发文字号由发文机关代字、年份、发文顺序号组成，“〔〕”前应有机关代字。', en: 'A document number is agency code + year + serial: the code comes before 〔.' },
      good: ['玉政办电〔2019〕11号'], bad: ['建议字:〔2023〕8号（无机关代字）'],
    },
    'citation/order': {
      title: { zh: '先引标题，后引发文字号', en: 'Title first, then number' },
      explanation: { zh: '引用公文应先引标题，后引发文字号，发文字号在标题后用圆括号注明；不能只引文号。', en: 'Cite the title first, then the number in round brackets after it; never the number alone.' },
      good: ['《国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号）'], bad: ['根据国发〔2015〕40号文件精神', '国发〔2015〕40号《关于积极推进“互联网+”行动的指导意见》'],
    },
    'citation/missing-number': {
      title: { zh: '引用公文注明发文字号', en: 'Cited documents carry their number' },
      explanation: { zh: '引用的政府公文（关于……的通知/意见/决定/办法/方案/计划/措施）应注明发文字号。法律法规、印发通知所印发的文件、中央文件、已注明过文号的再次引用，以及作为所述工作对象而非依据的文件（编制《X》、出台了《X》）不检查。', en: 'A cited government document should carry its number. Laws and regulations, the attachment of an 印发 notice, Party-centre documents, later mentions of a numbered title and documents named as the object of work reported (编制《X》, 出台了《X》) are exempt.' },
      good: ['《国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号）', '《中华人民共和国预算法》', '一是编制《广州市加快IAB产业发展五年行动计划（2018-2022年）》'], bad: ['《国务院关于积极推进“互联网+”行动的指导意见》（无文号，corpus 026）', '《河南省建设制造强省三年行动计划》（corpus 033）'],
    },
    'citation/nested-marks': {
      title: { zh: '书名号嵌套用〈〉', en: 'Nested titles in 〈〉' },
      explanation: { zh: '书名号里边还要用书名号时，外面一层用双书名号，里边一层用单书名号〈〉；第三层再用双书名号。不能用 < > 代替单书名号。', en: 'A title inside a title takes 〈〉; a third level goes back to 《》. < > are not title marks.' },
      good: ['《懷化市貫徹落實〈關于打好經濟增長主動仗的若干政策措施〉實施方案》'], bad: ['《湖南省人民政府辦公廳印發<關于…>的通知》（corpus 032）', '《关于印发《X》的通知》'],
    },
    'citation/unbalanced': {
      title: { zh: '标号成对', en: 'Marks in pairs' },
      explanation: { zh: '书名号《》、括号（）、引号“”、六角括号〔〕应在同一段内成对出现。', en: '《》, （）, “” and 〔〕 pair up within a paragraph.' },
      good: ['《关于……的通知》（国发〔2015〕40号）'], bad: ['《关于……的通知（国发〔2015〕40号）'],
    },
    'citation/title-marks': {
      title: { zh: '文件名用书名号', en: 'Titles in 《》' },
      explanation: { zh: '引用文件、建议、提案的名称应加书名号，不用引号，也不能不加标号。“依照本办法关于……的规定”指规定本身，不是文件名，不检查。', en: 'Titles of documents, suggestions and proposals go in 《》, not quotation marks or bare. 依照本办法关于…的规定 names rules, not a title, and is not flagged.' },
      good: ['您提出的《关于老邢峰线改造的建议》收悉', '依照本办法关于行政处罚的规定'], bad: ['您提出的关于“关于老邢峰线(群英路)进行改造”的建议（corpus 024）', '根据大兴区促进产业高质量发展的指导意见(文号)（corpus 025）'],
    },
    'citation/short-name': {
      title: { zh: '简称先定义后使用', en: 'Short names defined before use' },
      explanation: { zh: '简称在首次引用全称时定义为“（以下简称《决定》）”，此后统一使用；不能先用后定义、重复定义或时而加书名号时而不加。术语的简称（以下简称保障对象）不加书名号。', en: 'Define a short name once, at the first full citation, as （以下简称《决定》）, then use it the same way. A term\'s short name (以下简称保障对象) takes no 《》.' },
      good: ['（国发〔2004〕20号，以下简称《决定》）（corpus 017）', '住房保障对象（以下简称保障对象）'], bad: ['“(以下简称原办法)”与“(以下简称《办法》)”并用（corpus 036）', '《行动计划》未定义即使用（corpus 034）'],
    },
    'citation/future-date': {
      title: { zh: '不引用晚于本文的文件', en: 'No citations from the future' },
      explanation: { zh: '被引用文件的发文年份不应晚于本文的成文年份，否则多半是文号写错了。', en: 'A cited document cannot be later than this document: the number is probably wrong.' },
      good: ['2020年的文件引用国发〔2019〕5号'], bad: ['2019年的文件引用国发〔2021〕5号'],
    },
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
