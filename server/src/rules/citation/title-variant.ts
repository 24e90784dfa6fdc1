/**
 * citation/title-variant — one cited title written with characters dropped from its middle:
 * 《清远市人规章项目库管理办法》 where the text names 《清远市人民政府规章项目库管理办法》 twice. A title
 * that occurs once and equals a title occurring at least twice with one run of 1–4 characters left out
 * (at least two characters kept on each side) is reported. Titles quoted inside a title (〈…〉, or
 * <…> in a web copy) are compared as well. A title shortened at its start or end
 * (《安全生产法》, 《…办法》 without its （征求意见稿）) is a short form, not a slip, and is not compared.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { Span } from '../../core/model';
import { toDocumentScript } from '../../core/normalize';

const DOCS: RuleDocs = {
  title: { zh: '同一文件名写法一致', en: 'One title written one way' },
  explanation: {
    zh: '同一文件的名称在文中应写法一致；一处漏字（“《清远市人规章项目库管理办法》”，他处为“《清远市人民政府规章项目库管理办法》”）应补全。',
    en: 'A title is written the same way throughout; a copy with characters missing (《清远市人规章项目库管理办法》 beside 《清远市人民政府规章项目库管理办法》) is completed.',
  },
  details: {
    zh: '同一文件的名称在文中应写法一致；一处漏字（“《清远市人规章项目库管理办法》”，他处为“《清远市人民政府规章项目库管理办法》”）应补全。\n\n书名号内的名称只出现一次，而去掉中间连续1至4个字后与另一个出现至少两次的名称相同（两端各至少保留两个字）时报告；书名号内引用的文件名（〈……〉，网页转载中的<……>）也参加比较。开头或结尾省略的（“《安全生产法》”、不带“（征求意见稿）”）是简称习惯，不比较。',
    en: 'A title is written the same way throughout; a copy with characters missing (《清远市人规章项目库管理办法》 beside 《清远市人民政府规章项目库管理办法》) is completed.\n\nA title in 《》 that occurs once and equals a title occurring at least twice with one run of 1 to 4 characters left out of its middle (two or more kept on each side) is reported; titles quoted inside a title (〈…〉, or <…> in a web copy) are compared too. Titles shortened at the start or the end (《安全生产法》, without （征求意见稿）) are short forms and are not compared.',
  },
  good: ['我局草拟了《清远市人民政府规章项目库管理办法》（征求意见稿）。\n《清远市人民政府规章项目库管理办法》（征求意见稿）征求意见情况说明'],
  bad: ['我局草拟了《清远市人民政府规章项目库管理办法》（征求意见稿）。\n《清远市人民政府规章项目库管理办法》（征求意见稿）征求意见情况说明\n《清远市人规章项目库管理办法》（征求意见稿）公开征求意见。'],
  fix: { zh: '改为本文其他处的写法。', en: 'Uses the form written elsewhere.' },
  source: { tier: 'practice', zh: '起草实务：引用文件名称准确、全文一致', en: 'Drafting practice: titles cited exactly and alike' },
};

const MESSAGES: Messages = {
  'citation/title-variant': {
    zh: '《{name}》与本文其他处的《{other}》不一致，疑漏“{gap}”',
    en: '《{name}》 differs from 《{other}》 elsewhere in the text; "{gap}" seems to be missing',
  },
  'fix/title-variant': { zh: '改为《{other}》', en: 'Use 《{other}》' },
};

/** Characters that may be left out of one place (民政府 in 人民政府). */
const GAP_MAX = 4;
/** Characters kept on either side of the gap. */
const KEEP = 2;
/** Candidates compared per title (bounded work on a text of many like titles). */
const CANDIDATES_MAX = 20;

/** Spans inside 〈…〉 or <…> (one level) between start and end: titles quoted inside a title. */
function innerTitles(n: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = n[i];
    if (c === '〈' || c === '<') open = i;
    else if (open >= 0 && ((c === '〉' && n[open] === '〈') || (c === '>' && n[open] === '<'))) {
      out.push({ start: open + 1, end: i });
      open = -1;
    }
  }
  return out;
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'citation/title-variant', category: 'citation', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const n = doc.norm;
    const uses = new Map<string, Span[]>();
    const use = (start: number, end: number): void => {
      if (end - start < 2 * KEEP + 1) return;
      const name = n.slice(start, end);
      const list = uses.get(name) ?? [];
      list.push({ start, end });
      uses.set(name, list);
    };
    for (const t of doc.tokens.titles) {
      use(t.start + 1, t.end - 1);
      // A title quoted inside a title (《…贯彻落实〈…若干政策措施〉实施方案》, or <…> in a web copy)
      // is the same document's title and is written the same way as when it is quoted alone.
      for (const inner of innerTitles(n, t.start + 1, t.end - 1)) use(inner.start, inner.end);
    }
    // Titles written at least twice, by their first and last KEEP characters.
    const byEnds = new Map<string, string[]>();
    for (const [name, list] of uses) {
      if (list.length < 2) continue;
      const key = name.slice(0, KEEP) + name.slice(-KEEP);
      const l = byEnds.get(key) ?? [];
      if (l.length < CANDIDATES_MAX) l.push(name);
      byEnds.set(key, l);
    }
    if (!byEnds.size) return;
    for (const [name, list] of uses) {
      if (list.length !== 1) continue;
      for (const full of byEnds.get(name.slice(0, KEEP) + name.slice(-KEEP)) ?? []) {
        const gap = full.length - name.length;
        if (gap < 1 || gap > GAP_MAX) continue;
        let p = 0;
        while (p < name.length && name[p] === full[p]) p++;
        let s = 0;
        while (s < name.length - p && name[name.length - 1 - s] === full[full.length - 1 - s]) s++;
        if (p + s < name.length || p < KEEP || name.length - p < KEEP) continue;
        const r = list[0];
        // The other form as the text writes it (a script conversion of the normalised form could
        // guess wrong: 若干 is not 若幹).
        const f = (uses.get(full) ?? [])[0];
        const written = f ? doc.text.slice(f.start, f.end) : '';
        const other = written.length === full.length ? written : toDocumentScript(full, doc.traditional);
        ctx.report({
          range: r,
          args: { name: doc.text.slice(r.start, r.end), other, gap: other.slice(p, p + gap) },
          fix: { titleId: 'fix/title-variant', titleArgs: { other }, edits: [{ ...r, newText: other }] },
        });
        break;
      }
    }
  },
};
export default rule;
