/**
 * structure/paragraph-end — a paragraph of running text ends with its sentence's full stop. Reported
 * where a paragraph (at least MIN_LENGTH characters, with a comma in it, not a heading) ends on a word,
 * with no punctuation at all, and the next paragraph plainly starts anew: a heading (一、, （一）, 1.,
 * 第X条) or a sentence opener with its comma (最后，…), the closing formula (特此通知, 此复) or the
 * thanks of a reply. A paragraph broken inside a sentence (PDF copies split lines mid-sentence) goes on
 * with ordinary words and is left alone; so is the last paragraph of a text, which may be cut.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { indexOfAny, isHan, isWhite, isDigit } from '../../core/chars';
import { CLOSING_FORMULAS, SENTENCE_OPENERS, THANKS_OPENERS, isAsciiLetter, skipBack, skipForward, wordAt } from '../../core/vocabulary';

/** Shorter lines are titles, names, dates and table cells rather than paragraphs of running text. */
const MIN_LENGTH = 30;
/** Characters a sentence can stop on when its full stop is missing: a word, a number, a closing quote or title mark. */
function endsOnWord(ch: string): boolean {
  return isHan(ch) || isDigit(ch) || isAsciiLetter(ch) || ch === '”' || ch === '’' || ch === '》';
}

const DOCS: RuleDocs = {
  title: { zh: '段落以句末点号结束', en: 'A paragraph ends with its full stop' },
  explanation: {
    zh: '一段正文的最后一句要有句末点号（通常是句号“。”）。一段话以文字结尾、下一段另起标题或新句（“最后，”“特此通知”“感谢…”）时，漏了句号。',
    en: 'The last sentence of a paragraph of running text ends with its full stop (。). A paragraph that stops on a word while the next one starts a heading or a new sentence (最后，…, 特此通知, 感谢…) has lost it.',
  },
  details: {
    zh: '一段正文的最后一句要有句末点号（通常是句号“。”）。一段话以文字结尾、下一段另起标题或新句（“最后，”“特此通知”“感谢…”）时，漏了句号。\n\n只检查含逗号、至少30字、不是标题的段落，且只在下一段明显另起时报告：下一段是标题（一、（一）1. 第X条），或以“最后，”“此外，”“同时，”等带逗号的起句词、结束语（特此通知、此复）或致谢（感谢…）开头。从 PDF 复制时一句话被断成两行，下一行接着写普通文字，不报告；全文最后一段可能是节选截断，也不报告。',
    en: 'The last sentence of a paragraph of running text ends with its full stop (。). A paragraph that stops on a word while the next one starts a heading or a new sentence (最后，…, 特此通知, 感谢…) has lost it.\n\nOnly paragraphs of at least 30 characters with a comma in them, not headings, are checked, and only where the next paragraph plainly starts anew: a heading (一、 （一） 1. 第X条), a sentence opener with its comma (最后，此外，同时，…), the closing formula (特此通知, 此复) or the thanks of a reply (感谢…). A sentence broken over two lines (PDF copies) goes on with ordinary words and is not reported; neither is the last paragraph of a text, which may be cut.',
  },
  good: ['宋圩支渠大格宕至桃溪镇段正在列入乡村振兴项目库中。\n最后，感谢代表们对水利工作的关心和支持。'],
  bad: ['桃溪支渠部分渠段改造已列入计划当中，宋圩支渠大格宕至桃溪镇段正在列入乡村振兴项目库中\n最后，感谢代表们对水利工作的关心和支持。'],
  fix: { zh: '在段末补上句号。', en: 'Adds 。 at the end of the paragraph.' },
  source: {
    tier: 'standard',
    zh: 'GB/T 15834-2011 第4.1条（句号用于句子末尾）',
    en: 'GB/T 15834-2011 §4.1 (the full stop ends a sentence)',
  },
};

const MESSAGES: Messages = {
  'structure/paragraph-end': {
    zh: '本段以“{tail}”结束，缺少句末点号（句号“。”），下一段已另起',
    en: 'The paragraph stops at "{tail}" without its full stop (。) while the next one starts anew',
  },
  'fix/paragraph-end': { zh: '补上句号', en: 'Add 。' },
};

/** The next paragraph starts a sentence of its own: a sentence opener with its comma, a closing formula or thanks. */
function startsAnew(s: string, at: number): boolean {
  const w = wordAt(s, at, SENTENCE_OPENERS);
  if (w && s[at + w.length] === ',') return true;
  return wordAt(s, at, CLOSING_FORMULAS) !== '' || wordAt(s, at, THANKS_OPENERS) !== '';
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'structure/paragraph-end', category: 'structure', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const n = doc.norm;
    const headingLines = new Set<number>();
    for (const h of doc.allHeadings) headingLines.add(h.lineRange.start);
    // The previous paragraph line's text span (prevStart < 0: none, or a heading).
    let prevStart = -1, prevEnd = -1;
    for (const line of doc.lines) {
      if (line.blank) continue;
      const at = skipForward(n, line.start, isWhite, line.end);
      const end = skipBack(n, line.end, isWhite);
      if (prevStart >= 0 && (headingLines.has(line.start) || headingLines.has(at) || startsAnew(n, at))) {
        const last = n[prevEnd - 1];
        if (prevEnd - prevStart >= MIN_LENGTH && endsOnWord(last) && indexOfAny(n, ',', prevStart, prevEnd) >= 0) {
          ctx.report({
            range: { start: prevEnd - 1, end: prevEnd },
            args: { tail: doc.text.slice(Math.max(prevStart, prevEnd - 6), prevEnd) },
            fix: { titleId: 'fix/paragraph-end', edits: [{ start: prevEnd, end: prevEnd, newText: '。' }] },
          });
        }
      }
      if (headingLines.has(line.start) || headingLines.has(at)) prevStart = prevEnd = -1;
      else { prevStart = at; prevEnd = end; }
    }
  },
};
export default rule;
