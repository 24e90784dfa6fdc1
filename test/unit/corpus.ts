/** The corpus copy in test/fixtures/corpus, for tests: one loader instead of one per test file. */
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';

export const CORPUS = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'corpus');

/** A corpus file by name (relative to the corpus folder), without its "# source:" provenance line. */
export function corpusText(name: string): string {
  const text = readFileSync(path.join(CORPUS, name), 'utf8');
  return text.startsWith('# source:') ? text.slice(text.indexOf('\n') + 1) : text;
}

/** A corpus file by its prefix ("004_", "seeds/003"), without the "# source:" provenance line. */
export function corpus(prefix: string): string {
  const [dir, p] = prefix.includes('/') ? prefix.split('/') : ['', prefix];
  const name = readdirSync(path.join(CORPUS, dir)).find((f) => f.startsWith(p) && f.endsWith('.txt'));
  assert.ok(name, `corpus ${prefix} present`);
  return corpusText(path.join(dir, name!));
}
