/**
 * citation/missing-number (information) — a cited government document (《…关于…的通知/意见/决定/办法/
 * 方案/计划/措施》) without its 发文字号. Exempt: laws and regulations cited by name, the attachment named
 * in 印发《X》的通知, Party-centre documents (numbers not public), a title cited again after its
 * number was given once, a title right after its number (citation/order reports that), and a
 * document named as the object of work reported (编制《X》, 出台了《X》) rather than cited as a source.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { allChars, charIn, endsWithWord, hasWord, skipForward, someChar, startsWithWord, wordAt } from '../../core/vocabulary';
import { isSpaceOrTab } from '../_chars';
import { clip, isDigit, removeWhite, trimEndOf } from '../../core/chars';

/** The kinds of a 关于…的 government document title. */
const GOV_KINDS = ['通知', '意见', '指导意见', '实施意见', '决定', '办法', '方案', '实施方案', '行动计划', '计划', '措施', '若干措施', '规定', '细则'];
/** Titles that name a government document without 关于 (a period may follow: 行动计划(2021-2025年)). */
const PLAN_ENDINGS = ['行动计划', '实施方案', '若干措施', '管理办法'];
/** Issuers whose document numbers are not public (Party centre), and the state's name before a law. */
const EXEMPT_STARTS = ['中华人民共和国', '中共中央', '中央', '中办', '中共'];
/** A law or a regulation cited by name, or a draft (its closing bracket may follow). */
const EXEMPT_ENDINGS = ['法', '条例'];
const DRAFT_ENDINGS = ['征求意见稿', '草案', '送审稿'];
/** Between 关于 and 的: two to eighty characters. */
const ABOUT_MIN = 2, ABOUT_MAX = 80;

/** "(2021-2025年)" ends `t`: the number of characters it takes, else 0. */
function periodSuffix(t: string): number {
  const s = t.length - 12;
  if (s < 0 || t[s] !== '(' || !t.endsWith('年)') || !charIn(t[s + 5], '-—–')) return 0;
  return allChars(t.slice(s + 1, s + 5), isDigit) && allChars(t.slice(s + 6, s + 10), isDigit) ? 12 : 0;
}

/** A government document title: 关于…的通知 (…意见, …办法 …), or …行动计划, …实施方案 (with its period). */
function isGovDoc(t: string): boolean {
  for (const k of GOV_KINDS) {
    const de = t.length - k.length - 1;
    if (de - ABOUT_MIN - 2 < 0 || !t.endsWith(k) || t[de] !== '的') continue;
    for (let q = t.lastIndexOf('关于', de - ABOUT_MIN - 2); q >= 0 && de - q - 2 <= ABOUT_MAX; q = q > 0 ? t.lastIndexOf('关于', q - 1) : -1) {
      if (!someChar(t.slice(q + 2, de), isLineTerminatorChar)) return true;
    }
  }
  return !!endsWithWord(t.slice(0, t.length - periodSuffix(t)), PLAN_ENDINGS);
}

