/**
 * reply/subject-term — a reply names what it answers by its channel: an NPC deputy's 建议 is not a
 * 提案, a CPPCC member's 提案 is not a 代表建议. The document's own title says which it answers (…第21号
 * 代表建议办理情况的函; …政协提案第21号的答复); the other word in the body, outside 《》 and quotation marks,
 * is reported. In a reply to a 建议 every 提案 is; in a reply to a 提案 only 建议 that names the
 * submission (第N号建议, 代表建议, 建议收悉) — 建议 is also a plain word (意见和建议), and a proposal's own
 * title may end 的建议. Words beside the other one (建议提案, 建议和提案) speak of both channels.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { PolicyDocument } from '../../core/model';
import { replyFeatures } from '../../core/structure';
import { inSpans, quotedSpans } from '../../core/tokens';
import { hasWord, wordAt, wordBefore } from '../../core/vocabulary';
import { removeWhite } from '../../core/chars';

const DOCS: RuleDocs = {
  title: { zh: '建议、提案不混称', en: '建议 and 提案 not confused' },
  explanation: {
    zh: '人大代表提出的是“建议”，政协委员提出的是“提案”。答复人大代表建议时正文不应称“提案”，答复政协提案时不应称“代表建议”。',
    en: 'NPC deputies make 建议, CPPCC members make 提案. A reply to a deputy\'s 建议 does not call it a 提案, and a reply to a 提案 does not call it a 代表建议.',
  },
  details: {
    zh: '人大代表提出的是“建议”，政协委员提出的是“提案”。答复人大代表建议时正文不应称“提案”，答复政协提案时不应称“代表建议”。\n\n答复的对象以本文标题为准（“……第21号代表建议办理情况的函”“……政协提案第21号的答复”）。答复建议时，正文中书名号、引号以外的“提案”都报告；答复提案时，只报告指称来件的“建议”（“第×号建议”“代表建议”“建议收悉”），因为“建议”也是普通词语（“意见和建议”），提案的题目也常以“的建议”结尾。与另一词并列的（“建议提案”“建议和提案”）不报告。',
    en: 'NPC deputies make 建议, CPPCC members make 提案. A reply to a deputy\'s 建议 does not call it a 提案, and a reply to a 提案 does not call it a 代表建议.\n\nWhat the reply answers is read from its title (…第21号代表建议办理情况的函; …政协提案第21号的答复). In a reply to a 建议 every 提案 of the body outside 《》 and quotation marks is reported; in a reply to a 提案 only a 建议 that names the submission (第N号建议, 代表建议, 建议收悉), since 建议 is also a plain word (意见和建议) and proposals are often titled …的建议. A word next to the other one (建议提案, 建议和提案) is not reported.',
  },
  good: ['关于县十八届人大二次会议第21号代表建议办理情况的函\n李某某代表：\n您提出的《关于加强渠道管理的建议》收悉。建议中所提的渠段综合治理务实可行。现将办理情况答复如下：'],
  bad: ['关于县十八届人大二次会议第21号代表建议办理情况的函\n李某某代表：\n您提出的《关于加强渠道管理的建议》收悉。所提的渠段综合治理提案务实可行。现将办理情况答复如下：'],
  fix: { zh: '改为标题所称的“建议”或“提案”。', en: 'Uses the word of the title, 建议 or 提案.' },
  source: {
    tier: 'regulation',
    zh: '《全国人民代表大会和地方各级人民代表大会代表法》第十八条（代表建议）；《政协全国委员会提案工作条例》（提案）',
    en: 'Law on Deputies to the NPC and Local People\'s Congresses, art. 18 (建议); CPPCC rules on proposals (提案)',
  },
};

const MESSAGES: Messages = {
  'reply/subject-term': {
    zh: '本文答复的是{channel}“{subject}”（见标题），此处称“{word}”',
    en: 'This reply answers a {channelEn} "{subject}" (see the title); here it says "{word}"',
  },
  'fix/subject-term': { zh: '改为“{subject}”', en: 'Use "{subject}"' },
};

type Subject = '建议' | '提案';
/** Words that make a 建议 the submission itself in a reply to a 提案: 第21号建议, 代表建议, 建议收悉. */
const SUBMISSION_BEFORE = ['号', '代表'];
const SUBMISSION_AFTER = ['收悉', '已收悉'];
/** 建议提案, 建议和提案, 提案、建议: both channels spoken of. */
const JOINERS = ['', '和', '与', '及', '、', '或', '/'];

/** The title with its 《…》 parts removed (a proposal's own title may end 的建议) and no white space. */
function bareTitle(title: string): string {
  let out = '';
  let depth = 0;
  for (const ch of title) {
    if (ch === '《') depth++;
    else if (ch === '》') depth = Math.max(0, depth - 1);
    else if (!depth) out += ch;
  }
  return removeWhite(out);
}

/** What the reply answers, from its title: a 提案, or a deputy's 建议 (人大/代表 in the title or the 称谓). */
function subjectOf(doc: PolicyDocument): Subject | undefined {
  if (!doc.titleRange) return undefined;
  const t = bareTitle(doc.norm.slice(doc.titleRange.start, doc.titleRange.end));
  const p = t.includes('提案'), j = t.includes('建议');
  if (p === j) return undefined;
  if (p) return '提案';
  const f = replyFeatures(doc);
  return hasWord(t, ['人大', '代表', '人民代表大会']) || f.addressee?.role === '代表' ? '建议' : undefined;
}

/** 建议 and 提案 side by side (建议提案, 建议和提案): the other word next to the one at [at, at+2). */
function besideOther(n: string, at: number, other: string): boolean {
  for (const j of JOINERS) {
    if (n.startsWith(j + other, at + 2)) return true;
    if (n.slice(Math.max(0, at - j.length - 2), at) === other + j) return true;
  }
  return false;
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'reply/subject-term', category: 'reply', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    if (doc.kind !== 'reply') return;
    const subject = subjectOf(doc);
    if (!subject) return;
    const word: Subject = subject === '建议' ? '提案' : '建议';
    const n = doc.norm;
    const quoted = quotedSpans(doc);
    const channel = subject === '建议' ? { zh: '人大代表', en: 'deputy\'s' } : { zh: '政协', en: 'CPPCC' };
    for (let at = n.indexOf(word, doc.titleRange!.end); at >= 0; at = n.indexOf(word, at + 2)) {
      if (inSpans(quoted, at) || besideOther(n, at, subject)) continue;
      if (word === '建议' && !wordBefore(n, at, SUBMISSION_BEFORE) && !wordAt(n, at + 2, SUBMISSION_AFTER)) continue;
      ctx.report({
        range: { start: at, end: at + 2 },
        args: { channel: channel.zh, channelEn: channel.en, subject, word },
        fix: { titleId: 'fix/subject-term', titleArgs: { subject }, edits: [{ start: at, end: at + 2, newText: subject }] },
      });
    }
  },
};
export default rule;
