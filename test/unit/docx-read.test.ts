/**
 * Reading .docx (issue 20): Word's automatic numbering restored as text, tables, tracked changes,
 * comments, fields, line breaks, the paragraph of every line; the real government .docx files.
 * Documents are built with the `docx` package's numbering, or written by hand as XML where the
 * package cannot say it (style numbering, overrides, revisions, comments, fields).
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph } from 'docx';
import { readDocxBuffer, unsupportedFormat } from '../../server/src/docx/read';
import { formatNumber } from '../../server/src/docx/numbering';
import { lintDocument, normalizeConfig, parseDocument } from '../../server/src/linter';
import { cnToNumber } from '../../server/src/core/numerals';
import { zip } from './cli-zip';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const CONFIG = { ...normalizeConfig({}).config, check: 'always' as const };

// ── The same document typed, and numbered by Word ────────────────────────────────────────────────

type Style = 'chapter' | 'article' | 'cn' | 'paren-cn' | 'arabic' | 'paren-arabic';
const MARKERS: [Style, RegExp][] = [
  ['chapter', /^第([一二三四五六七八九十百]{1,4})章([\u3000 ]?)/],
  ['article', /^第([一二三四五六七八九十百]{1,4})条([\u3000 ]?)/],
  ['cn', /^([一二三四五六七八九十]{1,3})(、)/],
  ['paren-cn', /^([（(])([一二三四五六七八九十]{1,3})([）)])/],
  ['arabic', /^(\d{1,2})([.．、])(?![\d.．])/],
  ['paren-arabic', /^([（(])(\d{1,2})([）)])/],
];
/** Which list and level each style is in Word: one four-level list for 一、（一）1.（1）, one each for 第X章 and 第X条. */
const LIST: Record<Style, { ref: string; level: number }> = {
  chapter: { ref: 'chapter', level: 0 }, article: { ref: 'article', level: 0 },
  cn: { ref: 'policy', level: 0 }, 'paren-cn': { ref: 'policy', level: 1 }, arabic: { ref: 'policy', level: 2 }, 'paren-arabic': { ref: 'policy', level: 3 },
};

interface Marked { style: Style; number: number; form: string; lvlText: string; suffix?: string; rest: string }

function marked(line: string): Marked | undefined {
  for (const [style, re] of MARKERS) {
    const m = re.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length);
    switch (style) {
      case 'chapter': case 'article': {
        const suffix = m[2] === '\u3000' ? LevelSuffix.TAB : m[2] === ' ' ? LevelSuffix.SPACE : LevelSuffix.NOTHING;
        return { style, number: cnToNumber(m[1]), form: suffix, lvlText: style === 'chapter' ? '第%1章' : '第%1条', suffix, rest };
      }
      case 'cn': return { style, number: cnToNumber(m[1]), form: '、', lvlText: '%1、', rest };
      case 'paren-cn': return { style, number: cnToNumber(m[2]), form: m[1] + m[3], lvlText: `${m[1]}%2${m[3]}`, rest };
      case 'arabic': return { style, number: Number(m[1]), form: m[2], lvlText: `%3${m[2]}`, rest };
      case 'paren-arabic': return { style, number: Number(m[2]), form: m[1] + m[3], lvlText: `${m[1]}%4${m[3]}`, rest };
    }
  }
  return undefined;
}

/**
 * The typed document as Word would have it with its list feature: every heading whose number is the one
 * Word's counter gives at that point (in the form the document uses most for that style) becomes a
 * numbered paragraph without its typed number; the others stay typed, as a drafter's would.
 */
