/**
 * text/half-width — Chinese text takes full-width punctuation (GB/T 15834-2011 lists the Chinese
 * forms; the width rule is typesetting convention [custom]): a half-width , ; : ! ? next to a Chinese
 * character, and ( ) round Chinese text or next to it ((一)固定资产投资奖励, 条例》,制定).
 * Documents that came through NFKC (web copies, where every mark is half-width) are skipped unless
 * the option `webCopies` is true. Brackets of a 发文字号 are left to the citation rules, those of a
 * pinyin gloss (區(qū)) to text/ocr-debris.
 * The fix writes the full-width mark.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { isHan, memo } from '../../core/tokens';
import type { PolicyDocument, Span } from '../../core/model';
import type { TextEdit } from '../../core/contract';
import { findDebris } from './ocr-debris';
import { isWhiteSpace, someChar } from '../../core/vocabulary';
import { isDigit, positionsOf } from '../../core/chars';

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

/** The half-width marks checked in Chinese text. */
const HALF_MARKS = ',;:!?()';

function scan(doc: PolicyDocument): HalfMark[] {
  const { text } = doc;
  const out: HalfMark[] = [];
  const docBrackets = new Set<number>();
  for (const d of doc.docNumbers) { docBrackets.add(d.openRange.start); docBrackets.add(d.closeRange.start); }
  // A pinyin gloss (區(qū), 扶持(gui)) is debris to delete (text/ocr-debris), not brackets to widen.
  for (const d of findDebris(doc)) if (d.kind === 'pinyin') docBrackets.add(d.range.start);
  let lastClose = -1;
  // The half-width marks are rare in Chinese text: their places, not every character.
  const places = positionsOf(text, HALF_MARKS);
  for (let k = 0; k < places.length; k++) {
    const i = places[k];
    const ch = text[i];
    if (ch === '(') {
      if (docBrackets.has(i) || text[i - 1] === ']') continue;
      // The matching ) on the same line, with no bracket in between.
      let j = i + 1;
      const limit = Math.min(text.length, i + 120);
      while (j < limit && !'()\n\r'.includes(text[j])) j++;
      if (text[j] !== ')' || docBrackets.has(j)) continue;
      const inner = text.slice(i + 1, j);
      if (!someChar(inner, (c) => !isWhiteSpace(c)) || inner.includes('://')) continue;
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
    if (isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
    if (ch === ':' && text[i + 1] === '/') continue;
    out.push({ range: { start: i, end: i + 1 }, mark: ch, edits: [{ start: i, end: i + 1, newText: FULL[ch] }] });
  }
  return out;
}

const DOCS: RuleDocs = {
  title: { zh: '中文中的半角标点', en: 'Half-width punctuation in Chinese text' },
  explanation: {
    zh: '中文文本使用全角标点（，；：（）！？）。经网页复制（NFKC 转换）的文本全部为半角，不能作为证据，默认跳过；可用选项 webCopies: true 仍然检查。',
    en: 'Chinese text takes full-width punctuation (，；：（）！？). Text that came through a web copy (NFKC) is half-width throughout, which is not evidence, so it is skipped by default; the option webCopies: true checks it anyway.',
  },
  details: {
    zh: '中文文本中，紧邻汉字的半角 , ; : ! ? 和包住中文（或紧邻汉字）的半角 ( ) 应改为全角。网页复制（NFKC 转换）的文本通篇半角，不能作为证据，默认跳过；发文字号的括号由 citation 规则报告。',
    en: 'Half-width , ; : ! ? next to Chinese characters, and ( ) round Chinese text, take their full-width forms. Web copies (NFKC) are half-width throughout and are skipped by default; brackets of a 发文字号 are the citation rules\' findings.\n\n\n\n\nTo check web copies too, set `{ "options": { "text/half-width": { "webCopies": true } } }` in `.policylintrc.json`.',
  },
  good: ['（一）固定资产投资奖励', '条例》，制定'],
  bad: ['(一)固定资产投资奖励', '条例》,制定'],
  fix: { zh: '改为对应的全角标点（括号成对修改）。', en: 'Writes the full-width mark (brackets in pairs).' },
  source: {
    tier: 'standard',
    zh: 'GB/T 15834-2011（中文文本使用全角标点）',
    en: 'GB/T 15834-2011 (full-width punctuation in Chinese text)',
  },
};

const MESSAGES: Messages = {
  'text/half-width': {
    zh: '中文文本中使用了半角标点“{mark}”，应使用全角“{full}”',
    en: 'Half-width "{mark}" in Chinese text; use the full-width "{full}"',
  },
  'fix/half-width': { zh: '改为全角“{full}”', en: 'Change to full-width "{full}"' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'text/half-width', category: 'text', severity: 'warning', fixable: true },
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
