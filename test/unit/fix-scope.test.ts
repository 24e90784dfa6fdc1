/**
 * What fixes and findings may touch (issue 17): nothing in Markdown code, link targets or URLs is
 * flagged or fixed; a rewrite that changes the stated responsibility is never applied by fix-all; a
 * rule lists at most MAX_FINDINGS_PER_RULE findings per document plus one summary; renumbering fixes
 * are computed when asked for, not carried by every finding.
 */
import * as assert from 'assert';
import {
  applyFixes, DEFAULT_CONFIG, Finding, lintDocument, lintText, MAX_FINDINGS_PER_RULE, message, parseDocument, resolveFix, RULES, selectFixes,
} from '../../server/src/linter';
import { nonProseSpans } from '../../server/src/core/normalize';

const lint = (text: string) => lintText(text, { ...DEFAULT_CONFIG, check: 'always' });
const of = (findings: readonly Finding[], id: string) => findings.filter((f) => f.ruleId === id);

describe('non-prose spans are never flagged or fixed', () => {
  const HEAD = '关于印发某市促进经济发展若干措施的通知\n\n某府〔2023〕5号\n\n各区人民政府：\n现将若干措施印发给你们，请认真贯彻执行。\n';
  /** A wrong 发文字号 (round brackets) in prose: flagged, so each construct below is a real test. */
  const WRONG = '某府（2020）1号';
  const findingsAfter = (body: string) => {
    const text = HEAD + body;
    return lint(text).findings.filter((f) => f.range.end > HEAD.length).map((f) => `${f.ruleId}: ${text.slice(f.range.start, f.range.end)}`);
  };

  it('the same text in prose is flagged (citation/doc-number-bracket)', () => {
    assert.ok(findingsAfter(`参见${WRONG}文。\n`).some((f) => f.startsWith('citation/doc-number-bracket')));
  });
  const cases: [string, string][] = [
    ['a ``` code fence', `\`\`\`\n参见${WRONG}文\n一、\n一、\n\`\`\`\n`],
    ['a ~~~ code fence', `~~~text\n参见${WRONG}文\n~~~\n`],
    ['inline code', `示例：\`${WRONG}\` 即错误写法。\n`],
    ['inline code with double backticks', `示例：\`\`${WRONG} 与 \` \`\` 即错误写法。\n`],
    ['a link target', `详见[通知](http://x.cn/${WRONG})。\n`],
    ['an image target', `![图](./img/${WRONG}.png)\n`],
    ['an autolink', `详见<http://x.cn/${WRONG}>。\n`],
    ['a bare URL (ASCII part)', '详见http://x.cn/a(2020)1号文件。\n'],
    ['a www address', '详见www.x.cn/a(2020)1号。\n'],
  ];
  for (const [name, body] of cases) {
    it(`${name}: nothing in it is flagged`, () => {
      assert.deepStrictEqual(findingsAfter(body), []);
    });
  }
  it('the link text stays prose; sentence punctuation after a URL is prose', () => {
    const text = `详见[${WRONG}](http://x.cn/a)。见 http://x.cn/b.`;
    const spans = nonProseSpans(text).map((s) => text.slice(s.start, s.end));
    assert.deepStrictEqual(spans, ['http://x.cn/a', 'http://x.cn/b']);
    assert.ok(findingsAfter(`详见[${WRONG}](http://x.cn/a)。\n`).some((f) => f.startsWith('citation/doc-number-bracket')));
  });
  it('an unclosed fence or a lone backtick hides nothing', () => {
    assert.ok(findingsAfter(`\`\`\`\n参见${WRONG}文。\n`).some((f) => f.startsWith('citation/doc-number-bracket')));
    assert.ok(findingsAfter(`单个\`符号，参见${WRONG}文。\n`).some((f) => f.startsWith('citation/doc-number-bracket')));
  });
  it('offsets are kept: norm has the length of the text, line breaks included', () => {
    const text = HEAD + cases[0][1];
    const doc = parseDocument(text);
    assert.strictEqual(doc.norm.length, text.length);
    assert.strictEqual(doc.norm.split('\n').length, text.split('\n').length);
    assert.ok(!doc.norm.includes('（2020）') && !doc.norm.includes('(2020)'));
  });
  it('headings in a code fence are not headings', () => {
    const doc = parseDocument('```\n一、甲\n二、乙\n```\n');
    assert.deepStrictEqual(doc.allHeadings, []);
  });
});

