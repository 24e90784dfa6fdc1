/**
 * text/ocr-debris — debris left by OCR, PDF extraction or a script converter:
 *  - pinyin glosses after characters (區(qū), 發(fā); without tone marks: 扶持(gui)范发展, one syllable
 *    of the vocabulary's list, not an English word); fix: delete the gloss;
 *  - a circle ○ (U+25CB) typed for the zero 〇 in a Chinese-numeral year (二○二四年); fix: 〇;
 *  - article numbers: 条五条 for 第五条 (fix: 第), 第三条、 opening a line (fix: a space for 、);
 *  - garbled runs (U+FFFD, 锟斤拷, 烫烫烫, UTF-8 read as Latin-1 such as â€œ); no fix;
 *  - stray spaces inside Chinese words or numbers (政协十三届 二次会议, 战略新 兴, 2018-2022 年,
 *    第 4070 号, 第 1 0 条); fix: delete the spaces.
 * Spaces that are layout are left alone: indentation, letter-spaced labels (联 系 人), a space
 * between two organ names (中共柳河县委 柳河县人民政府), after 第N条, before a label (来源:),
 * table rows, and blanks that are placeholders (有 家, text/placeholder and target/blank).
 */
import type { Rule, TextEdit, RuleDocs, Messages } from '../../core/contract';
import { inSpans, isHan, memo } from '../../core/tokens';
import type { PolicyDocument, Span } from '../../core/model';
import { placeholderSpans } from './placeholder';
import { ORGANS_WITHOUT_ORGAN_END, PINYIN_ENGLISH_WORDS, PINYIN_SYLLABLES } from '../../core/vocabulary';

const PINYIN_RE = /(?<=[\u3400-\u9fff])\(([a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6})\)/g;
/** A gloss without tone marks (扶持(gui)范发展): one lowercase syllable right after a character. */
const TONELESS_RE = /(?<=[\u3400-\u9fff])\(([a-z]{2,6})\)/g;
const ENGLISH = new Set(PINYIN_ENGLISH_WORDS);
const SYLLABLES = new Set(PINYIN_SYLLABLES.filter((p) => !ENGLISH.has(p)));
const GARBLED_RE = /\uFFFD+|(?:锟斤拷)+|烫{3,}|屯{3,}|(?:[\u00C2\u00C3\u00E2\u00E5-\u00E9][\u0080-\u00BF\u2013-\u203A\u20AC\u2122]){2,}/g;
/** A year in Chinese numerals (二○二四年): a white circle ○ (U+25CB) there stands for the zero 〇. */
const CN_YEAR_RE = /(?<![〇○零一二三四五六七八九])[〇○零一二三四五六七八九]{4}(?=年)/g;
/** 条五条 for 第五条: the 第 of an article number read as 条 (not after a number: 第十条, 共四条). */
const ARTICLE_RE = /(?<![第〇零一二三四五六七八九十百\d])条(?=[〇零一二三四五六七八九十百]{1,5}条)/g;
/** 第三条、申请人: an article heading at the line start takes a space, not 、 (第三条、第五条 is a list). */
const ARTICLE_MARK_RE = /^[ \t]*第[〇零一二三四五六七八九十百\d]{1,5}条(、)(?![第\n])/gm;
// A run of one or two ASCII spaces between two non-space characters.
const SPACE_RE = /(?<=\S) {1,2}(?=\S)/g;
/** Characters that end an organ name: a space after them may separate two organs. */
const ORGAN_END = /[委厅府局部院会办室署行社所处组团]/;

export type DebrisKind = 'pinyin' | 'garbled' | 'space' | 'zero' | 'article' | 'article-mark';
export interface Debris { kind: DebrisKind; range: Span; edits?: TextEdit[] }

function isDigit(c: number): boolean { return c >= 48 && c <= 57; }

