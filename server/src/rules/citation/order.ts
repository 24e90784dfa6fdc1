/**
 * citation/order — cite the title first, then the number in round brackets: 《标题》（国发〔2015〕40号）.
 * Flags a number put before the title (国发〔2015〕40号《…》, fixed by swapping) and a number cited with
 * no title at all (根据国发〔2015〕40号文件精神). The document's own number and 附件 lines are not citations.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import type { Citation, DocNumber, PolicyDocument } from '../../core/model';
import { inPageChrome } from '../../core/chrome';
import { charIn, endsWithWord, skipForward } from '../../core/vocabulary';
import { isSpaceOrTab } from '../_chars';

/** A number standing in a label or header position (发文字号：…, 索引号, the document's own number line). */
function isOwnOrLabel(doc: PolicyDocument, d: DocNumber): boolean {
  if (doc.docNumber && doc.docNumber.range.start === d.range.start) return true;
  // The page's metadata rows ("文 号: | 六盘水府办发〔2022〕10号 |") give the document's own number.
  if (inPageChrome(doc, d.range.start)) return true;
  const own = doc.docNumber ? doc.norm.slice(doc.docNumber.range.start, doc.docNumber.range.end) : undefined;
  const num = doc.norm.slice(d.range.start, d.range.end);
  // The document's own number again, in its head ("鞍立政发〔2023〕2号立山区人民政府关于印发…的通知",
  // the number run together with the repeated title).
  if (own && num === own && d.range.start < Math.max(2000, doc.text.length * 0.2)) return true;
  const line = doc.lineIndex.positionAt(d.range.start).line;
  const lineStart = doc.lineIndex.starts[line];
  // Bounded slices: a document on one long line must not make this quadratic.
  const before = doc.norm.slice(Math.max(lineStart, d.range.start - 12), d.range.start);
  const lineEnd = doc.lineIndex.lineEnd(line);
  // Alone on its line (a header), or after a label.
  if (d.range.start - lineStart <= 12 && skipForward(before, 0, isSpaceOrTab) === before.length
    && doc.norm.slice(d.range.end, Math.min(lineEnd, d.range.end + 40)).trim().length <= 2) return true;
  return /(文[ \t]{0,2}号|字[ \t]{0,2}号|编[ \t]{0,2}号|索[ \t]{0,2}引[ \t]{0,2}号|附[ \t]{0,2}件)[ \t]{0,2}[:：=]?[ \t|]*$|字[:：][ \t]*$/.test(before);
}

const DOCS: RuleDocs = {
  title: { zh: '先引标题，后引发文字号', en: 'Title first, then number' },
  explanation: {
    zh: '引用公文应先引标题，后引发文字号，发文字号在标题后用圆括号注明；不能只引文号。',
    en: 'Cite the title first, then the number in round brackets after it; never the number alone.',
  },
  details: {
    zh: '引用公文应先引标题，后引发文字号，发文字号在标题后用圆括号注明；不能只引文号。\n\n报告写在标题前面的发文字号（可自动改为《标题》（文号））和只引文号不引标题的情形。本文自己的发文字号、“文号：”“附件：”等标注处不检查。网页信息公开栏的表格行（“文 号: | …”）和文件头部重复出现的本文文号（与重复的标题连写）也不检查。',
    en: 'Cite the title first, then the number in round brackets after it; never the number alone.\n\nReports a number written before the title (fixed to 《title》（number）) and a number cited with no title. The document\'s own number and labelled fields are skipped. The page\'s metadata rows ("文 号: | …") and the document\'s own number repeated in its head (run together with the repeated title) are skipped too.',
  },
  good: ['《国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号）'],
  bad: ['根据国发〔2015〕40号文件精神', '国发〔2015〕40号《关于积极推进“互联网+”行动的指导意见》'],
  fix: { zh: '把“文号《标题》”改为“《标题》（文号）”。', en: 'rewrites number + title as 《title》（number）.' },
  source: {
    tier: 'practice',
    zh: '行文惯例：引用公文应当先引标题，后引发文字号（原《国家行政机关公文处理办法》的要求，现沿用为惯例）',
    en: 'Drafting practice: the title first, then the document number (a requirement of the former State Council rules on documents, kept as practice)',
  },
};

const MESSAGES: Messages = {
  'citation/order': { zh: '引用公文应先引标题，后引发文字号', en: 'Cite the title first, then the number' },
  'citation/order-before': {
    zh: '发文字号写在了标题前面：应先引标题，后在圆括号中注明发文字号',
    en: 'The number comes before the title: cite the title, then the number in round brackets',
  },
  'citation/order-no-title': {
    zh: '只引了发文字号“{number}”而没有标题：应写作《标题》（{number}）',
    en: 'Only the number "{number}" is cited: write 《title》（{number}）',
  },
  'fix/order': { zh: '改为《标题》（发文字号）', en: 'Rewrite as 《title》（number）' },
};

/** Kinds that end a bare title a number may follow in brackets. */
const TITLE_KINDS = ['通知', '意见', '决定', '办法', '方案', '计划', '措施', '规定', '细则', '通报', '批复', '函', '纲要', '规划'];

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'citation/order', category: 'citation', severity: 'error', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const attached = new Set(doc.citations.filter((c) => c.titleRange && c.docNumber).map((c) => c.docNumber!));
    // Titles without a number, by where they start (one lookup per number, not a scan).
    const titleAt = new Map<number, Citation>();
    for (const c of doc.citations) if (c.titleRange && !c.docNumber) titleAt.set(c.titleRange.start, c);
    for (const d of doc.docNumbers) {
      if (attached.has(d) || isOwnOrLabel(doc, d)) continue;
      // 国发〔2015〕40号《…》: the title follows right after.
      const next = titleAt.get(d.range.end) ?? titleAt.get(d.range.end + 1);
      if (next) {
        const num = doc.text.slice(d.range.start, d.range.end);
        const title = doc.text.slice(next.titleRange!.start, next.titleRange!.end);
        const open = doc.halfWidthPunctuation ? '(' : '（';
        const close = doc.halfWidthPunctuation ? ')' : '）';
        ctx.report({
          range: { start: d.range.start, end: next.titleRange!.end }, messageId: 'citation/order-before',
          fix: { titleId: 'fix/order', edits: [{ start: d.range.start, end: next.titleRange!.end, newText: `${title}${open}${num}${close}` }] },
        });
        continue;
      }
      // A number in brackets right after a bare title is the title-marks rule's business.
      if (charIn(doc.norm[d.range.start - 1], '(（[') && endsWithWord(doc.norm.slice(Math.max(0, d.range.start - 4), d.range.start - 1), TITLE_KINDS)) continue;
      ctx.report({ range: d.range, messageId: 'citation/order-no-title', args: { number: doc.text.slice(d.range.start, d.range.end) } });
    }
  },
};
export default rule;
