/**
 * A mark the drafter is still typing. In the editor an opening 《 or （ typed a moment ago has no partner
 * yet: citation/unbalanced should not underline it while the sentence that holds it is being written.
 * The server knows where the last edit ended (the incremental didChange ranges); a diagnostic of
 * citation/unbalanced on an opening mark in that edit's sentence — on the edit's line, after the last
 * sentence end before the edit, up to where the edit ended — is held back until the document is saved or
 * the drafter edits somewhere else (another line, another sentence). The CLI and the core never see this:
 * it filters what the server shows, not what the rule finds.
 */

/** Opening marks citation/unbalanced reports: 《 （ ( “ 〔. */
const OPENERS = '《（(“〔';
/** Ends of a sentence: a mark before the last one of these, on the edit's line, was written earlier. */
const SENTENCE_ENDS = '。！？；!?;';
/** How far back from the edit a mark may be and still be part of what is being typed. */
const REACH = 400;

/** Where the last edit of a document ended, in the text of `version`. */
export interface LastEdit { version: number; offset: number }

/**
 * The start of the sentence being typed at `offset` (the end of the last edit): after the last sentence
 * end or line break before the last character typed, at most REACH characters back.
 */
export function typingStart(text: string, offset: number): number {
  const from = Math.max(0, offset - REACH);
  let i = Math.min(offset, text.length) - 1; // the last character typed (a sentence end just typed ends this sentence)
  while (i > from) {
    const c = text[i - 1];
    if (c === '\n' || c === '\r' || SENTENCE_ENDS.includes(c)) break;
    i--;
  }
  return Math.max(i, from);
}

/** The opening mark at `at` lies in the sentence being typed up to `edit.offset`. */
export function typedJustNow(text: string, edit: LastEdit, at: number): boolean {
  return at < edit.offset && at >= typingStart(text, edit.offset) && OPENERS.includes(text[at] ?? '');
}

/**
 * The offset where the last of `changes` ends in the text they produce, or undefined for a change of the
 * whole text. `offsetAt` reads offsets in the text before that last change.
 */
export function lastEditEnd(change: { range?: { start: { line: number; character: number } }; text: string } | undefined,
  offsetAt: (p: { line: number; character: number }) => number): number | undefined {
  if (!change || !change.range) return undefined;
  return offsetAt(change.range.start) + change.text.length;
}
