/**
 * number/liang — 两, not 二, as a count before a measure word: 每二年考核一次 is 每两年 (or 每2年). A 二
 * is a count here when a count word comes before it (每, 连续, 满, 近, 超过 …) and a measure word after
 * it (年, 个, 次, 名 …). Ranks and dates (二级, 二类, 二月, 二日), ordinals (第二年), sessions
 * (二次会议 after 人大/届), compounds (二次开发) and numerals (十二年) are left alone, and so is a 二
 * that number/same-form already asks to write in Arabic digits (the document counts that kind in
 * digits elsewhere). In a text of articles (第十七条 …) the finding is information: legislative drafting
 * writes 二年, 二人以上 as the laws do. The fix writes 两.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { arabicKinds, cnCounts, inSpans, quotedSpans } from '../../core/tokens';
import { toDocumentScript } from '../../core/normalize';
import { LIANG_COUNT_BEFORE, LIANG_MEASURES, wordAt, wordBefore } from '../../core/vocabulary';

const DOCS: RuleDocs = {
  title: { zh: '量词前用“两”不用“二”', en: '两, not 二, before a measure word' },
  explanation: {
    zh: '在量词前表示数量用“两”，不用“二”：“每两年”“连续两年”“满两年”，不写“每二年”。也可按全文数字形式写作阿拉伯数字“每2年”。',
    en: 'A count before a measure word is 两, not 二: 每两年, 连续两年, 满两年, not 每二年. Writing it in Arabic digits (每2年) is right too, where the document counts in digits.',
  },
  details: {
    zh: '在量词前表示数量用“两”，不用“二”：“每两年”“连续两年”“满两年”，不写“每二年”。也可按全文数字形式写作阿拉伯数字“每2年”。\n\n“二”前是“每”“连续”“满”“近”“超过”等计数词、后是“年”“个”“次”“名”等量词时报告。等级和日期（二级、二类、二月、二日）、序数（第二年）、届次（人大二次会议）、固定词语（二次开发）和多位数（十二年）不报告；全文已用阿拉伯数字计同类数量时，由“同类别同形式”规则报告（改为“2”），本规则不再重复。按“第X条”分条的文件沿用立法文字习惯（法律中写“二年”“二人以上”），作为提示报告。',
    en: 'A count before a measure word is 两, not 二: 每两年, 连续两年, 满两年, not 每二年. Writing it in Arabic digits (每2年) is right too, where the document counts in digits.\n\nReported where a count word (每, 连续, 满, 近, 超过 …) comes before 二 and a measure word (年, 个, 次, 名 …) after it. Ranks and dates (二级, 二类, 二月, 二日), ordinals (第二年), sessions (人大二次会议), fixed words (二次开发) and multi-digit numerals (十二年) are not reported; where the document counts the same kind in Arabic digits, number/same-form reports it (write 2) and this rule stays quiet. In a text of articles (第X条) the finding is information: legislative drafting writes 二年, 二人以上 as the laws do.',
  },
  good: ['每两年考核一次。', '业务中心每2年考核一次，连续2年考核优秀的给予表彰。', '市十五届人大二次会议', '加强二次污染防治。', '第二年起减半征收。'],
  bad: ['业务中心实行定期考核和评估制度。每二年考核一次。', '经营满二个月的，给予补贴。'],
  fix: { zh: '改为“两”。', en: 'Writes 两.' },
  source: {
    tier: 'practice',
    zh: '现代汉语规范用法：量词前表示数量用“两”（两年、两个）；GB/T 15835-2011 第4.1.1条（计量也可用阿拉伯数字）',
    en: 'Standard Chinese usage: a count before a measure word is 两 (两年, 两个); GB/T 15835-2011 §4.1.1 (counts may be written in Arabic digits)',
  },
};

const MESSAGES: Messages = {
  'number/liang': {
    zh: '量词前表示数量用“两”：“{text}”应写作“{fixed}”',
    en: 'A count before a measure word is 两: write "{text}" as "{fixed}"',
  },
  'fix/liang': { zh: '改为“{fixed}”', en: 'Write "{fixed}"' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'number/liang', category: 'number', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const { norm } = doc;
    let quoted: ReturnType<typeof quotedSpans> | undefined;
    let sameForm: Set<number> | undefined;
    let legal: boolean | undefined;
    for (let i = norm.indexOf('二'); i >= 0; i = norm.indexOf('二', i + 1)) {
      const before = wordBefore(norm, i, LIANG_COUNT_BEFORE);
      if (!before) continue;
      const measure = wordAt(norm, i + 1, LIANG_MEASURES);
      if (!measure) continue;
      const end = i + 1 + measure.length;
      if (norm[end] === '级') continue;                                  // 二年级: a school year
      quoted ??= quotedSpans(doc);
      if (inSpans(quoted, i)) continue;
      if (!sameForm) {
        const kinds = arabicKinds(doc);
        sameForm = new Set(cnCounts(doc).filter((c) => kinds.has(c.key)).map((c) => c.range.start));
      }
      if (sameForm.has(i)) continue;
      // Articles (第十七条 …) follow legislative drafting, where laws write 二年, 二人以上: a reviewer may accept it.
      legal ??= doc.allHeadings.some((h) => h.style === 'article');
      const liang = toDocumentScript('两', doc.traditional);
      const text = doc.text.slice(i - before.length, end);
      ctx.report({
        range: { start: i, end: i + 1 },
        severity: legal ? 'information' : undefined,
        args: { text, fixed: text.slice(0, before.length) + liang + text.slice(before.length + 1) },
        fix: { titleId: 'fix/liang', titleArgs: { fixed: liang }, edits: [{ start: i, end: i + 1, newText: liang }] },
      });
    }
  },
};
export default rule;
