/**
 * citation/superseded — a citation of a document or standard that has been repealed or replaced:
 * a built-in table with sources (server/data/superseded.json) and the profile's own entries
 * (policyLint.profile.superseded). A mention that is historical is left alone: its sentence says the
 * old text was repealed, replaced or revised (原《…》同时废止, 根据…（已废止）), or the document itself
 * was written before the replacement took effect.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { BUILTIN_SUPERSEDED, citationParts, documentYear, historicMention, replacedStandards, SupersededEntry } from '../../core/library';
import { numberKey, titleKey } from '../../core/learn';

const DOCS: RuleDocs = {
  title: { zh: '不引用已废止或被替代的文件', en: 'No citation of repealed or replaced documents' },
  explanation: {
    zh: '引用的文件或标准已废止或被新版本替代的，应引用现行文件。内置表：《国家行政机关公文处理办法》和《中国共产党机关公文处理条例》自2012年7月1日起由《党政机关公文处理工作条例》（中办发〔2012〕14号）替代；GB/T 9704-1999、GB/T 15834-1995、GB/T 15835-1995 由2012、2011、2011年版替代。可在 policyLint.profile.superseded 中补充本地条目。',
    en: 'A cited document or standard that has been repealed or replaced should be cited in its current version. Built in: the 国家行政机关公文处理办法 and the 中国共产党机关公文处理条例, replaced on 2012-07-01 by the 党政机关公文处理工作条例 (中办发〔2012〕14号); GB/T 9704-1999, GB/T 15834-1995 and GB/T 15835-1995, replaced by their 2012, 2011 and 2011 editions. Add local entries in policyLint.profile.superseded.',
  },
  details: {
    zh: '引用的文件或标准已废止或被新版本替代的，应引用现行文件。内置表：《国家行政机关公文处理办法》和《中国共产党机关公文处理条例》自2012年7月1日起由《党政机关公文处理工作条例》（中办发〔2012〕14号）替代；GB/T 9704-1999、GB/T 15834-1995、GB/T 15835-1995 由2012、2011、2011年版替代。可在 policyLint.profile.superseded 中补充本地条目。\n\n按标题或发文字号识别文件，按“GB/T 编号-年份”识别标准。以下情形不报告：所在句子说明该文件已废止、停止执行、被代替或修订（“原《……》同时废止”“根据……（已废止）”）；本文的成文日期或发文年份早于替代生效的年份（当时引用是对的）。\n\n本地条目写法：{"title": "……办法", "number": "某府〔2015〕3号", "replacedBy": "《……办法》（某府〔2023〕8号）", "since": "2023"}。\n\n有替代文件时，快速修复把标准编号改为现行版本；文件的引用需要改写标题和文号，作为单独的修复提供，不参与“全部修复”（改变了所引用的文件）。',
    en: 'A cited document or standard that has been repealed or replaced should be cited in its current version. Built in: the 国家行政机关公文处理办法 and the 中国共产党机关公文处理条例, replaced on 2012-07-01 by the 党政机关公文处理工作条例 (中办发〔2012〕14号); GB/T 9704-1999, GB/T 15834-1995 and GB/T 15835-1995, replaced by their 2012, 2011 and 2011 editions. Add local entries in policyLint.profile.superseded.\n\nDocuments are recognised by title or number, standards by "GB/T number-year". Not reported: a sentence that says the old text was repealed, stopped, replaced or revised (原《…》同时废止, 根据…（已废止）); a document dated or numbered before the replacement took effect (the citation was right then).\n\nA local entry: {"title": "…办法", "number": "某府〔2015〕3号", "replacedBy": "《…办法》（某府〔2023〕8号）", "since": "2023"}.\n\nWhen a replacement is known, the quick fix changes a standard\'s edition; a document\'s citation (title and number) is replaced by a fix offered on its own, never by fix-all, as it changes which document is cited.',
  },
  good: ['依据《党政机关公文处理工作条例》（中办发〔2012〕14号）和GB/T 9704-2012。', '《国家行政机关公文处理办法》（国发〔2000〕23号）同时废止。'],
  bad: ['依据《国家行政机关公文处理办法》（国发〔2000〕23号），制定本细则。', '公文格式执行GB/T 9704-1999。'],
  fix: { zh: '改为现行版本（文件引用为单独修复）。', en: 'cites the current version (a document citation only as a separate fix).' },
  source: {
    tier: 'regulation',
    zh: '《党政机关公文处理工作条例》第四十二条（《中国共产党机关公文处理条例》《国家行政机关公文处理办法》停止执行）；GB/T 9704-2012、GB/T 15834-2011、GB/T 15835-2011 前言（代替旧版）',
    en: 'Regulations on the Handling of Party and Government Documents, art. 42 (the earlier regulations cease to apply); forewords of GB/T 9704-2012, GB/T 15834-2011 and GB/T 15835-2011 (replacing the earlier editions)',
  },
};

const MESSAGES: Messages = {
  'citation/superseded': {
    zh: '《{title}》已被{replacedBy}替代（{since}起），应引用现行文件',
    en: '《{title}》 was replaced by {replacedBy} (from {since}): cite the current document',
  },
  'citation/superseded-repealed': {
    zh: '《{title}》已废止（{since}起），请核实是否仍应引用',
    en: '《{title}》 has been repealed (from {since}): check whether it should still be cited',
  },
  'citation/superseded-standard': {
    zh: '{code}-{year}已被{replacedBy}代替（{since}起实施）',
    en: '{code}-{year} was replaced by {replacedBy} (in force from {since})',
  },
  'fix/superseded-replace': { zh: '改为“{text}”', en: 'Change to "{text}"' },
};

/** Entries from rule options (validated as the profile is). */
function optionEntries(v: unknown): SupersededEntry[] {
  if (!Array.isArray(v)) return [];
  return v.filter((e): e is SupersededEntry => typeof e === 'object' && e !== null && (typeof (e as SupersededEntry).title === 'string' || typeof (e as SupersededEntry).number === 'string'));
}