describe('lead-unit/inconsistent-format: a rewrite never changes who is responsible behind the user\'s back', () => {
  const PLAN = [
    '关于推进某工作的实施方案', '', '一、主要任务',
    '（一）推进甲工作。做好甲。（牵头单位：市发展改革委；配合单位：市财政局）',
    '（二）推进乙工作。做好乙。（牵头单位：市商务局）',
    '（三）推进丙工作。做好丙。（牵头单位：市科技局）',
  ].join('\n') + '\n';
  const form = (text: string) => of(lint(text).findings, 'lead-unit/inconsistent-format');

  it('（各区人民政府按职责分工负责） is flagged with no rewrite: 按职责分工 would be lost', () => {
    const text = PLAN + '（四）推进丁工作。做好丁。（各区人民政府按职责分工负责）\n';
    const f = form(text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].fix, undefined);
    assert.strictEqual(applyFixes(text, lint(text).findings).text.includes('牵头单位：各区人民政府'), false);
  });
  it('（市教育局负责） → （牵头单位：市教育局） is an explicit-only fix with its own title; fix-all skips it', () => {
    const text = PLAN + '（四）推进丁工作。做好丁。（市教育局负责）\n';
    const f = form(text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].fix?.explicitOnly, true);
    assert.strictEqual(f[0].fix?.edits[0].newText, '（牵头单位：市教育局）');
    assert.strictEqual(message(f[0].fix!.titleId, f[0].fix!.titleArgs), '改写为“（牵头单位：市教育局）”（会改变职责表述，请核对）');
    assert.strictEqual(message(f[0].fix!.titleId, f[0].fix!.titleArgs, 'en'), 'Rewrite as "（牵头单位：市教育局）" (this changes the stated responsibility; check it)');
    const all = lint(text).findings;
    assert.deepStrictEqual(selectFixes(all, 'lead-unit/inconsistent-format'), { edits: [], fixed: 0 });
    assert.strictEqual(applyFixes(text, all).text.includes('（市教育局负责）'), true);
  });
  it('（A牵头，B配合） → （牵头单位：A；配合单位：B） keeps the roles: an ordinary fix that fix-all applies', () => {
    const text = PLAN + '（四）推进丁工作。做好丁。（市教育局牵头，市财政局配合）\n';
    const f = form(text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].fix?.explicitOnly, undefined);
    assert.strictEqual(f[0].fix?.titleId, 'fix/lead-clause-form');
    assert.ok(applyFixes(text, lint(text).findings).text.includes('（牵头单位：市教育局；配合单位：市财政局）'));
  });
  it('a verb the rewrite does not carry (参与) is not rewritten into 配合', () => {
    const text = PLAN + '（四）推进丁工作。做好丁。（市教育局牵头，市财政局参与）\n';
    const f = form(text);
    assert.ok(f.every((x) => !x.fix || !JSON.stringify(x.fix.edits).includes('配合单位：市财政局')));
  });
});

describe('findings per rule are capped, renumbering fixes are lazy', () => {
  const ID = 'structure/heading-sequence';
  const many = (n: number) => '一、\n'.repeat(n);

  it(`${MAX_FINDINGS_PER_RULE} findings of a rule are listed, one more sums up the rest`, () => {
    const text = many(MAX_FINDINGS_PER_RULE + 100);
    const r = lint(text);
    const f = of(r.findings, ID);
    assert.strictEqual(f.length, MAX_FINDINGS_PER_RULE + 1);
    const summary = f.filter((x) => x.messageId === 'ui/more-findings');
    assert.strictEqual(summary.length, 1);
    // MAX + 100 headings 一、: MAX + 99 duplicates, MAX listed.
    assert.strictEqual(summary[0].args?.count, 99);
    assert.strictEqual(message('ui/more-findings', summary[0].args), '此规则在本文件中另有 99 处问题未逐一列出');
    assert.strictEqual(message('ui/more-findings', summary[0].args, 'en'), 'This rule has 99 more problems in this file that are not listed one by one');
    // The listed ones are the first in the document; the summary sits at the first one left out.
    const listed = f.filter((x) => x.messageId !== 'ui/more-findings');
    assert.ok(listed.every((x) => x.range.start < summary[0].range.start));
    assert.strictEqual(r.doc.lineIndex.positionAt(summary[0].range.start).line, MAX_FINDINGS_PER_RULE + 1);
  });
  it('the cap counts findings left after inline directives, and is a parameter', () => {
    const text = '一、\n<!-- policy-lint-disable-next-line structure/heading-sequence -->\n' + many(11);
    const doc = parseDocument(text);
    const f = of(lintDocument(doc, { ...DEFAULT_CONFIG, check: 'always' }, RULES, 5).findings, ID);
    // 12 headings: 11 duplicates, the first of them (line 2) switched off: 10, of which 5 listed and 5 summed up.
    assert.strictEqual(f.length, 6);
    assert.strictEqual(f.find((x) => x.messageId === 'ui/more-findings')?.args?.count, 5);
    assert.ok(f.every((x) => doc.lineIndex.positionAt(x.range.start).line !== 2));
  });
  it('a renumbering fix carries a small descriptor, not its edits; they are computed from the document', () => {
    const text = many(MAX_FINDINGS_PER_RULE + 100);
    const r = lint(text);
    const f = of(r.findings, ID).filter((x) => x.fix);
    assert.ok(f.length === MAX_FINDINGS_PER_RULE);
    assert.ok(f.every((x) => x.fix!.edits.length === 0 && x.fix!.lazy?.kind === 'renumber'));
    // With its edits, a finding here carried 200 of them (about 8 KB of JSON); now a few hundred bytes.
    assert.ok(JSON.stringify(r.findings).length < 500 * r.findings.length, 'findings stay small');
    const edits = resolveFix(r.doc, ID, f[0].fix!)!;
    // The second 一、 becomes 二、 and the 199 after it follow (a renumbering stops after 200 headings).
    assert.strictEqual(edits.length, 200);
    assert.deepStrictEqual(edits[0], { start: 3, end: 5, newText: '二、' });
    assert.strictEqual(resolveFix(parseDocument('一、\n二、\n'), ID, f[0].fix!), undefined, 'no such problem: no edits');
  });
  it('fix-all computes lazy fixes from the text (as the CLI --fix does)', () => {
    const text = '一、总体要求\n甲。\n二、重点任务\n乙。\n四、保障措施\n丙。\n五、附则\n丁。\n';
    const r = lint(text);
    const f = of(r.findings, ID);
    assert.ok(f.length === 1 && f[0].fix?.lazy);
    assert.strictEqual(applyFixes(text, r.findings, ID).text, '一、总体要求\n甲。\n二、重点任务\n乙。\n三、保障措施\n丙。\n四、附则\n丁。\n');
    // Without a document, selectFixes cannot compute it and leaves it out rather than apply nothing.
    assert.deepStrictEqual(selectFixes(r.findings, ID), { edits: [], fixed: 0 });
    assert.strictEqual(selectFixes(r.findings, ID, r.doc).fixed, 1);
  });
});
