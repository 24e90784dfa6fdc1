/**
 * structure/genre — the 文种 fits what the document does and whom it goes to (《党政机关公文处理工作条例》
 * 第八条, 第十五条):
 *  - a 报告 that asks for approval (妥否，请批示 / 请予审批) should be a 请示: 不得在报告等非请示性
 *    公文中夹带请示事项;
 *  - a 请示 goes to one superior (原则上主送一个上级机关): a 主送机关 line naming several organs is
 *    reported (information);
 *  - a 请示 holds one matter (请示应当一文一事): a title that lists requests closed by 等事项/等问题
 *    (warning; other lists information), a title joining two asks (申请资金和增加编制, information), or asks for approval in two
 *    numbered items of the body (information);
 *  - a 函 is for organs that are not subordinate (第八条): a 函 from a body of a government (示例市
 *    财政局, 县水利局, 市政府办公室) to that government (示例市人民政府) that asks for approval should be
 *    a 请示. Only that clear relation is read: a 函 to a department of another system may ask for approval.
 * The kind is read from the title's last word; 印发/转发 notices that carry a 报告 are not 报告s.
 */
import type { Rule, RuleContext, RuleDocs, Messages } from '../../core/contract';
import type { PolicyDocument, Span } from '../../core/model';
import {
  ASK_CLOSING_STARTS, ASK_HEADS, ASK_TAILS, GOVERNMENT_BODY_ENDS, GOVERNMENT_NAMES, MATTER_JOINERS, MATTER_LIST_ENDS, NOT_GOVERNMENT_WORDS,
  NOT_PLACE_WORDS, PLACE_LEVELS, REQUEST_VERBS, WRAP_VERBS, endsWithWord, hasWord, isBlank, skipBack, skipForward, startsWithWord, wordAt,
  wordBefore, wordsNear,
} from '../../core/vocabulary';
import { hasAnyOf } from '../../core/chars';
import { normalizeForMatching } from '../../core/normalize';
import { titleWithoutNote } from './title';

/** A request for approval, as closings of 请示 word it. */
const ASKS = /妥否[，,]?\s{0,2}请(?:批示|审批|批复|示)|请予(?:审批|批准|批复)|请(?:批示|审批|批准)(?=[。!！]|$)/gm;
/** A 主送机关 line: organs separated by 、 or ，, ending with a colon. */
const ADDRESSEES = /^[ \t\u3000]*([^。；;：:\n]{2,80}[、，,][^。；;：:\n]{1,80})[:：][ \t\u3000]*$/;
/** A 事由 longer than this is no title (a text whose first line runs on): its joins are not read. */
const TITLE_MAX = 200;
/** At most this many characters from a request verb to the 和 after its object (申请桃溪支渠改造资金和). */
const OBJECT_MAX = 30;
/** At most this many characters between 恳请 and what it asks for (恳请市人民政府给予资金支持). */
const ASK_GAP = 30;

/** At most this many characters of an ask are quoted: from its opening word to the end of its clause. */
const ASK_QUOTE = 40;
/** Marks that end the clause of an ask. */
const CLAUSE_ENDS = '，,。；;！!？?\n';

/**
 * Every ask for approval or help between `from` and `to`: the closings of ASKS, 恳请…, and 请予/敬请 …
 * 批准/同意/支持 — each from its opening word to the end of its clause.
 */
export function asksIn(norm: string, from: number, to: number): Span[] {
  const found: Span[] = [];
  const clause = (at: number, min: number) => ({ start: at, end: Math.max(min, skipForward(norm, at, (ch) => !CLAUSE_ENDS.includes(ch), Math.min(to, at + ASK_QUOTE))) });
  ASKS.lastIndex = from;
  for (let m = ASKS.exec(norm); m && m.index < to; m = ASKS.exec(norm)) found.push({ start: m.index, end: m.index + m[0].length });
  for (let at = norm.indexOf('恳请', from); at >= 0 && at < to; at = norm.indexOf('恳请', at + 2)) found.push(clause(at, at + 2));
  for (let p = wordsNear(norm, ASK_HEADS, ASK_TAILS, ASK_GAP, CLAUSE_ENDS, 0, from); p && p.start < to; p = wordsNear(norm, ASK_HEADS, ASK_TAILS, ASK_GAP, CLAUSE_ENDS, 0, p.end)) found.push(clause(p.start, p.end));
  // In text order; an ask that starts inside the one before it is the same ask.
  found.sort((x, y) => x.start - y.start);
  const out: Span[] = [];
  for (const f of found) if (!out.length || f.start >= out[out.length - 1].end) out.push(f);
  return out;
}