function scan(doc: PolicyDocument): Debris[] {
  const { norm } = doc;
  const out: Debris[] = [];
  PINYIN_RE.lastIndex = 0;
  for (let m = PINYIN_RE.exec(norm); m; m = PINYIN_RE.exec(norm)) {
    const r = { start: m.index, end: m.index + m[0].length };
    out.push({ kind: 'pinyin', range: r, edits: [{ start: r.start, end: r.end, newText: '' }] });
  }
  TONELESS_RE.lastIndex = 0;
  for (let m = TONELESS_RE.exec(norm); m; m = TONELESS_RE.exec(norm)) {
    if (!SYLLABLES.has(m[1])) continue;
    const r = { start: m.index, end: m.index + m[0].length };
    out.push({ kind: 'pinyin', range: r, edits: [{ start: r.start, end: r.end, newText: '' }] });
  }
  GARBLED_RE.lastIndex = 0;
  for (let m = GARBLED_RE.exec(norm); m; m = GARBLED_RE.exec(norm)) {
    out.push({ kind: 'garbled', range: { start: m.index, end: m.index + m[0].length } });
  }
  // 二○二四年: the circle typed for the zero; fix: 〇.
  CN_YEAR_RE.lastIndex = 0;
  for (let m = CN_YEAR_RE.exec(norm); m; m = CN_YEAR_RE.exec(norm)) {
    const edits: TextEdit[] = [];
    for (let i = 0; i < 4; i++) if (m[0][i] === '○') edits.push({ start: m.index + i, end: m.index + i + 1, newText: '〇' });
    if (edits.length) out.push({ kind: 'zero', range: { start: m.index, end: m.index + 5 }, edits });
  }
  // 条五条 → 第五条; 第三条、申请人 → 第三条+全角空格.
  ARTICLE_RE.lastIndex = 0;
  for (let m = ARTICLE_RE.exec(norm); m; m = ARTICLE_RE.exec(norm)) {
    const end = norm.indexOf('条', m.index + 1) + 1;
    out.push({ kind: 'article', range: { start: m.index, end }, edits: [{ start: m.index, end: m.index + 1, newText: '第' }] });
  }
  ARTICLE_MARK_RE.lastIndex = 0;
  for (let m = ARTICLE_MARK_RE.exec(norm); m; m = ARTICLE_MARK_RE.exec(norm)) {
    const at = m.index + m[0].length - 1;
    const start = norm.indexOf('第', m.index);
    out.push({ kind: 'article-mark', range: { start, end: at + 1 }, edits: [{ start: at, end: at + 1, newText: '\u3000' }] });
  }
  // Stray spaces, grouped per word: 第 1 0 条 is one finding with three edits.
  // Blanks that are placeholders (target/blank, text/placeholder) and spaces inside a 发文字号
  // (citation/doc-number-space) are other rules' findings.
  const blanks = [...doc.placeholders.map((p) => p.range), ...placeholderSpans(doc), ...doc.docNumbers.map((d) => d.range)]
    .sort((a, b) => a.start - b.start)
    .reduce<Span[]>((acc, r) => {
      const last = acc[acc.length - 1];
      if (last && r.start <= last.end) last.end = Math.max(last.end, r.end); else acc.push({ ...r });
      return acc;
    }, []);
  let group: Span[] = [];
  const flush = () => {
    if (!group.length) return;
    out.push({ kind: 'space', range: { start: group[0].start - 1, end: group[group.length - 1].end + 1 }, edits: group.map((g) => ({ start: g.start, end: g.end, newText: '' })) });
    group = [];
  };
  SPACE_RE.lastIndex = 0;
  let lineOf = -1, lineStart = 0, lineEnd = 0, skipLine = false;
  for (let m = SPACE_RE.exec(norm); m; m = SPACE_RE.exec(norm)) {
    const s = m.index, e = s + m[0].length;
    if (s >= lineEnd) {
      flush();
      const li = doc.lineIndex.positionAt(s).line;
      if (li !== lineOf) {
        lineOf = li; lineStart = doc.lines[li].start; lineEnd = doc.lines[li].end;
        const line = norm.slice(lineStart, lineEnd);
        // Table rows and web-page chrome.
        skipLine = /[|｜]/.test(line);
      }
    }
    if (skipLine || doc.text.slice(s, e).includes('\u3000')) continue;
    if (!spaceIsDebris(norm, s, e, lineStart) || inSpans(blanks, s)) continue;
    if (group.length && s - group[group.length - 1].end > 4) flush();
    group.push({ start: s, end: e });
  }
  flush();
  return out.sort((a, b) => a.range.start - b.range.start);
}

