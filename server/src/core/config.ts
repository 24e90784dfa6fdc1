/**
 * policy-lint settings, validated. Malformed input never throws: bad entries are dropped with a
 * message and the defaults stand in for them.
 */
import { CATEGORIES, SEVERITIES, Severity } from '../rules/types';
import { RULES_BY_ID } from '../rules';

export type RuleSetting = Severity | 'off';
export type CheckMode = 'auto' | 'always' | 'never';

export interface PolicyLintConfig {
  enable: boolean;
  /** Plain-text and Markdown files: check when they look like a policy document (auto), always or never. */
  check: CheckMode;
  /** Rule id or category → severity or off. A rule id wins over its category. */
  rules: Record<string, RuleSetting>;
  /** Per-rule options. */
  options: Record<string, Record<string, unknown>>;
}

export const DEFAULT_CONFIG: PolicyLintConfig = { enable: true, check: 'auto', rules: {}, options: {} };

const RULE_SETTINGS: readonly string[] = [...SEVERITIES, 'off'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validate raw settings (from VS Code, a file or the command line). */
export function normalizeConfig(raw: unknown): { config: PolicyLintConfig; errors: string[] } {
  const errors: string[] = [];
  const config: PolicyLintConfig = { enable: true, check: 'auto', rules: {}, options: {} };
  if (raw === undefined || raw === null) return { config, errors };
  if (!isRecord(raw)) return { config, errors: ['settings must be an object'] };
  if ('enable' in raw) {
    if (typeof raw.enable === 'boolean') config.enable = raw.enable;
    else errors.push('"enable" must be true or false');
  }
  if ('check' in raw) {
    if (raw.check === 'auto' || raw.check === 'always' || raw.check === 'never') config.check = raw.check;
    else errors.push('"check" must be "auto", "always" or "never"');
  }
  if ('rules' in raw && raw.rules !== undefined) {
    if (!isRecord(raw.rules)) errors.push('"rules" must be an object of rule id → severity');
    else {
      for (const [key, value] of Object.entries(raw.rules)) {
        if (!RULES_BY_ID.has(key) && !(CATEGORIES as readonly string[]).includes(key)) {
          errors.push(`unknown rule or category "${key}"`);
          continue;
        }
        const v = typeof value === 'boolean' ? (value ? undefined : 'off') : value;
        if (v === undefined) continue;
        if (typeof v === 'string' && RULE_SETTINGS.includes(v)) config.rules[key] = v as RuleSetting;
        else errors.push(`"${key}": expected one of ${RULE_SETTINGS.join(', ')}`);
      }
    }
  }
  if ('options' in raw && raw.options !== undefined) {
    if (!isRecord(raw.options)) errors.push('"options" must be an object');
    else for (const [key, value] of Object.entries(raw.options)) {
      if (isRecord(value)) config.options[key] = value;
      else errors.push(`options for "${key}" must be an object`);
    }
  }
  return { config, errors };
}

/** The effective severity of a rule, or 'off'. */
export function ruleSetting(config: PolicyLintConfig, id: string, fallback: Severity): RuleSetting {
  const own = config.rules[id];
  if (own) return own;
  const cat = config.rules[id.slice(0, id.indexOf('/'))];
  return cat ?? fallback;
}
