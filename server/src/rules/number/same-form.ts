/**
 * number/same-form — 同类别同形式 (GB/T 15835-2011 §4.3): numbers of one kind in one document are
 * written in one form. A count written in Chinese numerals (连续二年, 五百亿级, 一万元) is flagged
 * when the same document writes that kind of quantity (年, 亿, 万元 …) in Arabic digits (连续5年,
 * 500亿级, 1万元). Never flagged: fixed expressions and names (一律, 第一, “十四五”, 三年行动计划,
 * quoted slogans, years of a named plan period: “十五”后两年), approximate numbers (三五天, 一两个, 十余年), sessions (十三届全国人大五次会议),
 * Chinese dates (二〇〇六年). The fix writes the number in Arabic digits.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { arabicKinds, cnCounts, formatArabic } from '../../core/tokens';
import { toDocumentScript } from '../../core/normalize';
import { someChar } from '../../core/vocabulary';
import { isDigit } from '../../core/chars';

/** Whether the sentence round [start, end) holds an Arabic number. */
function sentenceHasArabic(norm: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 200), to = Math.min(norm.length, end + 200);
  const before = norm.slice(from, start);
  const after = norm.slice(end, to);
  const b = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'));
  const a = [after.indexOf('。'), after.indexOf('\n')].filter((i) => i >= 0).reduce((x, y) => Math.min(x, y), after.length);
  return someChar(before.slice(b + 1), isDigit) || someChar(after.slice(0, a), isDigit);
}

const DOCS: RuleDocs = {
  title: { zh: '同类别同形式', en: 'One form for numbers of one kind' },
  explanation: {
    zh: '同一文件中同类数字应采用同一形式。本文已用阿拉伯数字表示的计量（年限、金额、规模等），不再用汉字数字书写。固定词语、概数、届次、“十四五”等不受此限。',
    en: 'Numbers of one kind in one document take one form. Where the document writes durations, amounts or sizes in Arabic digits, it does not write the same kind in Chinese numerals. Fixed expressions, approximate numbers, sessions and 十四五 are exempt.',
  },
  details: {
    zh: '同一文件中同类数字应采用同一形式。本文已用阿拉伯数字表示的年限、次数、金额、规模等，不再用汉字数字书写（每年调整1次……每年召开两次会议）；同一句中与阿拉伯数字并列的“五百亿”“五千亿”等也报告。不报告：固定词语和名称（一律、第一、“十四五”、三年行动计划、引号内的提法，规划期内的年份如“十五”后两年）、概数（三五天、一两个、十余年）、届次（十三届全国人大五次会议）、“二次污染”“二次开发”等词语、汉字日期（二〇〇六年）。',
    en: 'Numbers of one kind in one document take one form. A duration, a number of times, an amount or a size written in Chinese numerals is reported where the document writes the same kind in Arabic digits; 五百亿 or 五千亿 beside Arabic counts in one sentence too. Not reported: fixed expressions and names (years of a named plan period too: “十五”后两年), approximate numbers, sessions, words such as 二次污染, Chinese dates.',
  },
  good: ['2个千亿级产业集群和6个500亿级产业集群', '连续5年……连续2年', '近5年来……科技部拟在“十五”后两年安排相应研究课题', '十三届全国人大五次会议', '一两个', '“十四五”', '每年调整1次专业，加强二次污染管控。'],
  bad: ['培育2个千亿级产业集群和6个五百亿级产业集群，新增500亿级企业3家。', '连续5年获评优秀的，连续二年给予奖励。', '每满一万人奖励一万元。\n对新引进企业奖励1万元。', '每3年修订1次教材。\n联席会议每年召开两次会议。'],
  fix: { zh: '改为阿拉伯数字（二 → 2，五百亿 → 500亿）。', en: 'Writes the number in Arabic digits (二 → 2, 五百亿 → 500亿).' },
  source: { tier: 'standard', zh: 'GB/T 15835-2011 第4.3条', en: 'GB/T 15835-2011 §4.3' },
};

const MESSAGES: Messages = {
  'number/same-form': {
    zh: '同类数字应同一形式：本文其他处以阿拉伯数字计“{kind}”，此处“{numeral}”宜写作“{fixed}”',
    en: 'Numbers of one kind take one form: this document writes "{kind}" quantities in Arabic digits elsewhere, so write "{numeral}" as "{fixed}"',
  },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'number/same-form', category: 'number', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const counts = cnCounts(doc);
    if (!counts.length) return;
    const kinds = arabicKinds(doc);
    for (const c of counts) {
      // 五百亿级 beside 6个 in one sentence: a magnitude in Chinese among Arabic counts (corpus 038).
      if (!kinds.has(c.key) && !(c.big && c.value % 10 ** (c.big === '亿' ? 8 : 4) === 0 && c.value >= 10 ** (c.big === '亿' ? 9 : 5) && sentenceHasArabic(doc.norm, c.range.start, c.range.end))) continue;
      const fixed = toDocumentScript(formatArabic(c.value, c.big), doc.traditional);
      const numeral = doc.text.slice(c.range.start, c.range.end);
      ctx.report({
        range: c.range,
        args: { numeral, fixed, kind: c.key },
        fix: { titleId: 'fix/number-to', titleArgs: { fixed }, edits: [{ start: c.range.start, end: c.range.end, newText: fixed }] },
      });
    }
  },
};
export default rule;
