/**
 * text/confusable — confusable words (布署→部署, 截止2023年底→截至, 做出决定→作出 …), driven by the
 * table in confusables.data.ts: each entry matches the wrong form only in a context where it is
 * unambiguous, says why, and carries its own severity (information where usage is only
 * recommended). Names inside 《》 are the cited document's own and are left alone. A document in
 * traditional script is matched on its simplified twin (`norm`), only where every character of the
 * wrong form has one traditional form; the fix is written in the document's script.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { Span } from '../../core/model';
import { CONFUSABLES, type Confusable, type ConfusableContext } from './confusables.data';
import { wordBefore } from '../../core/vocabulary';
import { oneTraditionalForm, oneTraditionalWriting, toDocumentScript, traditionalAround } from '../../core/normalize';
import { isDigit } from '../../core/chars';

/** Does the table word `w` ('#' an Arabic digit, '$' the end of the text) start at `at`? */
function wordMatches(s: string, at: number, w: string): boolean {
  if (w === '$') return at === s.length;
  if (at + w.length > s.length) return false;
  for (let k = 0; k < w.length; k++) if (w[k] === '#' ? !isDigit(s[at + k]) : s[at + k] !== w[k]) return false;
  return true;
}

/** Do the word lists `slots[i…]` follow in order from `at` (a list holding '' may be left out)? */
function followsAt(s: string, at: number, slots: readonly (readonly string[])[], i: number): boolean {
  if (i === slots.length) return true;
  for (const w of slots[i]) if (wordMatches(s, at, w) && followsAt(s, at + (w === '$' ? 0 : w.length), slots, i + 1)) return true;
  return false;
}

function holds(x: ConfusableContext, s: string, start: number, end: number): boolean {
  if (x.before && !wordBefore(s, start, x.before)) return false;
  if (x.notBefore && wordBefore(s, start, x.notBefore)) return false;
  if (!x.after) return true;
  const max = x.gap?.max ?? 0;
  for (let k = 0; k <= max; k++) {
    if (k > 0 && (end + k > s.length || x.gap!.stops.includes(s[end + k - 1]))) break;
    if (followsAt(s, end + k, x.after, 0)) return true;
  }
  return false;
}

/** Where the wrong form of the entry stands in a context that makes it wrong, in order. */
export function confusableHits(c: Confusable, s: string): Span[] {
  return hitsOf(tableIndex([c]), s)[0];
}

/** Does the wrong form of `c` at `i` (ending at `end`) stand in a context that makes it wrong? */
function isHit(c: Confusable, s: string, i: number, end: number): boolean {
  return !c.contexts || c.contexts.some((x) => holds(x, s, i, end));
}

/** A table of entries with, by first code unit, the entries whose wrong form starts with it. */
interface TableIndex { table: readonly Confusable[]; byFirst: Map<number, number[]>; first: Uint8Array }

function tableIndex(table: readonly Confusable[]): TableIndex {
  const byFirst = new Map<number, number[]>();
  table.forEach((c, k) => {
    const list = byFirst.get(c.wrong.charCodeAt(0));
    if (list) list.push(k); else byFirst.set(c.wrong.charCodeAt(0), [k]);
  });
  const first = new Uint8Array(0x10000);
  for (const code of byFirst.keys()) first[code] = 1;
  return { table, byFirst, first };
}

/** The table of the rule, indexed once. */
const CONFUSABLE_INDEX = tableIndex(CONFUSABLES);

/**
 * The hits of each entry of `table` (confusableHits), one list per entry, in one pass over the text:
 * only where a character starts a wrong form of the table are the entries starting with it tried.
 * Each entry's hits do not overlap (after a hit, the entry is next tried at its end).
 */
function hitsOf({ table, byFirst, first }: TableIndex, s: string): Span[][] {
  const out: Span[][] = table.map(() => []);
  const next = new Int32Array(table.length);
  for (let i = 0; i < s.length; i++) {
    if (!first[s.charCodeAt(i)]) continue;
    const starting = byFirst.get(s.charCodeAt(i))!;
    for (let j = 0; j < starting.length; j++) {
      const k = starting[j];
      const c = table[k];
      if (i < next[k] || !s.startsWith(c.wrong, i)) continue;
      const end = i + c.wrong.length;
      if (!isHit(c, s, i, end)) continue;
      out[k].push({ start: i, end });
      next[k] = end;
    }
  }
  return out;
}

