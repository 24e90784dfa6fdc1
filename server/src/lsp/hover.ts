/** Hover on a finding: the rule's explanation, a correct and a wrong example, and its source. */
import type { Hover } from 'vscode-languageserver';
import type { Finding, Locale, PolicyDocument } from '../core';
import { RULE_TEXT, RULES_BY_ID, message } from '../core';
import { ruleDocUrl, toRange } from './convert';

export function ruleMarkdown(ruleId: string, locale: Locale): string | undefined {
  const text = RULE_TEXT[ruleId];
  const rule = RULES_BY_ID.get(ruleId);
  if (!text || !rule) return undefined;
  const pick = (t: { zh: string; en: string }) => (locale === 'en' ? t.en : t.zh);
  const lines = [
    `**${pick(text.title)}** \`${ruleId}\``,
    '',
    pick(text.explanation),
    '',
  ];
  if (text.good.length) lines.push(`✔ ${message('ui/good', undefined, locale)}：${text.good.slice(0, 2).map((g) => '`' + g + '`').join('\u3000')}`, '');
  if (text.bad.length) lines.push(`✘ ${message('ui/bad', undefined, locale)}：${text.bad.slice(0, 2).map((g) => '`' + g + '`').join('\u3000')}`, '');
  lines.push(`${message('ui/source', undefined, locale)}：${rule.meta.source}\u3000·\u3000[${message('ui/doc-link', undefined, locale)}](${ruleDocUrl(ruleId)})`);
  return lines.join('\n');
}

export function hoverAt(doc: PolicyDocument, findings: readonly Finding[], offset: number, locale: Locale): Hover | null {
  const here = findings.filter((f) => f.range.start <= offset && offset <= f.range.end);
  if (here.length === 0) return null;
  const seen = new Set<string>();
  const parts: string[] = [];
  let start = Infinity, end = -Infinity;
  for (const f of here) {
    start = Math.min(start, f.range.start);
    end = Math.max(end, f.range.end);
    if (seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    const md = ruleMarkdown(f.ruleId, locale);
    if (md) parts.push(md);
  }
  if (parts.length === 0) return null;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: toRange(doc.lineIndex, start, end) };
}
