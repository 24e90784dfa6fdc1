/** Messages of the text/ rules (zh-CN first, English second). */
import type { CategoryMessages } from './types';

const messages: CategoryMessages = {
  messages: {
    'text/placeholder': {
      zh: '草稿中遗留占位符“{text}”，定稿前须替换为实际内容',
      en: 'The placeholder "{text}" is left in the draft; replace it before the text is final',
    },
    'text/ocr-debris': {
      zh: '疑似转换或识别残留：“{text}”',
      en: 'Conversion or OCR debris: "{text}"',
    },
    'text/ocr-debris-pinyin': {
      zh: '汉字后残留拼音注音“{text}”（繁简转换或网页复制残留），应删除',
      en: 'A pinyin gloss "{text}" is left after a character (script-converter or web-copy debris); delete it',
    },
    'text/ocr-debris-garbled': {
      zh: '乱码“{text}”：文字编码转换出错，请对照原文修正',
      en: 'Garbled text "{text}": an encoding went wrong; correct it against the source',
    },
    'text/ocr-debris-space': {
      zh: '“{text}”中有多余空格（排版或识别残留），应删除',
      en: 'Stray space in "{text}" (layout or OCR debris); delete it',
    },
    'text/half-width': {
      zh: '中文文本中使用了半角标点“{mark}”，应使用全角“{full}”',
      en: 'Half-width "{mark}" in Chinese text; use the full-width "{full}"',
    },
    'text/full-width-digit': {
      zh: '数字“{text}”使用了全角字符，应写作半角“{fixed}”',
      en: 'The number "{text}" uses full-width characters; write "{fixed}"',
    },
    'text/attachment': { zh: '附件说明不规范', en: 'Irregular attachment line' },
    'text/attachment-number': { zh: '“附件：”后应写附件名称，而不是发文字号“{text}”', en: 'After 附件： write the attachment\'s name, not the number "{text}"' },
    'text/attachment-stop': { zh: '附件名称后不加标点符号：“{text}”', en: 'No punctuation after the attachment name: "{text}"' },
    'fix/attachment-stop': { zh: '删除句号', en: 'Delete the full stop' },
    'text/nested-bracket': { zh: '圆括号内又套圆括号：{text}', en: 'Round brackets inside round brackets: {text}' },
    'fix/placeholder': { zh: '选中占位符以填写内容', en: 'Select the placeholder to fill it in' },
    'fix/ocr-debris-pinyin': { zh: '删除拼音注音', en: 'Delete the pinyin gloss' },
    'fix/ocr-debris-space': { zh: '删除多余空格', en: 'Delete the stray space' },
    'fix/half-width': { zh: '改为全角“{full}”', en: 'Change to full-width "{full}"' },
    'fix/full-width-digit': { zh: '改为半角“{fixed}”', en: 'Change to half-width "{fixed}"' },
  },
  rules: {
    'text/placeholder': {
      title: { zh: '遗留占位符', en: 'Placeholder left in the draft' },
      explanation: {
        zh: '起草时用“××”“XX”“20XX”“〔 〕”“（文号）”“【待定】”等占位的内容，定稿前必须替换。起草阶段为警告，“final-review”预设下为错误。目标数值留空由 target/blank 报告。',
        en: 'Text held by a placeholder (××, XX, 20XX, 〔 〕, （文号）, 【待定】, TODO) must be replaced before the text is final. A warning while drafting, an error in the final-review preset. Blank target numbers are target/blank\'s.',
      },
      good: ['根据《大兴区促进产业高质量发展的指导意见》（京兴政发〔2020〕3号）', '由市、区两级财政按照1:1比例分担'],
      bad: ['根据大兴区促进产业高质量发展的指导意见(文号)', '按照XX比例分担', '于20XX年底前完成', '【待定】'],
    },
    'text/ocr-debris': {
      title: { zh: '转换与识别残留', en: 'Conversion and OCR debris' },
      explanation: {
        zh: '繁简转换或网页复制留下的拼音注音（區(qū)）、乱码、汉字或数字之间的多余空格（政协十三届 二次会议、2018-2022 年、第 4070 号），应在定稿前清除。',
        en: 'Pinyin glosses left by script conversion or web copies (區(qū)), garbled text, and stray spaces inside Chinese words or numbers (政协十三届 二次会议, 2018-2022 年, 第 4070 号) are removed before the text is final.',
      },
      good: ['各区人民政府', '政协十三届二次会议第4070号提案', '（2018—2022年）'],
      bad: ['各區(qū)人民政府', '政协十三届 二次会议第 4070 号提案', '全力支持战略新 兴'],
    },
    'text/half-width': {
      title: { zh: '中文中的半角标点', en: 'Half-width punctuation in Chinese text' },
      explanation: {
        zh: '中文文本使用全角标点（，；：（）！？）。经网页复制（NFKC 转换）的文本全部为半角，不能作为证据，默认跳过；可用选项 webCopies: true 仍然检查。',
        en: 'Chinese text takes full-width punctuation (，；：（）！？). Text that came through a web copy (NFKC) is half-width throughout, which is not evidence, so it is skipped by default; the option webCopies: true checks it anyway.',
      },
      good: ['（一）固定资产投资奖励', '条例》，制定'],
      bad: ['(一)固定资产投资奖励', '条例》,制定'],
    },
    'text/attachment': {
      title: { zh: '附件说明', en: 'Attachment line' },
      explanation: { zh: '“附件：”后写附件名称（多个附件用序号），名称后不加标点符号；不能只写发文字号。', en: 'After 附件： comes the attachment\'s name (numbered when several), with no punctuation after it; not a document number.' },
      good: ['附件：第二批支持创新相关改革举措推广清单（corpus 018）'], bad: ['附件：深交港货[2013]164号（corpus 022）', '附件：示例市重点项目清单。'],
    },
    'text/nested-bracket': {
      title: { zh: '括号套用', en: 'Nested brackets' },
      explanation: { zh: '括号里还要用括号时，外层用六角括号或方括号：〔（）〕、［（）］，不用两层圆括号。提示级。', en: 'When brackets nest, the outer pair is 〔〕 or ［］, not a second pair of round brackets. Information.' },
      good: ['[市科委牵头，会同……县（市）政府负责]（corpus 027）', '〔单台设备5万元（含税）以上〕（corpus 001）'], bad: ['（……县（市）……）'],
    },
    'text/full-width-digit': {
      title: { zh: '全角数字', en: 'Full-width digits' },
      explanation: { zh: '数字和数字间的加号使用半角字符。', en: 'Digits, and a plus sign between numbers, are half-width.' },
      good: ['3+N', '2019年'],
      bad: ['3＋N', '２０１９年'],
    },
  },
};
export default messages;
