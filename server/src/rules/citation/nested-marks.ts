/**
 * citation/nested-marks — inside 《》 a nested title takes 〈〉, a third level goes back to 《》:
 * 《…《…》…》 → 《…〈…〉…》. Look-alikes < > ‹ › ＜ ＞ used as the inner marks are flagged too.
 */
import type { Rule } from '../types';
import type { TextEdit } from '../types';

const OPEN_LIKE = new Set(['<', '‹', '＜', '〈', '《']);
const CLOSE_OF: Record<string, string> = { '<': '>', '‹': '›', '＜': '＞', '〈': '〉', '《': '》' };

const rule: Rule = {
  meta: { id: 'citation/nested-marks', category: 'citation', severity: 'error', source: 'GB/T 15834-2011 §4.15（书名号里边还要用书名号时，外面一层用双书名号，里边一层用单书名号）', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const c of doc.citations) {
      if (!c.titleRange) continue;
      const { start, end } = c.titleRange;
      const text = doc.text;
      // Depth 1 is the outer 《; even depths take 〈〉, odd depths 《》.
      const stack: { ch: string; at: number }[] = [];
      const edits: TextEdit[] = [];
      // Last > › ＞ inside the title, found in one pass (a title full of "<" stays linear).
      const lastClose = new Map<string, number>();
      for (let i = start + 1; i < end - 1; i++) if (text[i] === '>' || text[i] === '›' || text[i] === '＞') lastClose.set(text[i], i);
      for (let i = start + 1; i < end - 1; i++) {
        const ch = text[i];
        if (OPEN_LIKE.has(ch)) {
          // < and > are only marks when they pair up inside the title.
          if ((ch === '<' || ch === '＜' || ch === '‹') && !((lastClose.get(CLOSE_OF[ch]) ?? -1) > i)) continue;
          stack.push({ ch, at: i });
        } else if (stack.length && ch === CLOSE_OF[stack[stack.length - 1].ch]) {
          const open = stack.pop()!;
          const depth = stack.length + 2;
          const want = depth % 2 === 0 ? ['〈', '〉'] : ['《', '》'];
          if (open.ch !== want[0]) {
            edits.push({ start: open.at, end: open.at + 1, newText: want[0] }, { start: i, end: i + 1, newText: want[1] });
          }
        }
      }
      if (!edits.length) continue;
      edits.sort((a, b) => a.start - b.start);
      ctx.report({ range: c.titleRange, args: { title: text.slice(start, end).slice(0, 40) }, fix: { titleId: 'fix/nested-marks', edits } });
    }
  },
};
export default rule;
