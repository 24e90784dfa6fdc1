/**
 * A timeline of one keystroke's way to the screen, for measuring (the end-to-end test and a developer chasing
 * latency), off unless POLICY_LINT_TIMELINE names a file. The client (extension host) and the server append
 * lines `<epoch ms> <side> <event> v<version>` to that file; the browser side adds its own keydown and squiggle
 * times, and test/e2e/run.mjs splits each keystroke's delay into its stages. Epoch time with sub-millisecond
 * resolution (performance.timeOrigin + performance.now()), so the processes' lines can be put side by side.
 */
import { appendFileSync } from 'fs';

const FILE = process.env.POLICY_LINT_TIMELINE;

/** Append one event, when the timeline is on. Never throws. */
export function timeline(side: 'client' | 'server', event: string, version?: number): void {
  if (!FILE) return;
  try {
    appendFileSync(FILE, `${(performance.timeOrigin + performance.now()).toFixed(1)} ${side} ${event}${version === undefined ? '' : ' v' + version}\n`);
  } catch { /* a measuring aid: never disturb the editor */ }
}

export const timelineOn = !!FILE;
