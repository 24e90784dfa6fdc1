/**
 * The Office libraries (docx for Word files, exceljs for workbooks) are loaded when a file is first
 * written, not when the server or the CLI starts: together they were two thirds of the server bundle
 * and most of its start-up time. In dist/ each is a bundle of its own beside the one running
 * (office-docx.js, office-exceljs.js, built by scripts/build.mjs from docx-entry.ts and exceljs-entry.ts);
 * run from the compiled tests (out/) they are those entry modules, which read the packages in node_modules.
 */
import * as fs from 'fs';
import * as path from 'path';
import type * as DocxLib from 'docx';
import type * as ExcelJSLib from 'exceljs';

const cache = new Map<string, unknown>();

function load<T>(bundle: string, entry: string): T {
  let lib = cache.get(bundle) as T | undefined;
  if (lib) return lib;
  const bundled = path.join(__dirname, bundle);
  // A computed name: the bundler leaves this require to run time instead of inlining the library.
  const target = fs.existsSync(bundled) ? bundled : path.join(__dirname, entry);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a run-time path, on purpose
  lib = require(target) as T;
  cache.set(bundle, lib);
  return lib;
}

/** The docx package (Word documents). */
export function docxLib(): typeof DocxLib { return load<typeof DocxLib>('office-docx.js', 'docx-entry'); }

/** The exceljs package (.xlsx workbooks). */
export function excelLib(): typeof ExcelJSLib { return load<typeof ExcelJSLib>('office-exceljs.js', 'exceljs-entry'); }

/** A stand-in for a library's namespace that loads the library at the first property read. */
export function lazyModule<T extends object>(load: () => T): T {
  return new Proxy({} as T, { get: (_target, key) => (load() as Record<string | symbol, unknown>)[key] });
}
