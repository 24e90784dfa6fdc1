/**
 * A rule's documentation page (docs/rules/<category>/<name>.md), rendered from the rule's own words
 * (Rule.docs, Rule.meta), Chinese first, then English. The pages are generated (npm run gen:docs) and
 * a test checks that the committed pages are what this renders, so they cannot drift from the rule.
 */
import type { Rule } from './contract';
import { message } from './messages';

const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告', information: '提示', hint: '建议' };

/** A list item: a one-line example inline, a multi-line one as an indented text block under its mark. */
function example(mark: string, text: string): string {
  if (!text.includes('\n')) return `- ${mark} ${text}`;
  return [`- ${mark}`, '', '  ```text', ...text.split('\n').map((l) => `  ${l}`), '  ```'].join('\n');
}

/** An example on one line: its lines joined with ⏎. */
export function oneLine(text: string): string {
  // \r\n or \n (a lone \r stays).
  return text.split('\n').map((l, i, all) => (i < all.length - 1 && l.endsWith('\r') ? l.slice(0, -1) : l)).join(' ⏎ ');
}

export function ruleDocPage(rule: Rule): string {
  const { id, severity, fixable, category } = rule.meta;
  const d = rule.docs;
  const tierZh = message(`tier/${d.source.tier}`, undefined, 'zh-cn');
  const tierEn = message(`tier/${d.source.tier}`, undefined, 'en');
  const zh = [
    `# ${id} — ${d.title.zh}`,
    '',
    `**默认级别**：${severity}（${SEVERITY_ZH[severity]}）\u3000**可自动修复**：${fixable ? '是' : '否'}\u3000**依据**（${tierZh}）：${d.source.zh}`,
    '',
    '## 检查内容',
    (d.details ?? d.explanation).zh,
    '',
    '## 示例',
    ...d.good.map((g) => example('✔', g)),
    ...d.bad.map((b) => example('✘', b)),
    '',
  ];
  if (d.fix) zh.push('## 快速修复', d.fix.zh, '');
  zh.push('## 配置', '```json', `"policyLint.rules": { "${id}": "off" }`, '```',
    `也可设为 \`error\`、\`warning\`、\`information\` 或 \`hint\`；\`"${category}": "off"\` 关闭整个类别。`, '');
  const en = [
    '---',
    '',
    `# ${id} — ${d.title.en}`,
    '',
    `**Default severity**: ${severity}\u3000**Fixable**: ${fixable ? 'yes' : 'no'}\u3000**Source** (${tierEn}): ${d.source.en}`,
    '',
    (d.details ?? d.explanation).en,
    '',
    `Examples: ✔ ${d.good.map(oneLine).join('; ')} — ✘ ${d.bad.map(oneLine).join('; ')}`,
    '',
  ];
  if (d.fix?.en) en.push(`Quick fix: ${d.fix.en}`, '');
  en.push(`Configure with \`"policyLint.rules": { "${id}": "off" }\` (or a severity); \`"${category}": "off"\` turns the whole category off.`, '');
  return [...zh, ...en].join('\n');
}
