/**
 * Run as a child process by redos.test.ts (not a test file itself): records every regular expression
 * the compiled server modules build with `new RegExp(…)` / `RegExp(…)`, at load time and while linting
 * the corpus and the rule fixtures with every profile option set (a config may build patterns at run
 * time). Prints JSON lines {source, flags, where} on stdout.
 *
 * Entry points with side effects (server.js starts a connection, cli.js runs the CLI) are not loaded;
 * redos.test.ts checks that their sources call no RegExp constructor, so nothing is missed.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..', '..');
const OUT = path.join(ROOT, 'out', 'server', 'src');
export const ENTRY_POINTS = ['server.js', 'cli.js'];

interface Seen { source: string; flags: string; where: string }
const seen = new Map<string, Seen>();

function caller(): string {
  const lines = (new Error().stack ?? '').split('\n').slice(1);
  // The first frame outside this file: the module that built the pattern (source-mapped to .ts).
  const frame = lines.find((l) => !l.includes('regex-census'));
  const m = frame ? /\(?([^()\s]+):(\d+):\d+\)?$/.exec(frame.trim()) : null;
  return m ? `${path.relative(ROOT, m[1])}:${m[2]}` : 'unknown';
}

function record(re: RegExp): void {
  const key = re.flags + '/' + re.source;
  if (!seen.has(key)) seen.set(key, { source: re.source, flags: re.flags, where: caller() });
}

const Original = RegExp;
const Recording = new Proxy(Original, {
  construct(target, args, newTarget) {
    const re = Reflect.construct(target, args, newTarget === Recording ? target : newTarget) as RegExp;
    record(re);
    return re;
  },
  apply(target, thisArg, args) {
    const re = Reflect.apply(target, thisArg, args) as RegExp;
    record(re);
    return re;
  },
});
(globalThis as { RegExp: RegExpConstructor }).RegExp = Recording;

function walk(d: string, out: string[]): string[] {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (p.endsWith('.js') && !(d === OUT && ENTRY_POINTS.includes(e.name))) out.push(p);
  }
  return out;
}

function texts(dir: string, out: string[]): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) texts(p, out);
    else if (/\.(txt|md)$/.test(e.name)) out.push(fs.readFileSync(p, 'utf8'));
  }
  return out;
}

if (require.main === module) {
  const modules = walk(OUT, []);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  for (const m of modules) require(m);
  // Exercise the analysis: patterns built per document or per configuration are recorded too.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require(path.join(OUT, 'linter.js')) as typeof import('../../server/src/linter');
  const fixtures = path.join(ROOT, 'test', 'fixtures');
  const configs = [
    core.DEFAULT_CONFIG,
    ...Object.keys(core.PRESETS).map((preset) => core.normalizeConfig({ preset }).config),
    core.normalizeConfig({ profile: { units: ['示例市发展和改革委员会', '市财政局'], docCodes: { '示例市人民政府': '示政发' }, replyClasses: '甲乙丙', validity: { maxYears: 3, trialMaxYears: 2 } } }).config,
  ];
  for (const t of texts(fixtures, [])) for (const c of configs) core.lintText(t, c);
  process.stdout.write(JSON.stringify({ modules: modules.map((m) => path.relative(ROOT, m)), regexes: [...seen.values()] }) + '\n');
}
