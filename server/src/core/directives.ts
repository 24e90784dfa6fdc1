/**
 * Inline disable comments, markdownlint style:
 *
 *   <!-- policy-lint-disable target/unquantified -->      (until enable or the end)
 *   <!-- policy-lint-enable target/unquantified -->
 *   <!-- policy-lint-disable-line amount -->              (this line)
 *   <!-- policy-lint-disable-next-line lead-unit/missing -->
 *
 * In plain text, where an HTML comment would be read as text, the same directive may stand on a line
 * of its own after `//`:  // policy-lint-disable-next-line target/unquantified
 * Ids are rule ids or categories, separated by spaces or commas; none = every rule.
 */
import type { Finding } from './contract';
import type { LineIndex } from './lines';
import { isWhite } from './chars';

type Kind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
interface Directive { kind: Kind; line: number; ids: string[] }

const MARK = 'policy-lint-';
const DIRECTIVE = /^(?:<!--|\/\/)?[ \t]*policy-lint-(disable-next-line|disable-line|disable|enable)\b([^>\n]{0,500}?)(?:-->)?[ \t]*$/;
const INLINE = /<!--[ \t]*policy-lint-(disable-next-line|disable-line|disable|enable)\b([^>\n]{0,500}?)-->/g;

export function parseDirectives(text: string, lines: LineIndex): Directive[] {
  const out: Directive[] = [];
  for (let i = text.indexOf(MARK); i >= 0; i = text.indexOf(MARK, i + MARK.length)) {
    const line = lines.positionAt(i).line;
    const content = text.slice(lines.starts[line], lines.lineEnd(line));
    if (out.length && out[out.length - 1].line === line) continue;
    const trimmed = content.trim();
    const whole = DIRECTIVE.exec(trimmed);
    if (whole && (trimmed.startsWith('<!--') || trimmed.startsWith('//'))) {
      out.push({ kind: whole[1] as Kind, line, ids: splitIds(whole[2]) });
      continue;
    }
    // A comment after text on the same line (Markdown): <!-- policy-lint-disable-line … -->
    INLINE.lastIndex = 0;
    for (let m = INLINE.exec(content); m; m = INLINE.exec(content)) {
      out.push({ kind: m[1] as Kind, line, ids: splitIds(m[2]) });
    }
  }
  return out;
}

/** The rule ids and categories of a directive, separated by white space or commas (, ， 、). */
function splitIds(s: string): string[] {
  const out: string[] = [];
  let id = '';
  for (const ch of s + ' ') {
    if (isWhite(ch) || ',，、'.includes(ch)) { if (isRuleRef(id)) out.push(id); id = ''; } else id += ch;
  }
  return out;
}

/** A category (amount) or a rule id (lead-unit/missing): lower-case letters and hyphens, then / and letters, digits, hyphens. */
function isRuleRef(x: string): boolean {
  const slash = x.indexOf('/');
  const cat = slash < 0 ? x : x.slice(0, slash);
  const name = slash < 0 ? '' : x.slice(slash + 1);
  const ok = (t: string, digits: boolean) => [...t].every((c) => (c >= 'a' && c <= 'z') || c === '-' || (digits && c >= '0' && c <= '9'));
  return cat.length > 0 && ok(cat, false) && (slash < 0 || (name.length > 0 && ok(name, true)));
}

function matches(ids: string[], ruleId: string): boolean {
  if (ids.length === 0) return true;
  const cat = ruleId.slice(0, ruleId.indexOf('/'));
  return ids.includes(ruleId) || ids.includes(cat);
}

/**
 * A predicate that is false for a finding switched off by an inline directive; undefined when the text
 * has none (then nothing is switched off). The engine applies it as findings are reported.
 */
export function directiveFilter(text: string, lines: LineIndex): ((f: Pick<Finding, 'ruleId' | 'range'>) => boolean) | undefined {
  if (text.indexOf(MARK) < 0) return undefined;
  const directives = parseDirectives(text, lines);
  if (directives.length === 0) return undefined;
  return (f) => {
    const line = lines.positionAt(f.range.start).line;
    let disabled = false;
    for (const d of directives) {
      if (d.line > line) break;
      if (!matches(d.ids, f.ruleId)) continue;
      if (d.kind === 'disable') disabled = true;
      else if (d.kind === 'enable') disabled = false;
      else if (d.kind === 'disable-line' && d.line === line) return false;
      else if (d.kind === 'disable-next-line' && d.line === line - 1) return false;
    }
    return !disabled;
  };
}

/** Drop findings switched off by inline directives. Cheap when the text has none. */
export function applyDirectives(text: string, lines: LineIndex, findings: Finding[]): Finding[] {
  const keep = directiveFilter(text, lines);
  return keep ? findings.filter(keep) : findings;
}

/** The line to insert above `line` so a finding of `ruleId` there is ignored. */
export function ignoreLineDirective(ruleId: string, markdown: boolean): string {
  return markdown ? `<!-- policy-lint-disable-next-line ${ruleId} -->` : `// policy-lint-disable-next-line ${ruleId}`;
}
