/**
 * policy-lint settings, validated. Malformed input never throws: bad entries are dropped with a
 * message and the defaults stand in for them.
 */
import { CATEGORIES, SEVERITIES, Severity } from './contract';
import { ruleById, ruleIds } from './registry';

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
  /** The preset the rule settings start from. */
  preset?: PresetName;
  /** Jurisdiction profile: local unit names, 代字 table, reply class system, 有效期 ceilings. */
  profile?: Profile;
}

export interface Profile {
  /** Unit names used locally (completion, lead-unit checks). */
  units?: string[];
  /** 发文机关代字 → issuing organ, e.g. {"穗府办": "广州市人民政府办公厅"}. */
  docCodes?: Record<string, string>;
  /** Reply class system: A/B/C (default) or 甲/乙/丙. */
  replyClasses?: 'ABC' | '甲乙丙';
  /** 有效期 ceilings in years. */
  validity?: { maxYears?: number; trialMaxYears?: number };
  /** Documents issued (title ↔ 发文字号 ↔ date), learned from the unit's documents: citation/number-mismatch, hovers. */
  library?: { title: string; number: string; date?: string; seen?: string[] }[];
  /** Documents repealed or replaced, beside the built-in table: citation/superseded. */
  superseded?: { title?: string; number?: string; replacedBy?: string; since?: string }[];
  /** What `policy-lint learn` counted (documents, unit counts, serials per 代字 and year, sections, validity): informative. */
  learned?: Record<string, unknown>;
}

export type PresetName = 'default' | 'national' | 'provincial' | 'municipal' | 'final-review';
/**
 * Presets set rule severities before the user's own settings. national: central documents assign
 * tasks to ministries in prose, so lead-unit and reply house rules are information; municipal: lead
 * units are required (default); final-review: before issuing, placeholders and blanks are errors (and a 顿号 between quoted or titled items is information, a hint by default).
 */
export const PRESETS: Record<PresetName, Record<string, RuleSetting>> = {
  default: {},
  national: { 'lead-unit': 'information', reply: 'information' },
  provincial: { 'lead-unit': 'warning' },
  municipal: {},
  'final-review': { 'text/list-dunhao': 'information', 'text/placeholder': 'error', 'target/blank': 'error', 'lead-unit/missing': 'error', 'structure/missing-section': 'error' },
};

export const DEFAULT_CONFIG: PolicyLintConfig = { enable: true, check: 'auto', rules: {}, options: {} };

const RULE_SETTINGS: readonly string[] = [...SEVERITIES, 'off'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** Keys that would reach an object's prototype when assigned: never taken from settings. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deepest nesting and most values accepted in one rule's options (no rule needs more than a few levels). */
export const MAX_OPTION_DEPTH = 32;
export const MAX_OPTION_NODES = 100_000;

/**
 * Check a settings value without recursion: nesting no deeper than MAX_OPTION_DEPTH, at most
 * MAX_OPTION_NODES values, no prototype keys. Returns a message for the first problem, or undefined.
 */
export function checkSettingsValue(value: unknown): string | undefined {
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }];
  let nodes = 0;
  while (stack.length) {
    const { v, depth } = stack.pop()!;
    if (++nodes > MAX_OPTION_NODES) return `too many values (over ${MAX_OPTION_NODES}) / 值过多`;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= MAX_OPTION_DEPTH) return `nested too deeply (over ${MAX_OPTION_DEPTH} levels) / 嵌套层数过多`;
    if (Array.isArray(v)) { for (const x of v) stack.push({ v: x, depth: depth + 1 }); continue; }
    for (const k of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(k)) return `key "${k}" is not allowed / 不允许使用键“${k}”`;
      stack.push({ v: (v as Record<string, unknown>)[k], depth: depth + 1 });
    }
  }
  return undefined;
}

/** A fresh object without a prototype, so no key of user settings can reach Object.prototype. */
function bare<T>(): Record<string, T> { return Object.create(null) as Record<string, T>; }