/** The 主送机关 line after the title (a 发文字号 line may stand between): its text without the colon, and where it is. */
function addresseeLine(doc: PolicyDocument, body: number): { text: string; start: number } | undefined {
  let seen = 0;
  for (const l of doc.lines) {
    if (l.start < body || l.blank) continue;
    if (doc.docNumber && doc.docNumber.range.start >= l.start && doc.docNumber.range.end <= l.end && seen === 0) { seen++; continue; }
    const raw = doc.norm.slice(l.start, l.end);
    const a = skipForward(raw, 0, isBlank);
    const e = skipBack(raw, raw.length, isBlank, a);
    if (e - a < 3 || (raw[e - 1] !== ':' && raw[e - 1] !== '：')) return undefined;
    return { text: raw.slice(a, e - 1), start: l.start + a };
  }
  return undefined;
}

/** The first level word of a place in `s` at or after `from` (县, 市, 自治区), skipping words that only hold one (市场, 开发区). */
function levelAt(s: string, from: number): { at: number; word: string } | undefined {
  for (let i = from; i < s.length; i++) {
    const not = wordAt(s, i, NOT_PLACE_WORDS);
    if (not) { i += not.length - 1; continue; }
    const w = wordAt(s, i, PLACE_LEVELS);
    if (w) return { at: i, word: w };
  }
  return undefined;
}

/**
 * Is the organ `issuer` under the people's government `addressee` — one of its working bodies (财政局,
 * 办公室, 管委会) or the government of a place one level below it (示例市 → 示例市示例区人民政府)? Only
 * names that say so: the same place written out (示例市财政局 → 示例市人民政府), or a bare level on
 * both sides (县水利局 → 县人民政府).
 */
export function isUnderGovernment(issuer: string, addressee: string): boolean {
  const g = endsWithWord(addressee, GOVERNMENT_NAMES);
  if (!g) return false;
  const place = addressee.slice(0, addressee.length - g.length);
  const level = endsWithWord(place, PLACE_LEVELS);
  if (!level || hasAnyOf(place, '、，,（）() ') || hasAnyOf(issuer, '、，,（）() ')) return false;
  let rest: string;
  if (place.length > level.length && issuer.startsWith(place)) rest = issuer.slice(place.length);
  else {
    // A bare level (县人民政府, or 市财政局 writing to 示例市人民政府): the issuer's first place is of that level.
    const first = levelAt(issuer, 0);
    if (!first || first.word !== level || (place !== level && first.at !== 0)) return false;
    rest = issuer.slice(first.at + first.word.length);
  }
  if (!rest || rest[0] === '委' || hasWord(rest, NOT_GOVERNMENT_WORDS) || GOVERNMENT_NAMES.includes(rest)) return false;
  if (!endsWithWord(rest, GOVERNMENT_BODY_ENDS)) return false;
  const lower = levelAt(rest, 0);
  if (!lower) return true;
  // One level down, and that place's government itself: 示例区人民政府 (not 示例区财政局, nor 示例县某镇人民政府).
  const gov = endsWithWord(rest, GOVERNMENT_NAMES);
  return !!gov && lower.at + lower.word.length === rest.length - gov.length && !levelAt(rest, lower.at + lower.word.length);
}

