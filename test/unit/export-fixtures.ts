/** What the export tests share: the drafts of examples/ (as the CLI collects them: its .policylintignore leaves the README out). */
import * as path from 'path';
import { collectFiles } from '../../server/src/cli/files';

export const ROOT = path.resolve(__dirname, '../../..');
export const EXAMPLES = path.join(ROOT, 'examples');
/** A draft with every part GB/T 9704 lays out (版头, 主送, four heading levels, table, 附件说明, 落款, 附注, 版记). */
export const FULL_LAYOUT = path.join(ROOT, 'test/fixtures/export/full-layout.md');

export function exampleDrafts(): string[] {
  return collectFiles([EXAMPLES]).filter((f) => !f.error && !/\.docx$/i.test(f.path)).map((f) => f.path);
}
