/**
 * number/range-unit — in a range, %, 万 and 亿 are written on both numbers (GB/T 15835-2011 §5.1.3):
 * 15%～30% (not 15～30%), 13万元～17万元 or 13万～17万元 (not 13～17万元). A plain unit of measure
 * (元, kg) may be left off the first number. The fix inserts the missing %, 万 or 亿 after the first
 * number, in the drafter's own width and script.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { isYearText, numericRanges } from '../../core/tokens';
import { charIn } from '../../core/vocabulary';
import { lastBeforeBlanks } from '../_chars';

/** 1900–2099 written in four digits. */

const DOCS: RuleDocs = {
  title: { zh: '范围两端的单位', en: 'Units on both ends of a range' },
  explanation: {
    zh: '表示数值范围时，“%”“万”“亿”在前后两个数上都要写出；元、千克等计量单位可只写在后一个数上。',
    en: 'In a numeric range, %, 万 and 亿 are written on both numbers; a plain unit (元, kg) may be left off the first.',
  },
  details: {
    zh: '表示数值范围时，“%”“万”“亿”在前后两个数上都要写出；元、千克等计量单位可只写在后一个数上。',
    en: 'In a numeric range, %, 万 and 亿 are written on both numbers; a plain unit of measure (元, kg) may be left off the first.',
  },
  good: ['15%～30%', '13万元～17万元', '500万～1000万元'],
  bad: ['15～30%', '13～17万元', '500~1000 万元'],
  fix: {
    zh: '在前一个数后补写与后一个数相同的“%”“万”或“亿”（沿用原文的全角/半角与繁简字形）。',
    en: 'Inserts the same %, 万 or 亿 after the first number, in the drafter\'s own width and script.',
  },
  source: { tier: 'standard', zh: 'GB/T 15835-2011 第5.1.3条', en: 'GB/T 15835-2011 §5.1.3' },
};

const MESSAGES: Messages = {
  'number/range-unit': {
    zh: '范围“{range}”的前一个数也要带“{unit}”（如“15%～30%”“13万～17万元”）',
    en: 'In the range "{range}" the first number also takes "{unit}" (e.g. 15%～30%, 13万～17万元)',
  },
  'fix/range-unit': { zh: '在前一个数后补“{unit}”', en: 'Add "{unit}" after the first number' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'number/range-unit', category: 'number', severity: 'error', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const r of numericRanges(doc)) {
      if (r.conn.kind === 'dunhao' || r.a.unit || r.time) continue;
      const unit = r.bUnit[0] ?? '';
      if (!charIn(unit, '%‰万亿')) continue;
      if (isYearText(r.a.value)) continue;
      if (charIn(lastBeforeBlanks(doc.norm.slice(Math.max(0, r.range.start - 3), r.range.start)), '第图表')) continue;
      // The unit as the drafter wrote it: ％ or %, 萬 or 万.
      const written = doc.text.slice(r.bUnitRange.start, r.bUnitRange.start + 1);
      ctx.report({
        range: r.range,
        args: { unit: written, range: doc.text.slice(r.range.start, r.range.end) },
        fix: {
          titleId: 'fix/range-unit',
          titleArgs: { unit: written },
          edits: [{ start: r.a.range.end, end: r.a.range.end, newText: written }],
        },
      });
    }
  },
};
export default rule;