/** Where two asks are joined in a 请示's 事由: 申请维修资金和增加编制 (a verb, its object, a joiner, another verb). */
function joinedAsks(subject: string): Span | undefined {
  if (subject.length > TITLE_MAX) return undefined;
  for (let j = 0; j < subject.length; j++) {
    const joiner = wordAt(subject, j, MATTER_JOINERS);
    if (!joiner) continue;
    const second = wordAt(subject, j + joiner.length, REQUEST_VERBS);
    if (!second) continue;
    // The last verb before the joiner, with an object of at least two characters after it.
    for (let v = j - 1; v >= Math.max(0, j - OBJECT_MAX); v--) {
      const first = wordAt(subject, v, REQUEST_VERBS);
      if (!first) continue;
      if (j - (v + first.length) >= 2 && !wordBefore(subject, j, REQUEST_VERBS)) return { start: v, end: j + joiner.length + second.length };
      break;
    }
  }
  return undefined;
}

const DOCS: RuleDocs = {
  title: { zh: '文种使用', en: 'Kind of document' },
  explanation: {
    zh: '报告不得夹带请示事项，请求批准用“请示”；请示应当一文一事，原则上主送一个上级机关；函用于不相隶属机关之间，向本级人民政府请求批准用“请示”。',
    en: 'A 报告 carries no request (use a 请示); a 请示 holds one matter and goes to one superior; a 函 is for organs that are not subordinate — a body asking its own government for approval writes a 请示.',
  },
  details: {
    zh: '报告不得夹带请示事项，请求批准用“请示”；请示应当一文一事，原则上主送一个上级机关；函用于不相隶属机关之间，向本级人民政府请求批准用“请示”。\n\n文种按标题末尾判断，印发、转发报告的通知不按报告检查。\n\n- **报告夹带请示事项**：标题为“报告”而正文请求批准（妥否，请批示；请予审批）的，应改用“请示”（警告）。\n- **请示多头主送**：主送机关行（标题后第一个以冒号结尾的行）列出多个机关时提示；需要其他机关知悉的，用抄送。\n- **请示一文多事**：标题列举多项请求并以“等事项”“等问题”收尾（关于申请维修资金、增加人员编制等事项的请示）的为警告，列举的是地点或对象的（关于示例小学、示例中学校舍维修等问题的请示）为提示；标题用“和”“及”连接两个请求（关于申请维修资金和增加人员编制的请示），或正文两个以上序号条目各自请求批准的，为提示——一件事分几点说明、最后统一请求批准的，不报告。\n- **函用于上级机关**：发文机关是主送的人民政府的工作部门、办公室或下一级人民政府（示例市财政局→示例市人民政府；县水利局→县人民政府），而函中请求批准或支持的，应改用“请示”（警告）。只认发文机关和主送机关名称写明的这种隶属关系：函可以向不相隶属的机关请求批准（如向其他系统的主管部门申请审批），不报告；党委、人大、政协、法院、检察院等机关不属于人民政府，不报告。',
    en: 'A 报告 carries no request (use a 请示); a 请示 holds one matter and goes to one superior; a 函 is for organs that are not subordinate — a body asking its own government for approval writes a 请示.\n\nThe kind is read from the end of the title; notices that 印发/转发 a report are not reports.\n\n- A 报告 that asks for approval (妥否，请批示; 请予审批): make it a 请示 (warning).\n- A 请示 whose addressee line (the first line after the title that ends with a colon) names several organs (information); copy the others (抄送).\n- A 请示 with several matters: a title listing requests closed by 等事项/等问题 (warning; a list of places or objects, information); a title joining two requests with 和/及, or asks for approval in two or more numbered items of the body (information). One matter explained in several points with one ask at the end is not reported.\n- A 函 to a superior: the issuer is a working body, the office or the next lower government of the people\'s government it writes to (示例市财政局 → 示例市人民政府; 县水利局 → 县人民政府) and the letter asks for approval or support — make it a 请示 (warning). Only that relation, read from the two names, is reported: a 函 may ask an organ it is not subordinate to for approval, and Party, congress, CPPCC, court and procuratorate bodies are not under the government.',
  },
  good: [
    '示例县交通局关于申请维修资金的请示\n\n县人民政府：\n……妥否，请批示。', '示例县交通局关于2023年工作情况的报告\n\n县人民政府：\n……特此报告。',
    '示例市财政局关于申请使用办公用房的函\n\n示例市机关事务管理局：\n……请予批准。',
  ],
  bad: [
    '示例县交通局关于申请维修资金的报告\n\n县人民政府：\n……妥否，请批示。', '示例县交通局关于申请维修资金的请示\n\n县人民政府、县财政局：\n……妥否，请批示。',
    '示例县交通局关于申请维修资金、增加人员编制等事项的请示\n\n县人民政府：\n……妥否，请批示。',
    '示例市财政局关于申请追加预算资金的函\n\n示例市人民政府：\n……请予批准。',
  ],
  source: {
    tier: 'regulation',
    zh: '《党政机关公文处理工作条例》第八条（函适用于不相隶属机关之间商洽工作、询问和答复问题、请求批准和答复审批事项）、第十五条（原则上主送一个上级机关；请示应当一文一事；不得在报告等非请示性公文中夹带请示事项）',
    en: 'Regulations on Handling Party and Government Documents art. 8 (a 函 is between organs that are not subordinate), art. 15 (one matter per 请示; one main recipient; no requests in a 报告)',
  },
};

