/**
 * Highlighting: the TextMate grammar of the policy language and its Markdown injection, tokenised
 * with the engine VS Code itself uses (vscode-textmate + vscode-oniguruma) on lines from the corpus.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const ROOT = path.join(__dirname, '..', '..', '..');
const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');

let registry: vsctm.Registry;
async function load(): Promise<vsctm.Registry> {
  if (registry) return registry;
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const onigLib = Promise.resolve({
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (s: string) => new oniguruma.OnigString(s),
  });
  const grammars: Record<string, string> = {
    'text.policy': 'syntaxes/policy.tmLanguage.json',
    'text.policy.markdown-injection': 'syntaxes/policy.markdown.tmLanguage.json',
  };
  registry = new vsctm.Registry({
    onigLib,
    loadGrammar: async (scope) => {
      if (grammars[scope]) return vsctm.parseRawGrammar(read(grammars[scope]), path.join(ROOT, grammars[scope]));
      // A minimal Markdown base grammar: paragraphs and fenced code, enough to host the injection.
      if (scope === 'text.html.markdown') {
        return vsctm.parseRawGrammar(JSON.stringify({ scopeName: 'text.html.markdown', patterns: [
          { name: 'markup.fenced_code.block.markdown', begin: '^```', end: '^```' },
          { name: 'markup.heading.markdown', match: '^#{1,6} .*$' },
        ] }), 'markdown.json');
      }
      return null;
    },
    getInjections: (scope) => (scope === 'text.html.markdown' ? ['text.policy.markdown-injection'] : undefined),
  });
  return registry;
}

/** The scopes of the first token covering `substring` in `line`. */
async function scopesOf(scope: string, lines: string[], lineNo: number, substring: string): Promise<string[]> {
  const grammar = (await (await load()).loadGrammar(scope))!;
  let stack = vsctm.INITIAL;
  for (let i = 0; i < lines.length; i++) {
    const r = grammar.tokenizeLine(lines[i], stack);
    stack = r.ruleStack;
    if (i !== lineNo) continue;
    const at = lines[i].indexOf(substring);
    assert.ok(at >= 0, `"${substring}" in line`);
    const tok = r.tokens.find((t) => t.startIndex <= at && at < t.endIndex)!;
    return tok.scopes;
  }
  throw new Error('line not found');
}
const has = (scopes: string[], prefix: string) => scopes.some((s) => s.startsWith(prefix));

describe('highlighting (TextMate grammars)', () => {
  const doc = [
    '关于印发《懷化市貫徹落實〈關于打好經濟增長主動仗的若干政策措施〉實施方案》的通知',
    '一、总体要求',
    '（二）工作目标。到2026年，全市数字经济核心产业增加值达到1500亿元，占比12%以上。',
    '1.建设一批创新平台。',
    '（3）对新认定的企业给予最高不超过500万元奖励。（牵头单位：市科技局；配合单位：市财政局）',
    '依据国发〔2021〕29号和深交港货[2013]164号文件。',
    '新建5G基站XX个，于2024年3月15日前完成。',
    '第三条 本办法自印发之日起施行。',
  ];
  it('headings by level', async () => {
    assert.ok(has(await scopesOf('text.policy', doc, 1, '总体要求'), 'markup.heading.1'));
    assert.ok(has(await scopesOf('text.policy', doc, 2, '工作目标'), 'markup.heading.2'));
    assert.ok(has(await scopesOf('text.policy', doc, 3, '1.'), 'markup.heading.3'));
    assert.ok(has(await scopesOf('text.policy', doc, 4, '（3）'), 'markup.heading.4'));
    assert.ok(has(await scopesOf('text.policy', doc, 7, '第三条'), 'markup.heading.article'));
    assert.ok(!has(await scopesOf('text.policy', ['到2026年，增加值达到1500亿元。'], 0, '到'), 'markup.heading'), 'a sentence is not a heading');
  });
  it('发文字号, right and wrong', async () => {
    assert.ok(has(await scopesOf('text.policy', doc, 5, '国发〔2021〕29号'), 'constant.other.reference.docnumber'));
    assert.ok(has(await scopesOf('text.policy', doc, 5, '[2013]'), 'invalid.illegal.docnumber'));
  });
  it('《titles》 with a nested 〈title〉', async () => {
    assert.ok(has(await scopesOf('text.policy', doc, 0, '懷化市'), 'string.quoted.other.title'));
    assert.ok(has(await scopesOf('text.policy', doc, 0, '〈關于'), 'string.quoted.other.title.inner'));
    assert.ok(!has(await scopesOf('text.policy', doc, 0, '的通知'), 'string.quoted'), 'the title ends at 》');
  });
  it('amounts, percentages, dates, lead-unit clauses and placeholders', async () => {
    assert.ok(has(await scopesOf('text.policy', doc, 2, '1500亿元'), 'constant.numeric.amount'));
    assert.ok(has(await scopesOf('text.policy', doc, 2, '12%'), 'constant.numeric.percent'));
    assert.ok(has(await scopesOf('text.policy', doc, 4, '最高不超过500万元'), 'constant.numeric.amount'));
    assert.ok(has(await scopesOf('text.policy', doc, 4, '牵头单位'), 'entity.name.tag.lead-unit'));
    assert.ok(has(await scopesOf('text.policy', doc, 4, '市科技局'), 'meta.lead-unit'));
    assert.ok(has(await scopesOf('text.policy', doc, 6, 'XX'), 'invalid.illegal.placeholder'));
    assert.ok(has(await scopesOf('text.policy', doc, 6, '2024年3月15日'), 'constant.numeric.date'));
  });
  it('the Markdown injection marks 发文字号, titles, amounts, clauses and placeholders, not code', async () => {
    const md = ['## 二、重点任务', '依据《示例办法》（示府〔2024〕8号），给予500万元奖励。（牵头单位：市科技局）', '目标XX个。', '```', '国发〔2021〕29号', '```'];
    assert.ok(has(await scopesOf('text.html.markdown', md, 1, '示府〔2024〕8号'), 'constant.other.reference.docnumber'));
    assert.ok(has(await scopesOf('text.html.markdown', md, 1, '示例办法'), 'string.quoted.other.title'));
    assert.ok(has(await scopesOf('text.html.markdown', md, 1, '500万元'), 'constant.numeric.amount'));
    assert.ok(has(await scopesOf('text.html.markdown', md, 1, '牵头单位'), 'entity.name.tag.lead-unit'));
    assert.ok(has(await scopesOf('text.html.markdown', md, 2, 'XX'), 'invalid.illegal.placeholder'));
    assert.ok(!has(await scopesOf('text.html.markdown', md, 4, '国发'), 'constant.other.reference'), 'not inside fenced code');
  });
  it('is contributed in package.json', () => {
    const pkg = JSON.parse(read('package.json')) as { contributes: { grammars: { scopeName: string; path: string; injectTo?: string[] }[] } };
    const g = pkg.contributes.grammars;
    assert.ok(g.some((x) => x.scopeName === 'text.policy'));
    assert.ok(g.some((x) => x.injectTo?.includes('text.html.markdown')));
    for (const x of g) assert.ok(fs.existsSync(path.join(ROOT, x.path)));
  });
});
