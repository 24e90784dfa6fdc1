/**
 * structure/heading-level — levels skipped where sibling sections use them (一、 then 1. with no
 * （一） while other 一、 sections use （一）), one separator style per document ("1、" beside "1."), and
 * 第X条 set off from its text the way the document's other articles are (第十二条实行… among 第X条 …).
 * Items numbered once through the whole document (1.–45. across every section, corpus 021) are a
 * list of their own, like 第X条, and skip no level.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { Heading } from '../../core/model';
import { removeChars } from '../../core/chars';

const DOCS: RuleDocs = {
  title: { zh: '标题层级规范', en: 'Heading levels' },
  explanation: {
    zh: '结构层次序数依次为“一、”“（一）”“1.”“（1）”；同级部分使用了“（一）”时，其他部分不应跳过该层直接用“1.”；“1、”与“1.”不应混用。',
    en: 'Levels run 一、 / （一） / 1. / （1）; do not skip a level that sibling sections use, and do not mix "1、" with "1.".',
  },
  details: {
    zh: '结构层次序数依次为“一、”“（一）”“1.”“（1）”；同级部分使用了“（一）”时，其他部分不应跳过该层直接用“1.”；“1、”与“1.”不应混用。\n\n某个一级标题下直接使用“1.”，而其他一级标题下使用了“（一）”时报告（提示级：GB/T 9704 写的是层次序数“依次可以用”）；同一文件中“1.”与“1、”混用时报告（警告）。在部分内编号的“第X条”不算跳级；全文连续编号、各部分不重新起编的条目（“1.”至“45.”贯穿一至五部分）自成序列，也不算跳级。本文多数“第X条”与条文之间空开时，紧接条文的“第X条”也报告（警告）。',
    en: 'Levels run 一、 / （一） / 1. / （1）; do not skip a level that sibling sections use, and do not mix "1、" with "1.".\n\nReports a section that goes straight to 1. where sibling sections use （一） (information: GB/T 9704 says the levels \'can be used in turn\'), and 1、 mixed with 1. in one document (warning). 第X条 numbered inside sections is not a skipped level, nor are items numbered once through the whole document without restarting (1. to 45. across every section). Where most articles set 第X条 off from its text by a space, one that runs into its text is reported too (warning).',
  },
  good: ['一、总体要求\n（一）指导思想\n1.坚持创新驱动'],
  bad: ['一、总体要求\n（一）指导思想\n二、重点任务\n1.培育企业', '一、重点任务\n1.培育企业\n2、建设平台', '第一条　为加强学校出入管理，制定本办法。\n第二条　坚持依法依规的原则。\n第三条　学校须严格控制出入口数量。\n第四条实行分批、错峰开学。'],
  fix: {
    zh: '分隔符不一致时改为本文主要使用的分隔符；跳级只提示，不自动修改。',
    en: 'for a mixed separator, uses the document\'s dominant one; a skipped level is only reported.',
  },
  source: {
    tier: 'standard',
    zh: 'GB/T 9704-2012 第7.3.3条（第一层为“一、”，第二层为“（一）”，第三层为“1.”，第四层为“（1）”）',
    en: 'GB/T 9704-2012 §7.3.3 (一、 （一） 1. （1）)',
  },
};

const MESSAGES: Messages = {
  'structure/heading-level': { zh: '标题层级不规范', en: 'Heading levels are irregular' },
  'structure/heading-level-skip': {
    zh: '标题层级跳级：“{marker}”直接位于上一级标题之下，而其他同级部分使用了中间一级',
    en: 'Heading "{marker}" skips a level that sibling sections use',
  },
  'structure/heading-level-separator': {
    zh: '序号“{marker}”的分隔符与本文其他标题（“{dominant}”）不一致',
    en: 'The separator in "{marker}" differs from the document\'s other headings ("{dominant}")',
  },
  'structure/heading-level-article-space': {
    zh: '“{marker}”与条文之间没有空格，本文其他条（如“{other}”）都空开',
    en: '"{marker}" runs into its text, while the document\'s other articles (e.g. "{other}") are set off by a space',
  },
  'fix/separator': { zh: '改为“{dominant}”', en: 'Use "{dominant}"' },
  'fix/article-space': { zh: '在条号后加空格', en: 'Add the space after the article number' },
};

/**
 * Whether the headings of a style are numbered 1, 2, 3 … once through the whole document, under two
 * or more parents: a document-wide list of items (1.–45. across 一、 to 五、), whose level is not
 * relative to the sections it runs through.
 */
