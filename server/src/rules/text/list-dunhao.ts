/**
 * text/list-dunhao — items that each stand in quotation marks or title marks take no 顿号 between them
 * (GB/T 15834-2011 §4.5.3.5): “放管服”“双随机”, 《A》《B》, not “放管服”、“双随机” or 《A》、《B》 (RULES.md
 * CITE-LIST-DUNHAO). Where something stands between the marks — a bracketed number after a title,
 * 《A》（x号）、《B》 — the 顿号 is right, and the 、 is not right after a closing mark, so nothing is reported.
 * A hint (information under the final-review preset): the standard says 通常不用, and national documents often keep
 * the 顿号. The fix removes it.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';

/** A closing mark, 、, and the opening mark of the same kind: quotes (and traditional corner brackets), titles. */
const PAIRS = ['”、“', '’、‘', '」、「', '』、『', '》、《', '〉、〈'];

/** The longest item shown in the message (a cited title may be long). */
const ITEM_MAX = 40;

const DOCS: RuleDocs = {
  title: { zh: '并列的引号、书名号之间不用顿号', en: 'No 顿号 between quoted or titled items' },
  explanation: {
    zh: '标有引号的并列成分之间、标有书名号的并列成分之间通常不用顿号：“放管服”“双随机”，《A》《B》。',
    en: 'Items in a series that each stand in quotation marks or in title marks usually take no 顿号 between them: “放管服”“双随机”, 《A》《B》.',
  },
  details: {
    zh: '标有引号的并列成分之间、标有书名号的并列成分之间通常不用顿号：“放管服”“双随机”，《A》《B》。\n\n报告紧接在后引号或后书名号之后、前引号或前书名号之前的顿号（“A”、“B”，《A》、《B》）。若有其他成分插在并列的引号或书名号之间（书名号后有括注的发文字号：《A》（国发〔2018〕1号）、《B》），宜用顿号，不报告。标准用语为“通常不用”，国家层面的文件也常保留顿号，因此只作为最轻的提示（编辑器中淡色显示，不进入“问题”面板）；“终审”预设（final-review）将其提升为信息。',
    en: 'Items in a series that each stand in quotation marks or in title marks usually take no 顿号 between them.\n\nReports a 顿号 right after a closing quotation or title mark and right before the next opening one (“A”、“B”, 《A》、《B》). Where something else stands between the marks — a bracketed document number after a title, 《A》（国发〔2018〕1号）、《B》 — the 顿号 is right and not reported. The standard says "usually", and national documents often keep the 顿号, so this is a hint (shown faintly in the editor, not in the Problems panel); the final-review preset raises it to information.',
  },
  good: ['深入开展“大国工匠进校园”“劳模进校园”等活动', '《A办法》（国发〔2018〕1号）、《B办法》（国发〔2018〕2号）'],
  bad: ['深入开展“大国工匠进校园”、“劳模进校园”等活动', '落实《A办法》、《B办法》'],
  fix: { zh: '删去顿号。', en: 'Removes the 顿号.' },
  source: { tier: 'standard', zh: 'GB/T 15834-2011 第4.5.3.5条', en: 'GB/T 15834-2011 §4.5.3.5' },
};

const MESSAGES: Messages = {
  'text/list-dunhao': {
    zh: '并列的{marks}之间通常不用顿号：{text}',
    en: 'Items in {marksEn} in a series usually take no 顿号 between them: {text}',
  },
  'fix/list-dunhao': { zh: '删去顿号', en: 'Remove the 顿号' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'text/list-dunhao', category: 'text', severity: 'hint', fixable: true },
  check(ctx) {
    const { text } = ctx.doc;
    for (const pair of PAIRS) {
      const titles = pair[0] === '》' || pair[0] === '〉';
      for (let i = text.indexOf(pair); i >= 0; i = text.indexOf(pair, i + 1)) {
        // The two items as written (“大国工匠进校园”、“劳模进校园”), each cut at ITEM_MAX characters.
        const open = text.lastIndexOf(pair[2], i), close = text.indexOf(pair[0], i + 3);
        const from = open >= 0 && i - open <= ITEM_MAX ? open : i;
        const to = close >= 0 && close - i <= ITEM_MAX ? close + 1 : i + 3;
        ctx.report({
          range: { start: i, end: i + 3 },
          args: { text: text.slice(from, to), marks: titles ? '书名号' : '引号', marksEn: titles ? 'title marks' : 'quotation marks' },
          fix: { titleId: 'fix/list-dunhao', edits: [{ start: i + 1, end: i + 2, newText: '' }] },
        });
      }
    }
  },
};
export default rule;
