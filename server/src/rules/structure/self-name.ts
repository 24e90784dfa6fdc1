/**
 * structure/self-name — where a text says in its preamble that it is made (制定本办法, 特制定如下政策实施细则),
 * the kind it names itself by is the kind its title ends with: a 若干政策意见 that says 特制定如下政策实施细则
 * names two kinds for one text. Only the preamble (before the first heading) is read, only a title ending
 * with a kind word (意见, 办法, 细则, 规定, 政策/措施/举措, 方案/计划; not 通知: an 印发 notice wraps another
 * kind), and only 制定/制订 + 本/如下/以下 + a short fixed prefix (实施, 政策 …) + the kind word, so that
 * 各地要制定本地区实施方案 (a task for others) stays out. Kinds of one family stand for one another.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { endsWithWord, MAKE_VERBS, SELF_KIND_FAMILIES, SELF_KIND_PREFIXES } from '../../core/vocabulary';
import { isHanCode, withoutTrailingGroups } from '../../core/chars';
import { normalizeForMatching } from '../../core/normalize';

const DOCS: RuleDocs = {
  title: { zh: '文中自称与标题文种一致', en: 'The text names itself by its title\'s kind' },
  explanation: {
    zh: '开头“特制定本……”“制定如下……”中的文种应与标题的文种一致。',
    en: 'The kind named in the opening (特制定本…, 制定如下…) matches the kind the title ends with.',
  },
  details: {
    zh: '开头“特制定本……”“制定如下……”中的文种应与标题的文种一致：标题为“若干政策意见”，开头却写“特制定如下政策实施细则”，一文两种名称。只读第一个标题之前的开头部分；标题以“通知”结尾（印发、转发其他文件）的不判断；“政策、措施、举措”之间、“方案、计划”之间视为一致。',
    en: 'The kind named in the opening (特制定本…, 制定如下…) matches the kind the title ends with: a title ending 若干政策意见 whose opening says 特制定如下政策实施细则 gives one text two names. Only the text before the first heading is read; a title ending with 通知 (it issues another document) is not judged; 政策, 措施 and 举措 count as one kind, and so do 方案 and 计划.',
  },
  good: ['关于加快产业发展的若干政策意见\n为推动高质量发展，特制定本意见。\n一、支持集群发展'],
  bad: ['关于加快产业发展的若干政策意见\n为推动高质量发展，特制定如下政策实施细则。\n一、支持集群发展'],
  source: { tier: 'practice', zh: '起草实务：文种名称前后一致', en: 'Drafting practice: one kind of document throughout' },
};

const MESSAGES: Messages = {
  'structure/self-name': {
    zh: '开头自称“{self}”，与标题的文种“{kind}”不一致',
    en: 'The opening names the text "{self}" while its title ends with the kind "{kind}"',
  },
};

function familyOf(word: string): number {
  return SELF_KIND_FAMILIES.findIndex((f) => f.includes(word));
}

const SELF_KIND_WORDS = SELF_KIND_FAMILIES.flat();

/** The kind word a string ends with, the longest first, and its family (or undefined). */
function endingKind(s: string): { word: string; family: number } | undefined {
  const word = endsWithWord(s, SELF_KIND_WORDS);
  return word ? { word, family: familyOf(word) } : undefined;
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'structure/self-name', category: 'structure', severity: 'warning', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.title || !doc.titleRange) return;
    // On the normalised title: 意見 in a traditional-script copy is 意见.
    const kind = endingKind(withoutTrailingGroups(normalizeForMatching(doc.title)));
    if (!kind) return;
    const n = doc.norm;
    const from = doc.titleRange.end;
    const first = doc.allHeadings.find((h) => h.lineRange.start >= from);
    const to = first ? first.lineRange.start : n.length;
    for (const verb of MAKE_VERBS) {
      for (let i = n.indexOf(verb, from); i >= 0 && i < to; i = n.indexOf(verb, i + verb.length)) {
        let j = i + verb.length;
        const det = ['本', '如下', '以下'].find((d) => n.startsWith(d, j));
        if (!det) continue;
        j += det.length;
        let k = j;
        while (k < to && k - j <= 8 && isHanCode(n.charCodeAt(k))) k++;
        const run = n.slice(j, k);
        const own = endingKind(run);
        if (!own || !SELF_KIND_PREFIXES.includes(run.slice(0, run.length - own.word.length))) continue;
        if (own.family === kind.family) return;
        ctx.report({ range: { start: j, end: k }, messageId: 'structure/self-name', args: { self: run, kind: kind.word } });
        return;
      }
    }
  },
};
export default rule;
