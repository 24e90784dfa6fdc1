/** Hover on a finding: the rule's explanation, a correct and a wrong example, and its source. */
import type { Hover } from 'vscode-languageserver';
import type { Finding, Locale, PolicyDocument } from '../linter';
import { ruleDocs, message } from '../linter';
import { ruleDocUrl, toRange } from './convert';
import { targetAt } from '../core/features/target';
import { docNumberAt } from '../core/features/docnumber';
import { moneyItems } from '../core/money';
import { oneLine } from '../core/ruledoc';

export function ruleMarkdown(ruleId: string, locale: Locale): string | undefined {
  const text = ruleDocs(ruleId);
  if (!text) return undefined;
  const pick = (t: { zh: string; en: string }) => (locale === 'en' ? t.en : t.zh);
  const lines = [
    `**${pick(text.title)}** \`${ruleId}\``,
    '',
    pick(text.explanation),
    '',
  ];
  if (text.good.length) lines.push(`✔ ${message('ui/good', undefined, locale)}：${text.good.slice(0, 2).map((g) => '`' + oneLine(g) + '`').join('\u3000')}`, '');
  if (text.bad.length) lines.push(`✘ ${message('ui/bad', undefined, locale)}：${text.bad.slice(0, 2).map((g) => '`' + oneLine(g) + '`').join('\u3000')}`, '');
  lines.push(`${message('ui/source', undefined, locale)}（${message(`tier/${text.source.tier}`, undefined, locale)}）：${pick(text.source)}\u3000·\u3000[${message('ui/doc-link', undefined, locale)}](${ruleDocUrl(ruleId)})`);
  return lines.join('\n');
}

/** What a hover may link to: the document (line references) and the client's commands (fix, severity). */
export interface HoverLinks { uri?: string; fixCommand?: string; severityCommand?: string }

/** "第15行" as a link to that line of the document when its URI is known. */
function lineRef(line: number, locale: Locale, links: HoverLinks): string {
  const label = message('ui/line', { line }, locale);
  return links.uri ? `[${label}](${links.uri}#L${line})` : label;
}

function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/** Markdown for one hover part and the text range it describes. */
interface Fragment { text: string; start: number; end: number }

/** On a measure's number: its lead and partner units (own or inherited). */
export function measureHover(doc: PolicyDocument, offset: number, locale: Locale): Fragment | undefined {
  const m = doc.measures.find((x) => x.heading && x.heading.markerRange.start <= offset && offset <= x.heading.markerRange.end);
  if (!m || !m.task) return undefined;
  const clause = m.clause ?? m.inherited;
  let value: string;
  if (!clause) value = message('ui/measure-no-units', undefined, locale);
  else {
    const names = (us: { name: string }[]) => us.map((u) => u.name).join('、') || '—';
    value = message('ui/measure-units', { lead: names(clause.lead), partners: names(clause.partners) }, locale);
    if (!m.clause) value += ' ' + message('ui/measure-inherited', { clause: doc.text.slice(clause.range.start, clause.range.end) }, locale);
  }
  return { text: value, start: m.heading!.markerRange.start, end: m.heading!.markerRange.end };
}

/** On a goal sentence: the plan period and the document's other goals with the same unit. */
export function targetHover(doc: PolicyDocument, offset: number, locale: Locale): Fragment | undefined {
  const t = targetAt(doc, offset);
  if (!t) return undefined;
  const lines: string[] = [];
  if (t.period) lines.push(message('ui/target-period', { start: t.period.start, end: t.period.end, year: t.year ?? '—' }, locale));
  if (t.unit && t.sameUnit.length) {
    lines.push(message('ui/target-same-unit', { unit: t.unit }, locale));
    for (const o of t.sameUnit.slice(0, 8)) lines.push('- ' + (o.text.length > 60 ? o.text.slice(0, 59) + '…' : o.text));
  }
  return lines.length ? { text: lines.join('\n'), start: t.range.start, end: t.range.end } : undefined;
}

/** On a 发文字号: the issuing organ (代字 table), year and serial, and where else the document cites it. */
export function docNumberHover(doc: PolicyDocument, offset: number, locale: Locale, codes: Record<string, string> = {}, links: HoverLinks = {}): Fragment | undefined {
  const info = docNumberAt(doc, offset, codes);
  if (!info) return undefined;
  const lines = [message('ui/docno-decoded', { number: info.text, organ: info.organ ?? message('ui/docno-unknown-organ', { code: info.number.agency || '—' }, locale), year: info.year, serial: info.serial }, locale)];
  if (info.title) lines.push(message('ui/docno-title', { title: info.title }, locale));
  if (info.others.length) lines.push(message('ui/docno-others', { count: info.others.length, lines: info.others.map((r) => lineRef(doc.lineIndex.positionAt(r.start).line + 1, locale, links)).join('、') }, locale));
  return { text: lines.join('\n\n'), start: info.number.range.start, end: info.number.range.end };
}

const KIND_ID: Record<string, string> = { cap: 'ui/amount-cap', fixed: 'ui/amount-fixed', ratio: 'ui/amount-ratio', range: 'ui/amount-range', tiered: 'ui/amount-tiered', floor: 'ui/amount-floor', rate: 'ui/amount-rate' };

