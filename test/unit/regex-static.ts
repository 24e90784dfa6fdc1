/**
 * A static, deterministic test of super-linear backtracking on a regular expression's syntax tree
 * (no timing, no budget: the same verdict on every machine). Used by redos.test.ts for every pattern,
 * and as the only check where recheck's exact automaton analysis is too large to run (big bounded
 * repetitions such as [^。]{0,80}, which recheck would hand to its timed fuzzer).
 *
 * Three shapes are reported (delimiters: a round of a group that opens or closes with a mandatory
 * character the inner repetition cannot match cannot be split another way), each an ambiguity a backtracking engine (V8) explores in full:
 *  - nested: a repeated group (max ≥ 2) holding a repetition (max ≥ 2), unless each round of the
 *    group begins with a mandatory character the inner repetition cannot match ((?:、[^、]{0,40})+ is
 *    fine, (a+)+ and (a{0,2}){1,20} are not);
 *  - adjacent: an unbounded repetition followed — across optional parts and characters it can match
 *    itself — by another repetition (max ≥ 2) over overlapping characters ([ \t]*(字)?[ \t]*, \s*\s+);
 *  - leading: an unbounded repetition at the start of an unanchored pattern followed by something
 *    that can fail (\d+万 rescans a long digit run from every start: quadratic in a global scan),
 *    unless a lookbehind keeps a match from starting inside the run ((?<![\d.])\d+…).
 * Bounded repetitions alone only multiply the work by a constant and are not reported.
 */
import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element, Node, Pattern, Quantifier, CharacterClassElement } from '@eslint-community/regexpp/ast';

/** A set of code points as sorted, disjoint [lo, hi] ranges. */
type Chars = Array<[number, number]>;
const MAX = 0x10ffff;
const ALL: Chars = [[0, MAX]];

function union(...sets: Chars[]): Chars {
  const all = sets.flat().sort((a, b) => a[0] - b[0]);
  const out: Chars = [];
  for (const [lo, hi] of all) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}
function complement(s: Chars): Chars {
  const out: Chars = [];
  let next = 0;
  for (const [lo, hi] of union(s)) { if (lo > next) out.push([next, lo - 1]); next = hi + 1; }
  if (next <= MAX) out.push([next, MAX]);
  return out;
}
function overlaps(a: Chars, b: Chars): boolean {
  for (const [l1, h1] of a) for (const [l2, h2] of b) if (l1 <= h2 && l2 <= h1) return true;
  return false;
}

const SPACE: Chars = union([[9, 13], [32, 32], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]]);
const DIGIT: Chars = [[48, 57]];
const WORD: Chars = union([[48, 57], [65, 90], [95, 95], [97, 122]]);
const LINE_END: Chars = union([[10, 10], [13, 13], [0x2028, 0x2029]]);

interface Flags { ignoreCase: boolean; dotAll: boolean; multiline: boolean; sticky: boolean }

function caseFold(s: Chars, f: Flags): Chars {
  if (!f.ignoreCase) return s;
  const extra: Chars = [];
  for (const [lo, hi] of s) {
    const a = Math.max(lo, 65), b = Math.min(hi, 90);
    if (a <= b) extra.push([a + 32, b + 32]);
    const c = Math.max(lo, 97), d = Math.min(hi, 122);
    if (c <= d) extra.push([c - 32, d - 32]);
  }
  return union(s, extra);
}

function classElement(e: CharacterClassElement, f: Flags): Chars {
  switch (e.type) {
    case 'Character': return caseFold([[e.value, e.value]], f);
    case 'CharacterClassRange': return caseFold([[e.min.value, e.max.value]], f);
    case 'CharacterSet':
      if (e.kind === 'digit') return e.negate ? complement(DIGIT) : DIGIT;
      if (e.kind === 'space') return e.negate ? complement(SPACE) : SPACE;
      if (e.kind === 'word') return e.negate ? complement(WORD) : WORD;
      return ALL; // property escapes: any character, to be safe
    default: return ALL;
  }
}

