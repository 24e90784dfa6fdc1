/**
 * text/nested-bracket (information) — round brackets inside round brackets: （…县（市）…）. When brackets
 * must nest, the outer pair takes another shape: 〔（）〕 or ［（）］ (GB/T 15834-2011 括号套用).
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { isPinyinLetter, runEnd } from '../_chars';
import { marks } from '../../core/analysis';

function isOpen(c: number): boolean { return c === 40; }
function isClose(c: number): boolean { return c === 41; }

const DOCS: RuleDocs = {
  title: { zh: '括号套用', en: 'Nested brackets' },
  explanation: {
    zh: '括号里还要用括号时，外层用六角括号或方括号：〔（）〕、［（）］，不用两层圆括号。提示级。',
    en: 'When brackets nest, the outer pair is 〔〕 or ［］, not a second pair of round brackets. Information.',
  },
  details: {
    zh: '括号里还要用括号时，外层用六角括号或方括号：〔（）〕、［（）］，不用两层圆括号。提示级。\n\n同一行内圆括号里又出现圆括号时报告（提示级）；转换器留下的拼音注音（如“發(fā)”）由 text/ocr-debris 处理，不在此报告。',
    en: 'When brackets nest, the outer pair is 〔〕 or ［］, not a second pair of round brackets. Information.\n\nRound brackets inside round brackets on one line (information); pinyin glosses left by converters are text/ocr-debris\'s.',
  },
  good: ['[市科委牵头，会同……县（市）政府负责]', '〔单台设备5万元（含税）以上〕'],
  bad: ['（各县（市）人民政府负责）'],
  fix: { zh: '无（外层改为〔〕或［］需人工判断）。', en: 'none.' },
  source: {
    tier: 'standard',
    zh: 'GB/T 15834-2011（括号套用：外层用方括号或六角括号）',
    en: 'GB/T 15834-2011 (nested brackets: square or hexagonal outside)',
  },
};

const MESSAGES: Messages = {
  'text/nested-bracket': { zh: '圆括号内又套圆括号：{text}', en: 'Round brackets inside round brackets: {text}' },
};

/** "(fā)" at `at`: one to six pinyin letters in brackets. */
function isPinyinParen(n: string, at: number): boolean {
  const e = runEnd(n, at + 1, isPinyinLetter, 6);
  return n[at] === '(' && e > at + 1 && n[e] === ')';
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'text/nested-bracket', category: 'text', severity: 'information', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    const n = doc.norm;
    // Web copies normalised （） to () as prose brackets too; one linear pass, per line.
    let depth = 0, outer = -1;
    let reported = -1;
    // Only line breaks and brackets matter: the places of the text's marks, not every character.
    const places = marks(doc);
    for (let k = 0; k < places.length; k++) {
      const i = places[k];
      const c = n.charCodeAt(i);
      if (c === 10) { depth = 0; outer = -1; continue; }
      if (isOpen(c)) {
        // A pinyin gloss left by a script converter (發(fā)) is debris, not a bracket: text/ocr-debris.
        if (depth > 0 && isPinyinParen(n, i)) {
          const close = n.indexOf(')', i);
          while (k + 1 < places.length && places[k + 1] <= close) k++;
          continue;
        }
        if (depth === 0) outer = i;
        else if (depth === 1 && reported !== outer) {
          reported = outer;
          ctx.report({ range: { start: outer, end: outer + 1 }, args: { text: doc.text.slice(outer, Math.min(n.indexOf('\n', outer) < 0 ? n.length : n.indexOf('\n', outer), outer + 40)) } });
        }
        depth++;
      } else if (isClose(c) && depth > 0) depth--;
    }
  },
};
export default rule;
