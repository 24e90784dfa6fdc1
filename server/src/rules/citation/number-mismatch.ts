/**
 * citation/number-mismatch — a cited document whose 发文字号 is not the one it was issued with, by the
 * library of issued documents: the profile's (learned from the unit's own documents by
 * `policy-lint learn`) and a few built-in ones. Two findings: a title the library knows under one
 * number cited with another number of the same issuer; a number the library knows cited with a title
 * that is not its document's.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { citationParts, libraryIndex, libraryOption, sameTitle } from '../../core/library';
import { numberKey, titleKey } from '../../core/learn';
import { clip } from '../../core/chars';

const DOCS: RuleDocs = {
  title: { zh: '引用文件的文号与已发文件一致', en: 'Cited numbers match the documents issued' },
  explanation: {
    zh: '引用文件的发文字号应与该文件实际的发文字号一致。对照的是“已发文件库”：从本单位往年文件学到的（policy-lint learn，写入 policyLint.profile.library）和少量内置条目。',
    en: 'A cited document\'s number should be the number it was issued with, as the library of issued documents records it: learned from the unit\'s own documents (policy-lint learn, written to policyLint.profile.library) plus a few built-in entries.',
  },
  details: {
    zh: '引用文件的发文字号应与该文件实际的发文字号一致。对照的是“已发文件库”：从本单位往年文件学到的（policy-lint learn，写入 policyLint.profile.library）和少量内置条目。\n\n- **标题对、文号错**：文件库中该标题只有一个文号，引用时写了同一机关代字的另一个文号（年份相同时为警告；年份不同时为提示，可能是同名文件的另一版本）。不同机关代字的同名文件（如市政府和市住建局各有一份《……管理办法》）不报告。所写的文号恰是文件库中另一份文件的文号时，也报告，但不提供修复（应核对引用的是哪一份）。\n- **文号对、标题错**：文件库中该文号对应的文件标题与所引标题不同（印发通知的标题与所印发文件的标题、带不带发文机关名称视为相同）。\n\n快速修复把文号改为文件库中的文号。这是改正引用，而不是改换所引的文件，因此是普通修复；年份不同的提示只作为单独的修复提供，不参与“全部修复”。文号对、标题错时不提供修复（哪一半错了需要人判断）。',
    en: 'A cited document\'s number should be the number it was issued with, as the library of issued documents records it: learned from the unit\'s own documents (policy-lint learn, written to policyLint.profile.library) plus a few built-in entries.\n\n- **Right title, wrong number**: the library knows the title under one number and the citation gives another number of the same agency code (a warning when the year is the same; information when the year differs, as it may be another edition of a document with the same title). Documents of the same title from different issuers are not reported. When the number given is the number of another document in the library, it is reported without a fix (check which document is meant).\n- **Right number, wrong title**: the library\'s document with that number has another title (an 印发 notice\'s title and the title of the document it issues, with or without the issuing organ, count as the same).\n\nThe quick fix puts the library\'s number in. It corrects a reference rather than changing which document is cited, so it is a normal fix; the different-year case is offered on its own only, not by fix-all. A wrong title gets no fix (which half is wrong needs a person).',
  },
  good: ['依据《党政机关公文处理工作条例》（中办发〔2012〕14号），制定本办法。'],
  bad: ['依据《党政机关公文处理工作条例》（中办发〔2012〕15号），制定本办法。'],
  fix: { zh: '改为文件库中的发文字号。', en: 'puts in the number from the library.' },
  source: {
    tier: 'regulation',
    zh: '《党政机关公文处理工作条例》第九条（发文字号）；起草实务：引用公文先引标题，后引发文字号，二者须与原件一致',
    en: 'Regulations on the Handling of Party and Government Documents, art. 9 (document numbers); drafting practice: a citation gives the title and number of the document as issued',
  },
};

const MESSAGES: Messages = {
  'citation/number-mismatch': {
    zh: '《{title}》的发文字号是{expected}，这里写的是{number}',
    en: '《{title}》 was issued as {expected}, not {number}',
  },
  'citation/number-mismatch-year': {
    zh: '文件库中《{title}》的发文字号是{expected}，这里写的是{number}（如引用的是同名文件的另一版本，请忽略）',
    en: 'The library has 《{title}》 as {expected}, not {number} (ignore this if another edition of the same title is meant)',
  },
  'citation/number-mismatch-title': {
    zh: '发文字号{number}是《{expected}》的文号，与所引标题《{title}》不符',
    en: '{number} is the number of 《{expected}》, not of 《{title}》',
  },
  'citation/number-mismatch-other': {
    zh: '《{title}》的发文字号是{expected}；这里写的{number}是《{other}》的文号，请核对引用的是哪一份文件',
    en: '《{title}》 was issued as {expected}; {number} is the number of 《{other}》 — check which document is meant',
  },
  'fix/library-number': { zh: '改为“{number}”', en: 'Change to "{number}"' },
};

const short = (t: string) => clip(t, 40);

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'citation/number-mismatch', category: 'citation', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const index = libraryIndex(libraryOption(ctx.options.library));
    for (const c of doc.citations) {
      if (!c.title || !c.docNumber) continue;
      const { title, number, numberText, numberRange } = citationParts(doc, c);
      if (!title || !number || !numberText || !numberRange) continue;
      const byTitle = index.byTitle.get(titleKey(title)) ?? [];
      const byNumber = index.byNumber.get(numberKey(number)) ?? [];
      if (byTitle.some((e) => numberKey(e.number) === numberKey(number))) continue;
      if (byTitle.length === 1) {
        // One number for the title: another number of the same agency code is a slip.
        const expected = byTitle[0].number;
        const agency = (n: string) => { const k = numberKey(n); const d = k.search(/\d/); return d < 0 ? k : k.slice(0, d); };
        const year = (n: string) => /\d{4}/.exec(numberKey(n))?.[0];
        if (agency(expected) !== agency(number)) continue;
        // The number belongs to another document the library knows: the pair is wrong for sure, but which
        // half (title or number) needs a person — reported without a fix.
        if (byNumber.length) {
          ctx.report({ range: numberRange, messageId: 'citation/number-mismatch-other', args: { title: short(title), expected, number: numberText, other: short(byNumber[0].title) } });
          continue;
        }
        const sameYear = year(expected) === year(number);
        ctx.report({
          range: numberRange,
          messageId: sameYear ? 'citation/number-mismatch' : 'citation/number-mismatch-year',
          severity: sameYear ? undefined : 'information',
          args: { title: short(title), expected, number: numberText },
          fix: { titleId: 'fix/library-number', titleArgs: { number: expected }, edits: [{ start: numberRange.start, end: numberRange.end, newText: expected }], explicitOnly: !sameYear },
        });
        continue;
      }
      if (byTitle.length === 0 && byNumber.length && !byNumber.some((e) => sameTitle(e.title, title))) {
        ctx.report({ range: c.titleRange!, messageId: 'citation/number-mismatch-title', args: { title: short(title), expected: short(byNumber[0].title), number: numberText } });
      }
    }
  },
};
export default rule;