/** The characters a node can consume (any of them, anywhere in its match). */
function charsOf(n: Node, f: Flags): Chars {
  switch (n.type) {
    case 'Character': return caseFold([[n.value, n.value]], f);
    case 'CharacterClass': {
      const s = union(...n.elements.map((e) => classElement(e as CharacterClassElement, f)));
      return n.negate ? complement(s) : s;
    }
    case 'CharacterSet':
      if (n.kind === 'any') return f.dotAll ? ALL : complement(LINE_END);
      if (n.kind === 'digit') return n.negate ? complement(DIGIT) : DIGIT;
      if (n.kind === 'space') return n.negate ? complement(SPACE) : SPACE;
      if (n.kind === 'word') return n.negate ? complement(WORD) : WORD;
      return ALL;
    case 'Quantifier': return n.max === 0 ? [] : charsOf(n.element, f);
    case 'Group': case 'CapturingGroup': case 'Pattern':
      return union(...n.alternatives.map((a) => charsOf(a, f)));
    case 'Alternative': return union(...n.elements.map((e) => charsOf(e, f)));
    case 'Assertion': return [];
    case 'Backreference': return ALL;
    default: return ALL;
  }
}

function nullable(n: Node): boolean {
  switch (n.type) {
    case 'Quantifier': return n.min === 0 || nullable(n.element);
    case 'Group': case 'CapturingGroup': case 'Pattern': return n.alternatives.some((a) => nullable(a));
    case 'Alternative': return n.elements.every((e) => nullable(e));
    case 'Assertion': return true;
    case 'Backreference': return true;
    default: return false;
  }
}

/** The characters a match of `n` can begin with. */
function firstChars(n: Node, f: Flags): Chars {
  switch (n.type) {
    case 'Quantifier': return n.max === 0 ? [] : firstChars(n.element, f);
    case 'Group': case 'CapturingGroup': case 'Pattern': return union(...n.alternatives.map((a) => firstChars(a, f)));
    case 'Alternative': {
      const out: Chars[] = [];
      for (const e of n.elements) { out.push(firstChars(e, f)); if (!nullable(e)) break; }
      return union(...out);
    }
    case 'Assertion': return [];
    default: return charsOf(n, f);
  }
}

/** The characters a match of `n` can end with. */
function lastChars(n: Node, f: Flags): Chars {
  switch (n.type) {
    case 'Quantifier': return n.max === 0 ? [] : lastChars(n.element, f);
    case 'Group': case 'CapturingGroup': case 'Pattern': return union(...n.alternatives.map((a) => lastChars(a, f)));
    case 'Alternative': {
      const out: Chars[] = [];
      for (const e of [...n.elements].reverse()) { out.push(lastChars(e, f)); if (!nullable(e)) break; }
      return union(...out);
    }
    case 'Assertion': return [];
    default: return charsOf(n, f);
  }
}

/** A part that can fail to match: something mandatory, or an assertion. */
function canFail(elements: Element[]): boolean {
  return elements.some((e) => !nullable(e) || e.type === 'Assertion' || (e.type !== 'Character' && e.type !== 'CharacterClass' && e.type !== 'CharacterSet' && descendantsAssert(e)));
}
function descendantsAssert(n: Node): boolean {
  if (n.type === 'Assertion') return true;
  if (n.type === 'Quantifier') return descendantsAssert(n.element);
  if (n.type === 'Group' || n.type === 'CapturingGroup') return n.alternatives.some((a) => a.elements.some(descendantsAssert));
  return false;
}

/** Repetitions (max ≥ 2) a match of `n` can begin with. */
function leadingRepeats(n: Node): Quantifier[] {
  if (n.type === 'Quantifier') return n.max >= 2 ? [n] : leadingRepeats(n.element);
  if (n.type === 'Group' || n.type === 'CapturingGroup') return n.alternatives.flatMap((a) => leadingRepeatsOf(a.elements));
  return [];
}
function leadingRepeatsOf(elements: Element[]): Quantifier[] {
  const out: Quantifier[] = [];
  for (const e of elements) {
    out.push(...leadingRepeats(e));
    if (!nullable(e)) break;
  }
  return out;
}

function descendants(n: Node, out: Quantifier[] = []): Quantifier[] {
  if (n.type === 'Quantifier') { if (n.max >= 2) out.push(n); descendants(n.element, out); }
  else if (n.type === 'Group' || n.type === 'CapturingGroup' || n.type === 'Pattern') n.alternatives.forEach((a) => descendants(a, out));
  else if (n.type === 'Alternative') n.elements.forEach((e) => descendants(e, out));
  return out;
}

/** Elements of a sequence with single-alternative groups inlined. */
function flatten(elements: Element[]): Element[] {
  return elements.flatMap((e) => ((e.type === 'Group' || e.type === 'CapturingGroup') && e.alternatives.length === 1 ? flatten(e.alternatives[0].elements) : [e]));
}

