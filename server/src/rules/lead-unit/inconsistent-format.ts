/**
 * lead-unit/inconsistent-format — one document, one clause style: the separator between the lead and
 * the partners (or scope) and the bracket width. The minority spelling is flagged and fixed to the
 * document's dominant one. Square brackets [] used because the clause contains 县（市） are a form of their own.
 */
import type { Rule } from '../types';
import type { LeadClause } from '../../core/model';

const SEP_AFTER = /[；;，,](?=[ \t]*(配合单位|协办单位|参与单位|配合部门|适用范围|责任单位|协同单位))/;
const CLOSE: Record<string, string> = { '（': '）', '(': ')' };

function kindOfSep(s: string): 'semicolon' | 'comma' { return s === '；' || s === ';' ? 'semicolon' : 'comma'; }

const rule: Rule = {
  meta: { id: 'lead-unit/inconsistent-format', category: 'lead-unit', severity: 'warning', source: 'house style [custom] (全文格式统一)', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const labelled = doc.leadClauses.filter((c) => c.form === 'labelled' || c.form === 'dept-label');
    // Separators.
    const seps: { c: LeadClause; at: number; sep: string }[] = [];
    for (const c of labelled) {
      const t = doc.text.slice(c.range.start, c.range.end);
      const m = SEP_AFTER.exec(doc.norm.slice(c.range.start, c.range.end));
      if (m) seps.push({ c, at: c.range.start + m.index, sep: t[m.index] });
    }
    if (seps.length >= 2) {
      const counts = { semicolon: 0, comma: 0 };
      for (const s of seps) counts[kindOfSep(s.sep)]++;
      if (counts.semicolon && counts.comma) {
        const dominant = counts.semicolon >= counts.comma ? 'semicolon' : 'comma';
        const sample = seps.find((s) => kindOfSep(s.sep) === dominant)!.sep;
        for (const s of seps) {
          if (kindOfSep(s.sep) === dominant) continue;
          ctx.report({
            range: s.c.range, messageId: 'lead-unit/inconsistent-format-separator', args: { found: s.sep, expected: sample },
            fix: { titleId: 'fix/lead-separator', titleArgs: { expected: sample }, edits: [{ start: s.at, end: s.at + 1, newText: sample }] },
          });
        }
      }
    }
    // Bracket width: （ beside ( in one document.
    const round = doc.leadClauses.filter((c) => c.bracket === '（' || c.bracket === '(');
    const full = round.filter((c) => c.bracket === '（').length;
    const half = round.length - full;
    if (full && half) {
      const dominant = full >= half ? '（' : '(';
      for (const c of round) {
        if (c.bracket === dominant) continue;
        const last = c.range.end - 1;
        const closes = doc.text[last] === CLOSE[c.bracket];
        if (doc.text[c.range.start] !== c.bracket) continue;
        ctx.report({
          range: c.range, messageId: 'lead-unit/inconsistent-format-bracket', args: { found: c.bracket, expected: dominant },
          fix: closes ? { titleId: 'fix/lead-bracket', titleArgs: { expected: dominant + CLOSE[dominant] }, edits: [
            { start: c.range.start, end: c.range.start + 1, newText: dominant },
            { start: last, end: last + 1, newText: CLOSE[dominant] },
          ] } : undefined,
        });
      }
    }
  },
};
export default rule;