async function numberedLikeWord(text: string): Promise<{ buffer: Buffer; numbered: number }> {
  const lines = text.split('\n');
  const marks = lines.map(marked);
  const form = new Map<Style, Marked>();
  const counts = new Map<string, number>();
  for (const m of marks) if (m) counts.set(m.style + '\0' + m.form, (counts.get(m.style + '\0' + m.form) ?? 0) + 1);
  for (const m of marks) {
    if (!m) continue;
    const best = form.get(m.style);
    if (!best || counts.get(m.style + '\0' + m.form)! > counts.get(best.style + '\0' + best.form)!) form.set(m.style, m);
  }
  const counters = new Map<string, number[]>();
  let numbered = 0;
  const paragraphs = lines.map((line, i) => {
    const m = marks[i];
    if (m && form.get(m.style)?.form === m.form) {
      const { ref, level } = LIST[m.style];
      const c = counters.get(ref) ?? [];
      counters.set(ref, c);
      if (m.number === (c[level] ?? 0) + 1) {
        c[level] = m.number;
        c.length = level + 1; // a higher level restarts the lower ones
        numbered++;
        return new Paragraph({ text: m.rest, numbering: { reference: ref, level } });
      }
    }
    return new Paragraph({ text: line });
  });
  const lvl = (style: Style, level: number, format: (typeof LevelFormat)[keyof typeof LevelFormat]) => {
    const m = form.get(style);
    return { level, format, text: m?.lvlText ?? `%${level + 1}.`, alignment: AlignmentType.START, suffix: (m?.suffix ?? LevelSuffix.TAB) as (typeof LevelSuffix)[keyof typeof LevelSuffix] };
  };
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'policy', levels: [lvl('cn', 0, LevelFormat.CHINESE_COUNTING), lvl('paren-cn', 1, LevelFormat.CHINESE_COUNTING), lvl('arabic', 2, LevelFormat.DECIMAL), lvl('paren-arabic', 3, LevelFormat.DECIMAL)] },
        { reference: 'chapter', levels: [lvl('chapter', 0, LevelFormat.CHINESE_COUNTING)] },
        { reference: 'article', levels: [lvl('article', 0, LevelFormat.CHINESE_COUNTING)] },
      ],
    },
    sections: [{ children: paragraphs }],
  });
  return { buffer: await Packer.toBuffer(doc), numbered };
}

function readOk(buf: Uint8Array) {
  const r = readDocxBuffer(buf);
  if (!r.ok) throw new Error(r.error);
  return r;
}

/** What the checks see of a text: headings, measures, findings. */
function view(text: string) {
  const doc = parseDocument(text);
  const { findings } = lintDocument(doc, CONFIG);
  return {
    kind: doc.kind,
    headings: doc.allHeadings.map((h) => `${h.style} ${h.number} ${h.title}`),
    measures: doc.measures.length,
    findings: findings.map((f) => `${f.ruleId}@${f.range.start}-${f.range.end}`).sort(),
  };
}