function isLineTerminatorChar(c: string): boolean { return c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029'; }

function isExempt(t: string): boolean {
  return !!startsWithWord(t, EXEMPT_STARTS) || !!endsWithWord(t, EXEMPT_ENDINGS)
    || !!endsWithWord(t.endsWith(')') ? t.slice(0, -1) : t, DRAFT_ENDINGS);
}

/** 印发《X》的通知 and 现将《X》印发给你们: X is the attachment. */
const ISSUING_VERBS = ['印发', '转发', '发布'];
/** 《A》《B》已经市政府同意，现印发给你们: every title of the sentence that sends them is an attachment. */
const SENT_WORDS = ['印发给', '转发给'];
/** （以下简称《Y》）: Y is another name of the title before it, judged there. */
const ALIAS_WORDS = ['简称', '下称'];
/** How far a sentence is read either side of a title for SENT_WORDS. */
const SENTENCE_REACH = 200;

/** Words that cite a source: 根据《X》…，现将《Y》印发给你们 sends Y, not X. */
const BASIS_WORDS = ['根据', '依据', '依照', '按照', '遵照', '贯彻', '落实'];

/**
 * The sentence around [start, end) (up to 。 or a line end, at most SENTENCE_REACH characters either side)
 * sends the title: it holds 印发给 or 转发给, and the title's clause cites no source before it.
 */
function sentSentence(norm: string, start: number, end: number): boolean {
  let b = start, e = end;
  while (b > 0 && start - b < SENTENCE_REACH && norm[b - 1] !== '。' && !isLineTerminatorChar(norm[b - 1])) b--;
  while (e < norm.length && e - end < SENTENCE_REACH && norm[e] !== '。' && !isLineTerminatorChar(norm[e])) e++;
  if (!hasWord(norm.slice(b, e), SENT_WORDS)) return false;
  // The clause of the title (from the last comma or semicolon before it) cites no source: 根据《X》.
  let c = start;
  while (c > b && !charIn(norm[c - 1], ',;，；')) c--;
  return !hasWord(norm.slice(c, start), BASIS_WORDS);
}

/** 编制《X》, 出台了《X》: work reported, not a source cited. */
const DRAFTING_VERBS = ['编制', '起草', '制定', '修订', '出台', '拟定', '草拟'];

const DOCS: RuleDocs = {
  title: { zh: '引用公文注明发文字号', en: 'Cited documents carry their number' },
  explanation: {
    zh: '引用的政府公文（关于……的通知/意见/决定/办法/方案/计划/措施）应注明发文字号。法律法规、印发通知所印发的文件、中央文件、已注明过文号的再次引用，以及作为所述工作对象而非依据的文件（编制《X》、出台了《X》）不检查。',
    en: 'A cited government document should carry its number. Laws and regulations, the attachment of an 印发 notice, Party-centre documents, later mentions of a numbered title and documents named as the object of work reported (编制《X》, 出台了《X》) are exempt.',
  },
  details: {
    zh: '引用的政府公文（关于……的通知/意见/决定/办法/方案/计划/措施）应注明发文字号。法律法规、印发通知所印发的文件、中央文件和已注明过文号的再次引用不检查。\n\n以下情形也不报告：标题紧跟在文号之后（“国发〔2015〕40号《……》”，由 `citation/order` 报告顺序问题）；标题是所述工作的对象而非引用的依据，如“编制《……行动计划》”“起草《……》”“出台了《……若干措施》”；印发、转发句中列出的各个文件（“《……实施方案》《……若干措施》已经市政府同意，现印发给你们”）；“以下简称《……》”定义的简称及其后的使用（所代表的全称另行检查）。“贯彻落实《X》”“依据《X》”“《X》精神”等作为依据的引用仍然报告。\n\n提示级。',
    en: 'A cited government document should carry its number. Laws and regulations, the attachment of an 印发 notice, Party-centre documents and later mentions of a numbered title are exempt; so are a title that follows its number (国发〔2015〕40号《…》, reported by `citation/order`) a document named as the object of work reported rather than cited as a source (编制《X》, 起草《X》, 出台了《X》), every title of the sentence that sends them (《A》《B》已经市政府同意，现印发给你们), and a short name defined by 以下简称《Y》 and its later uses (the full title it stands for is judged where it stands). 贯彻落实《X》, 依据《X》 and 《X》精神 are still reported.\n\n- ✔ 一是编制《广州市加快 IAB 产业发展五年行动计划（2018-2022 年）》 \n- ✘ 为贯彻落实《国务院关于积极推进“互联网+”行动的指导意见》, with no number \n\nInformation level.',
  },
  good: ['《国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号）', '《中华人民共和国预算法》', '一是编制《广州市加快IAB产业发展五年行动计划（2018-2022年）》',
    '《开封市推动制造业高质量发展实施方案》《开封市培育壮大主导产业若干财政支持措施》已经市政府同意，现印发给你们，请认真贯彻执行。'],
  bad: ['根据《国务院关于积极推进“互联网+”行动的指导意见》，制定本方案。', '《河南省建设制造强省三年行动计划》'],
  fix: { zh: '无（需查明并补上文号）。', en: 'none (look the number up).' },
  source: {
    tier: 'practice',
    zh: '起草实务：引用公文应当先引标题，后引发文字号',
    en: 'Drafting practice: a cited document is given with its title and number',
  },
};

const MESSAGES: Messages = {
  'citation/missing-number': { zh: '引用的公文《{title}》未注明发文字号', en: 'The cited document 《{title}》 has no document number' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'citation/missing-number', category: 'citation', severity: 'information', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    const numbered = new Set(doc.citations.filter((c) => c.title && c.docNumber).map((c) => c.title!));
    const ownTitle = doc.title ? removeWhite(doc.norm.slice(doc.titleRange!.start, doc.titleRange!.end)) : '';
    // Where the document numbers end (not a search of every number for every citation).
    const numberEnds = new Set(doc.docNumbers.map((d) => d.range.end));
    // Short names defined in the text (以下简称《若干措施》): the title they stand for is judged, not they.
    const aliases = new Set<string>();
    for (const c of doc.citations) {
      if (!c.titleRange || !c.title) continue;
      const before = doc.norm.slice(Math.max(0, c.titleRange.start - 8), c.titleRange.start);
      if (endsWithWord(trimEndOf(before, ' \t:'), ALIAS_WORDS)) aliases.add(c.title);
    }
    for (const c of doc.citations) {
      if (!c.titleRange || !c.title || c.docNumber) continue;
      const title = removeWhite(c.title);
      if (!isGovDoc(title) || isExempt(title) || numbered.has(c.title) || aliases.has(c.title)) continue;
      // 印发《X》的通知: X is the attachment, not a citation.
      const before = doc.norm.slice(Math.max(0, c.titleRange.start - 6), c.titleRange.start);
      if (endsWithWord(before, ISSUING_VERBS)) continue;
      // 国发〔2015〕40号《X》: the number is there, in the wrong place (citation/order's finding).
      if (before.endsWith('号') && numberEnds.has(c.titleRange.start)) continue;
      // Work reported, not a source cited: 编制《X》, 起草《X》, 出台了《X》 (seeds/000, seeds/001). A document
      // being drafted has no number yet; one reported as issued is not the basis of this text.
      if (endsWithWord(before.endsWith('了') ? before.slice(0, -1) : before, DRAFTING_VERBS)) continue;
      if (ownTitle && ownTitle.includes(title)) continue;
      // 现将《X》印发给你们: the attachment again.
      const after = doc.norm.slice(c.titleRange.end, c.titleRange.end + 6);
      const a = skipForward(after, 0, isSpaceOrTab), verb = wordAt(after, a, ISSUING_VERBS);
      if (verb && after[a + verb.length] === '给') continue;
      if (sentSentence(doc.norm, c.titleRange.start, c.titleRange.end)) continue;
      // A (文号) placeholder after the title is the placeholder rule's business.
      if (charIn(after[0], '(（')) {
        const w = skipForward(after, 1, isSpaceOrTab);
        if (after.startsWith('文号', w) && charIn(after[skipForward(after, w + 2, isSpaceOrTab)], ')）')) continue;
      }
      ctx.report({ range: c.titleRange, args: { title: clip(c.title, 30) } });
    }
  },
};
export default rule;