/** Validate raw settings (from VS Code, a file or the command line). */
export function normalizeConfig(raw: unknown): { config: PolicyLintConfig; errors: string[] } {
  const errors: string[] = [];
  // Only validated keys are ever assigned to rules/options (rule ids, categories, never a prototype key).
  const config: PolicyLintConfig = { enable: true, check: 'auto', rules: {}, options: {} };
  if (raw === undefined || raw === null) return { config, errors };
  if (!isRecord(raw)) return { config, errors: ['settings must be an object'] };
  for (const k of Object.keys(raw)) if (FORBIDDEN_KEYS.has(k)) errors.push(`key "${k}" is not allowed; ignored / 不允许使用键“${k}”，已忽略`);
  if (has(raw, 'enable')) {
    if (typeof raw.enable === 'boolean') config.enable = raw.enable;
    else errors.push('"enable" must be true or false');
  }
  if (has(raw, 'check')) {
    if (raw.check === 'auto' || raw.check === 'always' || raw.check === 'never') config.check = raw.check;
    else errors.push('"check" must be "auto", "always" or "never"');
  }
  if (has(raw, 'rules') && raw.rules !== undefined) {
    if (!isRecord(raw.rules)) errors.push('"rules" must be an object of rule id → severity');
    else {
      for (const [key, value] of Object.entries(raw.rules)) {
        if (!ruleById(key) && !(CATEGORIES as readonly string[]).includes(key)) {
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
  if (has(raw, 'preset') && raw.preset !== undefined && raw.preset !== null && raw.preset !== '') {
    if (typeof raw.preset === 'string' && has(PRESETS, raw.preset)) {
      config.preset = raw.preset as PresetName;
      // Preset severities apply where the user's own rules say nothing.
      for (const [key, v] of Object.entries(PRESETS[config.preset])) {
        if (!has(config.rules, key) && (ruleById(key) !== undefined || (CATEGORIES as readonly string[]).includes(key))) config.rules[key] = v;
      }
    } else errors.push(`unknown preset "${typeof raw.preset === 'string' ? raw.preset : typeof raw.preset}" (${Object.keys(PRESETS).join(', ')}) / 未知预设`);
  }
  if (has(raw, 'profile') && raw.profile !== undefined && raw.profile !== null) {
    if (!isRecord(raw.profile)) errors.push('"profile" must be an object');
    else config.profile = normalizeProfile(raw.profile, errors);
  }
  if (has(raw, 'options') && raw.options !== undefined) {
    if (!isRecord(raw.options)) errors.push('"options" must be an object');
    else for (const [key, value] of Object.entries(raw.options)) {
      if (FORBIDDEN_KEYS.has(key)) { errors.push(`options: key "${key}" is not allowed / 不允许使用键“${key}”`); continue; }
      if (!isRecord(value)) { errors.push(`options for "${key}" must be an object`); continue; }
      const problem = checkSettingsValue(value);
      if (problem) errors.push(`options for "${key}": ${problem}; ignored / 已忽略`);
      else config.options[key] = value;
    }
  }
  profileOptions(config);
  return { config, errors };
}

function normalizeProfile(raw: Record<string, unknown>, errors: string[]): Profile {
  const p: Profile = {};
  if (has(raw, 'units') && raw.units !== undefined) {
    if (Array.isArray(raw.units) && raw.units.every((u) => typeof u === 'string')) p.units = (raw.units as string[]).filter((u) => u.trim()).slice(0, 5000);
    else errors.push('"profile.units" must be a list of unit names');
  }
  if (has(raw, 'docCodes') && raw.docCodes !== undefined) {
    if (isRecord(raw.docCodes) && Object.values(raw.docCodes).every((v) => typeof v === 'string')) {
      p.docCodes = {};
      for (const [k, v] of Object.entries(raw.docCodes)) {
        if (FORBIDDEN_KEYS.has(k)) errors.push(`"profile.docCodes": key "${k}" is not allowed / 不允许使用键“${k}”`);
        else p.docCodes[k] = v as string;
      }
    }
    else errors.push('"profile.docCodes" must map 代字 to organ names');
  }
  if (has(raw, 'replyClasses') && raw.replyClasses !== undefined) {
    if (raw.replyClasses === 'ABC' || raw.replyClasses === '甲乙丙') p.replyClasses = raw.replyClasses;
    else errors.push('"profile.replyClasses" must be "ABC" or "甲乙丙"');
  }
  if (has(raw, 'validity') && raw.validity !== undefined) {
    const v = raw.validity;
    const own = (o: Record<string, unknown>, k: string) => (has(o, k) ? o[k] : undefined);
    const ok = (n: unknown) => n === undefined || (typeof n === 'number' && n > 0 && n <= 100);
    if (isRecord(v) && ok(own(v, 'maxYears')) && ok(own(v, 'trialMaxYears'))) p.validity = { maxYears: own(v, 'maxYears') as number | undefined, trialMaxYears: own(v, 'trialMaxYears') as number | undefined };
    else errors.push('"profile.validity" must be {"maxYears": n, "trialMaxYears": n}');
  }
  const str = (o: Record<string, unknown>, k: string) => (has(o, k) && typeof o[k] === 'string' && (o[k] as string).trim() ? (o[k] as string).trim() : undefined);
  if (has(raw, 'library') && raw.library !== undefined) {
    if (!Array.isArray(raw.library)) errors.push('"profile.library" must be a list of {"title", "number", "date"}');
    else {
      p.library = [];
      for (const e of raw.library.slice(0, 50_000)) {
        const title = isRecord(e) ? str(e, 'title') : undefined, number = isRecord(e) ? str(e, 'number') : undefined;
        if (!isRecord(e) || !title || !number) { errors.push('"profile.library": an entry needs "title" and "number"; ignored / 条目缺少 title 或 number，已忽略'); continue; }
        const seen = has(e, 'seen') && Array.isArray(e.seen) ? (e.seen as unknown[]).filter((x): x is string => typeof x === 'string').slice(0, 10) : undefined;
        p.library.push({ title, number, date: str(e, 'date'), seen });
      }
    }
  }
  if (has(raw, 'superseded') && raw.superseded !== undefined) {
    if (!Array.isArray(raw.superseded)) errors.push('"profile.superseded" must be a list of {"title", "number", "replacedBy", "since"}');
    else {
      p.superseded = [];
      for (const e of raw.superseded.slice(0, 5000)) {
        if (!isRecord(e) || (!str(e, 'title') && !str(e, 'number'))) { errors.push('"profile.superseded": an entry needs "title" or "number"; ignored / 条目缺少 title 或 number，已忽略'); continue; }
        const since = has(e, 'since') && typeof e.since === 'number' ? String(e.since) : str(e, 'since');
        p.superseded.push({ title: str(e, 'title'), number: str(e, 'number'), replacedBy: str(e, 'replacedBy'), since });
      }
    }
  }
  if (has(raw, 'learned') && raw.learned !== undefined) {
    const problem = isRecord(raw.learned) ? checkSettingsValue(raw.learned) : '"profile.learned" must be an object';
    if (problem) errors.push(`"profile.learned": ${problem}; ignored / 已忽略`);
    else p.learned = raw.learned as Record<string, unknown>;
  }
  return p;
}

/** Options the profile implies for rules; explicit rule options win. */
function profileOptions(config: PolicyLintConfig): void {
  const p = config.profile;
  if (!p) return;
  const set = (id: string, opts: Record<string, unknown>) => { config.options[id] = { ...opts, ...(has(config.options, id) ? config.options[id] : {}) }; };
  if (p.replyClasses === '甲乙丙') set('reply/class', { system: '甲乙丙' });
  if (p.validity) {
    const o: Record<string, unknown> = {};
    if (p.validity.maxYears) o.maxYears = p.validity.maxYears;
    if (p.validity.trialMaxYears) o.trialMaxYears = p.validity.trialMaxYears;
    set('structure/validity', o);
  }
  if (p.units?.length) for (const id of ruleIds()) if (id.startsWith('lead-unit/')) set(id, { units: p.units });
  if (p.docCodes) for (const id of ruleIds()) if (id.startsWith('citation/')) set(id, { docCodes: p.docCodes });
  if (p.library?.length) for (const id of ruleIds()) if (id.startsWith('citation/')) set(id, { library: p.library });
  if (p.superseded?.length) for (const id of ruleIds()) if (id.startsWith('citation/')) set(id, { superseded: p.superseded });
}

function isPlain(v: unknown): v is Record<string, unknown> { return isRecord(v); }

/**
 * Merge raw configuration layers (later wins): `rules`, `options` and `profile` merge key by key,
 * other keys are replaced. Layers that are not objects are ignored (and reported by normalizeConfig).
 */
export function mergeRawConfigs(...layers: unknown[]): Record<string, unknown> {
  // No prototype: a "__proto__" key of a layer stays a plain key (reported by normalizeConfig).
  const out = bare<unknown>();
  for (const layer of layers) {
    if (!isPlain(layer)) continue;
    for (const [k, v] of Object.entries(layer)) {
      if (v === undefined) continue;
      if ((k === 'rules' || k === 'options' || k === 'profile') && isPlain(v) && isPlain(out[k])) out[k] = Object.assign(bare(), out[k], v);
      else out[k] = v;
    }
  }
  return out;
}

/** The effective severity of a rule, or 'off'. */
export function ruleSetting(config: PolicyLintConfig, id: string, fallback: Severity): RuleSetting {
  const own = has(config.rules, id) ? config.rules[id] : undefined;
  if (own) return own;
  const cat = id.slice(0, id.indexOf('/'));
  return (has(config.rules, cat) ? config.rules[cat] : undefined) ?? fallback;
}

/** One source of settings: its raw value and where it came from (a file name, "settings", "command line"). */
export interface ConfigLayer { raw: unknown; source?: string }

/**
 * The effective configuration of a document from its layers, lowest first (editor settings or the
 * defaults, then .policylintrc.json, then the command line). Each layer's own problems are reported
 * with its source, once: a later layer may replace a malformed value without a word otherwise.
 * The server and the CLI both resolve settings here.
 */
export function resolveConfig(layers: readonly ConfigLayer[]): { config: PolicyLintConfig; errors: string[] } {
  const errors: string[] = [];
  const add = (e: string) => { if (!errors.includes(e)) errors.push(e); };
  for (const l of layers) {
    if (l.raw === undefined || l.raw === null) continue;
    for (const e of normalizeConfig(l.raw).errors) add(l.source ? `${l.source}: ${e}` : e);
  }
  const merged = normalizeConfig(mergeRawConfigs(...layers.map((l) => l.raw)));
  // Problems of the merge itself that no single layer showed (rare: a combination).
  for (const e of merged.errors) if (!errors.some((x) => x === e || x.endsWith(`: ${e}`))) add(e);
  return { config: merged.config, errors };
}
