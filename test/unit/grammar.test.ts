/**
 * Highlighting: the TextMate grammar of the policy language and its Markdown injection, tokenised
 * with the engine VS Code itself uses (vscode-textmate + vscode-oniguruma), on lines of the real
 * documents in test/fixtures/corpus (expectations in test/fixtures/grammar/corpus-lines.json) and on
 * drafting defects. Also checks that every regular expression of the grammars scans linearly.
 */
import * as assert from 'assert';
import { staticProblems } from './regex-static';
import * as fs from 'fs';
import * as path from 'path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const ROOT = path.join(__dirname, '..', '..', '..');
const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');
const GRAMMARS: Record<string, string> = {
  'text.policy': 'syntaxes/policy.tmLanguage.json',
  'text.policy.markdown-injection': 'syntaxes/policy.markdown.tmLanguage.json',
};

let registry: Promise<vsctm.Registry> | undefined;
function load(): Promise<vsctm.Registry> {
  registry ??= (async () => {
    const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scope) => {
        if (GRAMMARS[scope]) return vsctm.parseRawGrammar(read(GRAMMARS[scope]), path.join(ROOT, GRAMMARS[scope]));
        // A minimal Markdown base grammar: fenced code, inline code, HTML comments and headings — enough to host the injection.
        if (scope === 'text.html.markdown') {
          return vsctm.parseRawGrammar(JSON.stringify({ scopeName: 'text.html.markdown', patterns: [
            { name: 'markup.fenced_code.block.markdown', begin: '^```', end: '^```' },
            { name: 'comment.block.html', begin: '<!--', end: '-->' },
            { name: 'markup.inline.raw.string.markdown', match: '`[^`]+`' },
            { name: 'markup.heading.markdown', begin: '^#{1,6} ', end: '$' },
          ] }), 'markdown.json');
        }
        return null;
      },
      getInjections: (scope) => (scope === 'text.html.markdown' ? ['text.policy.markdown-injection'] : undefined),
    });
  })();
  return registry;
}

async function grammar(scope: string): Promise<vsctm.IGrammar> {
  const g = await (await load()).loadGrammar(scope);
  assert.ok(g, scope);
  return g;
}

/** Tokenises `lines` in order, carrying the state, and returns each line's tokens. */
async function tokenize(scope: string, lines: string[]): Promise<vsctm.IToken[][]> {
  const g = await grammar(scope);
  let stack = vsctm.INITIAL;
  return lines.map((l) => {
    const r = g.tokenizeLine(l, stack);
    stack = r.ruleStack;
    return r.tokens;
  });
}

/** The scopes of the token at the start of `substring` (its first occurrence) in `line`. */
function scopesAt(line: string, tokens: vsctm.IToken[], substring: string): string[] {
  const at = line.indexOf(substring);
  assert.ok(at >= 0, `"${substring}" is in "${line.slice(0, 60)}"`);
  const tok = tokens.find((t) => t.startIndex <= at && at < t.endIndex);
  assert.ok(tok, `a token at "${substring}"`);
  return tok.scopes;
}
async function scopesOf(scope: string, lines: string[], lineNo: number, substring: string): Promise<string[]> {
  const toks = await tokenize(scope, lines);
  return scopesAt(lines[lineNo], toks[lineNo], substring);
}
const has = (scopes: string[], prefix: string) => scopes.some((s) => s === prefix || s.startsWith(prefix + '.'));
const P = 'text.policy';

