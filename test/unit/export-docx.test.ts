/**
 * The GB/T 9704 .docx export: the parts the model names, the package as Word expects it (content types,
 * relationships, styles, well-formed XML, page size, margins and grid in twips), the round trip (an
 * exported draft read back gives the draft's findings), the font settings and the CLI `export` command.
 * The rendering (LibreOffice → PDF → positions) is export-render.test.ts.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { DEFAULT_CONFIG, lintDocument, message, parseDocument, PolicyLintConfig } from '../../server/src/linter';
import { documentParts, PartRole } from '../../server/src/core/parts';
import { exportGongwenDocx, FONT_PRESETS, resolveFonts, splitTitle } from '../../server/src/export/gongwen-docx';
import { readDocx } from '../../server/src/cli/files';
import { unzip } from './cli-zip';
import { EXAMPLES, exampleDrafts, FULL_LAYOUT as FULL, ROOT } from './export-fixtures';

const CLI = path.join(ROOT, 'dist/cli.js');

/**
 * A well-formedness check for the XML the exporter writes: one root, every tag closed in order, attribute
 * values quoted, entities known. Linear in the length of the part.
 */
function assertWellFormed(xml: string, name: string): void {
  const stack: string[] = [];
  let roots = 0;
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<\?[^?]*\?>|<!--(?:[^-]|-[^-])*-->|<!\[CDATA\[[^\]]*\]\]>/g;
  let last = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const between = xml.slice(last, m.index);
    assert.ok(!/[<>]/.test(between), `${name}: stray markup near offset ${last}: ${between.slice(0, 60)}`);
    assert.ok(!/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(between), `${name}: bad entity near offset ${last}`);
    last = tag.lastIndex;
    if (m[2] === undefined) continue;
    if (m[1]) {
      assert.strictEqual(stack.pop(), m[2], `${name}: </${m[2]}> closes the wrong element`);
    } else if (!m[4]) {
      if (!stack.length) roots++;
      stack.push(m[2]);
    } else if (!stack.length) roots++;
  }
  assert.ok(!/[<>]/.test(xml.slice(last)), `${name}: stray markup at the end`);
  assert.deepStrictEqual(stack, [], `${name}: unclosed elements`);
  assert.strictEqual(roots, 1, `${name}: one root element`);
}

function roles(text: string): [PartRole, string][] {
  return documentParts(parseDocument(text)).map((p) => [p.role, p.lines.join('/')]);
}

