/**
 * citation/short-name — a short title is defined once, as （以下简称《决定》）, and then used that way:
 * flags a short name used before its definition, one defined twice differently or without 《》 beside
 * others with 《》, and a bare 《行动计划》-style short name (《分工方案》: a document word and at most two characters) never defined.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { charIn, DOCUMENT_TITLE_ENDINGS, endsWithWord, skipBack } from '../../core/vocabulary';
import { lastBeforeBlanks, trimBlanksEnd } from '../_chars';
import { indexOfAny } from '../../core/chars';

// On doc.norm: ，；） are already , ; ).
const DEF = /以下简称[:：]?[ \t]*(《[^《》\n]{1,20}》|“[^“”\n]{1,20}”|[^,。;、)\n]{1,12})/g;
const GENERIC_SHORT = new Set(['决定', '意见', '办法', '通知', '方案', '计划', '行动计划', '规划', '细则', '措施', '若干措施', '实施方案', '指导意见', '纲要']);
/**
 * A short name by its length: a document word with at most two characters before it (《分工方案》, 《实施细则》,
 * 《任务清单》) names no document in full — a full title names its issuer or its subject.
 */
function genericShort(title: string): boolean {
  return GENERIC_SHORT.has(title) || (title.length <= 4 && endsWithWord(title, DOCUMENT_TITLE_ENDINGS) !== '');
}

/** Words that end a document's name (原办法, 新规划 …). */
const DOC_WORDS = ['办法', '决定', '意见', '通知', '方案', '计划', '规划', '条例', '细则', '措施', '规定', '纲要', '政策', '通报', '批复'];
/** The definition follows a 《title》 (《X》(以下简称原办法)) or its number bracket, or the name is a document's. */
function namesDocument(norm: string, d: { name: string; at: number }): boolean {
  if (endsWithWord(d.name, DOC_WORDS)) return true;
  // 》, blanks, "(", at most thirty characters without brackets or 》, 以下简称, a colon, blanks.
  let t = trimBlanksEnd(norm.slice(Math.max(0, d.at - 40), d.at));
  if (charIn(t[t.length - 1], ':：')) t = t.slice(0, -1);
  if (!t.endsWith('以下简称')) return false;
  const p = t.length - 4;
  const open = skipBack(t, p, (c) => !charIn(c, '()》'), Math.max(0, p - 30)) - 1;
  return t[open] === '(' && lastBeforeBlanks(t.slice(0, open)) === '》';
}

const DOCS: RuleDocs = {
  title: { zh: '简称先定义后使用', en: 'Short names defined before use' },
  explanation: {
    zh: '简称在首次引用全称时定义为“（以下简称《决定》）”，此后统一使用；不能先用后定义、重复定义或时而加书名号时而不加。术语的简称（以下简称保障对象）不加书名号。',
    en: 'Define a short name once, at the first full citation, as （以下简称《决定》）, then use it the same way. A term\'s short name (以下简称保障对象) takes no 《》.',
  },
  details: {
    zh: '简称在首次引用全称时定义为“（以下简称《决定》）”，此后统一使用；不能先用后定义、重复定义或时而加书名号时而不加。\n\n检查“以下简称”的定义：未加书名号（与其他简称不一致）、重复定义、定义前使用，以及《行动计划》《办法》之类未定义的通用简称（文件名用词前至多两个字的，如《分工方案》《实施细则》，不是完整的文件名）。\n\n“未加书名号”只针对文件的简称（紧跟在《标题》或其文号之后定义，或以办法、决定、意见、方案等结尾）；“住房保障对象（以下简称保障对象）”这类术语的简称不加书名号是正确的。',
    en: 'Define a short name once, at the first full citation, as （以下简称《决定》）, then use it the same way.\n\nChecks 以下简称 definitions: without 《》 beside others with them, defined twice, used before definition, and generic short names never defined (a document word with at most two characters before it, 《分工方案》 or 《实施细则》, is no full title). Only a document\'s short name needs 《》 (defined right after a 《title》 or its number, or ending in 办法/决定/意见/方案 …); a term\'s short name (住房保障对象（以下简称保障对象）) takes none.\n\n- ✔ （国发〔2004〕20号，以下简称《决定》） \n- ✘ (以下简称原办法) next to (以下简称《办法》)',
  },
  good: ['《国务院关于投资体制改革的决定》（国发〔2004〕20号，以下简称《决定》）', '对住房保障对象（以下简称保障对象）实行动态管理。'],
  bad: ['修订后的《银川市城市住房保障管理办法》（以下简称原办法）于2013年公布实施。\n现对《银川市城市住房保障管理办法》（以下简称《办法》）进行修订。', '现将《行动计划》印发给你们，请认真贯彻执行。'],
  fix: { zh: '无。', en: 'none.' },
  source: {
    tier: 'practice',
    zh: '起草实务：简称先定义、后使用，全文一致',
    en: 'Drafting practice: a short name is defined before use and used consistently',
  },
};

