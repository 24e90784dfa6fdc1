/**
 * citation/title-marks — a cited document or proposal title belongs in 《》, not in quotes or bare:
 * 您提出的关于“…”的建议, 你们提出的关于…的建议收悉, 根据…的指导意见(文号) — and whole: 《…规定》的通知
 * (东委办发〔2023〕3号) leaves the notice's 的通知 outside the marks.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { PolicyDocument, Span } from '../../core/model';
import { GENRE_TAILS, TITLE_END_WORDS, wordAt, wordBefore, WRAP_VERBS } from '../../core/vocabulary';
import { isSpaceOrTab } from '../../core/chars';

// Matched on doc.norm, where full-width ，；（） are already , ; ( ): the classes and look-aheads use
// the half-width forms (、 and 。 have no half-width twin and stay).
// 提出的关于“X”的建议 / 提出的“关于X的建议” (or 反映的:“…”的建议, 所提的…) / 提出的关于X的建议(收悉|，)
const QUOTED = /(?:提出|反映|所提)的:?(关于)?“([^“”\n]{2,80})”的?(建议|提案)|(?:提出|反映|所提)的:?“(关于[^“”\n]{2,80}的(建议|提案))”/g;
const BARE_PROPOSAL = /提出的(关于[^《》“”。;\n]{2,80}?的(建议|提案))(?=收悉|,|。|已收悉)/g;
// 根据大兴区促进产业高质量发展的指导意见(文号): a bare title followed by its number or a (文号) placeholder.
const BARE_NUMBERED = /(根据|按照|依据|依照|贯彻落实|贯彻|落实)([^《》“”,。;、()\n]{2,60}?的(?:实施|指导)?(?:意见|通知|决定|办法|方案|规定|措施))(?=\([ \t]*(?:文号|[^()\n]{0,10}〔))/g;
const BARE_NUMBERED_ONCE = new RegExp(BARE_NUMBERED.source);
// No 规定 here: 依照本办法关于…的规定 / 按照国家关于…的规定 name rules, not a document's title.
// 根据中华人民共和国国家安全法, …: a national law named in full without its 《》 (the name ends in 法 before a
// clause mark, the next title, 等, 的, 和/及 or 第…条; 中华人民共和国有关法律 is no name).
const BARE_LAW = /(根据|按照|依据|依照|贯彻落实|贯彻|落实|执行|遵守)(中华人民共和国[^《》“”,。;、()\n]{1,20}?法)(?=[,。;、(《]|等|的|和|及|第)/g;
const BARE_DOC = /(根据|按照|依据|依照|贯彻落实|贯彻|落实)((?:[^《》“”,。;、\n]{0,20})关于[^《》“”,。;\n]{2,60}?的(?:实施|指导)?(?:意见|通知|决定|办法|方案))(?=\(|,|。)/g;
/** 本办法关于…, 国家关于…, 有关部门关于…: a reference to rules in general, not a title. */
const GENERIC_ISSUER = /^(本|该|上述|国家|有关|相关|上级)/;

/**
 * 《…规定》的通知(东委办发〔2023〕3号): the genre words of a numbered document's title after its closing 》.
 * The range is the tail (的通知); `fixAt` the tail's end when the title inside starts a 关于… title, so
 * moving 》 there makes it whole — otherwise (《…规定》的通知, the real title 关于印发〈…〉的通知) no fix.
 */
function titleTails(doc: PolicyDocument): { range: Span; title: string; close: number; fixable: boolean }[] {
  const n = doc.norm;
  const out: { range: Span; title: string; close: number; fixable: boolean }[] = [];
  const numbers = new Set(doc.docNumbers.map((d) => d.range.start));
  for (const t of doc.tokens.titles) {
    // 关于印发《…办法》的通知: the notice's own title is bare, not cut — another matter.
    if (t.depth > 0 || wordBefore(n, t.start, WRAP_VERBS)) continue;
    const tail = wordAt(n, t.end, GENRE_TAILS);
    if (!tail) continue;
    let k = t.end + tail.length;
    while (k < n.length && isSpaceOrTab(n[k])) k++;
    if (n[k] !== '(' && n[k] !== '〔') continue;
    if (n[k] === '(') k++;
    while (k < n.length && isSpaceOrTab(n[k])) k++;
    // The 文号 may start a few characters into the bracket (市委办公室东委办发〔2023〕3号 is one token).
    let numbered = false;
    for (let j = k; j < Math.min(n.length, k + 3) && !numbered; j++) numbered = numbers.has(j);
    if (!numbered) continue;
    const inner = n.slice(t.start + 1, t.end - 1);
    out.push({ range: { start: t.end, end: t.end + tail.length }, title: doc.text.slice(t.start, t.end + tail.length), close: t.end - 1, fixable: inner.includes('关于') });
  }
  return out;
}