describe('docx: automatic numbering read back as the typed text', function () {
  this.timeout(120000);
  const files = [
    ...fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.txt')).map((f) => path.join(ROOT, 'examples', f)),
    ...['001_liuhe-zhongdianchanye-shishiyijian-2023.txt', '007_guowuyuan-zhiyejiaoyu-gaige-shishifangan-2019.txt', '010_guobanfa-zhenzhuashigan-jili-tongzhi-2018.txt']
      .map((f) => path.join(FIXTURES, 'corpus', f)),
    ...['040_kunming-chenggong-chanyezhuanxing-ruoganzhengcecuoshi-2022.txt', '054_yongde-yishangzhaoshang-minjianzhaoshang-jianglibanfa-2015.txt', '062_guojiaanquanbu-gongmin-jubao-jiangli-banfa-2022.txt']
      .map((f) => path.join(FIXTURES, 'corpus', 'more', f)),
  ];
  for (const file of files) {
    it(`${path.basename(file)}: same text, headings, measures and findings`, async () => {
      const text = fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
      const { buffer, numbered } = await numberedLikeWord(text);
      assert.ok(numbered >= 2, `${numbered} headings numbered by Word`);
      const r = readOk(buffer);
      assert.strictEqual(r.numbered, numbered, 'every numbered paragraph got its number');
      assert.strictEqual(r.text, text);
      assert.deepStrictEqual(view(r.text), view(text));
      assert.deepStrictEqual(r.paragraphOfLine, text.split('\n').map((_l, i) => i + 1));
    });
  }

  it('restarts and start values: a new instance starts again, a level starts where it says', async () => {
    const doc = new Document({
      numbering: {
        config: [{
          reference: 'l', levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', start: 3, suffix: LevelSuffix.NOTHING },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
            { level: 2, format: LevelFormat.DECIMAL, text: '%3.' },
            { level: 3, format: LevelFormat.DECIMAL, text: '（%4）' },
            { level: 4, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: '%5', suffix: LevelSuffix.NOTHING },
          ],
        }],
      },
      sections: [{
        children: [
          new Paragraph({ text: '重点任务', numbering: { reference: 'l', level: 0 } }),
          new Paragraph({ text: '甲', numbering: { reference: 'l', level: 1 } }),
          new Paragraph({ text: '乙', numbering: { reference: 'l', level: 2 } }),
          new Paragraph({ text: '丙', numbering: { reference: 'l', level: 2 } }),
          new Paragraph({ text: '丁', numbering: { reference: 'l', level: 3 } }),
          new Paragraph({ text: '戊', numbering: { reference: 'l', level: 4 } }),
          new Paragraph({ text: '戊二', numbering: { reference: 'l', level: 4 } }),
          new Paragraph({ text: '己', numbering: { reference: 'l', level: 1 } }),
          new Paragraph({ text: '庚', numbering: { reference: 'l', level: 2 } }),
          new Paragraph({ text: '保障措施', numbering: { reference: 'l', level: 0 } }),
          new Paragraph({ text: '辛', numbering: { reference: 'l', level: 1 } }),
          new Paragraph({ text: '另一个清单' }),
          new Paragraph({ text: '壬', numbering: { reference: 'l', level: 0, instance: 2 } }),
          new Paragraph({ text: '癸', numbering: { reference: 'l', level: 0, instance: 2 } }),
        ],
      }],
    });
    const r = readOk(await Packer.toBuffer(doc));
    assert.deepStrictEqual(r.text.split('\n'), [
      '三、重点任务', '（一）甲', '1.乙', '2.丙', '（1）丁', '①戊', '②戊二', '（二）己', '1.庚', '四、保障措施', '（一）辛', '另一个清单', '三、壬', '四、癸',
    ]);
  });

  it('number formats', () => {
    const cases: [number, string, string][] = [
      [1, 'chineseCounting', '一'], [10, 'chineseCounting', '十'], [11, 'chineseCounting', '十一'], [20, 'chineseCounting', '二十'],
      [21, 'chineseCountingThousand', '二十一'], [101, 'chineseCountingThousand', '一百零一'], [110, 'chineseCountingThousand', '一百一十'],
      [3, 'japaneseCounting', '三'], [12, 'ideographDigital', '一二'], [3, 'ideographTraditional', '丙'], [2, 'ideographZodiac', '丑'],
      [3, 'decimalEnclosedCircle', '③'], [21, 'decimalEnclosedCircleChinese', '㉑'], [2, 'decimalEnclosedParen', '⑵'],
      [14, 'chineseLegalSimplified', '壹拾肆'], [4, 'upperRoman', 'IV'], [28, 'upperLetter', 'BB'], [3, 'lowerLetter', 'c'],
      [7, 'decimalZero', '07'], [12, 'decimalFullWidth', '１２'], [5, 'none', ''], [5, 'someFutureFormat', '5'],
    ];
    for (const [n, fmt, want] of cases) assert.strictEqual(formatNumber(n, fmt), want, `${n} ${fmt}`);
  });
});