function runsThrough(headings: readonly Heading[], style: string): boolean {
  let n = 0, firstParent: Heading | undefined, parents = 1;
  for (const h of headings) {
    if (h.style !== style) continue;
    if (h.number !== ++n) return false;
    if (n === 1) firstParent = h.parent;
    else if (h.parent !== firstParent) parents = 2;
  }
  return parents > 1;
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'structure/heading-level', category: 'structure', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    // Skipped level: a parent whose children jump two ranks while a sibling parent uses the middle rank.
    const byStyle = new Map<string, Heading[]>();
    for (const h of doc.allHeadings) {
      if (!h.children.length) continue;
      const list = byStyle.get(h.style) ?? [];
      list.push(h);
      byStyle.set(h.style, list);
    }
    const throughStyles = new Map<string, boolean>();
    const through = (style: string): boolean => {
      let t = throughStyles.get(style);
      if (t === undefined) throughStyles.set(style, t = runsThrough(doc.allHeadings, style));
      return t;
    };
    for (const parents of byStyle.values()) {
      const childRanks = new Set(parents.map((p) => p.children[0].rank));
      if (childRanks.size < 2) continue;
      const usual = Math.min(...childRanks);
      for (const p of parents) {
        const c = p.children[0];
        // 第X条 numbered inside sections are a numbering of their own, not a skipped level; so are
        // items numbered 1.–45. through the whole document without restarting (corpus 021).
        if (c.rank > usual && c.style !== 'article' && !through(c.style)) {
          // GB/T 9704 lists the levels "依次可以用": skipping is advisory, hence information.
          ctx.report({ range: c.markerRange, severity: 'information', messageId: 'structure/heading-level-skip', args: { marker: doc.text.slice(c.markerRange.start, c.markerRange.end) } });
        }
      }
    }
    // 第X条 and its text: set off by white space in most articles, so one without is a slip (more/061).
    const articles = doc.allHeadings.filter((h) => h.style === 'article');
    // The white space between the number and the text (Markdown's closing ** of **第X条** aside).
    const gap = (h: Heading) => removeChars(doc.text.slice(h.markerRange.end, h.titleRange.start), '*_');
    const spaced = articles.filter((h) => gap(h).length > 0);
    if (spaced.length >= 2 && spaced.length > 2 * (articles.length - spaced.length)) {
      const other = spaced[0];
      const space = gap(other);
      for (const h of articles) {
        if (gap(h).length > 0 || h.titleRange.start >= h.lineRange.end) continue;
        ctx.report({
          range: h.markerRange, messageId: 'structure/heading-level-article-space',
          args: { marker: doc.text.slice(h.markerRange.start, h.markerRange.end), other: doc.text.slice(other.markerRange.start, other.markerRange.end) },
          fix: { titleId: 'fix/article-space', edits: [{ start: h.titleRange.start, end: h.titleRange.start, newText: space }] },
        });
      }
    }
    // Separators of arabic headings: one style per document.
    const arabic = doc.allHeadings.filter((h) => h.style === 'arabic');
    const counts = new Map<string, number>();
    for (const h of arabic) counts.set(h.separator, (counts.get(h.separator) ?? 0) + 1);
    if (counts.size > 1) {
      const dominant = [...counts].sort((a, b) => b[1] - a[1])[0][0];
      for (const h of arabic) {
        if (h.separator === dominant) continue;
        const sepAt = h.markerRange.end - 1;
        ctx.report({
          range: h.markerRange,
          messageId: 'structure/heading-level-separator',
          args: { marker: doc.text.slice(h.markerRange.start, h.markerRange.end), dominant },
          fix: { titleId: 'fix/separator', titleArgs: { dominant }, edits: [{ start: sepAt, end: sepAt + 1, newText: dominant }] },
        });
      }
    }
  },
};
export default rule;