const MESSAGES: Messages = {
  'structure/genre': { zh: '文种使用不当', en: 'Wrong kind of document' },
  'structure/genre-report-asks': {
    zh: '报告不得夹带请示事项：“{text}”是请求批准，应改用“请示”',
    en: 'A 报告 carries no request: "{text}" asks for approval — make it a 请示',
  },
  'structure/genre-request-addressees': {
    zh: '请示原则上主送一个上级机关：“{text}”列出了多个主送机关，其他机关可抄送',
    en: 'A 请示 goes to one superior: "{text}" names several; copy the others',
  },
  'structure/genre-request-matters': {
    zh: '请示应当一文一事：标题“{text}”以“{end}”列举事项，如属不同事项，宜分别行文',
    en: 'One matter per 请示: the title "{text}" lists matters ({end}) — if they are different matters, write one 请示 for each',
  },
  'structure/genre-request-joined': {
    zh: '请示应当一文一事：标题“{text}”连接了两项请求，如属不同事项，宜分别行文',
    en: 'One matter per 请示: the title joins two requests, "{text}" — if they are different matters, write one 请示 for each',
  },
  'structure/genre-request-items': {
    zh: '请示应当一文一事：正文{count}个条目分别请求批准（“{text}”），如属不同事项，宜分别行文',
    en: 'One matter per 请示: {count} items of the body each ask for approval ("{text}") — if they are different matters, write one 请示 for each',
  },
  'structure/genre-letter-superior': {
    zh: '函用于不相隶属机关之间：{issuer}隶属于{addressee}，向其请求批准或支持（“{text}”）应使用“请示”',
    en: 'A 函 is for organs that are not subordinate: {issuer} is under {addressee} and asks it for approval or support ("{text}") — write a 请示',
  },
};

/** Does the sentence holding `at` open with a closing formula (妥否，请批示; 以上请示，请予审批)? */
function inClosing(norm: string, at: number): boolean {
  const start = skipBack(norm, at, (ch) => !'。！!？?；;\n'.includes(ch), Math.max(0, at - 60));
  return !!startsWithWord(norm.slice(skipForward(norm, start, isBlank, at), at), ASK_CLOSING_STARTS);
}

