/**
 * The user-facing strings of the analysis core that belong to no single rule (the server's and the
 * CLI's UI, kinds, severities, fix titles several rules share), Chinese first (zh-CN), with English.
 * Each rule brings its own messages (Rule.messages), registered with the rules. Rules refer to
 * messages by id; the server, the CLI and the tests render them in the user's display language.
 */
import type { MessageArgs, Messages, Text } from './contract';
import { GENRE_NAMES, endsWithWord } from './vocabulary';
import { trimEndOf } from './chars';

export type { MessageArgs, Text } from './contract';
export type Locale = 'zh-cn' | 'en';

const MESSAGES: Record<string, Text> = {
  // Generic UI strings used by the server and CLI.
  'ui/fix-all-rule': { zh: '修复本文档中所有“{rule}”问题', en: 'Fix all "{rule}" problems in this document' },
  'ui/fix-all': { zh: '修复本文档中所有可自动修复的问题', en: 'Fix all auto-fixable problems in this document' },
  'ui/open-doc': { zh: '查看规则说明：{rule}', en: 'Open the documentation for {rule}' },
  'ui/binary': { zh: '该文件不是文本文件（含有二进制内容），未检查。', en: 'This file is not text (it holds binary data); it was not checked.' },
  'ui/too-large': { zh: '文件过大（{size} MB，上限 {limit} MB），未检查。', en: 'The file is too large ({size} MB, limit {limit} MB); it was not checked.' },
  'ui/bad-encoding': { zh: '文件不是有效的 UTF-8 编码，已按替换字符读取，检查结果可能不准确。', en: 'The file is not valid UTF-8; it was read with replacement characters and results may be inaccurate.' },
  'ui/more-findings': { zh: '此规则在本文件中另有 {count} 处问题未逐一列出', en: 'This rule has {count} more problems in this file that are not listed one by one' },
  'ui/fix-this': { zh: '修复：{title}', en: 'Fix: {title}' },
  'ui/ignore-line': { zh: '在本行忽略“{rule}”', en: 'Ignore "{rule}" on this line' },
  'ui/hover-fix': { zh: '修复：{fix}', en: 'Fix: {fix}' },
  'ui/hover-severity': { zh: '调整此规则的级别…', en: 'Change this rule\'s severity…' },
  'ui/rule-severity': { zh: '调整规则“{rule}”的级别…', en: 'Change the severity of rule "{rule}"…' },
  'ui/rule-off': { zh: '在本工作区关闭规则“{rule}”', en: 'Turn rule "{rule}" off for this workspace' },
  'ui/not-checked': { zh: '未检查：不像政策文件（可将 policyLint.check 设为 always）', en: 'Not checked: does not look like a policy document (set policyLint.check to always)' },
  'ui/rule-error': { zh: '规则“{rule}”运行出错：{error}', en: 'Rule "{rule}" failed: {error}' },
  'ui/measures': { zh: '{count} 项措施', en: '{count} measures' },
  'ui/measures-missing': { zh: '{count} 项措施，{missing} 项未明确牵头单位', en: '{count} measures, {missing} without a lead unit' },
  'ui/measure-units': { zh: '**牵头单位**：{lead}　**配合单位**：{partners}', en: '**Lead**: {lead}　**Partners**: {partners}' },
  'ui/measure-inherited': { zh: '（继承自前文：{clause}）', en: '(inherited: {clause})' },
  'ui/measure-no-units': { zh: '该项措施未明确牵头单位', en: 'This measure names no lead unit' },
  'ui/target-period': { zh: '规划期：{start}—{end}年；本目标年份：{year}', en: 'Plan period: {start}–{end}; this goal\'s year: {year}' },
  'ui/target-same-unit': { zh: '本文其他以“{unit}”计的目标：', en: 'Other goals in "{unit}":' },
  'ui/docno-decoded': { zh: '**{number}**：发文机关 {organ} · 年份 {year} · 顺序号 {serial}', en: '**{number}**: issued by {organ} · year {year} · serial {serial}' },
  'ui/docno-unknown-organ': { zh: '“{code}”（代字表中没有，可在 policyLint.profile.docCodes 中补充）', en: '"{code}" (not in the code table; add it to policyLint.profile.docCodes)' },
  'ui/docno-title': { zh: '本文引用的标题：《{title}》', en: 'Cited here as 《{title}》' },
  'ui/docno-others': { zh: '本文另有 {count} 处引用此文号（第 {lines} 行）', en: 'Cited {count} more times in this document (lines {lines})' },
  'ui/amount-value': { zh: '**{text}** = {value}（{kind}）', en: '**{text}** = {value} ({kind})' },
  'ui/amount-for': { zh: '资助对象：{what}', en: 'Funds: {what}' },
  'ui/amount-same': { zh: '本文同一对象的其他金额：', en: 'Other amounts for the same thing:' },
  'ui/line': { zh: '第 {line} 行', en: 'line {line}' },
  'ui/amount-cap': { zh: '上限', en: 'cap' },
  'ui/amount-fixed': { zh: '定额', en: 'fixed' },
  'ui/amount-ratio': { zh: '比例', en: 'ratio' },
  'ui/amount-range': { zh: '范围', en: 'range' },
  'ui/amount-tiered': { zh: '分级', en: 'tiered' },
  'ui/amount-floor': { zh: '下限', en: 'floor' },
  'ui/amount-rate': { zh: '单价（按单位计）', en: 'per unit' },
  'ui/funding-title': { zh: '资金汇总：{title}', en: 'Funding summary: {title}' },
  'ui/funding-header': { zh: '| 行 | 措施 | 资助对象 | 类型 | 金额 | 折合（元） | 期间 |', en: '| Line | Measure | Funds | Kind | Amount | In yuan | Period |' },
  'ui/funding-total': { zh: '共 {count} 笔金额；上限和定额合计 {total} 元（仅供参考，分级和范围按上端计；下限和单价没有总额，不计入）。', en: '{count} amounts; caps and fixed amounts add up to {total} yuan (for reference; tiers and ranges at their upper end; floors and per-unit rates have no total and are not added).' },
  'ui/lead': { zh: '牵头：{units}', en: 'lead: {units}' },
  'ui/no-lead': { zh: '未明确牵头单位', en: 'no lead unit' },
  'ui/source': { zh: '依据', en: 'Source' },
  'ui/good': { zh: '正确', en: 'Correct' },
  'ui/bad': { zh: '错误', en: 'Wrong' },
  'ui/doc-link': { zh: '规则说明', en: 'Rule documentation' },
  'kind/action-plan': { zh: '行动计划/实施方案', en: 'Action plan' },
  'kind/work-list': { zh: '工作要点/任务清单', en: 'Work points / task list' },
  'kind/measures': { zh: '若干措施/管理办法', en: 'Measures' },
  'kind/opinion': { zh: '意见', en: 'Opinion' },
  'kind/reply': { zh: '答复函', en: 'Reply letter' },
  'kind/drafting-note': { zh: '起草说明', en: 'Drafting note' },
  'kind/interpretation': { zh: '政策解读', en: 'Policy interpretation' },
  'kind/notice': { zh: '通知', en: 'Notice' },
  'kind/unknown': { zh: '未识别', en: 'Unknown kind' },
  'severity/error': { zh: '错误', en: 'error' },
  'severity/warning': { zh: '警告', en: 'warning' },
  'severity/information': { zh: '提示', en: 'info' },
  'severity/hint': { zh: '建议', en: 'hint' },
  'ui/summary': { zh: '共 {problems} 个问题（错误 {errors}，警告 {warnings}，提示 {infos}），检查了 {files} 个文件', en: '{problems} problems ({errors} errors, {warnings} warnings, {infos} infos) in {files} files' },
  'ui/summary-failed': { zh: '{count} 个文件无法读取', en: '{count} files could not be read' },
  'ui/summary-skipped': { zh: '{count} 个文件未检查', en: '{count} files skipped' },
  'ui/paragraph': { zh: '第{n}段', en: 'paragraph {n}' },
  'ui/docx-revisions': { zh: '含修订，按接受修订后的文本检查', en: 'the document has tracked changes; checked as if all were accepted' },
  'ui/docx-failed': { zh: '无法读取此 .docx（文件损坏或过于复杂）', en: 'Could not read this .docx (damaged or too complex)' },
  // Where a rule comes from (RuleSource.tier).
  'tier/regulation': { zh: '规定', en: 'regulation' },
  'tier/standard': { zh: '国标', en: 'national standard' },
  'tier/practice': { zh: '实务', en: 'drafting practice' },
  // Fix titles several rules share.
  'fix/number-to': { zh: '改为“{fixed}”', en: 'Change to "{fixed}"' },
  'fix/range-mark': { zh: '改用“{mark}”连接', en: 'Join with "{mark}"' },
  'fix/title-marks': { zh: '为所印发文件的名称加书名号《》', en: 'Put the attached document\'s title in 《》' },
  'fix/target-template': { zh: '插入量化目标模板（到××年，××达到××）', en: 'Insert a quantified target template' },
  'ui/config-error': { zh: 'policy-lint 设置有误，已忽略：{detail}', en: 'policy-lint settings are invalid and were ignored: {detail}' },
};