// ── Hand-written WordprocessingML ────────────────────────────────────────────────────────────────

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS = `xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"`;
const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const para = (body: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${body}</w:p>`;
const numPr = (numId: number, ilvl?: number) => `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
const lvl = (ilvl: number, fmt: string, text: string, extra = '') => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/><w:pPr><w:ind w:left="0"/></w:pPr><w:rPr><w:rFonts w:ascii="黑体"/></w:rPr></w:lvl>`;

/** A .docx of the given parts, with its relationships: word/document.xml (or `mainName`), numbering, styles, comments. */
function wordDocx(o: { body: string; numbering?: string; styles?: string; comments?: string; mainName?: string; documentXml?: string }): Buffer {
  const main = o.mainName ?? 'word/document.xml';
  const rels = [
    o.numbering ? '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' : '',
    o.styles ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' : '',
    o.comments ? '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>' : '',
  ].join('');
  const entries = [
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>') },
    { name: '_rels/.rels', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`) },
    { name: main.replace(/[^/]+$/, '_rels/') + main.replace(/^.*\//, '') + '.rels', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`) },
    { name: main, data: Buffer.from(o.documentXml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${o.body}<w:sectPr><w:pgSz w:w="11906"/></w:sectPr></w:body></w:document>`) },
  ];
  if (o.numbering) entries.push({ name: 'word/numbering.xml', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">${o.numbering}</w:numbering>`) });
  if (o.styles) entries.push({ name: 'word/styles.xml', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">${o.styles}</w:styles>`) });
  if (o.comments) entries.push({ name: 'word/comments.xml', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="${W}">${o.comments}</w:comments>`) });
  return zip(entries);
}

describe('docx: numbering definitions as Word applies them', () => {
  const numbering = [
    `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、', '<w:suff w:val="nothing"/>')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}</w:abstractNum>`,
    `<w:abstractNum w:abstractNumId="1">${lvl(0, 'chineseCounting', '第%1章', '<w:pStyle w:val="Chapter"/>')}${lvl(1, 'chineseCounting', '第%2条', '<w:lvlRestart w:val="0"/><w:pStyle w:val="Article"/>')}${lvl(2, 'decimal', '%1.%3', '<w:isLgl/>')}</w:abstractNum>`,
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>',
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>',
    `<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">${lvl(0, 'ideographTraditional', '%1.')}</w:lvlOverride></w:num>`,
  ].join('');
  const styles = [
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
    '<w:style w:type="paragraph" w:styleId="Chapter"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr><w:jc w:val="center"/></w:pPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Article"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="ArticleChild"><w:basedOn w:val="Article"/></w:style>',
    '<w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style>',
  ].join('');

  it('levels, restarts by a higher level, start overrides, level overrides (a new definition starts again), numId 0', () => {
    const body = [
      para(run('总体要求'), numPr(1, 0)),
      para(run('目标'), numPr(1, 1)),
      para(run('甲'), numPr(1, 2)),
      para(run('乙'), numPr(1, 2)),
      para(run('任务'), numPr(1, 1)),
      para(run('丙'), numPr(1, 2)),
      para(run('保障'), numPr(1, 0)),
      para(run('不编号'), `<w:pStyle w:val="Normal"/>${numPr(0, 0)}`),
      para(run('重新从五开始'), numPr(2, 0)),
      para(run('接着'), numPr(2, 0)),
      para(run('天干'), numPr(4, 0)),
    ].join('');
    const r = readOk(wordDocx({ body, numbering }));
    assert.deepStrictEqual(r.text.split('\n'), ['一、总体要求', '（一）目标', '1.甲', '2.乙', '（二）任务', '1.丙', '二、保障', '不编号', '五、重新从五开始', '六、接着', '甲.天干']);
    assert.strictEqual(r.numbered, 10);
    assert.strictEqual(r.revisions, false);
  });

  it('numbering by paragraph style (basedOn chain, level from the style or its pStyle), lvlRestart 0, isLgl', () => {
    const body = [
      para(run('总则'), '<w:pStyle w:val="Chapter"/>'),
      para(run('为了……，制定本办法。'), '<w:pStyle w:val="Article"/>'),
      para(run('本办法适用于……。'), '<w:pStyle w:val="ArticleChild"/>'),
      para(run('附则'), '<w:pStyle w:val="Chapter"/>'),
      para(run('本办法自印发之日起施行。'), '<w:pStyle w:val="Article"/>'),
      para(run('法定编号'), `<w:pStyle w:val="Article"/>${numPr(3, 2)}`),
      para(run('标题不编号'), `<w:pStyle w:val="Chapter"/>${numPr(0)}`),
    ].join('');
    const r = readOk(wordDocx({ body, numbering, styles }));
    assert.deepStrictEqual(r.text.split('\n'), [
      '第一章\u3000总则', '第一条\u3000为了……，制定本办法。', '第二条\u3000本办法适用于……。', '第二章\u3000附则', '第三条\u3000本办法自印发之日起施行。', '2.1\u3000法定编号', '标题不编号',
    ]);
    const doc = parseDocument(r.text);
    assert.deepStrictEqual(doc.allHeadings.filter((h) => h.style === 'chapter').map((h) => `${h.number} ${h.title}`), ['1 总则', '2 附则']);
    assert.deepStrictEqual(doc.allHeadings.filter((h) => h.style === 'article').map((h) => h.number), [1, 2, 3]);
  });
});

describe('docx: revisions, comments, fields, breaks, tables', () => {
  it('tracked changes are accepted and said so; comments are left out', () => {
    const body = [
      para(run('示例市促进产业发展行动计划')),
      para(`${run('安排资金')}<w:del w:id="1" w:author="审稿人" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>5000万元</w:delText></w:r></w:del><w:ins w:id="2" w:author="审稿人"><w:r><w:t>3000万元</w:t></w:r></w:ins>${run('，')}<w:commentRangeStart w:id="9"/>${run('支持企业')}<w:commentRangeEnd w:id="9"/><w:r><w:commentReference w:id="9"/></w:r>${run('发展。')}`),
      // A deleted paragraph mark: accepted, the paragraph runs on into the next.
      para(run('前半句'), '<w:rPr><w:del w:id="3" w:author="审稿人"/></w:rPr>'),
      para(run('后半句。')),
      para(`<w:moveFrom w:id="4"><w:r><w:t>移走的话</w:t></w:r></w:moveFrom>${run('留下的话')}<w:moveTo w:id="5"><w:r><w:t>移来的话</w:t></w:r></w:moveTo>`),
      para(`<w:del w:id="6"><w:r><w:delText>整段删除</w:delText></w:r></w:del>`),
    ].join('');
    const r = readOk(wordDocx({ body, comments: '<w:comment w:id="9" w:author="审稿人"><w:p><w:r><w:t>批注内容不应出现</w:t></w:r></w:p></w:comment>' }));
    assert.strictEqual(r.revisions, true);
    assert.deepStrictEqual(r.text.split('\n'), ['示例市促进产业发展行动计划', '安排资金3000万元，支持企业发展。', '前半句后半句。', '留下的话移来的话', '']);
    assert.ok(!r.text.includes('批注'));
    assert.deepStrictEqual(r.paragraphOfLine, [1, 2, 3, 4, 5]);
  });

  it('fields give their result, not their code; breaks, tabs, hidden text, text boxes, symbols', () => {
    const body = [
      para(`${run('详见')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.gov.cn" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('政府网站')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run('，第')}<w:fldSimple w:instr=" PAGE ">${run('3')}</w:fldSimple>${run('页。')}`),
      para(`${run('第一行')}<w:r><w:br/></w:r>${run('第二行')}<w:r><w:br w:type="page"/></w:r>${run('第三行')}`),
      para(`<w:r><w:br w:type="page"/></w:r>${run('分页后')}`),
      para(`${run('甲')}<w:r><w:tab/></w:r>${run('乙')}<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显示</w:t></w:r><w:r><w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="SimSun" w:char="2605"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r>`),
      para(`${run('正文')}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${para(run('文本框'))}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>${para(run('文本框'))}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`),
      para(run('&lt;实体&amp;引用&#x4E00;&#20108;<![CDATA[<原样>]]>')),
    ].join('');
    const r = readOk(wordDocx({ body }));
    assert.deepStrictEqual(r.text.split('\n'), ['详见政府网站，第3页。', '第一行', '第二行', '第三行', '分页后', '甲\t乙显示★', '文本框', '正文', '<实体&引用一二<原样>']);
    assert.deepStrictEqual(r.paragraphOfLine, [1, 2, 2, 2, 3, 4, 5, 6, 7]);
  });

  it('a line break in a centred paragraph turns a title (one line); elsewhere it starts a new line', () => {
    const styles = '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"/><w:style w:type="paragraph" w:styleId="Title"><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="SubTitle"><w:basedOn w:val="Title"/></w:style>';
    const br = '<w:r><w:br/></w:r>';
    const body = [
      para(`${run('示例市交通运输局关于市政协提案')}${br}${run('答复的函')}`, '<w:pStyle w:val="SubTitle"/>'),
      para(`${run('关于印发示例市')}${br}${run('行动计划的通知')}`, '<w:jc w:val="center"/>'),
      para(`${run('Action Plan')}${br}${run('2024')}`, '<w:jc w:val="center"/>'),
      para(`${run('示例市人民政府')}${br}${run('2024年1月1日')}`, '<w:jc w:val="right"/>'),
      para(`${run('不居中')}${br}${run('换行')}`, '<w:pStyle w:val="Title"/><w:jc w:val="left"/>'),
    ].join('');
    const r = readOk(wordDocx({ body, styles }));
    assert.deepStrictEqual(r.text.split('\n'), ['示例市交通运输局关于市政协提案答复的函', '关于印发示例市行动计划的通知', 'Action Plan 2024', '示例市人民政府', '2024年1月1日', '不居中', '换行']);
    assert.deepStrictEqual(r.paragraphOfLine, [1, 2, 3, 4, 4, 5, 5]);
  });

  it('tables: one row per line, cells separated by a tab, with the paragraph of the row', () => {
    const cell = (...ps: string[]) => `<w:tc><w:tcPr><w:tcW w:w="2000"/></w:tcPr>${ps.map((t) => para(run(t))).join('')}</w:tc>`;
    const row = (...cells: string[]) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`;
    const body = [
      para(run('附件')),
      `<w:tbl><w:tblPr><w:tblBorders/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>${row(cell('序号'), cell('任务'), cell('牵头单位'))}${row(cell('1'), cell('建设园区', '推进招商'), cell('市发展改革委'))}<w:tr><w:trPr><w:del w:id="1"/></w:trPr>${cell('2')}${cell('删除的行')}${cell('某局')}</w:tr>${row(cell(''), cell(''), cell(''))}</w:tbl>`,
      para(run('表后段落')),
    ].join('');
    const r = readOk(wordDocx({ body }));
    assert.deepStrictEqual(r.text.split('\n'), ['附件', '序号\t任务\t牵头单位', '1\t建设园区 推进招商\t市发展改革委', '', '表后段落']);
    assert.deepStrictEqual(r.paragraphOfLine, [1, 2, 5, 12, 15]);
    assert.strictEqual(r.revisions, true);
  });

  it('another prefix for the WordprocessingML namespace, and the main part found through the relationships', () => {
    const xml = `<?xml version="1.0"?><ns0:document xmlns:ns0="${W}"><ns0:body><ns0:p><ns0:r><ns0:t>前缀不同</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>`;
    assert.strictEqual(readOk(wordDocx({ body: '', documentXml: xml, mainName: 'word/document2.xml' })).text, '前缀不同');
  });

  it('damaged parts are refused with a reason, never thrown', () => {
    for (const documentXml of ['not XML at all', '<?xml version="1.0"?><html><body>网页</body></html>', '']) {
      const r = readDocxBuffer(wordDocx({ body: '', documentXml }));
      assert.ok(!r.ok && /Word|docx/.test(r.error), JSON.stringify(r));
    }
    const r = readDocxBuffer(Buffer.from('PK\x03\x04 not a zip'));
    assert.ok(!r.ok && /damaged|损坏/.test(r.error));
    // Unclosed tags and a truncated document: what can be read is read.
    const cut = readOk(wordDocx({ body: '', documentXml: `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>读得到</w:t></w:r></w:p><w:p><w:r><w:t>截断` }));
    assert.strictEqual(cut.text.split('\n')[0], '读得到');
  });

  it('.wps, .ofd and .doc are not supported, with a message that says what to do', () => {
    for (const name of ['a.wps', 'B.OFD', 'c.doc']) assert.match(unsupportedFormat(name) ?? '', /另存为 \.docx/);
    assert.strictEqual(unsupportedFormat('a.docx'), undefined);
  });
});

describe('docx: the real government files', () => {
  const cases: [string, number, string[]][] = [
    // Only the first chapter heading is numbered by Word (japaneseCounting 第%1章), the others typed.
    ['baicheng-wenmingxingwei-cujin-tiaoli-2020.docx', 1, ['总  则', '倡导与鼓励', '规范与治理', '职责与保障', '法律责任', '附  则']],
    // Every chapter heading numbered by Word (chineseCounting 第%1章); a typed table of contents before them.
    ['benxi-wenmingxingwei-cujin-tiaoli-2021.docx', 6, ['总则', '倡导与鼓励', '约束与治理', '促进与保障', '法律责任', '附则']],
    // No numbering at all: every heading typed.
    ['wuzhong-wenmingxingwei-cujin-tiaoli-2019.docx', 0, ['总　　则', '行为规范', '保障措施', '法律责任', '附　　则']],
  ];
  for (const [file, numbered, titles] of cases) {
    it(`${file}: every 第X章 heading present, in order`, () => {
      const r = readOk(fs.readFileSync(path.join(FIXTURES, 'docx', file)));
      assert.strictEqual(r.numbered, numbered);
      const chapters = parseDocument(r.text).allHeadings.filter((h) => h.style === 'chapter');
      // The body's chapters: the last run of 第一章… (a table of contents, when there is one, comes first).
      const body = chapters.slice(chapters.map((h) => h.number).lastIndexOf(1));
      assert.deepStrictEqual(body.map((h) => h.number), titles.map((_t, i) => i + 1));
      assert.deepStrictEqual(body.map((h) => h.title), titles);
      const articles = parseDocument(r.text).allHeadings.filter((h) => h.style === 'article');
      assert.ok(articles.length >= 30, `${articles.length} articles`);
      assert.deepStrictEqual(articles.map((h) => h.number), articles.map((_h, i) => i + 1), 'articles 第一条… in order');
    });
  }
});

describe('docx: the CLI', function () {
  this.timeout(60000);
  let tmp: string;
  before(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-docx-')); });
  after(() => { fs.rmSync(tmp, { recursive: true, force: true }); });
  const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60000 });

  it('names the paragraph of each finding and says when revisions were accepted; .wps is not supported', () => {
    const body = [
      para(run('示例市促进产业发展行动计划')),
      para(`${run('一、重点任务')}<w:r><w:br/></w:r>${run('（一）依据国发[2021]29号文件，安排资金')}<w:ins w:id="1"><w:r><w:t>3000万元</w:t></w:r></w:ins>${run('。')}`),
    ].join('');
    const file = path.join(tmp, 'plan.docx');
    fs.writeFileSync(file, wordDocx({ body }));
    const r = cli(['--format', 'json', file]);
    const out = JSON.parse(r.stdout) as { files: { revisions?: boolean; note?: string; diagnostics: { rule: string; line: number; paragraph?: number }[] }[] };
    const f = out.files[0];
    assert.strictEqual(f.revisions, true);
    assert.match(f.note ?? '', /修订/);
    const d = f.diagnostics.find((x) => x.rule === 'citation/doc-number-bracket');
    assert.ok(d, r.stdout);
    assert.strictEqual(d.line, 3);
    assert.strictEqual(d.paragraph, 2);
    const text = cli(['--no-color', file]).stdout;
    assert.match(text, /第2段/);
    assert.match(text, /含修订，按接受修订后的文本检查/);
    const wps = path.join(tmp, 'draft.wps');
    fs.writeFileSync(wps, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
    const w = cli(['--format', 'json', tmp]);
    const skipped = (JSON.parse(w.stdout) as { files: { path: string; skipped?: string }[] }).files.find((x) => x.path.endsWith('draft.wps'));
    assert.match(skipped?.skipped ?? '', /另存为 \.docx/);
    assert.strictEqual(w.status, 1, w.stderr);
  });
});

describe('docx: the editor command', () => {
  it('以政策文本打开 .docx is contributed, titled in both languages, in the explorer menu of .docx/.wps/.ofd files', () => {
    const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8')) as Record<string, unknown>;
    const pkg = read('package.json') as { contributes: { commands: { command: string; title: string }[]; menus: Record<string, { command: string; when?: string }[]> } };
    const cmd = pkg.contributes.commands.find((c) => c.command === 'policyLint.openDocx');
    assert.ok(cmd);
    const key = cmd.title.replace(/^%|%$/g, '');
    assert.strictEqual(read('package.nls.zh-cn.json')[key], '以政策文本打开 .docx');
    assert.strictEqual(read('package.nls.json')[key], 'Open .docx as policy text');
    const menu = pkg.contributes.menus['explorer/context'].find((m) => m.command === 'policyLint.openDocx');
    assert.ok(menu?.when);
    const ext = /=~ \/(.*)\/i$/.exec(menu.when.replace(/^resourceExtname /, ''));
    assert.ok(ext, menu.when);
    const re = new RegExp(ext[1], 'i');
    for (const e of ['.docx', '.DOCX', '.wps', '.ofd']) assert.ok(re.test(e), e);
    for (const e of ['.txt', '.md', '.docx.bak']) assert.ok(!re.test(e), e);
    // Every message of the client has its Chinese translation.
    const bundle = read('l10n/bundle.l10n.zh-cn.json');
    const client = fs.readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    for (const m of client.matchAll(/vscode\.l10n\.t\('((?:[^'\\]|\\.)*)'/g)) assert.ok(bundle[m[1].replace(/\\'/g, "'")], m[1]);
  });
});
