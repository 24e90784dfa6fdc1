// One esbuild command bundles the client, the server and the CLI into dist/.
// `node scripts/build.mjs [--watch] [--minify]`
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');
const options = {
  entryPoints: {
    client: 'client/src/extension.ts',
    server: 'server/src/server.ts',
    'server-worker': 'server/src/lsp/worker.ts',
    cli: 'server/src/cli.ts',
    // The Office libraries, loaded by server/src/office/load.ts when a file is first written (not at start-up).
    'office-docx': 'server/src/office/docx-entry.ts',
    'office-exceljs': 'server/src/office/exceljs-entry.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  sourcemap: true,
  minify,
  logLevel: 'warning',
  // office/load.ts requires the Office bundles by a computed path on purpose.
  logOverride: { 'unsupported-require-call': 'silent' },
};
if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  console.log('esbuild: watching');
} else {
  await esbuild.build(options);
}