/** On an amount: its value in 元, what it funds, and the document's other amounts for the same thing. */
export function amountHover(doc: PolicyDocument, offset: number, locale: Locale, links: HoverLinks = {}): Fragment | undefined {
  const items = moneyItems(doc);
  const item = items.find((i) => i.amount.range.start <= offset && offset <= i.amount.range.end);
  if (!item) return undefined;
  const a = item.amount;
  const yuan = (v: number) => v.toLocaleString('en-US') + (locale === 'en' ? ' yuan' : ' 元');
  const lines = [message('ui/amount-value', {
    text: a.text, value: a.minYuan !== undefined ? `${yuan(a.minYuan)} ～ ${yuan(a.yuan)}` : yuan(a.yuan),
    kind: message(KIND_ID[a.kind] ?? 'ui/amount-fixed', undefined, locale),
  }, locale)];
  if (item.beneficiary) lines.push(message('ui/amount-for', { what: item.beneficiary + (item.level ? `（${item.level}）` : '') + (a.period ? ` · ${a.period}` : '') }, locale));
  const same = items.filter((i) => i !== item && i.key === item.key);
  if (same.length) {
    lines.push(message('ui/amount-same', undefined, locale));
    for (const o of same.slice(0, 8)) lines.push(`- ${o.amount.text}（${lineRef(doc.lineIndex.positionAt(o.amount.range.start).line + 1, locale, links)}）`);
  }
  return { text: lines.join('\n\n'), start: a.range.start, end: a.range.end };
}

/** Every amount of the document, for the funding summary. */
export function fundingRows(doc: PolicyDocument, locale: Locale): { line: number; measure: string; beneficiary: string; kind: string; text: string; yuan: number; minYuan?: number; period: string; inTotal: boolean }[] {
  // Money given only: thresholds (营业收入超过1亿元) and targets (总规模超1200亿元) are not funding.
  return moneyItems(doc).filter((i) => i.funding).map((i) => ({
    line: doc.lineIndex.positionAt(i.amount.range.start).line + 1,
    measure: i.measure?.heading ? (i.measure.heading.marker + i.measure.heading.title).slice(0, 30) : '',
    beneficiary: i.beneficiary + (i.level ? `（${i.level}）` : ''),
    kind: message(KIND_ID[i.amount.kind] ?? 'ui/amount-fixed', undefined, locale),
    text: i.amount.text,
    yuan: i.amount.yuan,
    minYuan: i.amount.minYuan,
    period: i.amount.period ?? '',
    // A floor (不低于100万元) and a per-unit rate (每亩300元) are listed but have no total to add.
    inTotal: i.amount.kind !== 'floor' && i.amount.kind !== 'rate' && i.amount.kind !== 'ratio',
  }));
}

/**
 * The hover at `offset`: each finding there — what is wrong, in one line, first; then its fix and the
 * severity setting as links (when the client runs commands); then the rule's explanation, examples and
 * source, once per rule — and after them what sits there (a measure's units, a 发文字号, an amount, a goal).
 */
export function hoverAt(doc: PolicyDocument, findings: readonly Finding[], offset: number, locale: Locale, codes: Record<string, string> = {}, links: HoverLinks = {}): Hover | null {
  const here = findings.filter((f) => f.range.start <= offset && offset <= f.range.end);
  // One description of what sits under the cursor: a 发文字号, else an amount, else a goal.
  const info = docNumberHover(doc, offset, locale, codes, links) ?? amountHover(doc, offset, locale, links) ?? targetHover(doc, offset, locale);
  const onMeasure = measureHover(doc, offset, locale);
  const top = onMeasure && info ? { ...onMeasure, text: onMeasure.text + '\n\n' + info.text } : onMeasure ?? info;
  const measure: Hover | null = top ? { contents: { kind: 'markdown', value: top.text }, range: toRange(doc.lineIndex, top.start, top.end) } : null;
  if (here.length === 0) return measure;
  const parts: string[] = [];
  const said = new Set<string>();
  const explained = new Set<string>();
  let start = Infinity, end = -Infinity;
  for (const f of here) {
    start = Math.min(start, f.range.start);
    end = Math.max(end, f.range.end);
    const what = message(f.messageId, f.args, locale);
    const key = f.ruleId + '\u0000' + what;
    if (said.has(key)) continue;
    said.add(key);
    const lines = [`**${what}**`];
    const actions: string[] = [];
    const pos = doc.lineIndex.positionAt(f.range.start);
    if (f.fix && links.uri && links.fixCommand) {
      const title = message(f.fix.titleId, f.fix.titleArgs, locale);
      actions.push(commandLink(message('ui/hover-fix', { fix: title }, locale), links.fixCommand, [links.uri, pos.line, pos.character, f.ruleId, title]));
    }
    if (links.uri && links.severityCommand) actions.push(commandLink(message('ui/hover-severity', undefined, locale), links.severityCommand, [f.ruleId, links.uri]));
    if (actions.length) lines.push('', actions.join('\u3000·\u3000'));
    if (!explained.has(f.ruleId)) {
      explained.add(f.ruleId);
      const md = ruleMarkdown(f.ruleId, locale);
      if (md) lines.push('', md);
    }
    parts.push(lines.join('\n'));
  }
  // What is wrong comes first; what the text under the cursor is (units, 文号, amount, goal) after it.
  if (measure) parts.push((measure.contents as { value: string }).value);
  if (parts.length === 0) return null;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: toRange(doc.lineIndex, start, end) };
}
