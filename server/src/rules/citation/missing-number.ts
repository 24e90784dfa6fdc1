/**
 * citation/missing-number (information) — a cited government document (《…关于…的通知/意见/决定/办法/
 * 方案/计划/措施》) without its 发文字号. Exempt: laws and regulations cited by name, the attachment named
 * in 印发《X》的通知, Party-centre documents (numbers not public), a title cited again after its
 * number was given once, a title right after its number (citation/order reports that), and a
 * document named as the object of work reported (编制《X》, 出台了《X》) rather than cited as a source.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';

const GOV_DOC = /关于.{2,80}的(通知|意见|指导意见|实施意见|决定|办法|方案|实施方案|行动计划|计划|措施|若干措施|规定|细则)$|(行动计划|实施方案|若干措施|管理办法)(\(\d{4}[-—–]\d{4}年\))?$/;
const EXEMPT = /^(中华人民共和国|中共中央|中央|中办|中共)|法$|条例$|(征求意见稿|草案|送审稿)\)?$/;

const DOCS: RuleDocs = {
  title: { zh: '引用公文注明发文字号', en: 'Cited documents carry their number' },
  explanation: {
    zh: '引用的政府公文（关于……的通知/意见/决定/办法/方案/计划/措施）应注明发文字号。法律法规、印发通知所印发的文件、中央文件、已注明过文号的再次引用，以及作为所述工作对象而非依据的文件（编制《X》、出台了《X》）不检查。',
    en: 'A cited government document should carry its number. Laws and regulations, the attachment of an 印发 notice, Party-centre documents, later mentions of a numbered title and documents named as the object of work reported (编制《X》, 出台了《X》) are exempt.',
  },
  details: {
    zh: '引用的政府公文（关于……的通知/意见/决定/办法/方案/计划/措施）应注明发文字号。法律法规、印发通知所印发的文件、中央文件和已注明过文号的再次引用不检查。\n\n以下情形也不报告：标题紧跟在文号之后（“国发〔2015〕40号《……》”，由 `citation/order` 报告顺序问题）；标题是所述工作的对象而非引用的依据，如“编制《……行动计划》”“起草《……》”“出台了《……若干措施》”。“贯彻落实《X》”“依据《X》”“《X》精神”等作为依据的引用仍然报告。\n\n提示级。',
    en: 'A cited government document should carry its number. Laws and regulations, the attachment of an 印发 notice, Party-centre documents and later mentions of a numbered title are exempt; so are a title that follows its number (国发〔2015〕40号《…》, reported by `citation/order`) and a document named as the object of work reported rather than cited as a source (编制《X》, 起草《X》, 出台了《X》). 贯彻落实《X》, 依据《X》 and 《X》精神 are still reported.\n\n- ✔ 一是编制《广州市加快 IAB 产业发展五年行动计划（2018-2022 年）》 \n- ✘ 为贯彻落实《国务院关于积极推进“互联网+”行动的指导意见》, with no number \n\nInformation level.',
  },
  good: ['《国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号）', '《中华人民共和国预算法》', '一是编制《广州市加快IAB产业发展五年行动计划（2018-2022年）》'],
  bad: ['根据《国务院关于积极推进“互联网+”行动的指导意见》，制定本方案。', '《河南省建设制造强省三年行动计划》'],
  fix: { zh: '无（需查明并补上文号）。', en: 'none (look the number up).' },
  source: {
    tier: 'practice',
    zh: '起草实务：引用公文应当先引标题，后引发文字号',
    en: 'Drafting practice: a cited document is given with its title and number',
  },
};

const MESSAGES: Messages = {
  'citation/missing-number': { zh: '引用的公文《{title}》未注明发文字号', en: 'The cited document 《{title}》 has no document number' },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'citation/missing-number', category: 'citation', severity: 'information', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    const numbered = new Set(doc.citations.filter((c) => c.title && c.docNumber).map((c) => c.title!));
    const ownTitle = doc.title ? doc.norm.slice(doc.titleRange!.start, doc.titleRange!.end).replace(/\s+/g, '') : '';
    for (const c of doc.citations) {
      if (!c.titleRange || !c.title || c.docNumber) continue;
      const title = c.title.replace(/\s+/g, '');
      if (!GOV_DOC.test(title) || EXEMPT.test(title) || numbered.has(c.title)) continue;
      // 印发《X》的通知: X is the attachment, not a citation.
      const before = doc.norm.slice(Math.max(0, c.titleRange.start - 6), c.titleRange.start);
      if (/(印发|转发|发布)$/.test(before)) continue;
      // 国发〔2015〕40号《X》: the number is there, in the wrong place (citation/order's finding).
      if (before.endsWith('号') && doc.docNumbers.some((d) => d.range.end === c.titleRange!.start)) continue;
      // Work reported, not a source cited: 编制《X》, 起草《X》, 出台了《X》 (seeds/000, seeds/001). A document
      // being drafted has no number yet; one reported as issued is not the basis of this text.
      if (/(编制|起草|制定|修订|出台|拟定|草拟)了?$/.test(before)) continue;
      if (ownTitle && ownTitle.includes(title)) continue;
      // 现将《X》印发给你们: the attachment again.
      if (/^[ \t]*(印发|转发|发布)给/.test(doc.norm.slice(c.titleRange.end, c.titleRange.end + 6))) continue;
      // A (文号) placeholder after the title is the placeholder rule's business.
      if (/^[(（][ \t]*文号[ \t]*[)）]/.test(doc.norm.slice(c.titleRange.end, c.titleRange.end + 6))) continue;
      ctx.report({ range: c.titleRange, args: { title: c.title.length > 30 ? c.title.slice(0, 29) + '…' : c.title } });
    }
  },
};
export default rule;
