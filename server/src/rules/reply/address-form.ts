/**
 * reply/address-form — a reply speaks to its one addressee either as 您 or as 你, not both: 你提出的《…》
 * 收悉 … 感谢您对…的关心和支持 mixes them. 你们 (several addressees), 你方, 你省 / 你局 (an organisation) and
 * the template text 你(们) (text/placeholder's) are not the singular 你. Text inside 《》 and quotation
 * marks is not the reply's own voice and is skipped. The less used form is reported (你 on a tie, since
 * the reply formula is 您提出的…) with a fix to the other one. A reply to several deputies or members
 * (张三等3名代表：, 李某、王某委员：) calls them 你们: a singular 您 or 你 there is reported (information,
 * fix 你们) unless the reply writes 你们 or 您们 somewhere.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { inSpans, quotedSpans } from '../../core/tokens';
import type { PolicyDocument } from '../../core/model';
import { replyFeatures } from '../../core/structure';
import { isDigit } from '../../core/chars';
import { NOT_SINGLE_YOU_NEXT, UNIT_END_WORDS, skipBack, wordAt } from '../../core/vocabulary';

const CN_COUNT_DIGITS = '一二两三四五六七八九十';

const DOCS: RuleDocs = {
  title: { zh: '称“您”还是“你”前后一致', en: '您 or 你, one form throughout' },
  explanation: {
    zh: '答复对同一位代表或委员的称呼应前后一致：通篇用“您”（或通篇用“你”），不应开头称“你提出的……”、结尾又称“感谢您……”。',
    en: 'A reply addresses its one deputy or member the same way throughout: 您 (or 你) everywhere, not 你提出的… at the start and 感谢您… at the end.',
  },
  details: {
    zh: '答复对同一位代表或委员的称呼应前后一致：通篇用“您”（或通篇用“你”），不应开头称“你提出的……”、结尾又称“感谢您……”。\n\n“你们”（多位代表、委员）、“你方”、“你省”“你局”等称单位的说法以及模板残留“你(们)”（由“模板残留”规则报告）不算单数“你”；书名号和引号内的文字不检查。报告用得较少的一种（次数相同时报告“你”，因答复格式为“您提出的……”），并建议改为另一种。答复多位代表、委员（“张三等3名代表：”“李某、王某委员：”）时应称“你们”：文中没有“你们”“您们”而称“您”“你”的，作为提示报告，并建议改为“你们”。',
    en: 'A reply addresses its one deputy or member the same way throughout: 您 (or 你) everywhere, not 你提出的… at the start and 感谢您… at the end.\n\n你们 (several deputies or members), 你方, 你省 / 你局 (an organisation) and the template text 你(们) (reported as template residue) are not the singular 你; text inside 《》 and quotation marks is skipped. The less used form is reported (你 on a tie, as the reply formula is 您提出的…), with a fix to the other. A reply to several deputies or members (张三等3名代表：, 李某、王某委员：) calls them 你们: where it never writes 你们 or 您们, a 您 or 你 is reported as information, with a fix to 你们.',
  },
  good: ['关于市政协十三届二次会议第4070号提案答复的函\n项某某委员：\n您提出的《关于发展医疗人工智能产业的提案》（第4070号）收悉。现答复如下：\n……\n感谢您对我市医疗卫生工作的关心和支持。'],
  bad: ['对某市第九届人民代表大会第三次会议第31号建议的答复\n纪某某等3名代表：\n您提出的《关于老邢峰线改造的建议》收悉，现答复如下：\n……\n感谢您对我局工作的关心和支持！', '关于市政协十三届二次会议第4070号提案答复的函\n项某某委员：\n你提出的《关于发展医疗人工智能产业的提案》（第4070号）收悉。现答复如下：\n……\n感谢您对我市医疗卫生工作的关心和支持。'],
  fix: { zh: '改为文中用得较多的称呼。', en: 'Uses the form the reply uses more often.' },
  source: {
    tier: 'practice',
    zh: '建议提案答复惯例（“您提出的……收悉”“感谢您对……的关心和支持”，称呼前后一致）',
    en: 'Reply practice (您提出的……收悉, 感谢您对……的关心和支持; one form of address throughout)',
  },
};

const MESSAGES: Messages = {
  'reply/address-form': {
    zh: '本文称代表（委员）为“{other}”，此处又称“{word}”：称呼应前后一致',
    en: 'The reply calls its addressee "{other}" elsewhere and "{word}" here: use one form throughout',
  },
  'fix/address-form': { zh: '改为“{other}”', en: 'Use "{other}"' },
  'reply/address-form-plural': {
    zh: '答复对象为多位代表（委员），应称“你们”，不称“{word}”',
    en: 'The reply answers several deputies or members: call them 你们, not "{word}"',
  },
};

/** The 称谓 names several people: 张三等3名代表, 李某等代表, 李某、王某委员. */
function pluralAddressee(doc: PolicyDocument): boolean {
  const a = replyFeatures(doc).addressee;
  if (!a) return false;
  const n = doc.norm;
  let ls = a.range.start;
  while (ls > 0 && n[ls - 1] !== '\n') ls--;
  const names = n.slice(ls, a.range.start);
  if (names.includes('、')) return true;
  // …等, …等3名, …等三位 right before 代表/委员.
  const k = skipBack(names, names.length, (c) => c === '名' || c === '位' || isDigit(c) || CN_COUNT_DIGITS.includes(c));
  return names[k - 1] === '等';
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'reply/address-form', category: 'reply', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    if (doc.kind !== 'reply') return;
    const n = doc.norm;
    const quoted = quotedSpans(doc);
    const from = doc.titleRange ? doc.titleRange.end : 0;
    const ni: number[] = [], nin: number[] = [];
    for (let at = from; at < n.length; at++) {
      const ch = n[at];
      if (ch !== '你' && ch !== '您') continue;
      if (inSpans(quoted, at)) continue;
      if (ch === '您') { nin.push(at); continue; }
      if (wordAt(n, at + 1, NOT_SINGLE_YOU_NEXT) || wordAt(n, at + 1, UNIT_END_WORDS)) continue;
      ni.push(at);
    }
    // Several deputies or members (张三等3名代表：, 李某、王某委员：) are 你们, not 您.
    if (pluralAddressee(doc) && !n.includes('你们') && !n.includes('您们')) {
      for (const at of [...nin, ...ni].sort((a, b) => a - b)) {
        ctx.report({
          range: { start: at, end: at + 1 }, messageId: 'reply/address-form-plural', severity: 'information',
          args: { word: n[at] },
          fix: { titleId: 'fix/address-form', titleArgs: { other: '你们' }, edits: [{ start: at, end: at + 1, newText: '你们' }] },
        });
      }
      return;
    }
    if (!ni.length || !nin.length) return;
    const reportNi = ni.length <= nin.length;
    const word = reportNi ? '你' : '您', other = reportNi ? '您' : '你';
    for (const at of reportNi ? ni : nin) {
      ctx.report({
        range: { start: at, end: at + 1 },
        args: { word, other },
        fix: { titleId: 'fix/address-form', titleArgs: { other }, edits: [{ start: at, end: at + 1, newText: other }] },
      });
    }
  },
};
export default rule;