describe('highlighting (TextMate grammars)', () => {
  describe('lines of the corpus (test/fixtures/grammar/corpus-lines.json)', () => {
    interface Case { file: string; line: string; expect?: [string, string][]; reject?: [string, string][] }
    const fixture = JSON.parse(read('test/fixtures/grammar/corpus-lines.json')) as { cases: Case[] };
    const corpusDir = path.join(ROOT, 'test', 'fixtures', 'corpus');
    const files = fs.readdirSync(corpusDir);
    it(`has cases for the traditional-script files, the lead-unit forms and the wrong 发文字号 (${fixture.cases.length} cases)`, () => {
      assert.ok(fixture.cases.length >= 20);
      for (const f of ['028', '032', '006', '004', '021', '022']) assert.ok(fixture.cases.some((c) => c.file === f), f);
    });
    for (const c of fixture.cases) {
      it(`${c.file}: ${c.line.slice(0, 24)}`, async () => {
        const name = files.find((f) => f.startsWith(c.file + '_'));
        assert.ok(name, `corpus file ${c.file}`);
        const lines = fs.readFileSync(path.join(corpusDir, name), 'utf8').split(/\r?\n/);
        const no = lines.findIndex((l) => l.includes(c.line));
        assert.ok(no >= 0, `"${c.line}" in ${name}`);
        const toks = await tokenize(P, lines.slice(0, no + 1));
        const problems: string[] = [];
        for (const [sub, scope] of c.expect ?? []) {
          const s = scopesAt(lines[no], toks[no], sub);
          if (!has(s, scope)) problems.push(`"${sub}" should be ${scope}, is ${s.join(' ')}`);
        }
        for (const [sub, scope] of c.reject ?? []) {
          const s = scopesAt(lines[no], toks[no], sub);
          if (has(s, scope)) problems.push(`"${sub}" should not be ${scope}, is ${s.join(' ')}`);
        }
        assert.deepStrictEqual(problems, []);
      });
    }
  });

  describe('drafting forms and defects', () => {
    const doc = [
      '关于印发《懷化市貫徹落實〈關于打好經濟增長主動仗的若干政策措施〉實施方案》的通知',
      '一、总体要求',
      '（二）工作目标。到2026年，全市数字经济核心产业增加值达到1500亿元，占比12%以上。',
      '1.建设一批创新平台。',
      '（3）对新认定的企业给予最高不超过500万元奖励。（牵头单位：市科技局；配合单位：市财政局）',
      '依据国发〔2021〕29号和深交港货[2013]164号文件。',
      '新建5G基站XX个，于2024年3月15日前完成。',
      '第三条 本办法自印发之日起施行。',
      '第二章 支持对象',
      '１、全角数字标题',
      '（二）加强组织领导（牵头单位：市发展改革委）',
    ];
    it('headings by level, each with its own scope', async () => {
      const t = await tokenize(P, doc);
      const at = (n: number, s: string) => scopesAt(doc[n], t[n], s);
      assert.ok(has(at(1, '一、'), 'punctuation.definition.heading.1.policy'));
      assert.ok(has(at(1, '总体要求'), 'markup.heading.1.policy'));
      assert.ok(has(at(2, '工作目标'), 'markup.heading.2.policy'));
      assert.ok(!has(at(2, '到2026年'), 'markup.heading'), 'the heading ends at 。');
      assert.ok(has(at(3, '1.'), 'markup.heading.3.policy'));
      assert.ok(has(at(4, '（3）'), 'markup.heading.4.policy'));
      assert.ok(has(at(7, '第三条'), 'entity.name.section.article.policy'));
      assert.ok(has(at(8, '第二章'), 'entity.name.section.chapter.policy'));
      assert.ok(has(at(8, '支持对象'), 'markup.heading.chapter.policy'));
      assert.ok(has(at(9, '１、'), 'markup.heading.3.policy'), 'full-width digits');
      assert.ok(has(at(10, '牵头单位'), 'entity.name.tag.lead-unit'), 'a lead clause inside a heading');
      assert.ok(has(at(4, '最高不超过500万元'), 'constant.numeric.amount'), 'an amount inside a heading');
      const levels = [at(1, '一、'), at(2, '（二）'), at(3, '1.'), at(4, '（3）')].map((s) => s.find((x) => x.startsWith('markup.heading')));
      assert.strictEqual(new Set(levels).size, 4, `distinct scopes per level: ${levels.join(', ')}`);
      for (const s of ['到2026年，增加值达到1500亿元。', '2023年，全市完成投资5亿元。', '11.121人才梯队项目', '2.5万元以上的项目']) {
        assert.ok(!has(await scopesOf(P, [s], 0, s[0]), 'markup.heading'), `not a heading: ${s}`);
      }
    });
    it('发文字号: right, wrong brackets, padded, 第, placeholders', async () => {
      assert.ok(has(await scopesOf(P, doc, 5, '国发〔2021〕29号'), 'constant.other.reference.docnumber'));
      assert.ok(!has(await scopesOf(P, doc, 5, '依据'), 'constant.other.reference'), 'the function word before the 代字 is not part of the number');
      assert.ok(has(await scopesOf(P, doc, 5, '深交港货[2013]164号'), 'invalid.illegal.docnumber'));
      for (const wrong of ['国发(2023)5号', '国发（2023）5号', '国办发【2019】5号', '国发［2019］5号', '示府办〔2024〕08号', '国发〔2019〕第5号', '国发〔19〕5号']) {
        assert.ok(has(await scopesOf(P, [`根据${wrong}文件`], 0, wrong.slice(0, 2)), 'invalid.illegal.docnumber'), wrong);
      }
      for (const ph of ['〔20XX〕X号', '〔 〕号', '(文号)']) {
        assert.ok(has(await scopesOf(P, [`示府${ph}`], 0, ph), 'invalid.illegal.placeholder'), ph);
      }
    });
    it('《titles》: nesting with 〈〉 is right; 《《》》 and <> are marked', async () => {
      assert.ok(has(await scopesOf(P, doc, 0, '懷化市'), 'string.quoted.other.title'));
      assert.ok(has(await scopesOf(P, doc, 0, '關于'), 'string.quoted.other.title.inner'));
      assert.ok(!has(await scopesOf(P, doc, 0, '的通知'), 'string.quoted'), 'the title ends at 》');
      const bad = ['落实《示例省人民政府关于印发《示例规划》的通知》要求'];
      assert.ok(has(await scopesOf(P, bad, 0, '《示例规划'), 'invalid.illegal.nested-title'));
      assert.ok(has(await scopesOf(P, bad, 0, '的通知》'), 'string.quoted.other.title'), 'the outer title goes on after the inner one');
      assert.ok(!has(await scopesOf(P, bad, 0, '要求'), 'string.quoted'));
      const three = ['《关于印发〈落实《国务院若干意见》的方案〉的通知》'];
      assert.ok(!has(await scopesOf(P, three, 0, '《国务院'), 'invalid.illegal'), 'a third level goes back to 《》');
      assert.ok(!has(await scopesOf(P, ['《未闭合的标题', '下一行'], 1, '下一行'), 'string.quoted'), 'an unclosed title ends with its line');
    });
    it('amounts, ranges, percentages, dates and years', async () => {
      const cases: [string, string, string][] = [
        ['对企业给予最高不超过50万元奖励。', '最高不超过50万元', 'constant.numeric.amount'],
        ['每年安排3-5亿元支持数字经济发展。', '3-5亿元', 'constant.numeric.amount'],
        ['给予3～5万元补助。', '3～5万元', 'constant.numeric.amount'],
        ['资金1,000万元。', '1,000万元', 'constant.numeric.amount'],
        ['单个项目最高补助100万。', '100万', 'constant.numeric.amount.unitless'],
        ['每满一万人奖励一万元。', '一万元', 'constant.numeric.amount.chinese'],
        ['比重达到30%。', '30%', 'constant.numeric.percent'],
        ['按5%-20%给予奖励。', '5%', 'constant.numeric.percent'],
        ['自2023年5月1日起施行。', '2023年5月1日', 'constant.numeric.date'],
        ['二〇〇六年十月十八日', '二〇〇六年十月十八日', 'constant.numeric.date.chinese'],
        ['到2025年，全市建成基站1000个。', '2025年', 'constant.numeric.date.year'],
      ];
      for (const [line, sub, scope] of cases) assert.ok(has(await scopesOf(P, [line], 0, sub), scope), `${sub} in ${line}`);
      for (const [line, sub] of [['引进高层次人才100万人次。', '100万'], ['二元结构', '二元']]) {
        assert.ok(!has(await scopesOf(P, [line], 0, sub), 'constant.numeric.amount') && !has(await scopesOf(P, [line], 0, sub), 'constant.numeric.date.year'), `${sub} in ${line}`);
      }
    });
    it('lead-unit clauses in every corpus form', async () => {
      const cases: [string, string, string][] = [
        ['（牵头单位：市科技局；配合单位：市财政局）', '牵头单位', 'entity.name.tag.lead-unit'],
        ['（牵头单位：市科技局；配合单位：市财政局）', '配合单位', 'entity.name.tag.lead-unit'],
        ['（牵头单位：市科技局；配合单位：市财政局）', '市财政局', 'meta.lead-unit'],
        ['(牽頭單位:市科委,配合單位:各區縣市)', '牽頭單位', 'entity.name.tag.lead-unit'],
        ['新建平台5个。（责任单位：市工业和信息化局、市数据局）', '责任单位', 'entity.name.tag.lead-unit'],
        ['责任单位：市发展改革委', '责任单位', 'entity.name.tag.lead-unit'],
        ['建成平台5个。责任单位：市发展改革委', '市发展改革委', 'meta.lead-unit'],
        ['（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）', '税务总局', 'meta.lead-unit'],
        ['（各省级人民政府按职责分工负责）', '按职责分工负责', 'entity.name.tag.lead-unit'],
      ];
      for (const [line, sub, scope] of cases) assert.ok(has(await scopesOf(P, [line], 0, sub), scope), `${sub} in ${line}`);
      assert.ok(!has(await scopesOf(P, ['明确责任单位和完成时限。'], 0, '责任单位'), 'meta.lead-unit'), 'the word alone is not a clause');
      assert.ok(!has(await scopesOf(P, ['（以下简称《办法》）'], 0, '以下'), 'meta.lead-unit'));
    });
    it('placeholders and numbers left blank', async () => {
      for (const [line, sub] of [['新建5G基站XX个', 'XX'], ['联系人：××', '××'], ['达到ＸＸ%', 'ＸＸ'], ['补助标准【待定】。', '【待定】'],
        ['TODO 补充数据', 'TODO'], ['主要包括……。', '……'], ['给予 万元奖励', ' 万元'], ['力争5年内有 家特色小镇', ' 家'], ['（牵头单位：XX局）', 'XX']]) {
        assert.ok(has(await scopesOf(P, [line], 0, sub), 'invalid.illegal.placeholder'), `${sub} in ${line}`);
      }
      for (const [line, sub] of [['XML格式', 'X'], ['国 家专利', ' 家'], ['等等……等等', '……']]) {
        assert.ok(!has(await scopesOf(P, [line], 0, sub), 'invalid.illegal'), `${sub} in ${line}`);
      }
    });
  });

  describe('Markdown injection', () => {
    const md = ['## 二、重点任务', '依据《示例办法》（示府〔2024〕8号），给予500万元奖励。（牵头单位：市科技局）', '目标XX个，文号示府[2024]9号。',
      '```', '国发〔2021〕29号 XX', '```', '代码 `国发〔2021〕29号` 与 <!-- 国发〔2021〕29号 -->', '落实《关于印发〈示例规划〉的通知》。'];
    it('marks 发文字号, titles, amounts, clauses and placeholders in Markdown text', async () => {
      const t = await tokenize('text.html.markdown', md);
      const at = (n: number, s: string) => scopesAt(md[n], t[n], s);
      assert.ok(has(at(1, '示府〔2024〕8号'), 'constant.other.reference.docnumber'));
      assert.ok(has(at(1, '示例办法'), 'string.quoted.other.title'));
      assert.ok(has(at(1, '500万元'), 'constant.numeric.amount'));
      assert.ok(has(at(1, '牵头单位'), 'entity.name.tag.lead-unit'));
      assert.ok(has(at(1, '市科技局'), 'meta.lead-unit'));
      assert.ok(has(at(2, 'XX'), 'invalid.illegal.placeholder'));
      assert.ok(has(at(2, '示府[2024]9号'), 'invalid.illegal.docnumber'));
      assert.ok(has(at(7, '示例规划'), 'string.quoted.other.title.inner'), 'nested titles inside Markdown');
      assert.ok(has(at(0, '二、'), 'markup.heading.markdown'), 'the base grammar still applies');
    });
    it('leaves code and comments alone', async () => {
      const t = await tokenize('text.html.markdown', md);
      const at = (n: number, s: string) => scopesAt(md[n], t[n], s);
      assert.ok(!has(at(4, '国发'), 'constant.other.reference'), 'fenced code');
      assert.ok(!has(at(4, 'XX'), 'invalid.illegal'), 'fenced code');
      assert.ok(has(at(6, '`国发'), 'markup.inline.raw') && !has(at(6, '国发〔'), 'constant.other.reference'), 'inline code');
      const c = md[6].lastIndexOf('国发');
      const tok = t[6].find((x) => x.startIndex <= c && c < x.endIndex)!;
      assert.ok(has(tok.scopes, 'comment.block.html') && !has(tok.scopes, 'constant.other.reference'), 'HTML comment');
    });
    it('injects only into Markdown, and only rules of text.policy', () => {
      const g = JSON.parse(read(GRAMMARS['text.policy.markdown-injection'])) as { injectionSelector: string; patterns: { include: string }[] };
      assert.match(g.injectionSelector, /^L:text\.html\.markdown /);
      for (const x of ['markup.fenced_code', 'markup.inline.raw']) assert.ok(g.injectionSelector.includes(`-${x}`), x);
      const repo = (JSON.parse(read(GRAMMARS[P])) as { repository: Record<string, unknown> }).repository;
      for (const p of g.patterns) assert.ok(p.include.startsWith('text.policy#') && repo[p.include.slice(12)], p.include);
    });
  });

  describe('grammar files', () => {
    type Rule = Record<string, unknown>;
    const regexes: { where: string; source: string }[] = [];
    for (const file of Object.values(GRAMMARS)) {
      const walk = (node: unknown, where: string) => {
        if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${where}[${i}]`));
        else if (node && typeof node === 'object') {
          for (const [k, v] of Object.entries(node as Rule)) {
            if ((k === 'match' || k === 'begin' || k === 'end') && typeof v === 'string') regexes.push({ where: `${file} ${where}.${k}`, source: v });
            else walk(v, `${where}.${k}`);
          }
        }
      };
      walk(JSON.parse(read(file)), '');
    }
    it(`every regular expression compiles in Oniguruma (${regexes.length})`, async () => {
      await load();
      for (const r of regexes) assert.doesNotThrow(() => new oniguruma.OnigScanner([r.source]).dispose(), r.where);
    });
    it('no regular expression nests quantifiers (a quantified group that itself contains a quantifier)', () => {
      const bad: string[] = [];
      for (const r of regexes) {
        // strip escapes and character classes, then look for (...+...)+ style groups
        const s = r.source.replace(/\\./g, 'e').replace(/\[[^\]]*\]/g, 'c');
        const stack: number[] = [];
        for (let i = 0; i < s.length; i++) {
          if (s[i] === '(') stack.push(i);
          else if (s[i] === ')') {
            const open = stack.pop() ?? 0;
            const body = s.slice(open + 1, i).replace(/^\?(?:<?[=!]|:)/, '');
            const quantified = /^(?:[*+]|\{\d*,\d*\})/.test(s.slice(i + 1));
            if (quantified && /[*+]|\{\d*,\d*\}/.test(body)) bad.push(`${r.where}: ${r.source}`);
          }
        }
      }
      assert.deepStrictEqual(bad, []);
    });
    it('no regular expression can backtrack super-linearly (the static gate of the core\'s patterns, on every grammar pattern)', () => {
      // Oniguruma's \p{Han} is \p{Script=Han} in JS, and its class intersection [\p{Han}&&[^…]] is read as the wider
      // \p{Script=Han} (a wider class can only show more ambiguity, never hide one); the rest of the grammar's syntax is
      // common to both engines. A pattern that does not parse is a failure, not a skip.
      const bad: string[] = [];
      for (const r of regexes) {
        const source = r.source.replace(/\[\\p\{Han\}&&\[\^[^\]]*\]\]/g, '\\p{Han}').replace(/\\p\{Han\}/g, '\\p{Script=Han}');
        const problems = staticProblems(source, 'u');
        if (problems.length) bad.push(`${r.where}: ${problems.join('; ')}`);
      }
      assert.deepStrictEqual(bad, []);
    });
    it('is contributed in package.json: the policy language and the injection into Markdown', () => {
      const pkg = JSON.parse(read('package.json')) as { contributes: { languages: { id: string }[]; grammars: { language?: string; scopeName: string; path: string; injectTo?: string[] }[] } };
      const g = pkg.contributes.grammars;
      const policy = g.find((x) => x.scopeName === 'text.policy');
      assert.ok(policy && policy.language === 'policy' && pkg.contributes.languages.some((l) => l.id === 'policy'));
      const inj = g.find((x) => x.scopeName === 'text.policy.markdown-injection');
      assert.ok(inj?.injectTo?.includes('text.html.markdown'));
      for (const x of g) {
        assert.ok(fs.existsSync(path.join(ROOT, x.path)), x.path);
        assert.strictEqual((JSON.parse(read(x.path)) as { scopeName: string }).scopeName, x.scopeName, x.path);
      }
    });
  });
});
