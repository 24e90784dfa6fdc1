/**
 * citation/unbalanced — 《》, （）, “”, 〔〕 that do not pair up within a paragraph (a line; a title or
 * sentence carried over the next few lines is allowed). Item markers such as "1)" are not brackets.
 * One linear pass over the places of the normalised text's marks (core/analysis.ts marks).
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { unfinishedTail } from '../../core/structure';
import { allChars, charIn, isAsciiLetter, skipForward } from '../../core/vocabulary';
import { isDigit } from '../../core/chars';
import { marks } from '../../core/analysis';

// 《 ( “ 〔 and their closers. Explicit comparisons: an object keyed by char codes is a slow dictionary.
function isOpen(c: number): boolean { return c === 0x300a || c === 40 || c === 0x201c || c === 0x3014; }
function openerOf(c: number): number {
  switch (c) { case 0x300b: return 0x300a; case 41: return 40; case 0x201d: return 0x201c; case 0x3015: return 0x3014; default: return -1; }
}
function kindOf(open: number): number {
  switch (open) { case 0x300a: return 0; case 40: return 1; case 0x201c: return 2; default: return 3; }
}
/** A paragraph may run over this many extra lines before an open mark counts as unpaired. */
const CARRY = 4;

/** "1)" / "a)" / "一)" at the start of a line: an item marker, not a bracket. */
function isItemMarker(norm: string, lineStart: number, at: number): boolean {
  if (at - lineStart > 4) return false;
  const t = norm.slice(lineStart, at);
  const mark = t.slice(skipForward(t, 0, (c) => c === ' ' || c === '\t'));
  return mark.length >= 1 && mark.length <= 3 && allChars(mark, (c) => isDigit(c) || isAsciiLetter(c) || charIn(c, '一二三四五六七八九十'));
}

const DOCS: RuleDocs = {
  title: { zh: '标号成对', en: 'Marks in pairs' },
  explanation: { zh: '书名号《》、括号（）、引号“”、六角括号〔〕应在同一段内成对出现。', en: '《》, （）, “” and 〔〕 pair up within a paragraph.' },
  details: {
    zh: '书名号《》、括号（）、引号“”、六角括号〔〕应在同一段内成对出现。\n\n逐段检查；标题或句子跨越后面几行的不报告；“1)”之类的序号不算括号。全文在句中中断（网页摘录被截断，或正在输入）时，最后一句中尚未闭合的标号不报告。在编辑器中，最后一次编辑所在句子里刚输入、尚未闭合的开标号（《、（、“、〔）先不报告，保存文件或转到别处编辑后再报告；命令行不受影响。',
    en: '《》, （）, “” and 〔〕 pair up within a paragraph.\n\nChecked per paragraph; a title or sentence continued over the next few lines is fine; item markers like 1) are not brackets. When the text stops mid-sentence (a cut-off copy, or a clause still being typed), a mark opened in that last sentence is not reported. In the editor, an opening mark (《 （ “ 〔) in the sentence of the last edit, before where the edit ended, is held back until the file is saved or an edit happens elsewhere; the command line reports it at once.',
  },
  good: ['《关于……的通知》（国发〔2015〕40号）'],
  bad: ['《关于……的通知（国发〔2015〕40号）'],
  fix: { zh: '无（需人工判断缺的是哪一半）。', en: 'none (which half is missing needs a person).' },
  source: {
    tier: 'standard',
    zh: 'GB/T 15834-2011（标号成对使用）',
    en: 'GB/T 15834-2011 (paired marks come in pairs)',
  },
};

const MESSAGES: Messages = { 'citation/unbalanced': { zh: '“{mark}”没有配对', en: '"{mark}" has no partner' } };

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'citation/unbalanced', category: 'citation', severity: 'warning', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    const norm = doc.norm;
    const report = (at: number) => ctx.report({ range: { start: at, end: at + 1 }, args: { mark: doc.text[at] } });
    // The stack of open marks: code unit, place and line start of each, in three parallel typed
    // arrays with a height (nothing is allocated per mark).
    let stackCh = new Int32Array(64), stackAt = new Int32Array(64), stackLine = new Int32Array(64);
    let height = 0;
    // Open marks of each kind on the stack, so a closer with no opener at all costs no stack scan,
    // and one with an opener scans down only as far as the marks it removes (amortised linear).
    const open = new Int32Array(4);
    const push = (ch: number, at: number) => {
      if (height === stackCh.length) {
        const grow = (a: Int32Array) => { const b = new Int32Array(2 * a.length); b.set(a); return b; };
        stackCh = grow(stackCh); stackAt = grow(stackAt); stackLine = grow(stackLine);
      }
      stackCh[height] = ch; stackAt[height] = at; stackLine[height] = lineStart; height++;
      open[kindOf(ch)]++;
    };
    const truncate = (n: number) => {
      for (let k = n; k < height; k++) open[kindOf(stackCh[k])]--;
      height = n;
    };
    let lineStart = 0;
    let carried = 0;
    let reportedLine = -1;
    /** Report the first unpaired mark of each line still open. */
    const flush = () => {
      let last = -1;
      for (let k = 0; k < height; k++) if (stackLine[k] !== last) { last = stackLine[k]; report(stackAt[k]); }
      truncate(0);
    };
    const reportOnce = (at: number) => {
      if (reportedLine === lineStart) return;
      reportedLine = lineStart;
      report(at);
    };
    // Only line breaks and marks matter: the places of the text's marks, not every character.
    const places = marks(doc);
    for (let k = 0; k < places.length; k++) {
      const i = places[k];
      const c = norm.charCodeAt(i);
      if (c === 10) {
        if (height && ++carried > CARRY) {
          flush();
          carried = 0;
        } else if (!height) carried = 0;
        lineStart = i + 1;
        continue;
      }
      if (isOpen(c)) { push(c, i); continue; }
      const opener = openerOf(c);
      if (opener < 0) continue;
      if (c === 41 && isItemMarker(norm, lineStart, i)) continue;
      const top = height - 1;
      if (top >= 0 && stackCh[top] === opener) {
        truncate(top);
        if (!height) carried = 0;
        continue;
      }
      let deeper = -1;
      if (open[kindOf(opener)]) for (let k = top; k >= 0; k--) if (stackCh[k] === opener) { deeper = k; break; }
      if (deeper >= 0) {
        // Crossed marks: the inner one was never closed.
        reportOnce(stackAt[top]);
        truncate(deeper);
      } else reportOnce(i);
    }
    // A mark opened in the unfinished last sentence of a text that stops mid-sentence (a copy cut
    // off by its source, a clause still being typed: "…。（牵头单位：") may yet be closed. The stack
    // is in text order: those marks are at its top.
    const tail = unfinishedTail(doc);
    if (tail) {
      let n = height;
      while (n > 0 && stackAt[n - 1] >= tail.start) n--;
      truncate(n);
    }
    flush();
  },
};
export default rule;
