/**
 * Every user-facing string of the analysis core, Chinese first (zh-CN), with English. Rules refer to
 * messages by id; the server, the CLI and the tests render them in the user's display language.
 */
import type { RuleText, Text } from './messages/types';
import leadUnit from './messages/lead-unit';
import target from './messages/target';
import amount from './messages/amount';
import citation from './messages/citation';
import structure from './messages/structure';
import reply from './messages/reply';
import numberMessages from './messages/number';
import textMessages from './messages/text';

export type { RuleText, Text } from './messages/types';
export type MessageArgs = Record<string, string | number>;
export type Locale = 'zh-cn' | 'en';

const CATEGORY_TABLES = [leadUnit, target, amount, citation, structure, reply, numberMessages, textMessages];

const MESSAGES: Record<string, Text> = {
  // Generic UI strings used by the server and CLI.
  'ui/fix-all-rule': { zh: '修复本文档中所有“{rule}”问题', en: 'Fix all "{rule}" problems in this document' },
  'ui/fix-all': { zh: '修复本文档中所有可自动修复的问题', en: 'Fix all auto-fixable problems in this document' },
  'ui/open-doc': { zh: '查看规则说明：{rule}', en: 'Open the documentation for {rule}' },
  'ui/binary': { zh: '该文件不是文本文件（含有二进制内容），未检查。', en: 'This file is not text (it holds binary data); it was not checked.' },
  'ui/too-large': { zh: '文件过大（{size} MB，上限 {limit} MB），未检查。', en: 'The file is too large ({size} MB, limit {limit} MB); it was not checked.' },
  'ui/bad-encoding': { zh: '文件不是有效的 UTF-8 编码，已按替换字符读取，检查结果可能不准确。', en: 'The file is not valid UTF-8; it was read with replacement characters and results may be inaccurate.' },
  'ui/config-error': { zh: 'policy-lint 设置有误，已忽略：{detail}', en: 'policy-lint settings are invalid and were ignored: {detail}' },
};

/** Short rule titles and explanations, for hovers, docs and the CLI's rule list. */
export const RULE_TEXT: Record<string, RuleText> = {};
for (const table of CATEGORY_TABLES) {
  Object.assign(MESSAGES, table.messages);
  Object.assign(RULE_TEXT, table.rules);
}

function interpolate(template: string, args?: MessageArgs): string {
  if (!args) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in args ? String(args[k]) : m));
}

export function hasMessage(id: string): boolean { return id in MESSAGES; }

export function message(id: string, args?: MessageArgs, locale: Locale = 'zh-cn'): string {
  const t = MESSAGES[id];
  if (!t) return id;
  return interpolate(locale === 'en' ? t.en : t.zh, args);
}

/** Map a VS Code / environment locale tag to one we ship (Chinese unless English is asked for). */
export function pickLocale(tag: string | undefined): Locale {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh-cn';
}
