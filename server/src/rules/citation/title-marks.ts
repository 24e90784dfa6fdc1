/**
 * citation/title-marks — a cited document or proposal title belongs in 《》, not in quotes or bare:
 * 您提出的关于“…”的建议, 你们提出的关于…的建议收悉, 根据…的指导意见(文号).
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';

// Matched on doc.norm, where full-width ，；（） are already , ; ( ): the classes and look-aheads use
// the half-width forms (、 and 。 have no half-width twin and stay).
// 提出的关于“X”的建议 / 提出的“关于X的建议” / 提出的关于X的建议(收悉|，)
const QUOTED = /提出的(关于)?“([^“”\n]{2,80})”的?(建议|提案)|提出的“(关于[^“”\n]{2,80}的(建议|提案))”/g;
const BARE_PROPOSAL = /提出的(关于[^《》“”。;\n]{2,80}?的(建议|提案))(?=收悉|,|。|已收悉)/g;
// 根据大兴区促进产业高质量发展的指导意见(文号): a bare title followed by its number or a (文号) placeholder.
const BARE_NUMBERED = /(根据|按照|依据|依照|贯彻落实|贯彻|落实)([^《》“”,。;、()\n]{2,60}?的(?:实施|指导)?(?:意见|通知|决定|办法|方案|规定|措施))(?=\([ \t]*(?:文号|[^()\n]{0,10}〔))/g;
const BARE_NUMBERED_ONCE = new RegExp(BARE_NUMBERED.source);
// No 规定 here: 依照本办法关于…的规定 / 按照国家关于…的规定 name rules, not a document's title.
const BARE_DOC = /(根据|按照|依据|依照|贯彻落实|贯彻|落实)((?:[^《》“”,。;、\n]{0,20})关于[^《》“”,。;\n]{2,60}?的(?:实施|指导)?(?:意见|通知|决定|办法|方案))(?=\(|,|。)/g;
/** 本办法关于…, 国家关于…, 有关部门关于…: a reference to rules in general, not a title. */
const GENERIC_ISSUER = /^(本|该|上述|国家|有关|相关|上级)/;

const DOCS: RuleDocs = {
  title: { zh: '文件名用书名号', en: 'Titles in 《》' },
  explanation: {
    zh: '引用文件、建议、提案的名称应加书名号，不用引号，也不能不加标号。“依照本办法关于……的规定”指规定本身，不是文件名，不检查。',
    en: 'Titles of documents, suggestions and proposals go in 《》, not quotation marks or bare. 依照本办法关于…的规定 names rules, not a title, and is not flagged.',
  },
  details: {
    zh: '引用文件、建议、提案的名称应加书名号，不用引号，也不能不加标号。\n\n识别“提出的关于‘X’的建议”“你们提出的关于X的建议收悉”“根据X的指导意见（文号）”“根据关于X的通知”等。\n\n不报告：“依照本办法关于……的规定”“按照国家关于……的规定”“按照有关部门关于……的通知要求”——这些指的是规定本身，不是某份文件的名称。',
    en: 'Titles of documents, suggestions and proposals go in 《》, not quotation marks or bare.\n\nRecognises quoted or bare proposal and document titles (您提出的关于“X”的建议, 你们提出的关于X的提案，…, 根据X的指导意见(文号), 根据市政府关于X的实施意见，…). Not flagged: 依照本办法关于…的规定, 按照国家关于…的规定 — rules in general, not a document\'s title.\n\n- ✔ 您提出的《关于老邢峰线改造的建议》收悉\n- ✘ 您提出的关于“关于老邢峰线(群英路)进行改造”的建议',
  },
  good: ['您提出的《关于老邢峰线改造的建议》收悉', '依照本办法关于行政处罚的规定'],
  bad: ['您提出的关于“关于老邢峰线(群英路)进行改造”的建议', '根据大兴区促进产业高质量发展的指导意见(文号)'],
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
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'citation/title-marks', category: 'citation', severity: 'error', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const n = doc.norm;
    if (!/(提出的|根据|按照|依据|依照|落实)/.test(n)) return;
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
    for (const re of [BARE_PROPOSAL, BARE_NUMBERED, BARE_DOC]) {
      re.lastIndex = 0;
      for (let m = re.exec(n); m; m = re.exec(n)) {
        if (re === BARE_DOC && /^[(（]/.test(n.slice(m.index + m[0].length)) && BARE_NUMBERED_ONCE.test(n.slice(m.index, m.index + m[0].length + 20))) continue;
        const title = m[re === BARE_PROPOSAL ? 1 : 2];
        if (re !== BARE_PROPOSAL && GENERIC_ISSUER.test(title)) continue;
        // A proposal title may hold a comma (seeds/001), but then only 收悉 closes it with certainty.
        if (re === BARE_PROPOSAL && title.includes(',') && !/^已?收悉/.test(n.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
        const start = m.index + m[0].length - title.length;
        const end = start + title.length;
        const written = doc.text.slice(start, end);
        ctx.report({
          range: { start, end }, messageId: 'citation/title-marks-bare', args: { title: written },
          fix: { titleId: 'fix/title-marks', titleArgs: { title: `《${written}》` }, edits: [{ start, end: start, newText: '《' }, { start: end, end, newText: '》' }] },
        });
      }
    }
  },
};
export default rule;
