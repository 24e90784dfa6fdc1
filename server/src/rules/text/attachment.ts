/**
 * text/attachment — after 附件： comes the attachment's name, not a document number, and no full stop
 * at its end (GB/T 9704-2012 §7.3.4 附件说明: 附件名称后不加标点符号), no 书名号 around it (the
 * name is the attachment's own title, not a cited one: drafting practice), and one numbering style
 * for the attachments (附件1 and 附件一 are not mixed; §7.3.4 numbers them in Arabic numerals).
 */
import type { Rule, RuleContext, RuleDocs, Messages } from '../../core/contract';

const ATTACH = /^[ \t]*附件[ \t]*[:：][ \t]*(\d{1,2}[.．、][ \t]*)?([^\n]{0,200})$/gm;

/** An attachment label at a line start: 附件1, 附件 2, 附件一, 附件：1． (the Arabic form). */
const LABEL = /^[ \t\u3000]*(?:#{1,6}[ \t]+)?(?:\*\*)?附件[ \t\u3000]*(?:[:：][ \t\u3000]*)?(?:(\d{1,2})|([一二三四五六七八九十]{1,3}))(?=[ \t\u3000:：.．、*]|$)/gm;

/** The next entries of a numbered 附件说明: "      2．name". */
const LIST_NEXT = /^[ \t\u3000]*(\d{1,2})[.．、][ \t\u3000]*([^\n]{1,200})$/;
/** An attachment's own label line, alone on its line: 附件, 附件1, 附件一. */
const PRESENT = /^[ \t\u3000]*(?:#{1,6}[ \t]+)?(?:\*\*)?附件[ \t\u3000]{0,4}(\d{1,2}|[一二三四五六七八九十]{1,3})?[ \t\u3000:：]{0,4}(?:\*\*)?$/;
/** The text says it was cut: attachments may be left out. */
const CUT = /(本文有删减|以下略|附件略|\(略\))/;

/** A name as compared: no spaces, 书名号 or trailing stop. */
function key(s: string): string {
  return s.replace(/[\s《》〈〉*#]/g, '').replace(/[。.]$/, '');
}

const DOCS: RuleDocs = {
  title: { zh: '附件说明', en: 'Attachment line' },
  explanation: {
    zh: '“附件：”后写附件名称（多个附件用序号），名称后不加标点符号；不能只写发文字号。',
    en: 'After 附件： comes the attachment\'s name (numbered when several), with no punctuation after it; not a document number.',
  },
  details: {
    zh: '“附件：”后写附件名称（多个附件用序号），名称后不加标点符号；不能只写发文字号。\n\n检查“附件：”行：写了发文字号而不是名称，或名称后加了句号；附件名称外加了书名号（附件名称是附件本身的标题，不是引用的文件名，起草实务，快速修复删除书名号；书名号后带括注或网页文件后缀的，如“《×××办法》（征求意见稿）.docx”，同样报告）；全文附件序号“附件1”与“附件一”混用（国标以阿拉伯数字标注附件顺序号）；文后附有附件时，附件说明所列的数目、名称和顺序与附件一致（附件的标题与附件说明所列名称不同、数目不同时报告；正文注明有删减时不比较）。',
    en: 'After 附件： comes the attachment\'s name (numbered when several), with no punctuation after it; not a document number.\n\nChecks 附件： lines: a document number instead of a name, or a full stop after the name; 书名号 around the name (it is the attachment\'s own title, not a cited one: drafting practice; the fix deletes them), also where a note or a web file suffix follows the marks (《×××办法》（征求意见稿）.docx); attachment numbers written both as 附件1 and 附件一 (the standard numbers them in Arabic numerals); when the attachments follow the text, the 附件说明 lists them in the same number, names and order (a text marked as cut is not compared).',
  },
  good: ['附件：第二批支持创新相关改革举措推广清单'],
  bad: ['附件：深交港货[2013]164号', '附件：示例市重点项目清单。', '附件：《示例市重点项目清单》', '附件：1．示例市重点项目清单\n      2．示例市重点企业名单\n\n附件1\n\n示例市重点项目清单\n\n附件二\n\n示例市重点企业名单'],
  fix: {
    zh: '删除名称后的句号；写成文号的需人工改为附件名称。',
    en: 'deletes the full stop; a number has to be replaced by the name by hand.',
  },
  source: {
    tier: 'standard',
    zh: 'GB/T 9704-2012 第7.3.4条（附件名称后不加标点符号）',
    en: 'GB/T 9704-2012 §7.3.4 (no punctuation after an attachment name)',
  },
};

const MESSAGES: Messages = {
  'text/attachment': { zh: '附件说明不规范', en: 'Irregular attachment line' },
  'text/attachment-number': {
    zh: '“附件：”后应写附件名称，而不是发文字号“{text}”',
    en: 'After 附件： write the attachment\'s name, not the number "{text}"',
  },
  'text/attachment-stop': { zh: '附件名称后不加标点符号：“{text}”', en: 'No punctuation after the attachment name: "{text}"' },
  'fix/attachment-stop': { zh: '删除句号', en: 'Delete the full stop' },
  'text/attachment-marks': { zh: '附件名称不加书名号：“{text}”', en: 'No 书名号 around the attachment name: "{text}"' },
  'fix/attachment-marks': { zh: '删除书名号', en: 'Delete the 书名号' },
  'text/attachment-count': {
    zh: '附件说明列出{listed}个附件，文后附有{present}个附件，数目不一致',
    en: 'The attachment list names {listed} attachments but {present} follow the text',
  },
  'text/attachment-name': {
    zh: '附件{n}的标题“{title}”与附件说明所列名称“{name}”不一致',
    en: 'Attachment {n} is titled "{title}" but the list names it "{name}"',
  },
  'text/attachment-order': {
    zh: '附件{n}“{title}”在附件说明中列为第{at}个，顺序不一致',
    en: 'Attachment {n} "{title}" is number {at} in the attachment list: the order differs',
  },
  'text/attachment-numbering': {
    zh: '附件序号“{text}”与前文“{first}”写法不一致，附件顺序号统一用阿拉伯数字',
    en: 'Attachment number "{text}" is written unlike "{first}": number attachments in Arabic numerals throughout',
  },
};

/** The 附件说明 against the attachments that follow the text: count, names, order. */
function compareList(ctx: RuleContext): void {
  const { doc } = ctx;
  const n = doc.norm;
  if (CUT.test(n)) return;
  const lines = doc.lines;
  const first = lines.findIndex((l) => /^[ \t\u3000]*附件[ \t\u3000]*[:：]/.test(n.slice(l.start, l.end)));
  if (first < 0) return;
  const listLine = lines[first];
  const head = /^[ \t\u3000]*附件[ \t\u3000]*[:：][ \t\u3000]*(?:(\d{1,2})[.．、][ \t\u3000]*)?([^\n]{1,200})$/.exec(n.slice(listLine.start, listLine.end));
  if (!head) return;
  const names = [key(head[2])];
  let i = first + 1;
  if (head[1] === '1') {
    for (; i < lines.length; i++) {
      const m = LIST_NEXT.exec(n.slice(lines[i].start, lines[i].end));
      if (!m || Number(m[1]) !== names.length + 1) break;
      names.push(key(m[2]));
    }
  }
  const present: { label: string; title: string; line: number }[] = [];
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (!PRESENT.test(n.slice(l.start, l.end))) continue;
    const next = lines.slice(i + 1, i + 4).find((x) => !x.blank);
    if (!next) continue;
    present.push({ label: doc.text.slice(l.start, l.end).trim(), title: n.slice(next.start, next.end), line: next.index });
  }
  if (!present.length) return;
  if (present.length !== names.length) {
    ctx.report({ range: { start: listLine.start, end: listLine.end }, messageId: 'text/attachment-count', args: { listed: names.length, present: present.length } });
    return;
  }
  present.forEach((p, k) => {
    const t = key(p.title);
    if (!t || t === names[k] || t.includes(names[k]) || names[k].includes(t)) return;
    const l = lines[p.line];
    const at = names.findIndex((x) => x === t);
    const title = doc.text.slice(l.start, l.end).trim();
    if (at >= 0) ctx.report({ range: { start: l.start, end: l.end }, messageId: 'text/attachment-order', args: { n: k + 1, title, at: at + 1 } });
    else ctx.report({ range: { start: l.start, end: l.end }, messageId: 'text/attachment-name', args: { n: k + 1, title, name: names[k] } });
  });
}

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'text/attachment', category: 'text', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    const n = doc.norm;
    if (!n.includes('附件')) return;
    // The 发文字号 by where they start (a look-up per 附件 line, not a search of every number).
    const numberEnds = new Map<number, number>();
    for (const d of doc.docNumbers) numberEnds.set(d.range.start, Math.max(numberEnds.get(d.range.start) ?? -1, d.range.end));
    ATTACH.lastIndex = 0;
    for (let m = ATTACH.exec(n); m; m = ATTACH.exec(n)) {
      const name = m[2].trimEnd();
      const start = m.index + m[0].length - m[2].length;
      if (!name) continue;
      // A document number instead of a name: 附件：深交港货[2013]164号.
      if ((numberEnds.get(start) ?? -1) >= start + name.length - 1) {
        ctx.report({ range: { start, end: start + name.length }, messageId: 'text/attachment-number', args: { text: doc.text.slice(start, start + name.length) } });
        continue;
      }
      // The whole name in 书名号: 附件：《示例市重点项目清单》, also with a note and a web copy's file suffix
      // after it (附件：《示例办法》（征求意见稿）.docx).
      if (/^《[^《》]{1,200}》(?:[(（][^()（）]{1,20}[)）])?(?:\.[A-Za-z]{2,4})?$/.test(name)) {
        const end = start + name.length;
        const close = start + name.indexOf('》');
        ctx.report({
          range: { start, end }, messageId: 'text/attachment-marks', args: { text: doc.text.slice(start, end) },
          fix: { titleId: 'fix/attachment-marks', edits: [{ start, end: start + 1, newText: '' }, { start: close, end: close + 1, newText: '' }] },
        });
        continue;
      }
      // A full stop after the name.
      if (/[。.]$/.test(name) && !/\.\w{2,4}$/.test(name)) {
        const at = start + name.length - 1;
        ctx.report({
          range: { start: at, end: at + 1 }, messageId: 'text/attachment-stop', args: { text: doc.text.slice(start, start + name.length) },
          fix: { titleId: 'fix/attachment-stop', edits: [{ start: at, end: at + 1, newText: '' }] },
        });
      }
    }
    compareList(ctx);
    // One numbering style: the first label sets it; a label in the other style is reported.
    let first: { text: string; arabic: boolean } | undefined;
    LABEL.lastIndex = 0;
    for (let m = LABEL.exec(n); m; m = LABEL.exec(n)) {
      const arabic = m[1] !== undefined;
      const numStart = m.index + m[0].length - (m[1] ?? m[2]).length;
      const text = doc.text.slice(m.index, m.index + m[0].length).trim();
      if (!first) { first = { text, arabic }; continue; }
      if (arabic !== first.arabic) {
        ctx.report({ range: { start: numStart, end: m.index + m[0].length }, messageId: 'text/attachment-numbering', args: { text, first: first.text } });
      }
    }
  },
};
export default rule;