/** Where a bare title before its number starts: after a clause mark, a line end, a title or quote mark, a closing bracket. */
const TITLE_BOUNDARY = ',。;:\n《》“”)';
/** Verbs that may open the clause before a bare title: 根据X的通知(…号) → the title is X的通知. */
const CITING_VERBS = ['根据', '按照', '依据', '依照', '贯彻落实', '贯彻', '落实', '执行', '参照', '同时', '因'];
/** What opens a clause before a cited title: a citing verb, with 为 and an adverb before it (为深入贯彻落实). */
const CLAUSE_LEAD_INS = [...CITING_VERBS, '为', '深入', '认真', '切实'];

/**
 * A bare title followed by its number in brackets: 国务院办公厅关于…的通知(国办发〔2016〕82号)同时废止.
 * The number is the lexer's 发文字号 token; before its bracket comes a document genre word (通知, 办法,
 * 意见 …) not inside 《》 and not after 》 or 》的 (《…规定》的通知 is titleTails) — but after 印发《X》的 it is: the
 * notice's title 关于印发《X》的通知 is bare around X. The title runs back to the
 * clause's start (its first citing verb left out); the document's own heading is not a citation.
 */
function numberedBare(doc: PolicyDocument): Span[] {
  const n = doc.norm;
  const out: Span[] = [];
  // Outer titles in order, walked with the numbers (also in order): linear however many there are.
  const titles = doc.tokens.titles.filter((t) => t.depth === 0);
  let ti = 0;
  for (const d of doc.docNumbers) {
    let p = d.range.start;
    while (p > 0 && isSpaceOrTab(n[p - 1])) p--;
    if (n[p - 1] !== '(') continue;
    p--;
    while (p > 0 && isSpaceOrTab(n[p - 1])) p--;
    const genre = wordBefore(n, p, TITLE_END_WORDS);
    if (!genre) continue;
    let g = p - genre.length;
    while (ti < titles.length && titles[ti].end < g) ti++;
    // The genre word inside a title (《…的通知(…号)》), or right after one (《…》通知).
    if (n[g - 1] === '》' || (ti < titles.length && titles[ti].start < g)) continue;
    if (n[g - 1] === '的' && n[g - 2] === '》') {
      // 关于印发《X》的通知(…号): the notice's title is bare around the marked X (it is 《关于印发〈X〉的通知》);
      // 《X》的通知(…号) without 印发 is titleTails.
      const inner = ti > 0 && titles[ti - 1].end === g - 1 ? titles[ti - 1] : undefined;
      const wrap = inner && wordBefore(n, inner.start, WRAP_VERBS);
      if (!inner || !wrap) continue;
      g = inner.start - wrap.length;
    }
    let s = g;
    while (s > 0 && g - s < 80 && !TITLE_BOUNDARY.includes(n[s - 1])) s--;
    if (g - s >= 80) continue;
    while (s < g && (n[s] === '、' || isSpaceOrTab(n[s]))) s++;
    // The clause's opening words are not the title: 为深入贯彻落实国务院关于… starts at 国务院.
    for (let w = wordAt(n, s, CLAUSE_LEAD_INS); w && s < g; w = wordAt(n, s, CLAUSE_LEAD_INS)) s += w.length;
    if (p - s < 6) continue;
    if (doc.titleRange && doc.titleRange.start <= s && s < doc.titleRange.end) continue;
    out.push({ start: s, end: p });
  }
  return out;
}

