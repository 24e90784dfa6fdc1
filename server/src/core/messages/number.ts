/** Messages of the number/ rules (zh-CN first, English second). */
import type { CategoryMessages } from './types';

const messages: CategoryMessages = {
  messages: {
    'number/range-mark': {
      zh: '数值范围“{range}”不能用连字符连接，应使用浪纹线“～”（如“5%～20%”）',
      en: 'The numeric range "{range}" must not use a hyphen; join it with the wave dash ～ (e.g. 5%～20%)',
    },
    'number/range-mark-time': {
      zh: '时间范围“{range}”应使用一字线“—”连接（如“2023—2025年”“5月—6月”），不用连字符',
      en: 'The time span "{range}" takes the em dash — (e.g. 2023—2025年, 5月—6月), not a hyphen',
    },
    'number/range-mark-dash': {
      zh: '数值范围“{range}”用了一字线；GB/T 15834 建议数值范围用浪纹线“～”',
      en: 'The numeric range "{range}" uses —; GB/T 15834 prefers the wave dash ～ for numeric ranges',
    },
    'number/range-unit': {
      zh: '范围“{range}”的前一个数也要带“{unit}”（如“15%～30%”“13万～17万元”）',
      en: 'In the range "{range}" the first number also takes "{unit}" (e.g. 15%～30%, 13万～17万元)',
    },
    'number/mixed': {
      zh: '阿拉伯数字不能与“十、百、千”混用：“{number}”应写作“{fixed}”',
      en: 'Do not mix Arabic digits with 十/百/千: write "{number}" as "{fixed}"',
    },
    'number/same-form': {
      zh: '同类数字应同一形式：本文其他处以阿拉伯数字计“{kind}”，此处“{numeral}”宜写作“{fixed}”',
      en: 'Numbers of one kind take one form: this document writes "{kind}" quantities in Arabic digits elsewhere, so write "{numeral}" as "{fixed}"',
    },
    'number/approx': {
      zh: '相邻两数连用表示概数，应使用汉字且不加顿号：“{range}”应写作“{fixed}”',
      en: 'An approximate number made of two adjacent numerals is written in Chinese with no 顿号: write "{range}" as "{fixed}"',
    },
    'number/approx-dao': {
      zh: '数值范围“{range}”宜用“{mark}”连接',
      en: 'Join the numeric range "{range}" with {mark}',
    },
    'number/year-short': {
      zh: '年份应写全：“{year}”应写作“{fixed}”',
      en: 'Write the year in full: "{year}" → "{fixed}"',
    },
    'number/date-format': {
      zh: '日期中的月、日不编虚位：“{date}”应写作“{fixed}”',
      en: 'Months and days take no leading zero: write "{date}" as "{fixed}"',
    },
    'number/date-format-chinese': {
      zh: '2012年7月1日后的成文日期应使用阿拉伯数字：“{date}”应写作“{fixed}”',
      en: 'A document date after 1 July 2012 is written in Arabic numerals: "{date}" → "{fixed}"',
    },
    'fix/range-mark': { zh: '改用“{mark}”连接', en: 'Join with "{mark}"' },
    'fix/range-unit': { zh: '在前一个数后补“{unit}”', en: 'Add "{unit}" after the first number' },
    'fix/number-to': { zh: '改为“{fixed}”', en: 'Change to "{fixed}"' },
  },
  rules: {
    'number/range-mark': {
      title: { zh: '范围连接号', en: 'Range connector' },
      explanation: {
        zh: '数值范围用浪纹线“～”连接（GB/T 15835 也允许一字线“—”，GB/T 15834 首选“～”）；时间、地域的起止用一字线“—”。连字符“-”只用于“2011-02-15”式数字日期和编号，不能连接范围。',
        en: 'Numeric ranges are joined with the wave dash ～ (GB/T 15835 also allows —; GB/T 15834 prefers ～); spans of time or place take the em dash —. The hyphen is for numeric dates (2011-02-15) and codes, never for a range.',
      },
      good: ['5%～20%', '500万～1000万元', '2023—2025年', '5月—6月'],
      bad: ['5%-20%', '3萬元-5萬元', '95分-99分', '（2023-2025年）', '今年5月-6月', '8—10个（提示）'],
    },
    'number/range-unit': {
      title: { zh: '范围两端的单位', en: 'Units on both ends of a range' },
      explanation: {
        zh: '表示数值范围时，“%”“万”“亿”在前后两个数上都要写出；元、千克等计量单位可只写在后一个数上。',
        en: 'In a numeric range, %, 万 and 亿 are written on both numbers; a plain unit (元, kg) may be left off the first.',
      },
      good: ['15%～30%', '13万元～17万元', '500万～1000万元'],
      bad: ['15～30%', '13～17万元', '500~1000 万元'],
    },
    'number/mixed': {
      title: { zh: '阿拉伯数字与“十百千”混用', en: 'Arabic digits mixed with 十/百/千' },
      explanation: {
        zh: '阿拉伯数字不能与“十、百、千”等汉字数词连用；“万”“亿”可作单位。',
        en: 'Arabic digits do not take 十, 百 or 千 as units; 万 and 亿 may.',
      },
      good: ['1000万以上', '3.45亿'],
      bad: ['1千万以上', '4千', '3亿4千5百万'],
    },
    'number/same-form': {
      title: { zh: '同类别同形式', en: 'One form for numbers of one kind' },
      explanation: {
        zh: '同一文件中同类数字应采用同一形式。本文已用阿拉伯数字表示的计量（年限、金额、规模等），不再用汉字数字书写。固定词语、概数、届次、“十四五”等不受此限。',
        en: 'Numbers of one kind in one document take one form. Where the document writes durations, amounts or sizes in Arabic digits, it does not write the same kind in Chinese numerals. Fixed expressions, approximate numbers, sessions and 十四五 are exempt.',
      },
      good: ['2个千亿级产业集群和6个500亿级产业集群', '连续5年……连续2年', '十三届全国人大五次会议', '一两个', '“十四五”'],
      bad: ['6个五百亿级产业集群（本文另有“500亿”）', '连续二年（本文另有“连续5年”）', '每满一万人奖励一万元（本文另有“1万元”）'],
    },
    'number/approx': {
      title: { zh: '概数的写法', en: 'Approximate numbers' },
      explanation: {
        zh: '相邻两个数字连用表示概数，用汉字书写，中间不加顿号（一两个、三四个月）；其他范围用“～”连接比“到/至”更规范。',
        en: 'Two adjacent numerals that give an approximate number are written in Chinese with no 顿号 (一两个, 三四个月); other ranges are better joined with ～ than with 到/至.',
      },
      good: ['建设一两个基地', '1～2个', '三四个月'],
      bad: ['建设1到2个基地', '2、3个', '3到5个（提示）'],
    },
    'number/year-short': {
      title: { zh: '年份不能简写', en: 'Years in full' },
      explanation: { zh: '年份应写全称，不能简写为两位数。', en: 'Years are written in full, never as two digits.' },
      good: ['2019年', '2019年底'],
      bad: ['19年底', '19年3月', "'19"],
    },
    'number/date-format': {
      title: { zh: '日期格式', en: 'Date format' },
      explanation: {
        zh: '成文日期用阿拉伯数字将年、月、日标全，年份写全称，月、日不编虚位（1不编为01）。2012年7月1日前按旧办法用汉字书写的日期不报告。',
        en: 'Dates give year, month and day in Arabic numerals, the year in full, with no leading zero on the month or day. Chinese-numeral dates before 1 July 2012 (the old rules) are not reported.',
      },
      good: ['2019年3月8日'],
      bad: ['2019年03月08日', '二〇一九年三月八日（2012年7月后）'],
    },
  },
};
export default messages;