describe('export: the parts of a document', function () {
  it('names 版头, title, 主送, headings, 附件说明, 落款, 成文日期, 附注 and 版记 from the model', function () {
    const got = roles(fs.readFileSync(FULL, 'utf8'));
    const first = (r: PartRole) => got.find(([x]) => x === r)?.[1];
    assert.strictEqual(first('organ-mark'), '示例市人民政府办公室文件');
    assert.strictEqual(first('doc-number'), '示府办发〔2024〕12号');
    assert.strictEqual(first('title'), '示例市人民政府办公室关于印发示例市推进制造业数字化转型实施方案的通知');
    assert.strictEqual(first('addressee'), '各区人民政府，市政府各部门、各直属机构：');
    assert.strictEqual(first('attachment-note'), '附件：1.示例市制造业数字化转型重点任务清单/2.示例市制造业数字化转型典型场景目录');
    assert.strictEqual(first('signature'), '示例市人民政府办公室');
    assert.strictEqual(first('date'), '2024年6月18日');
    assert.strictEqual(first('remark'), '（此件公开发布）');
    assert.strictEqual(first('cc'), '抄送：市委各部门，市人大常委会办公厅，市政协办公厅。');
    assert.strictEqual(first('imprint'), '示例市人民政府办公室　　　　2024年6月18日印发');
    assert.strictEqual(first('table'), '序号 任务 牵头单位/1 数字化诊断 市工业和信息化局/2 平台建设 市工业和信息化局');
    // Markdown syntax is gone, the words are as written.
    assert.ok(got.some(([r, t]) => r === 'heading' && t === '一、总体要求'));
    assert.ok(!got.some(([, t]) => /^#|\*\*|^\|/.test(t)));
  });

  it('keeps the run-in title of a heading apart from the sentences after it', function () {
    const doc = parseDocument('关于加强管理的通知\n\n一、总体要求\n（一）加强组织领导。建立协调机制。\n（二）对认定的企业，给予一次性奖励。\n第三条  本办法自印发之日起施行。\n');
    const heads = documentParts(doc).filter((p) => p.role === 'heading').map((p) => p.lines[0].slice(0, p.headLength));
    assert.deepStrictEqual(heads, ['一、总体要求', '（一）加强组织领导。', '（二）', '第三条']);
  });

  it('puts the title of an attached document and its 附件 mark apart, and leaves page chrome out', function () {
    const got = roles('索引号:\n000014348/2024-001\n示例市关于印发某办法的通知\n\n各区：\n现印发给你们。\n\n示例市人民政府\n2024年3月1日\n\n附件\n\n示例市某管理办法\n\n第一条  为了规范管理，制定本办法。\n');
    assert.deepStrictEqual(got.map(([r]) => r), ['title', 'addressee', 'body', 'signature', 'date', 'attachment-mark', 'title', 'heading']);
  });

  it('breaks a long title where a phrase ends, lines as even as possible', function () {
    assert.deepStrictEqual(splitTitle('示例市人民政府办公室关于印发《示例市科技创新券管理办法》的通知'), ['示例市人民政府办公室关于印发', '《示例市科技创新券管理办法》的通知']);
    assert.deepStrictEqual(splitTitle('示例市数字经济高质量发展三年行动计划（2024—2026年）'), ['示例市数字经济高质量发展三年行动计划', '（2024—2026年）']);
    assert.deepStrictEqual(splitTitle('示例市促进人工智能产业发展的若干措施'), ['示例市促进人工智能产业发展的若干措施']);
    // No phrase end to break at: left to Word.
    assert.deepStrictEqual(splitTitle('一二三四五六七八九十一二三四五六七八九十一二三四五'), ['一二三四五六七八九十一二三四五六七八九十一二三四五']);
  });
});

describe('export: the .docx package', function () {
  let parts: Map<string, Buffer>;
  before(async function () {
    parts = unzip(await exportGongwenDocx(fs.readFileSync(FULL, 'utf8')));
  });
  const xml = (name: string) => { const b = parts.get(name); assert.ok(b, `${name} present`); return b.toString('utf8'); };

  it('has the content types and relationships Word opens', function () {
    const types = xml('[Content_Types].xml');
    const entries = [...types.matchAll(/<(Default|Override) ([^>]*)\/>/g)].map((m) => ({
      kind: m[1], ...Object.fromEntries([...m[2].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
    } as Record<string, string>));
    const override = (part: string) => entries.find((e) => e.kind === 'Override' && e.PartName === part)?.ContentType;
    assert.strictEqual(override('/word/document.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    assert.strictEqual(override('/word/styles.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml');
    assert.strictEqual(override('/word/settings.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml');
    assert.strictEqual(override('/word/footer1.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml');
    assert.strictEqual(override('/word/footer2.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml');
    assert.strictEqual(entries.find((e) => e.kind === 'Default' && e.Extension === 'rels')?.ContentType, 'application/vnd.openxmlformats-package.relationships+xml');
    // Every XML part of the package has a content type.
    for (const name of parts.keys()) {
      if (name === '[Content_Types].xml') continue;
      const ext = name.slice(name.lastIndexOf('.') + 1);
      assert.ok(override('/' + name) || entries.some((e) => e.kind === 'Default' && e.Extension === ext), `a content type for ${name}`);
    }
    assert.match(xml('_rels/.rels'), /Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/officeDocument" Target="word\/document\.xml"/);
    const rels = xml('word/_rels/document.xml.rels');
    assert.match(rels, /relationships\/styles" Target="styles\.xml"/);
    assert.match(rels, /relationships\/settings" Target="settings\.xml"/);
    // Every relationship of the document points to a part of the package, every footer reference to a relationship.
    for (const m of rels.matchAll(/Id="(rId\d+)" Type="[^"]*" Target="([^"]+)"/g)) {
      if (!/^https?:/.test(m[2])) assert.ok(parts.has('word/' + m[2]), `relationship ${m[1]} → word/${m[2]}`);
    }
    const document = xml('word/document.xml');
    for (const m of document.matchAll(/<w:footerReference w:type="(default|even)" r:id="(rId\d+)"\/>/g)) assert.match(rels, new RegExp(`Id="${m[2]}"`));
    assert.strictEqual([...document.matchAll(/<w:footerReference /g)].length, 2, 'odd (default) and even footers');
  });

  it('writes well-formed XML in every part', function () {
    for (const [name, data] of parts) if (/\.(xml|rels)$/.test(name)) assertWellFormed(data.toString('utf8'), name);
  });

  it('sets A4, the GB/T 9704 margins in twips, the 22-line grid and odd/even footers', function () {
    const document = xml('word/document.xml');
    assert.match(document, /<w:pgSz w:w="11906" w:h="16838"/);
    // 37 mm = 2098, 35 mm = 1984, 28 mm = 1587, 26 mm = 1474 twips.
    assert.match(document, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    // 225 mm / 22 = 28.95 pt = 579 twips.
    assert.match(document, /<w:docGrid w:type="lines" w:linePitch="579"\/>/);
    assert.match(xml('word/settings.xml'), /<w:evenAndOddHeaders\/>/);
    for (const f of ['word/footer1.xml', 'word/footer2.xml']) assert.match(xml(f), /<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
    const footers = xml('word/footer1.xml') + xml('word/footer2.xml');
    assert.match(footers, /<w:jc w:val="right"\/>/);
    assert.match(footers, /<w:jc w:val="left"\/>/);
    assert.match(footers, /<w:sz w:val="28"\/>/, '4号');
  });

  it('defines the named paragraph styles, and uses them', function () {
    const styles = xml('word/styles.xml');
    const names = new Map([...styles.matchAll(/<w:style w:type="paragraph" w:styleId="([^"]+)"[^>]*><w:name w:val="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]));
    // Word's built-in names, which a Chinese Word shows as 正文, 标题, 标题 1–4.
    assert.strictEqual(names.get('Normal'), 'Normal');
    assert.strictEqual(names.get('Title'), 'Title');
    for (let i = 1; i <= 4; i++) assert.strictEqual(names.get(`Heading${i}`), `heading ${i}`);
    for (const [id, name] of [['Addressee', '主送'], ['AttachmentNote', '附件说明'], ['Signature', '落款'], ['DocDate', '成文日期'], ['Imprint', '版记'], ['DocNumber', '发文字号'], ['OrganMark', '发文机关标志'], ['Remark', '附注']]) {
      assert.strictEqual(names.get(id), name, id);
    }
    const document = xml('word/document.xml');
    for (const id of ['OrganMark', 'DocNumber', 'Title', 'Addressee', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Normal', 'AttachmentNote', 'Signature', 'DocDate', 'Remark', 'Imprint', 'TableText']) {
      assert.match(document, new RegExp(`<w:pStyle w:val="${id}"/>`), `a paragraph in ${id}`);
    }
    // Fonts and sizes: title 2号 小标宋, body 3号 仿宋, headings 黑体 / 楷体.
    const style = (id: string) => new RegExp(`<w:style w:type="paragraph" w:styleId="${id}"(?:(?!</w:style>).)*</w:style>`).exec(styles)?.[0] ?? '';
    assert.match(style('Title'), /w:eastAsia="方正小标宋简体"/);
    assert.match(style('Title'), /<w:sz w:val="44"\/>/);
    assert.match(style('Title'), /<w:jc w:val="center"\/>/);
    assert.match(style('Normal'), /w:eastAsia="仿宋_GB2312"/);
    assert.match(style('Normal'), /<w:sz w:val="32"\/>/);
    assert.match(style('Normal'), /<w:jc w:val="both"\/>/);
    assert.match(style('Normal'), /w:firstLineChars="200"/);
    assert.match(style('Heading1'), /w:eastAsia="黑体"/);
    assert.match(style('Heading2'), /w:eastAsia="楷体_GB2312"/);
    assert.match(style('Heading3'), /w:eastAsia="仿宋_GB2312"/);
    assert.match(style('Signature'), /<w:jc w:val="right"\/>/);
    assert.match(style('Signature'), /w:right="1280"/, '右空四字');
    // Numbers are literal text: no Word list numbering.
    assert.ok(!/<w:numPr>/.test(document));
  });

  it('gives the table full borders', function () {
    const document = xml('word/document.xml');
    const borders = /<w:tblBorders>((?:(?!<\/w:tblBorders>).)*)<\/w:tblBorders>/.exec(document)?.[1] ?? '';
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) assert.match(borders, new RegExp(`<w:${side} w:val="single"`), side);
  });

  it('takes the fonts from the setting: a preset, then single roles', async function () {
    assert.deepStrictEqual(resolveFonts(undefined).fonts, FONT_PRESETS.standard);
    assert.deepStrictEqual(resolveFonts('windows').fonts, FONT_PRESETS.windows);
    assert.deepStrictEqual(resolveFonts({ preset: 'windows', title: '华文中宋' }).fonts, { ...FONT_PRESETS.windows, title: '华文中宋' });
    const bad = resolveFonts({ preset: 'mac', body: 'x', heiti: '<b>' });
    assert.strictEqual(bad.errors.length, 3);
    assert.deepStrictEqual(bad.fonts, FONT_PRESETS.standard);
    const styles = unzip(await exportGongwenDocx('示例市关于某事的通知\n\n一、总则\n正文。\n', { fonts: FONT_PRESETS.windows })).get('word/styles.xml')!.toString('utf8');
    assert.match(styles, /w:eastAsia="仿宋"/);
    assert.ok(!/仿宋_GB2312|楷体_GB2312/.test(styles));
  });

  it('never fails on odd input, and keeps its text', async function () {
    for (const text of ['', '\n\n', '|', '| a |\n| b |', '```\n# x\n```', '附件：', '2024年1月1日', '\u0000\uFFFD', '#'.repeat(5000)]) {
      const document = unzip(await exportGongwenDocx(text)).get('word/document.xml')!.toString('utf8');
      assertWellFormed(document, JSON.stringify(text.slice(0, 20)));
    }
    const document = unzip(await exportGongwenDocx('标题<>&"的通知\n\n正文 <b>&amp; 内容。\n')).get('word/document.xml')!.toString('utf8');
    assert.match(document, /正文 &lt;b&gt;&amp;amp; 内容。/);
  });
});

/** Findings as the reader sees them: rule, message and the flagged words (positions shift: one paragraph per line). */
function findingsOf(text: string, config: PolicyLintConfig): string[] {
  const doc = parseDocument(text);
  return lintDocument(doc, config).findings
    .map((f) => `${f.ruleId}\t${message(f.messageId, f.args, 'zh-cn').replace(/第 ?\d+ ?行/g, '第N行')}\t${text.slice(f.range.start, f.range.end).replace(/\s+/g, '')}`)
    .sort();
}

describe('export: round trip', function () {
  this.timeout(60000);
  const config: PolicyLintConfig = { ...DEFAULT_CONFIG, check: 'always' };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-export-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const file of [...exampleDrafts(), FULL]) {
    it(`${path.basename(file)}: exported and read back, gives the draft's findings`, async function () {
      const text = fs.readFileSync(file, 'utf8');
      const out = path.join(dir, path.basename(file) + '.docx');
      fs.writeFileSync(out, await exportGongwenDocx(text));
      const read = await readDocx(out);
      assert.ok(read.ok, read.ok ? '' : read.error);
      assert.deepStrictEqual(findingsOf(read.text, config), findingsOf(text, config));
    });
  }
});

describe('export: the CLI command', function () {
  this.timeout(60000);
  const run = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60000 });
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-export-cli-'));
    for (const f of ['clean-plan.txt', 'notice-draft.txt']) fs.copyFileSync(path.join(EXAMPLES, f), path.join(dir, f));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exports a clean draft beside it, and holds back one with errors, naming them', function () {
    assert.ok(fs.existsSync(CLI), 'dist/cli.js exists (run node scripts/build.mjs)');
    const r = run(['export', 'clean-plan.txt', 'notice-draft.txt'], dir);
    assert.strictEqual(r.status, 1, r.stderr);
    assert.ok(fs.existsSync(path.join(dir, 'clean-plan.docx')));
    assert.ok(!fs.existsSync(path.join(dir, 'notice-draft.docx')));
    assert.match(r.stderr, /notice-draft\.txt: 草稿还有 2 个错误/);
    assert.match(r.stderr, /2:10 .*citation\/doc-number-serial/);
    assert.match(r.stderr, /--force/);
  });

  it('exports despite errors with --force, to --output, with a font preset; refuses to overwrite without --force', function () {
    const r = run(['export', 'notice-draft.txt', '--force', '--output', 'out.docx', '--fonts', 'windows'], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    const styles = unzip(fs.readFileSync(path.join(dir, 'out.docx'))).get('word/styles.xml')!.toString('utf8');
    assert.match(styles, /w:eastAsia="楷体"/);
    const again = run(['export', 'clean-plan.txt', '--output', 'out.docx'], dir);
    assert.strictEqual(again.status, 1);
    assert.match(again.stderr, /out\.docx: 文件已存在/);
  });

  it('refuses usage errors with exit code 2', function () {
    assert.strictEqual(run(['export', 'clean-plan.txt', 'notice-draft.txt', '--output', 'x.docx'], dir).status, 2);
    assert.strictEqual(run(['export', 'clean-plan.txt', '--fonts', 'mac'], dir).status, 2);
    assert.strictEqual(run(['export', 'clean-plan.txt', '--font', 'body'], dir).status, 2);
    assert.strictEqual(run(['clean-plan.txt', '--force'], dir).status, 2);
    assert.strictEqual(run(['export', 'missing.txt'], dir).status, 2);
  });
});
