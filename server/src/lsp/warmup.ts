/**
 * The analysis warmed up while the server is idle. A fresh process runs the analysis in V8's
 * unoptimised code until the JIT has seen it often enough: the first keystrokes in a 100 KB draft took
 * two to three times as long as later ones. Analysing every rule's ✘ and ✔ examples (short texts that
 * take each rule's paths) a few dozen times, one pass per turn of the event loop, compiles the same code
 * before the user types; a request that comes in meanwhile waits for one pass at most.
 */
import { lintDocument, parseDocument, RULES } from '../linter';

/** Passes over the examples (about 12 KB of text each). */
export const WARM_UP_PASSES = 40;

/** Every rule's ✘ and ✔ examples, one per line. */
export function warmUpText(): string {
  const parts: string[] = [];
  for (const r of RULES) parts.push(...r.docs.bad, ...r.docs.good);
  return parts.join('\n');
}

/**
 * Analyse the examples `passes` times, one pass per turn of the event loop, until `stopped()` says so;
 * `done` is told how many passes ran and in how many milliseconds.
 */
export function warmUp(stopped: () => boolean, passes = WARM_UP_PASSES, done?: (ran: number, ms: number) => void): void {
  const text = warmUpText();
  const t0 = Date.now();
  let ran = 0;
  const step = () => {
    if (ran >= passes || stopped()) { done?.(ran, Date.now() - t0); return; }
    lintDocument(parseDocument(text));
    ran++;
    setImmediate(step);
  };
  setImmediate(step);
}

/** The passes POLICY_LINT_WARM_UP asks for (0: none), or WARM_UP_PASSES when it is unset or no number. */
export function warmUpPasses(setting: string | undefined): number {
  return setting !== undefined && /^\d{1,4}$/.test(setting) ? Number(setting) : WARM_UP_PASSES;
}
