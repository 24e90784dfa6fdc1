/**
 * Snippets (snippets/policy.json): valid, contributed for every language, Chinese prefixes, and each
 * whole-document skeleton expands into a document of its kind that passes the structure checks.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CONFIG, lintText } from '../../server/src/linter';

const ROOT = path.join(__dirname, '..', '..', '..');
interface Snippet { prefix: string | string[]; body: string | string[]; description: string }

/** Expand a snippet body as an editor does with its defaults: ${1:x} → x, mirrors $1/${1} → x, choices → first. */
export function expand(body: string): string {
  const values = new Map<string, string>();
  const def = /\$\{(\d+):([^{}$]*)\}/g;
  for (let m = def.exec(body); m; m = def.exec(body)) if (!values.has(m[1])) values.set(m[1], m[2]);
  const choice = /\$\{(\d+)\|([^|]*)\|\}/g;
  for (let m = choice.exec(body); m; m = choice.exec(body)) if (!values.has(m[1])) values.set(m[1], m[2].split(',')[0]);
  return body
    .replace(/\$\{(\d+):[^{}$]*\}/g, (_, n: string) => values.get(n) ?? '')
    .replace(/\$\{(\d+)\|[^|]*\|\}/g, (_, n: string) => values.get(n) ?? '')
    .replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a: string, b: string) => values.get(a ?? b) ?? '');
}

const DOCUMENTS: Record<string, string> = {
  行动计划: 'action-plan', 实施方案: 'action-plan', 若干措施: 'measures', 管理办法: 'measures',
  答复函建议: 'reply', 答复函提案: 'reply', 起草说明: 'drafting-note', 印发通知: 'notice',
};

describe('snippets', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { snippets: { language: string; path: string }[] } };
  const contributed = pkg.contributes.snippets;
  const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', 'policy.json'), 'utf8')) as Record<string, Snippet>;

  it('are contributed for the policy, plaintext and markdown languages', () => {
    assert.deepStrictEqual(contributed.map((c) => c.language).sort(), ['markdown', 'plaintext', 'policy']);
    for (const c of contributed) assert.ok(fs.existsSync(path.join(ROOT, c.path)), c.path);
  });

  it('each has a Chinese prefix, a body and a description; prefixes are unique', () => {
    const seen = new Set<string>();
    for (const [name, s] of Object.entries(snippets)) {
      const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
      assert.ok(prefixes.some((p) => /^[\u4e00-\u9fff]/.test(p)), `${name} has a Chinese prefix`);
      for (const p of prefixes) { assert.ok(!seen.has(p), `duplicate prefix ${p}`); seen.add(p); }
      assert.ok((Array.isArray(s.body) ? s.body.join('') : s.body).length > 0 && s.description.length > 0, name);
    }
    for (const p of Object.keys(DOCUMENTS)) assert.ok(seen.has(p), `a document skeleton with prefix ${p}`);
    for (const p of ['牵头单位', '责任单位', '保障措施', '附则', '有效期', '发文字号', '联系人']) assert.ok(seen.has(p), `a clause snippet ${p}`);
  });

  it('expand tab stops, mirrors and choices', () => {
    assert.strictEqual(expand('${1:甲}〔${2:2025}〕${3}号，${1}；${4|主动公开,不予公开|}$0'), '甲〔2025〕号，甲；主动公开');
  });

  for (const [prefix, kind] of Object.entries(DOCUMENTS)) {
    it(`${prefix} expands into a ${kind} with no structure findings`, () => {
      const s = Object.values(snippets).find((x) => (Array.isArray(x.prefix) ? x.prefix : [x.prefix]).includes(prefix))!;
      const text = expand(Array.isArray(s.body) ? s.body.join('\n') : s.body);
      assert.ok(!/\$\{|\$\d/.test(text), 'fully expanded');
      const r = lintText(text, DEFAULT_CONFIG);
      assert.strictEqual(r.doc.kind, kind);
      assert.deepStrictEqual(r.findings.filter((f) => f.ruleId.startsWith('structure/') || f.ruleId.startsWith('citation/')).map((f) => f.ruleId), []);
      if (kind === 'reply') assert.deepStrictEqual(r.findings.filter((f) => f.ruleId.startsWith('reply/')).map((f) => f.ruleId), []);
    });
  }

  it('every snippet expands to text that lints clean', () => {
    for (const [name, s] of Object.entries(snippets)) {
      let text = expand(Array.isArray(s.body) ? s.body.join('\n') : s.body);
      // A section snippet numbered 三、 goes after 一、 and 二、: lint it in that place.
      const n = '一二三四五六七八九'.indexOf(text[0]);
      if (n > 0 && text[1] === '、') text = [...'一二三四五六七八九'.slice(0, n)].map((c) => `${c}、其他部分`).join('\n') + '\n' + text;
      // A 发文字号 stands on its own line under the title.
      else if (/^[^\s〔]{1,10}〔\d{4}〕\d+号$/.test(text)) text = `示例市人民政府关于加强示例工作的通知\n${text}\n`;
      // A one-line clause is linted where a drafter puts it: in a measures document.
      else if (!text.includes('\n')) text = `示例市关于促进软件产业发展的若干措施\n一、支持对象。本措施适用于本市软件企业。\n二、支持措施。对新认定的软件企业给予一次性奖励50万元。${/牵头单位|责任单位/.test(text) ? '' : '（责任单位：市工业和信息化局）'}${text}\n三、本措施由市工业和信息化局负责解释，自印发之日起施行，有效期3年。`;
      const r = lintText(text, { ...DEFAULT_CONFIG, check: 'always' });
      // Clean apart from its placeholders (王××, 0000-00000000): those are there to be filled in.
      r.findings = r.findings.filter((f) => f.ruleId !== 'text/placeholder' && f.ruleId !== 'target/blank');
      assert.deepStrictEqual(r.findings.map((f) => `${f.ruleId}: ${text.slice(f.range.start, f.range.end)}`), [], name);
    }
  });

  it('the lead-unit clause is recognised as a lead clause', () => {
    const s = snippets['牵头单位条款'];
    const text = '一、重点任务\n（一）建设数据中心。新增机架5000个。' + expand((s.body as string[]).join('\n'));
    assert.strictEqual(lintText(text).doc.leadClauses.length, 1);
  });
});