const yearOf = (since: string | undefined) => { const m = /\d{4}/.exec(since ?? ''); return m ? Number(m[0]) : undefined; };

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'citation/superseded', category: 'citation', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const year = documentYear(doc);
    // Written before the replacement took effect: the citation was right then.
    const tooEarly = (since: string | undefined) => { const y = yearOf(since); return y !== undefined && year !== undefined && year < y; };
    const entries = [...BUILTIN_SUPERSEDED, ...optionEntries(ctx.options.superseded)];
    if (doc.citations.length) {
      const byTitle = new Map<string, SupersededEntry>();
      const byNumber = new Map<string, SupersededEntry>();
      for (const e of entries) {
        if (e.title) byTitle.set(titleKey(e.title), e);
        if (e.number) byNumber.set(numberKey(e.number), e);
      }
      for (const c of doc.citations) {
        const { title, number, numberRange } = citationParts(doc, c);
        const e = (title ? byTitle.get(titleKey(title)) : undefined) ?? (number && !title ? byNumber.get(numberKey(number)) : undefined)
          ?? (number && title ? byNumber.get(numberKey(number)) : undefined);
        if (!e || tooEarly(e.since) || historicMention(doc, c.range)) continue;
        // An own-number citation of the document itself (its head) is not a citation.
        if (doc.docNumber && c.docNumber === doc.docNumber) continue;
        const shown = title ?? e.title ?? doc.text.slice(numberRange!.start, numberRange!.end);
        const since = e.since ?? '—';
        if (!e.replacedBy) {
          ctx.report({ range: c.range, messageId: 'citation/superseded-repealed', args: { title: shown, since } });
          continue;
        }
        const replacement = e.replacedBy.startsWith('《') ? e.replacedBy : `《${e.replacedBy}》`;
        ctx.report({
          range: c.range, args: { title: shown, replacedBy: replacement, since },
          // Replacing the citation changes which document is cited: offered on its own only.
          fix: { titleId: 'fix/superseded-replace', titleArgs: { text: replacement }, edits: [{ start: c.range.start, end: c.range.end, newText: replacement }], explicitOnly: true },
        });
      }
    }
    for (const s of replacedStandards(doc)) {
      if (tooEarly(s.since) || historicMention(doc, s.range)) continue;
      ctx.report({
        range: s.range, messageId: 'citation/superseded-standard',
        args: { code: s.code, year: s.year, replacedBy: s.replacedBy, since: s.since },
        fix: { titleId: 'fix/superseded-replace', titleArgs: { text: s.replacedBy }, edits: [{ start: s.range.start, end: s.range.end, newText: s.replacedBy }] },
      });
    }
  },
};
export default rule;