export function staticProblems(source: string, flags: string): string[] {
  const f: Flags = { ignoreCase: flags.includes('i'), dotAll: flags.includes('s'), multiline: flags.includes('m'), sticky: flags.includes('y') };
  let pattern: Pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  } catch (e) {
    return [`does not parse: ${(e as Error).message}`];
  }
  const problems: string[] = [];
  const visitAlt = (alt: Alternative) => {
    const seq = flatten(alt.elements);
    seq.forEach((x, i) => {
      if (x.type !== 'Quantifier') return;
      // Nested repetition.
      if (x.max >= 2) {
        const body = x.element.type === 'Group' || x.element.type === 'CapturingGroup' ? x.element.alternatives : [null];
        for (const a of body) {
          for (const inner of descendants(a ?? x.element)) {
            if (inner === x) continue;
            const innerChars = charsOf(inner.element, f);
            // Separated: the round opens or closes with a mandatory character outside the inner set.
            const els = a ? flatten(a.elements).filter((e) => e.type !== 'Assertion') : [];
            const delimits = (e: Element | undefined) => e !== undefined && e !== inner && !nullable(e) && e.type !== 'Quantifier' && !overlaps(charsOf(e, f), innerChars);
            if (!(delimits(els[0]) || delimits(els[els.length - 1]))) problems.push(`nested repetition: ${inner.raw} inside ${x.raw}`);
          }
        }
      }
      if (x.max !== Infinity) return;
      const xs = lastChars(x.element, f);
      // Adjacent unbounded repetitions over overlapping characters (a bounded one only multiplies the
      // work by its bound). At the end of the whole pattern nothing after them can fail: the first,
      // greedy split is the match and nothing is retried.
      for (let j = i + 1; j < seq.length; j++) {
        const y = seq[j];
        for (const q of leadingRepeats(y)) {
          if (q.max !== Infinity || !overlaps(firstChars(q.element, f), xs)) continue;
          if (alt.parent.type === 'Pattern' && !canFail(seq.slice(j + 1)) && q === y) continue;
          problems.push(`adjacent repetitions: ${x.raw} then ${q.raw}`);
        }
        if (!nullable(y) && !overlaps(firstChars(y, f), xs)) break;
      }
    });
  };
  const walk = (n: Node) => {
    if (n.type === 'Alternative') { visitAlt(n); n.elements.forEach(walk); }
    else if (n.type === 'Group' || n.type === 'CapturingGroup' || n.type === 'Pattern') n.alternatives.forEach(walk);
    else if (n.type === 'Quantifier') walk(n.element);
    else if (n.type === 'Assertion' && (n.kind === 'lookahead' || n.kind === 'lookbehind')) n.alternatives.forEach(walk);
  };
  walk(pattern);
  // A leading unbounded repetition in an unanchored search.
  if (!f.sticky) {
    for (const alt of pattern.alternatives) {
      const seq = flatten(alt.elements);
      let guarded = false;
      for (let i = 0; i < seq.length; i++) {
        const e = seq[i];
        if (e.type === 'Assertion') {
          if (e.kind === 'start' && !f.multiline) break; // ^ anchors the match to the start of the text
          // ^ (a line start) or a lookbehind: a match cannot start inside a run the repetition scanned.
          if (e.kind === 'start' || e.kind === 'lookbehind') guarded = true;
          continue;
        }
        // (?:^|[|｜]): every alternative is an anchor or a mandatory character.
        if ((e.type === 'Group' || e.type === 'CapturingGroup') && e.alternatives.every((a) => a.elements.length > 0 && (a.elements.every((x) => x.type === 'Assertion' && x.kind === 'start') || !nullable(a)))) {
          guarded = true;
          continue;
        }
        if (e.type === 'Quantifier' && e.max === Infinity) {
          const rest = { type: 'Alternative', elements: seq.slice(i + 1) } as unknown as Alternative;
          if (!guarded && canFail(rest.elements)) problems.push(`leading repetition ${e.raw} rescanned from every start when the rest fails`);
          break;
        }
        if (!nullable(e)) break;
      }
    }
  }
  return [...new Set(problems)];
}

/** Sum of the counts of bounded repetitions: recheck's size criterion for its automaton analysis. */
export function repeatCount(source: string, flags: string): number {
  try {
    const p = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
    return descendants(p).reduce((s, q) => s + (q.max === Infinity ? q.min : q.max), 0);
  } catch {
    return Infinity;
  }
}
