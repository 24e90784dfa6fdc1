// The options the corpus measuring scripts (ablate.mjs, metamorphic.mjs) share, read from the command line:
// --only a,b (operators or transforms), --file PART (documents whose name holds it), --json.

/** The value after `name` on the command line, or `dflt`. */
export function option(name, dflt) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
}
/** --only a,b as a list (empty: all). */
export const only = option('--only', '')?.split(',').filter(Boolean);
/** --file PART: only the documents whose name holds PART ('' for all). */
export const fileFilter = option('--file', '');
/** --json: one JSON line per result. */
export const asJson = process.argv.includes('--json');