const MESSAGES: Messages = {
  'citation/short-name': { zh: '简称使用不规范', en: 'Irregular short name' },
  'citation/short-name-marks': {
    zh: '简称“{name}”未加书名号，与本文其他简称（《……》）不一致',
    en: 'The short name "{name}" lacks 《》, unlike the document\'s other short names',
  },
  'citation/short-name-twice': { zh: '简称“{name}”定义了两次', en: 'The short name "{name}" is defined twice' },
  'citation/short-name-before': { zh: '简称《{name}》在定义（以下简称）之前就使用了', en: 'The short name 《{name}》 is used before it is defined' },
  'citation/short-name-undefined': {
    zh: '简称《{name}》没有定义：首次引用时应写全称并注明“（以下简称《{name}》）”',
    en: 'The short name 《{name}》 is never defined: cite the full title first with （以下简称《{name}》）',
  },
};

/**
 * The 《X》 ending at `end` is part of the name the definition at `defAt` shortens: 国务院关于印发《X》的通知
 * (国发〔2015〕28号)(以下简称《X》) — between them only the notice's tail, its number and the bracket (no
 * clause mark, no other title, a short stretch).
 */
function namesDefined(n: string, end: number, defAt: number): boolean {
  return defAt - end <= 40 && indexOfAny(n, '。；;，,、《', end, defAt) < 0;
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'citation/short-name', category: 'citation', severity: 'warning', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    const n = doc.norm;
    const defs: { name: string; marked: boolean; at: number; end: number }[] = [];
    DEF.lastIndex = 0;
    for (let m = DEF.exec(n); m; m = DEF.exec(n)) {
      const raw = m[1].trim();
      const marked = raw.startsWith('《');
      const name = raw.slice(charIn(raw[0], '《“') ? 1 : 0, charIn(raw[raw.length - 1], '》”') ? raw.length - 1 : raw.length);
      defs.push({ name, marked, at: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    }
    // Defined without 《》 beside definitions with 《》 (corpus 036: 以下简称原办法 / 以下简称《办法》).
    // Only a short name for a document counts: 保障对象（以下简称对象） names a term, not a title.
    if (defs.some((d) => d.marked)) {
      for (const d of defs) if (!d.marked && !charIn(d.name[0], '本该') && namesDocument(n, d)) ctx.report({ range: { start: d.at, end: d.end }, messageId: 'citation/short-name-marks', args: { name: d.name } });
    }
    // One name, two definitions.
    const seen = new Map<string, number>();
    for (const d of defs) {
      if (seen.has(d.name)) ctx.report({ range: { start: d.at, end: d.end }, messageId: 'citation/short-name-twice', args: { name: d.name } });
      else seen.set(d.name, d.at);
    }
    // Short 《X》 used before its definition, or never defined. The first definition in 《》 of each name,
    // found once (a search of every definition for every citation grew with the square of the text).
    const markedDef = new Map<string, (typeof defs)[number]>();
    for (const d of defs) if (d.marked && !markedDef.has(d.name)) markedDef.set(d.name, d);
    for (const c of doc.citations) {
      if (!c.titleRange || !c.title || c.docNumber) continue;
      const def = markedDef.get(c.title);
      if (def) {
        if (c.titleRange.start < def.at && !(c.titleRange.start >= def.at - 1 && c.titleRange.end <= def.end) && !namesDefined(n, c.titleRange.end, def.at)) {
          ctx.report({ range: c.titleRange, messageId: 'citation/short-name-before', args: { name: c.title } });
        }
      } else if (genericShort(c.title)) {
        ctx.report({ range: c.titleRange, messageId: 'citation/short-name-undefined', args: { name: c.title } });
      }
    }
  },
};
export default rule;
