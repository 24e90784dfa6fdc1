/**
 * structure/signature — a letter that has reached its end is signed and dated: 发文机关署名 and 成文日期
 * (《党政机关公文处理工作条例》第九条 lists them among the parts of a 公文; GB/T 9704-2012 §7.3.5 sets
 * them below the body). Web copies of published documents often drop both (the page shows the date
 * elsewhere), and a text cut off has not reached them, so only a complete letter is read: a 请示, 报告,
 * 函, 通知, 通报 or 批复 with its 主送机关 line under the title, whose body ends with its closing formula
 * (特此通知, 妥否，请批示, 此复) followed by nothing but 附件说明, contact lines, notes and 抄送. Replies are
 * reply/closing's. Both findings are information:
 *  - no 成文日期 after the closing formula;
 *  - a 成文日期 with no signature above it, when the title does not name the issuing organ either.
 */
import type { Rule, RuleDocs, Messages } from '../../core/contract';
import { documentParts, type Part } from '../../core/parts';
import { isTruncated } from '../../core/structure';
import { CLOSING_FORMULAS, CLOSING_LABELS, SIGNED_KINDS, UNSIGNED_TITLE_ENDINGS, endsWithWord, isBlank, skipBack, skipForward, wordAt } from '../../core/vocabulary';
import { titleWithoutNote } from './title';

/** What may follow the body of a finished letter besides the signature and the date. */
const AFTER_BODY: readonly Part['role'][] = ['attachment-note', 'remark', 'cc', 'imprint', 'signature', 'date'];

/** A label line of the closing blocks, 联系人：…, 附件：…: a label and its colon. */
function isLabelLine(line: string): boolean {
  const at = skipForward(line, 0, isBlank);
  const label = wordAt(line, at, CLOSING_LABELS);
  const colon = line[at + label.length];
  return !!label && (colon === ':' || colon === '：');
}

const DOCS: RuleDocs = {
  title: { zh: '落款和成文日期', en: 'Signature and date' },
  explanation: {
    zh: '请示、报告、函、通知等有主送机关的公文，正文（结尾语）之后应署发文机关名称并标注成文日期。只检查写完结尾语的完整文稿（提示）。',
    en: 'A 请示, 报告, 函 or 通知 sent to a 主送机关 is signed by its organ and dated below the body. Only complete texts that end with their closing formula are read (information).',
  },
  details: {
    zh: '请示、报告、函、通知等有主送机关的公文，正文（结尾语）之后应署发文机关名称并标注成文日期。只检查写完结尾语的完整文稿（提示）。\n\n只检查这样的文稿：标题以请示、报告、函、通知、通报或批复结尾，标题下一行是主送机关，正文以结尾语（特此通知；妥否，请批示；此复 等）结束，其后只有附件说明、联系人等标注行、附注、抄送。网页转载的公文常常略去落款和日期（日期另在网页上显示），在句中截断的文本还没有写到结尾，都不报告；答复函由 reply/closing 检查。\n\n- **缺少成文日期**：结尾语之后没有日期。\n- **缺少发文机关署名**：有成文日期而其上没有发文机关名称，标题中也没有写发文机关的（标题已写明发文机关、只加盖印章的，不报告）。',
    en: 'A 请示, 报告, 函 or 通知 sent to a 主送机关 is signed by its organ and dated below the body. Only complete texts that end with their closing formula are read (information).\n\nOnly such texts are read: the title ends in 请示, 报告, 函, 通知, 通报 or 批复, the line under it is the 主送机关, and the body ends with its closing formula (特此通知; 妥否，请批示; 此复 …) followed only by 附件说明, contact lines, notes and 抄送. Web copies often drop the signature and date (the page shows the date elsewhere) and a cut-off text has not reached them: neither is reported; replies are checked by reply/closing.\n\n- No date after the closing formula.\n- A date with no organ above it, when the title does not name the organ either (a title that names it, with the seal only, is not reported).',
  },
  good: [
    '舒城县水利局关于申请小型水库除险加固资金的请示\n\n县人民政府：\n拟申请县级配套资金120万元。\n妥否，请批示。\n\n舒城县水利局\n2023年8月10日',
    '舒城县水利局关于申请小型水库除险加固资金的请示\n\n县人民政府：\n拟申请县级配套资金120万元。\n妥否，请批示。\n\n2023年8月10日',
  ],
  bad: [
    '舒城县水利局关于申请小型水库除险加固资金的请示\n\n县人民政府：\n拟申请县级配套资金120万元。\n妥否，请批示。',
    '关于申请小型水库除险加固资金的请示\n\n县人民政府：\n拟申请县级配套资金120万元。\n妥否，请批示。\n\n2023年8月10日',
  ],
  source: {
    tier: 'standard',
    zh: 'GB/T 9704-2012 第7.3.5条（发文机关署名、成文日期和印章）；《党政机关公文处理工作条例》第九条（公文一般由……发文机关署名、成文日期……等部分组成）',
    en: 'GB/T 9704-2012 §7.3.5 (signature, date and seal); Regulations on Handling Party and Government Documents art. 9 (the parts of a document include the signature and the date)',
  },
};

