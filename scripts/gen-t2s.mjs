// Generates the character tables in server/data/ from OpenCC's dictionaries (via opencc-js):
//  - t2s.json: traditional → simplified, for matching;
//  - s2t.json: simplified → traditional (OpenCC's first, most common candidate), for writing fixes
//    in a traditional-script document's own script.
// Only pairs where both sides are one UTF-16 code unit are kept, so mapping never moves an offset.
// Run `npm run gen:tables` after upgrading opencc-js; the outputs are committed.
import { writeFileSync } from 'node:fs';
import ts from 'opencc-js/dict/TSCharacters';
import st from 'opencc-js/dict/STCharacters';

function table(dict) {
  const map = {};
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    if (!from || !to) continue;
    const target = to.split(/\s+/)[0];
    if (from.length === 1 && target.length === 1 && from !== target) map[from] = target;
  }
  return map;
}
for (const [name, dict] of [['t2s', ts], ['s2t', st]]) {
  const map = table(dict);
  writeFileSync(new URL(`../server/data/${name}.json`, import.meta.url), JSON.stringify(map));
  console.log(`${name}.json: ${Object.keys(map).length} characters`);
}
