/**
 * text/nested-bracket (information) — round brackets inside round brackets: （…县（市）…）. When brackets
 * must nest, the outer pair takes another shape: 〔（）〕 or ［（）］ (GB/T 15834-2011 括号套用).
 */
import type { Rule } from '../types';

function isOpen(c: number): boolean { return c === 40; }
function isClose(c: number): boolean { return c === 41; }

const rule: Rule = {
  meta: { id: 'text/nested-bracket', category: 'text', severity: 'information', source: 'GB/T 15834-2011（括号套用：外层用六角括号或方括号）', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    const n = doc.norm;
    // Web copies normalised （） to () as prose brackets too; one linear pass, per line.
    let depth = 0, outer = -1;
    let reported = -1;
    for (let i = 0; i < n.length; i++) {
      const c = n.charCodeAt(i);
      if (c === 10) { depth = 0; outer = -1; continue; }
      if (isOpen(c)) {
        // A pinyin gloss left by a script converter (發(fā)) is debris, not a bracket: text/ocr-debris.
        if (depth > 0 && /^\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/.test(n.slice(i, i + 9))) { i = n.indexOf(')', i); continue; }
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