const DOCS: RuleDocs = {
  title: { zh: '易混用词', en: 'Confusable words' },
  explanation: {
    zh: '按易混用词表检查：部署/布署、截至/截止、作出/做出、做好/作好、账/帐、启用/起用、必须/必需等；只在上下文能确定用错时报告，用法仅属推荐的（制定/制订、施行/实行、其他/其它、品位/品味）为提示。',
    en: 'Checks a table of confusable words (部署/布署, 截至/截止, 作出/做出, 账/帐, 启用/起用, 必须/必需 …); only where the context makes the wrong one unambiguous; recommended usages are information.',
  },
  details: {
    zh: '按易混用词表检查：部署/布署、截至/截止、作出/做出、做好/作好、账/帐、启用/起用、必须/必需等；只在上下文能确定用错时报告，用法仅属推荐的（制定/制订、施行/实行、其他/其它、品位/品味）为提示。\n\n每条词对写明正误、判断用的上下文和理由，消息中给出理由。书名号《》内是所引文件的原名，不检查。繁体文本按对应的简体检查：误用词中有字由几个繁体字之一转成时不报告（“佈署”的“佈”与“布”、“乾”“幹”与“干”），修改按繁体写回。',
    en: 'Checks a table of confusable words; only where the context makes the wrong one unambiguous; recommended usages are information.\n\nEach pair states the right and wrong forms, the context and the reason, which the message quotes. Names inside 《》 are the cited document\'s own and are not checked. A text in traditional script is checked on its simplified reading, except where a character of the wrong form is one of several traditional characters of its simplified form (佈 and 布 both read 布, 乾 and 幹 both read 干); the fix is written in traditional script.',
  },
  good: ['截至2023年底，全市共有企业1000家。', '申报于2024年5月1日截止。', '对全年工作作出部署。', '生活必需品', '做出样品'],
  bad: ['对全年工作进行布署。', '截止2023年底，全市共有企业1000家。', '市政府做出重要决定。', '建立工作台帐。', '必需坚持问题导向。'],
  fix: { zh: '改为正确的词（只替换该词，不改变意思）。', en: 'Replaces the word with the right one (the meaning is unchanged).' },
  source: {
    tier: 'practice',
    zh: '《现代汉语词典》（第7版）、《简化字总表》；起草实务：公文常见易混用词',
    en: 'Xiandai Hanyu Cidian (7th ed.), the 1986 simplified-character table; drafting practice: common confusable words',
  },
};

const MESSAGES: Messages = {
  'text/confusable': { zh: '“{wrong}”应为“{right}”：{reason}', en: '"{wrong}" should be "{right}": {reason}' },
  'fix/confusable': { zh: '改为“{right}”', en: 'Change to "{right}"' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'text/confusable', category: 'text', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const titles = doc.citations.flatMap((c) => (c.titleRange ? [c.titleRange] : []));
    const inTitle = (at: number) => titles.some((t) => t.start < at && at < t.end);
    const hits = hitsOf(CONFUSABLE_INDEX, doc.norm);
    for (let k = 0; k < CONFUSABLES.length; k++) {
      const c = CONFUSABLES[k];
      for (const { start, end } of hits[k]) {
        if (inTitle(start)) continue;
        // A traditional-script text is read on its simplified twin: only where each character of the
        // wrong form reads as the same character (not 乾 or 幹 read as 干), and the fix is written in
        // the text's script where the right form converts back one to one.
        // The script is the one written around the word (a simplified index quoting traditional names is simplified).
        const traditional = doc.traditional && traditionalAround(doc.text, start, end);
        if (traditional && !oneTraditionalForm(doc.text, doc.norm, start, end)) continue;
        const wrong = doc.text.slice(start, end);
        const simplified = c.right ?? c.pair.split('/')[0];
        const right = toDocumentScript(simplified, traditional);
        const fixable = !!c.right && (!traditional || oneTraditionalWriting(c.right));
        ctx.report({
          range: { start, end },
          args: { wrong, right, reason: c.reason },
          severity: c.severity,
          fix: fixable ? { titleId: 'fix/confusable', titleArgs: { right }, edits: [{ start, end, newText: right }] } : undefined,
        });
      }
    }
  },
};
export default rule;