/** Add a rule's messages to the table (see registry.ts). An id already taken by another text is a bug. */
export function registerMessages(table: Messages): void {
  for (const [id, text] of Object.entries(table)) {
    const old = MESSAGES[id];
    if (old && (old.zh !== text.zh || old.en !== text.en)) throw new Error(`message id ${id} defined twice`);
    MESSAGES[id] = text;
  }
}

function interpolate(template: string, args?: MessageArgs): string {
  if (!args) return template;
  // {name} (letters, digits, _) is replaced by its argument; an unknown name stays as written.
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    let e = open + 1;
    while (e < template.length && isWordChar(template[e])) e++;
    const name = template.slice(open + 1, e);
    if (name && template[e] === '}') {
      out += template.slice(i, open) + (name in args ? String(args[name]) : template.slice(open, e + 1));
      i = e + 1;
    } else {
      out += template.slice(i, open + 1);
      i = open + 1;
    }
  }
  return out + template.slice(i);
}

/** A character of \w: an ASCII letter, digit or underscore. */
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch === '_');
}

export function hasMessage(id: string): boolean { return id in MESSAGES; }

export function message(id: string, args?: MessageArgs, locale: Locale = 'zh-cn'): string {
  const t = MESSAGES[id];
  if (!t) return id;
  return interpolate(locale === 'en' ? t.en : t.zh, args);
}

/**
 * The label of a document's kind (kind/…); for a kind the model does not have, the 文种 its title ends with
 * (请示, 函, 条例 …) when it ends with one, else 未识别.
 */
export function kindLabel(kind: string | undefined, title: string | undefined, locale: Locale = 'zh-cn'): string {
  if ((kind ?? 'unknown') === 'unknown' && title) {
    const genre = endsWithWord(trimEndOf(title, ' \t\u3000》'), GENRE_NAMES);
    if (genre) return genre;
  }
  return message('kind/' + (kind ?? 'unknown'), undefined, locale);
}

/** Map a VS Code / environment locale tag to one we ship (Chinese unless English is asked for). */
export function pickLocale(tag: string | undefined): Locale {
  return tag && tag.slice(0, 2).toLowerCase() === 'en' && !isWordChar(tag[2]) ? 'en' : 'zh-cn';
}
