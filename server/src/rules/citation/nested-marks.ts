/**
 * citation/nested-marks — inside 《》 a nested title takes 〈〉, a third level goes back to 《》:
 * 《…《…》…》 → 《…〈…〉…》. Look-alikes < > ‹ › ＜ ＞ used as the inner marks are flagged too.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { TextEdit } from '../../core/contract';

const OPEN_LIKE = new Set(['<', '‹', '＜', '〈', '《']);
const CLOSE_OF: Record<string, string> = { '<': '>', '‹': '›', '＜': '＞', '〈': '〉', '《': '》' };

const DOCS: RuleDocs = {
  title: { zh: '书名号嵌套用〈〉', en: 'Nested titles in 〈〉' },
  explanation: {
    zh: '书名号里边还要用书名号时，外面一层用双书名号，里边一层用单书名号〈〉；第三层再用双书名号。不能用 < > 代替单书名号。',
    en: 'A title inside a title takes 〈〉; a third level goes back to 《》. < > are not title marks.',
  },
  details: {
    zh: '书名号里边还要用书名号时，外面一层用双书名号，里边一层用单书名号〈〉；第三层再用双书名号。不能用 < > 代替单书名号。\n\n按层次检查：第二层用〈〉，第三层用《》；把 < > ‹ › 当作单书名号使用的也报告。',
    en: 'A title inside a title takes 〈〉; a third level goes back to 《》. < > are not title marks.\n\nChecks each level: the second takes 〈〉, the third 《》; < > ‹ › used as marks are reported.',
  },
  good: ['《懷化市貫徹落實〈關于打好經濟增長主動仗的若干政策措施〉實施方案》'],
  bad: ['《湖南省人民政府辦公廳印發<關于…>的通知》', '《关于印发《X》的通知》'],
  fix: { zh: '把里层的标号改为正确的书名号。', en: 'replaces the inner marks.' },
  source: {
    tier: 'standard',
    zh: 'GB/T 15834-2011 第4.15条（书名号里边还要用书名号时，外面一层用双书名号，里边一层用单书名号）',
    en: 'GB/T 15834-2011 §4.15 (《…〈…〉…》 for nested titles)',
  },
};

const MESSAGES: Messages = {
  'citation/nested-marks': { zh: '书名号内再用书名号时，里层应使用单书名号〈〉：{title}', en: 'A title inside 《》 takes 〈〉: {title}' },
  'fix/nested-marks': { zh: '里层改为〈〉', en: 'Use 〈〉 for the inner title' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'citation/nested-marks', category: 'citation', severity: 'error', fixable: true },
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