/** 请示应当一文一事: a title listing matters, a title joining two requests, asks in two numbered items. */
function requestMatters(ctx: RuleContext, title: string, body: number, bodyEnd: number): void {
  const { doc } = ctx;
  const start = doc.titleRange!.start;
  if (title.endsWith('的请示')) {
    const about = title.indexOf('关于');
    const from = about >= 0 ? about + 2 : 0;
    const to = title.length - 3;
    const subject = title.slice(from, to);
    const list = endsWithWord(subject, MATTER_LIST_ENDS);
    const listed = subject.slice(0, subject.length - list.length);
    if (list && (listed.includes('、') || hasWord(listed, MATTER_JOINERS))) {
      // Each listed item a request of its own (申请维修资金、增加人员编制等事项): several matters for sure;
      // else the list may be of places or objects of one matter (示例小学、示例中学校舍维修等问题).
      const requests = listed.split('、').every((item) => !!startsWithWord(item, REQUEST_VERBS));
      ctx.report({
        range: { start: start + from, end: start + to }, messageId: 'structure/genre-request-matters',
        args: { text: doc.text.slice(start + from, start + to), end: list }, severity: requests ? undefined : 'information',
      });
      return;
    }
    const j = joinedAsks(subject);
    if (j) {
      const r = { start: start + from + j.start, end: start + from + j.end };
      ctx.report({ range: r, messageId: 'structure/genre-request-joined', args: { text: doc.text.slice(start + from, start + to) }, severity: 'information' });
      return;
    }
  }
  // Asks in two or more numbered items of the body (not the closing formula after them).
  const asks = asksIn(doc.norm, body, bodyEnd).filter((a) => !inClosing(doc.norm, a.start));
  const items: number[] = [];
  let second: Span | undefined;
  // Asks and top-level headings are both in text order: one walk over each.
  let k = 0;
  for (const a of asks) {
    while (k < doc.headings.length && doc.headings[k].sectionRange.end <= a.start) k++;
    const h = doc.headings[k];
    if (!h || h.sectionRange.start > a.start || items[items.length - 1] === h.sectionRange.start) continue;
    items.push(h.sectionRange.start);
    if (items.length === 2) second = a;
  }
  if (second) {
    ctx.report({ range: second, messageId: 'structure/genre-request-items', args: { count: items.length, text: doc.text.slice(second.start, second.end) }, severity: 'information' });
  }
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'structure/genre', category: 'structure', severity: 'warning', fixable: false },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.title || !doc.titleRange) return;
    const title = titleWithoutNote(doc.norm.slice(doc.titleRange.start, doc.titleRange.end));
    if (hasWord(title, WRAP_VERBS)) return;
    const body = doc.titleRange.end;
    // The body ends at the date line (what follows is 附注, 版记 or an attachment).
    const bodyEnd = doc.date && doc.date.range.start > body ? doc.date.range.start : doc.norm.length;
    const quote = (r: Span) => doc.text.slice(r.start, r.end);
    if (title.endsWith('报告') && !title.endsWith('请示报告') && !title.endsWith('申请报告') && !title.endsWith('工作报告')) {
      ASKS.lastIndex = body;
      const m = ASKS.exec(doc.norm);
      if (m) {
        ctx.report({ range: { start: m.index, end: m.index + m[0].length }, messageId: 'structure/genre-report-asks', args: { text: doc.text.slice(m.index, m.index + m[0].length) } });
      }
    }
    if (title.endsWith('请示')) {
      const addressee = addresseeLine(doc, body);
      if (addressee) {
        const m = ADDRESSEES.exec(addressee.text + '：');
        if (m) {
          const at = addressee.start + m.index + m[0].indexOf(m[1]);
          ctx.report({ range: { start: at, end: at + m[1].length }, messageId: 'structure/genre-request-addressees', args: { text: doc.text.slice(at, at + m[1].length) }, severity: 'information' });
        }
      }
      requestMatters(ctx, title, body, bodyEnd);
    }
    if (title.endsWith('函') && !title.endsWith('复函') && !title.endsWith('答复函')) {
      const addressee = addresseeLine(doc, body);
      const about = title.indexOf('关于');
      const issuer = about >= 2 && !hasAnyOf(title.slice(0, about), '\n') ? doc.text.slice(doc.titleRange.start, doc.titleRange.start + about).trim() : doc.organ?.trim();
      if (!addressee || !issuer || !isUnderGovernment(normalizeForMatching(issuer), addressee.text)) return;
      const ask = asksIn(doc.norm, addressee.start, bodyEnd)[0];
      if (!ask) return;
      const kind = doc.titleRange.start + title.length - 1;
      ctx.report({ range: { start: kind, end: kind + 1 }, messageId: 'structure/genre-letter-superior', args: { issuer, addressee: quote({ start: addressee.start, end: addressee.start + addressee.text.length }), text: quote(ask) } });
    }
  },
};
export default rule;