const MESSAGES: Messages = {
  'structure/signature': { zh: '缺少落款或成文日期', en: 'No signature or date' },
  'structure/signature-date': {
    zh: '正文已以“{closing}”结束，其后缺少成文日期（如系网页转载略去的，可忽略）',
    en: 'The body ends with "{closing}" but no date follows (ignore if a web copy dropped it)',
  },
  'structure/signature-organ': {
    zh: '成文日期之上缺少发文机关署名，标题中也没有写明发文机关',
    en: 'No issuing organ above the date, and the title does not name one either',
  },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'structure/signature', category: 'structure', severity: 'information', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    if (doc.kind === 'reply' || !doc.title || !doc.titleRange || isTruncated(doc)) return;
    const title = titleWithoutNote(doc.norm.slice(doc.titleRange.start, doc.titleRange.end));
    if (!endsWithWord(title, SIGNED_KINDS) || endsWithWord(title, UNSIGNED_TITLE_ENDINGS)) return;
    const parts = documentParts(doc);
    const t = parts.findIndex((p) => p.role === 'title');
    let k = t + 1;
    while (k < parts.length && (parts[k].role === 'title-note' || parts[k].role === 'doc-number')) k++;
    if (t < 0 || parts[k]?.role !== 'addressee') return;
    // The last line of the body, and nothing after it but the closing blocks.
    let last = parts.length - 1;
    while (last > k && (AFTER_BODY.includes(parts[last].role) || (parts[last].role === 'body' && isLabelLine(parts[last].lines[0])))) last--;
    if (last <= k || parts[last].role !== 'body') return;
    const line = doc.lines[parts[last].to];
    const end = skipBack(doc.norm, line.end, (ch) => isBlank(ch) || ch === '。' || ch === '.' || ch === '*', line.start);
    const closing = endsWithWord(doc.norm.slice(line.start, end), CLOSING_FORMULAS);
    if (!closing) return;
    const dated = parts.slice(last + 1).some((p) => p.role === 'date') || doc.tokens.dates.some((d) => d.start >= end && d.day);
    if (!dated) {
      ctx.report({ range: { start: end - closing.length, end }, messageId: 'structure/signature-date', args: { closing: doc.text.slice(end - closing.length, end) } });
      return;
    }
    const date = parts.slice(last + 1).find((p) => p.role === 'date');
    if (!date || parts.slice(last + 1).some((p) => p.role === 'signature')) return;
    // The organ in the title (示例市人民政府关于…): signed by the seal.
    const about = title.indexOf('关于');
    if (about !== 0) return;
    const l = doc.lines[date.from];
    ctx.report({ range: { start: l.start, end: l.end }, messageId: 'structure/signature-organ' });
  },
};
export default rule;
