/**
 * text/half-width — Chinese text takes full-width punctuation (GB/T 15834-2011 lists the Chinese
 * forms; the width rule is typesetting convention [custom]): a half-width , ; : ! ? next to a Chinese
 * character, and ( ) round Chinese text or next to it ((一)固定资产投资奖励, 条例》,制定).
 * Documents that came through NFKC (web copies, where every mark is half-width) are skipped unless
 * the option `webCopies` is true. Brackets of a 发文字号 are left to the citation rules.
 * The fix writes the full-width mark.
 */
import type { Rule } from '../types';
import { isHan, memo } from '../../core/tokens';
import type { PolicyDocument, Span } from '../../core/model';
import type { TextEdit } from '../types';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };
/** Chinese closing and opening marks that count as Chinese context. */
const CN_CLOSE = '》”’」』】〕）。，、；：';
const CN_OPEN = '《“‘「『【〔（';

interface HalfMark { range: Span; mark: string; edits: TextEdit[] }

function cjkBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  return isHan(c) || CN_CLOSE.includes(text[i - 1] ?? 'x');
}
function cjkAfter(text: string, i: number): boolean {
  const c = text.charCodeAt(i + 1);
  return isHan(c) || CN_OPEN.includes(text[i + 1] ?? 'x');
}

function scan(doc: PolicyDocument): HalfMark[] {
  const { text } = doc;
  const out: HalfMark[] = [];
  const docBrackets = new Set<number>();
  for (const d of doc.docNumbers) { docBrackets.add(d.openRange.start); docBrackets.add(d.closeRange.start); }
  const re = /[,;:!?()]/g;
  let lastClose = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '(') {
      if (docBrackets.has(i) || text[i - 1] === ']') continue;
      // The matching ) on the same line, with no bracket in between.
      let j = i + 1;
      const limit = Math.min(text.length, i + 120);
      while (j < limit && !'()\n\r'.includes(text[j])) j++;
      if (text[j] !== ')' || docBrackets.has(j)) continue;
      const inner = text.slice(i + 1, j);
      if (/^\s*$/.test(inner) || /:\/\//.test(inner)) continue;
      let han = false;
      for (let k = 0; k < inner.length && !han; k++) han = isHan(inner.charCodeAt(k));
      // Latin or digits inside: only between Chinese characters ((1)加强, 成立(AI)中心), not (empty) after a label.
      if (!han && !isHan(text.charCodeAt(i - 1)) && !isHan(text.charCodeAt(j + 1))) continue;
      out.push({ range: { start: i, end: j + 1 }, mark: '()', edits: [{ start: i, end: i + 1, newText: '（' }, { start: j, end: j + 1, newText: '）' }] });
      lastClose = j;
      continue;
    }
    if (ch === ')') continue;
    if (i === lastClose) continue;
    const before = cjkBefore(text, i), after = cjkAfter(text, i);
    if (!before && !(after && ch !== ':')) continue;
    // 9:00, 1,000, http:, a markdown heading's "# source:" header.
    if (/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    if (ch === ':' && text[i + 1] === '/') continue;
    out.push({ range: { start: i, end: i + 1 }, mark: ch, edits: [{ start: i, end: i + 1, newText: FULL[ch] }] });
  }
  return out;
}

const rule: Rule = {
  meta: { id: 'text/half-width', category: 'text', severity: 'warning', source: 'GB/T 15834-2011 [custom] (中文用全角标点)', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    if (doc.halfWidthPunctuation && ctx.options.webCopies !== true) return;
    for (const h of memo(doc, 'half-width', scan)) {
      const full = h.mark === '()' ? '（）' : FULL[h.mark];
      ctx.report({
        range: h.range, args: { mark: h.mark, full },
        fix: { titleId: 'fix/half-width', titleArgs: { full }, edits: h.edits },
      });
    }
  },
};
export default rule;