const DOCS: RuleDocs = {
  title: { zh: '文件名用书名号', en: 'Titles in 《》' },
  explanation: {
    zh: '引用文件、建议、提案的名称应加书名号，不用引号，也不能不加标号。“依照本办法关于……的规定”指规定本身，不是文件名，不检查。',
    en: 'Titles of documents, suggestions and proposals go in 《》, not quotation marks or bare. 依照本办法关于…的规定 names rules, not a title, and is not flagged.',
  },
  details: {
    zh: '引用文件、建议、提案的名称应加书名号，不用引号，也不能不加标号。\n\n识别“提出的关于‘X’的建议”“你们提出的关于X的建议收悉”“根据X的指导意见（文号）”“根据关于X的通知”等，“根据中华人民共和国X法”，以及后随发文字号而未加书名号的文件名（“国务院办公厅关于……的通知（国办发〔2016〕82号）同时废止”“关于印发《X》的通知（……号）”应为《关于印发〈X〉的通知》）。\n\n书名号应括住完整标题：“《……规定》的通知（东委办发〔2023〕3号）”把“的通知”留在书名号外，也报告；书名号内以“关于”起头时，修复把“》”移到“的通知”之后，否则（实际标题多为“关于印发〈……〉的通知”）只提示。\n\n不报告：“依照本办法关于……的规定”“按照国家关于……的规定”“按照有关部门关于……的通知要求”——这些指的是规定本身，不是某份文件的名称。',
    en: 'Titles of documents, suggestions and proposals go in 《》, not quotation marks or bare.\n\nRecognises quoted or bare proposal and document titles (您提出的关于“X”的建议, 你们提出的关于X的提案，…, 根据X的指导意见(文号), 根据市政府关于X的实施意见，…), 根据中华人民共和国X法 (a national law named in full), and a bare title followed by its number (国务院办公厅关于…的通知(国办发〔2016〕82号)同时废止; 关于印发《X》的通知(…号) is 《关于印发〈X〉的通知》). Not flagged: 依照本办法关于…的规定, 按照国家关于…的规定 — rules in general, not a document\'s title.\n\nThe marks enclose the whole title: 《…规定》的通知(东委办发〔2023〕3号) leaves 的通知 outside and is reported; when the title inside starts 关于…, the fix moves 》 after 的通知, otherwise (the real title is usually 关于印发〈…〉的通知) it is only reported.\n\n- ✔ 您提出的《关于老邢峰线改造的建议》收悉\n- ✘ 您提出的关于“关于老邢峰线(群英路)进行改造”的建议',
  },
  good: ['您提出的《关于老邢峰线改造的建议》收悉', '依照本办法关于行政处罚的规定'],
  bad: ['您提出的关于“关于老邢峰线(群英路)进行改造”的建议', '根据大兴区促进产业高质量发展的指导意见(文号)', '根据《市人民政府关于印发市公共租赁住房管理办法》的通知（东府〔2019〕37号）文件精神', '自本通知印发之日起，国务院办公厅关于加大激励支持力度的通知（国办发〔2016〕82号）停止执行。'],
  fix: { zh: '改为书名号。', en: 'puts the title in 《》.' },
  source: {
    tier: 'standard',
    zh: 'GB/T 15834-2011 第4.15条（书名号标示文件名）',
    en: 'GB/T 15834-2011 §4.15 (title marks around document names)',
  },
};

const MESSAGES: Messages = {
  'citation/title-marks': { zh: '文件名应加书名号', en: 'Put the title in 《》' },
  'citation/title-marks-quoted': {
    zh: '建议、提案或文件的名称应使用书名号，不应使用引号：《{title}》',
    en: 'Put the title in 《》, not quotation marks: 《{title}》',
  },
  'citation/title-marks-bare': { zh: '引用的文件名“{title}”应加书名号', en: 'Put the cited title "{title}" in 《》' },
  'fix/title-marks-tail': { zh: '把书名号移到“{tail}”之后', en: 'Move 》 after "{tail}"' },
  'citation/title-marks-tail': {
    zh: '“{title}”：文件标题的“{tail}”在书名号外，书名号应括住完整标题（如《关于印发〈……〉的通知》）',
    en: '"{title}": the title\'s "{tail}" stands outside 《》; the marks enclose the whole title (e.g. 《关于印发〈…〉的通知》)',
  },
};

