/**
 * citation/unbalanced — 《》, （）, “”, 〔〕 that do not pair up within a paragraph (a line; a title or
 * sentence carried over the next few lines is allowed). Item markers such as "1)" are not brackets.
 */
import type { Rule } from '../types';

const PAIRS: Record<string, string> = { '《': '》', '(': ')', '“': '”', '〔': '〕' };
const CLOSERS: Record<string, string> = { '》': '《', ')': '(', '”': '“', '〕': '〔' };

/** First unpaired mark in norm[start, end), or -1. */
function firstUnpaired(norm: string, start: number, end: number): number {
  const stack: { ch: string; at: number }[] = [];
  for (let i = start; i < end; i++) {
    const ch = norm[i];
    if (ch in PAIRS) stack.push({ ch, at: i });
    else if (ch in CLOSERS) {
      // "1)" / "a)" item markers at the line start.
      if (ch === ')' && /^[ \t]*[0-9a-zA-Z一二三四五六七八九十]{1,3}$/.test(norm.slice(start, i))) continue;
      if (stack.length && stack[stack.length - 1].ch === CLOSERS[ch]) stack.pop();
      else if (stack.some((s) => s.ch === CLOSERS[ch])) {
        // Crossed marks: report the inner unclosed one.
        return stack[stack.length - 1].at;
      } else return i;
    }
  }
  return stack.length ? stack[0].at : -1;
}

const rule: Rule = {
  meta: { id: 'citation/unbalanced', category: 'citation', severity: 'warning', source: 'GB/T 15834-2011（标号成对使用）', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    const { norm, lineIndex } = doc;
    if (!/[《》()“”〔〕]/.test(norm)) return;
    let skipUntil = -1;
    for (let line = 0; line < lineIndex.lineCount; line++) {
      if (line <= skipUntil) continue;
      const s = lineIndex.starts[line];
      const e = lineIndex.lineEnd(line);
      const at = firstUnpaired(norm, s, e);
      if (at < 0) continue;
      // Carried over: the next one or two lines complete it.
      let carried = false;
      for (let k = 1; k <= 4 && line + k < lineIndex.lineCount; k++) {
        if (firstUnpaired(norm, s, lineIndex.lineEnd(line + k)) < 0) { carried = true; skipUntil = line + k; break; }
      }
      if (carried) continue;
      ctx.report({ range: { start: at, end: at + 1 }, args: { mark: doc.text[at] } });
    }
  },
};
export default rule;