function spaceIsDebris(norm: string, s: number, e: number, lineStart: number): boolean {
  const l = norm.charCodeAt(s - 1), r = norm.charCodeAt(e);
  const lh = isHan(l), rh = isHan(r), ld = isDigit(l), rd = isDigit(r);
  if (!((lh && rh) || (ld && rh) || (lh && rd) || (ld && rd))) return false;
  const before = norm.slice(Math.max(lineStart, s - 12), s);
  const after = norm.slice(e, e + 8);
  // A label follows (来源:, 时间:), or the text after the space is a date or a time.
  if (/^[\u4e00-\u9fff]{1,5}[:：]/.test(after) || /^\d{1,2}:\d/.test(after)) return false;
  // After a date that opens the line: a dated note ("2022年3月1日 国家市场监督管理总局令第52号公布").
  if (s - lineStart <= 16 && /^[ \t]*(\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/.test(norm.slice(lineStart, s))) return false;
  // After a heading number (第1条 设立, 第一章 总则), an outline number at the line start (1 范围).
  if (/第[\d一二三四五六七八九十百零〇 ]+[条章节款]$/.test(before)) return false;
  if (ld && /^[ \t]*[\d.]+$/.test(norm.slice(lineStart, s))) return false;
  if (lh && rh) {
    // Letter-spaced labels (联 系 人, 主 要 内 容): single characters between spaces.
    if (/\s/.test(norm[s - 2] ?? '\n') || /\s/.test(norm[e + 1] ?? '\n')) return false;
    // Two organ names (joint issuers: 中共中央 国务院, 中共中央办公厅 国务院办公厅).
    if (ORGAN_END.test(norm[s - 1]) || ORGANS_WITHOUT_ORGAN_END.some((o) => before.endsWith(o))) return false;
    // A space in running text only: the line has sentence punctuation.
    return true;
  }
  if (ld && rd) {
    // Spaced digits only inside 第…条 (第 1 0 条), never dates, phone numbers or tables.
    return /第[\d ]*$/.test(before) && /^[\d ]*[条章节款号]/.test(after);
  }
  // Han then digits: 第 4070 号, 不超过 40 万元 — the number sits inside Chinese text.
  if (lh && rd) return norm[s - 1] === '第' || /^\d+(?:\.\d+)? ?[\u4e00-\u9fff]/.test(after);
  // Digit then Han: 4070 号, 2022 年, 500 万元.
  return true;
}

/** Debris in the document (memoised; the hover and tests use it too). */
export function findDebris(doc: PolicyDocument): Debris[] {
  return memo(doc, 'debris', scan);
}

const DOCS: RuleDocs = {
  title: { zh: '转换与识别残留', en: 'Conversion and OCR debris' },
  explanation: {
    zh: '繁简转换或网页复制留下的拼音注音（區(qū)）、乱码、汉字或数字之间的多余空格（政协十三届 二次会议、2018-2022 年、第 4070 号），应在定稿前清除。',
    en: 'Pinyin glosses left by script conversion or web copies (區(qū)), garbled text, and stray spaces inside Chinese words or numbers (政协十三届 二次会议, 2018-2022 年, 第 4070 号) are removed before the text is final.',
  },
  details: {
    zh: '报告以下残留：繁简转换或网页复制留下的拼音注音（區(qū)、發(fā)，以及不带声调的“扶持(gui)范发展”）；中文数字年份中误用的圆圈符号“○”（二○二四年，应为“〇”）；条标残留（“条五条”应为“第五条”，行首“第三条、”应为“第三条　”）；乱码（�、锟斤拷、â€œ）；汉字或数字之间的多余空格（政协十三届 二次会议、2018-2022 年、第 4070 号、战略新 兴、第 1 0 条）。排版用的空格不报告：缩进、字间加空的标签（联 系 人）、两个机关名称之间（中共中央 国务院、中共中央办公厅 国务院办公厅）、第N条之后、标签（来源:）之前、表格行、作为占位的空白和发文字号中的空格（由 citation/doc-number-space 报告）。行首日期之后的空格（“2022年3月1日 国家市场监督管理总局令第52号公布”）是排版空格，不报告。',
    en: 'Reports pinyin glosses left by script conversion (區(qū), and toneless ones such as 扶持(gui)范发展), a circle ○ typed for the zero 〇 in a Chinese-numeral year (二○二四年), article-number debris (条五条 for 第五条; 第三条、 opening a line, which takes a space), garbled text (�, 锟斤拷, â€œ) and stray spaces inside Chinese words or numbers. Layout spaces are left alone: indentation, letter-spaced labels, between two organ names (中共中央 国务院, joint issuers), after 第N条, before labels, table rows, blanks that are placeholders, and spaces in a 发文字号 (citation/doc-number-space). A space after a date that opens the line (2022年3月1日 国家市场监督管理总局令第52号公布) is layout and not reported.',
  },
  good: ['各区人民政府', '政协十三届二次会议第4070号提案', '（2018—2022年）', '根据《中共中央 国务院关于加快建设全国统一大市场的意见》', '采用政府和社会资本合作(PPP)模式', '二〇二四年五月十日', '依据第三条、第五条规定', '第三条　申请人应当提交材料'],
  bad: ['各區(qū)人民政府', '政协十三届 二次会议第 4070 号提案', '全力支持战略新 兴产业发展。', '扶持(gui)范发展', '二○二四年五月十日', '依据本办法条五条规定', '第三条、申请人应当提交材料'],
  fix: {
    zh: '删除拼音注音或多余空格；“修复本文档中所有”可一次清除 的全部拼音。',
    en: 'Deletes the gloss or the spaces; fix-all clears every gloss of at once.',
  },
  source: {
    tier: 'practice',
    zh: '起草实务：清除文字转换、识别残留',
    en: 'Drafting practice: remove conversion and OCR debris',
  },
};

const MESSAGES: Messages = {
  'fix/ocr-debris-pinyin': { zh: '删除拼音注音', en: 'Delete the pinyin gloss' },
  'fix/ocr-debris-space': { zh: '删除多余空格', en: 'Delete the stray space' },
  'text/ocr-debris': { zh: '疑似转换或识别残留：“{text}”', en: 'Conversion or OCR debris: "{text}"' },
  'text/ocr-debris-pinyin': {
    zh: '汉字后残留拼音注音“{text}”（繁简转换或网页复制残留），应删除',
    en: 'A pinyin gloss "{text}" is left after a character (script-converter or web-copy debris); delete it',
  },
  'text/ocr-debris-garbled': {
    zh: '乱码“{text}”：文字编码转换出错，请对照原文修正',
    en: 'Garbled text "{text}": an encoding went wrong; correct it against the source',
  },
  'fix/ocr-debris-zero': { zh: '改为“〇”', en: 'Change to 〇' },
  'text/ocr-debris-zero': {
    zh: '“{text}”中的“○”（圆圈符号）应为数字“〇”',
    en: 'In "{text}" the circle ○ stands for the numeral zero 〇',
  },
  'fix/ocr-debris-article': { zh: '改为“第”', en: 'Change to 第' },
  'text/ocr-debris-article': {
    zh: '“{text}”开头的“条”疑为“第”的识别错误',
    en: '"{text}": the 第 of an article number seems misread as 条',
  },
  'fix/ocr-debris-article-mark': { zh: '改为空格', en: 'Change to a space' },
  'text/ocr-debris-article-mark': {
    zh: '条标“{text}”后应空一字，不加顿号',
    en: 'The article number "{text}" is followed by a space, not 、',
  },
  'text/ocr-debris-space': {
    zh: '“{text}”中有多余空格（排版或识别残留），应删除',
    en: 'Stray space in "{text}" (layout or OCR debris); delete it',
  },
};

const rule: Rule = {
  docs: DOCS,
  messages: MESSAGES,
  meta: { id: 'text/ocr-debris', category: 'text', severity: 'warning', fixable: true },
  check(ctx) {
    const { doc } = ctx;
    for (const d of findDebris(doc)) {
      const text = doc.text.slice(d.range.start, d.range.end);
      ctx.report({
        range: d.range, messageId: `text/ocr-debris-${d.kind}`, args: { text },
        fix: d.edits ? { titleId: `fix/ocr-debris-${d.kind}`, edits: d.edits } : undefined,
      });
    }
  },
};
export default rule;