/** Quoted and bare titles found by their context (提出的关于“X”的建议, 根据X的指导意见(文号) …), each with its fix. */
function checkPatterns(ctx: Parameters<Rule['check']>[0], bareEnds: Set<number>): void {
  const { doc } = ctx;
  const n = doc.norm;
  if (!/(提出的|反映的|所提的|根据|按照|依据|依照|落实|执行|遵守)/.test(n)) return;
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(n); m; m = QUOTED.exec(n)) {
    const quoteStart = n.indexOf('“', m.index);
    const quoteEnd = n.indexOf('”', quoteStart);
    const kindNorm = m[3] ?? m[5];
    const inner = doc.text.slice(quoteStart + 1, quoteEnd);
    let from: number, to: number, title: string;
    if (m[4]) {
      // 提出的“关于X的建议” → 提出的《关于X的建议》
      from = quoteStart; to = quoteEnd + 1; title = inner;
    } else {
      // 提出的关于“关于X”的建议 / 提出的关于“X”的建议 → 提出的《关于X的建议》
      from = m[1] ? quoteStart - 2 : quoteStart;
      to = n.indexOf(kindNorm, quoteEnd) + kindNorm.length;
      const lead = m[1] && !/^关于|^關于|^關於/.test(inner) ? doc.text.slice(from, from + 2) : '';
      title = lead + inner + doc.text.slice(quoteEnd + 1, to);
    }
    ctx.report({
      range: { start: from, end: to }, messageId: 'citation/title-marks-quoted', args: { title },
      fix: { titleId: 'fix/title-marks', titleArgs: { title: `《${title}》` }, edits: [{ start: from, end: to, newText: `《${title}》` }] },
    });
  }
  for (const re of [BARE_PROPOSAL, BARE_NUMBERED, BARE_DOC, BARE_LAW]) {
    re.lastIndex = 0;
    for (let m = re.exec(n); m; m = re.exec(n)) {
      if (re === BARE_DOC && /^[(（]/.test(n.slice(m.index + m[0].length)) && BARE_NUMBERED_ONCE.test(n.slice(m.index, m.index + m[0].length + 20))) continue;
      const title = m[re === BARE_PROPOSAL ? 1 : 2];
      if (re !== BARE_PROPOSAL && GENERIC_ISSUER.test(title)) continue;
      // A proposal title may hold a comma (seeds/001), but then only 收悉 closes it with certainty.
      if (re === BARE_PROPOSAL && title.includes(',') && !/^已?收悉/.test(n.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
      const start = m.index + m[0].length - title.length;
      const end = start + title.length;
      bareEnds.add(end);
      const written = doc.text.slice(start, end);
      ctx.report({
        range: { start, end }, messageId: 'citation/title-marks-bare', args: { title: written },
        fix: { titleId: 'fix/title-marks', titleArgs: { title: `《${written}》` }, edits: [{ start, end: start, newText: '《' }, { start: end, end, newText: '》' }] },
      });
    }
  }
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'citation/title-marks', category: 'citation', severity: 'error', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const t of titleTails(doc)) {
      const tail = doc.text.slice(t.range.start, t.range.end);
      ctx.report({
        range: t.range, messageId: 'citation/title-marks-tail', args: { title: t.title, tail },
        fix: t.fixable ? {
          titleId: 'fix/title-marks-tail', titleArgs: { tail },
          edits: [{ start: t.close, end: t.close + 1, newText: '' }, { start: t.range.end, end: t.range.end, newText: '》' }],
        } : undefined,
      });
    }
    // Bare titles found by their context (with a fix): numberedBare does not tell them twice.
    const bareEnds = new Set<number>();
    checkPatterns(ctx, bareEnds);
    for (const r of numberedBare(doc)) {
      if (bareEnds.has(r.end)) continue;
      // A warning: where the title starts is read from its clause, and many documents write a notice's
      // title bare before its number (关于印发《X》的通知(…号)).
      ctx.report({ range: r, messageId: 'citation/title-marks-bare', args: { title: doc.text.slice(r.start, r.end) }, severity: 'warning' });
    }
  },
};
export default rule;
