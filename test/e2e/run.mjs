// End-to-end tests in a real VS Code: code-server 4.100.3 driven by headless Debian Chromium
// (playwright-core). `npm run test:e2e`:
//   1. scripts/e2e-setup.sh (idempotent; installs code-server, playwright-core and Chromium outside the
//      repository when they are missing), then `npm run package` builds policy-lint.vsix;
//   2. the CLI must agree with test/fixtures/workspace/expectations.json — the one hand-written source
//      of what the fixtures should show, shared with the test-electron suite and the unit tests;
//   3. the .vsix goes into a fresh extensions folder, a copy of test/fixtures/workspace is opened in
//      code-server on 127.0.0.1 (free port), and Chromium checks what a drafter sees: squiggles on the
//      expected lines, the Problems panel (rule ids, lines, counts), the status bar, a hover with the
//      rule's explanation, the lead-unit quick fix (read back from disk after saving), a snippet from its
//      Chinese prefix, the outline's heading tree, a rule turned off in .vscode/settings.json taking
//      effect without a reload, a non-policy file left alone, and the CLI's HTML report.
// Each step saves a screenshot in test-artefacts/e2e/. Prints "e2e: N passed, M failed" and exits 1 on
// any failure. code-server and Chromium are always stopped (also on a failure, Ctrl+C or the global
// timeout).
// Environment: POLICY_LINT_E2E_CACHE (install folder), POLICY_LINT_E2E_TIMEOUT (s, default 420),
// POLICY_LINT_E2E_EXPECTATIONS (another expectations file), POLICY_LINT_E2E_NO_PACKAGE=1 (use the
// existing policy-lint.vsix and dist/), POLICY_LINT_E2E_KEEP=1 (keep the temporary folder),
// CHROMIUM_PATH, E2E_DEBUG=1 (dump the Problems panel rows to test-artefacts/e2e/rows.txt).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CACHE = process.env.POLICY_LINT_E2E_CACHE || path.join(os.homedir(), '.cache', 'policy-lint-e2e');
const ENTRY = path.join(CACHE, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const ARTEFACTS = path.join(ROOT, 'test-artefacts', 'e2e');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TIMEOUT = Number(process.env.POLICY_LINT_E2E_TIMEOUT || 420) * 1000;
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'workspace');
const EXPECTATIONS = process.env.POLICY_LINT_E2E_EXPECTATIONS || path.join(FIXTURES, 'expectations.json');
const expectations = JSON.parse(fs.readFileSync(EXPECTATIONS, 'utf8'));
/** The snippet step: typing the prefix and accepting the suggestion must put this text in the file. */
const SNIPPET = { prefix: '保障措施', inserts: '（一）加强组织领导。' };
const SEVERITY_CLASS = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

const results = [];
const children = new Set();
let server;
let browser;
let work;
/** Where the extension host and the language server log the stages of each keystroke. */
let timelineFile;
let finishing = false;
const started = Date.now();
const log = (m) => console.log(`[e2e] ${m}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const key = (rule, line) => `${rule}@${line}`;
const sortedKeys = (rules) => Object.entries(rules).flatMap(([rule, lines]) => lines.map((l) => key(rule, l))).sort();

/** Runs a command without blocking the event loop (so the global timeout can fire). */
function exec(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...opts });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => { children.delete(child); resolve({ code, stdout, stderr }); });
  });
}

/** exec(), rejecting unless the command exits with 0. */
async function run(cmd, args, opts) {
  const { code, stdout, stderr } = await exec(cmd, args, opts);
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${code}:\n${(stdout + stderr).trim().split('\n').slice(-15).join('\n')}`);
  return stdout;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** The drafts of the keystroke-to-squiggle step: name and size in bytes. */
const KEYSTROKE_DRAFTS = [['keystroke-26k.txt', 26 * 1024], ['keystroke-260k.txt', 260 * 1024]];

async function waitFor(fn, what, ms = 30000, every = 250) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    try { last = await fn(); if (last) return last; } catch (e) { last = e; }
    if (Date.now() > deadline) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    await sleep(every);
  }
}

/** Waits until fn() returns the same JSON twice in a row `settle` ms apart (the panel stopped changing). */
async function settled(fn, what, ms = 30000, settle = 700) {
  let prev;
  return waitFor(async () => {
    const now = JSON.stringify(await fn());
    const same = now === prev;
    prev = now;
    if (!same) await sleep(settle);
    return same ? JSON.parse(now) : false;
  }, what, ms, 0);
}

function slug(name) { return name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase(); }

async function step(page, name, fn) {
  const t0 = Date.now();
  try {
    if (page) await page.keyboard.press('Escape');
    await fn();
    results.push({ name, ok: true });
    log(`✔ ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    results.push({ name, ok: false, error });
    log(`✘ ${name}: ${error}`);
  } finally {
    if (page) await page.screenshot({ path: path.join(ARTEFACTS, `${String(results.length).padStart(2, '0')}-${slug(name)}.png`) }).catch(() => undefined);
  }
}

function assertEqual(got, want, what) {
  if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`${what}:\n      got      ${JSON.stringify(got)}\n      expected ${JSON.stringify(want)}`);
}

// --- the CLI: the same checks outside the editor -----------------------------------------------------

/** rule@line of every finding the CLI reports for a file, with severities and the detected kind. */
async function cliFindings(file, extra = []) {
  const { code, stdout, stderr } = await exec(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--format', 'json', ...extra, file]);
  if (code !== 0 && code !== 1) throw new Error(`the CLI exited with ${code} on ${file}: ${stderr.trim()}`); // 1 = errors found
  const out = stdout;
  const report = JSON.parse(out.slice(out.indexOf('{')));
  const f = report.files[0];
  return {
    kind: f.kind,
    keys: f.diagnostics.map((d) => key(d.rule, d.line)).sort(),
    severities: [...new Set(f.diagnostics.map((d) => `${d.line}:${SEVERITY_CLASS[d.severity]}`))].sort(),
    severityOf: Object.fromEntries(f.diagnostics.map((d) => [d.rule, d.severity])),
  };
}

// --- the workbench ---------------------------------------------------------------------------------

async function command(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill('>' + label);
  await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: label }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press('Enter');
  await sleep(300);
}

async function openFile(page, name) {
  // Quick Open, as a drafter would; Enter opens it pinned. Then wait for its tab and text.
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(name);
  // The list filters as it is typed: wait until the focused (first) row is the file itself.
  await page.locator('.quick-input-widget .monaco-list-row.focused').filter({ hasText: name }).first().waitFor({ timeout: 15000 });
  await sleep(200);
  await page.keyboard.press('Enter');
  await page.locator('.tab.active').filter({ hasText: name }).first().waitFor({ timeout: 15000 });
  await activeEditor(page).locator('.view-lines').waitFor({ timeout: 15000 });
  await sleep(300);
}

function activeEditor(page) {
  return page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
}

async function gotoLine(page, line, column = 1) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(`:${line}:${column}`);
  await sleep(200);
  await page.keyboard.press('Enter');
  await sleep(300);
}

/**
 * The distinct "line:severity" pairs of the squiggles drawn in the active editor (line from the gutter).
 * A set: the editor draws one squiggle for diagnostics with the same range and severity (citation/order
 * and citation/doc-number-bracket on 示府办【2022】3号), so counts are checked in the Problems panel.
 */
async function squiggles(page) {
  /* global document -- this function runs in the page */
  return page.evaluate(() => {
    const ed = document.querySelector('.editor-group-container.active .editor-instance .monaco-editor');
    if (!ed) return [];
    const lineAt = new Map();
    for (const d of ed.querySelectorAll('.margin-view-overlays > div')) {
      const n = d.querySelector('.line-numbers');
      if (n && n.textContent.trim()) lineAt.set(d.style.top, Number(n.textContent.trim()));
    }
    const out = new Set();
    for (const s of ed.querySelectorAll('.view-overlays [class*="squiggly-"]')) {
      const sev = /squiggly-(error|warning|info|hint)/.exec(s.className);
      if (sev) out.add(`${lineAt.get(s.parentElement.style.top) ?? '?'}:${sev[1]}`);
    }
    return [...out].sort();
  });
}

/** policy-lint rows of the Problems panel as {file, rule, line, severity}, in panel order. */
async function problems(page) {
  const rows = await page.locator('.markers-panel .monaco-list-row').evaluateAll((els) => els.map((e) => ({
    level: e.getAttribute('aria-level'),
    label: e.getAttribute('aria-label') || '',
    text: e.textContent || '',
  })));
  if (process.env.E2E_DEBUG) fs.appendFileSync(path.join(ARTEFACTS, 'rows.txt'), JSON.stringify(rows, null, 1) + '\n----\n');
  const out = [];
  let file = '';
  for (const r of rows) {
    // File rows: "4 problems in file plan.txt of folder ." (English UI); marker rows: "Error: … at line 3 …".
    if (r.level === '1') { const m = / in file (.+?) of folder/.exec(r.label); file = m ? m[1] : r.text.trim().replace(/\d+$/, ''); continue; }
    const all = r.label + ' ' + r.text;
    const m = /policy-lint\(?([a-z-]+\/[a-z0-9-]+)/.exec(r.text);
    const l = /\[Ln (\d+), Col \d+\]/.exec(all) || /\bline (\d+)/i.exec(all);
    const sev = /^(Error|Warning|Info)/i.exec(r.label);
    if (m && l) out.push({ file, rule: m[1], line: Number(l[1]), severity: sev ? sev[1].toLowerCase() : '?' });
  }
  return out;
}
const problemKeys = async (page, file) => (await problems(page)).filter((p) => p.file === file).map((p) => key(p.rule, p.line)).sort();

/** The outline as [depth, label] in tree order (rows are rendered in order; depth = aria-level). */
async function outlineRows(page) {
  return page.locator('.outline-pane .monaco-list-row').evaluateAll((els) => els.map((e) => [
    Number(e.getAttribute('aria-level')), ((e.querySelector('.label-name') || e).textContent || '').trim(),
  ]));
}

/** Process ids of the running policy-lint language servers (node …/extensions/policy-lint…/dist/server.js). */
function serverPids(extensions) {
  const pids = [];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    let cmd = '';
    try { cmd = fs.readFileSync(`/proc/${d}/cmdline`, 'utf8'); } catch { continue; }
    if (cmd.includes(extensions) && cmd.includes(path.join('dist', 'server.js'))) pids.push(Number(d));
  }
  return pids;
}

/** The status bar agrees with the Problems panel for a file: same problem count. */
async function statusAgrees(page, file) {
  const item = page.locator('.statusbar-item').filter({ hasText: / · \d+/ });
  let seen = '';
  let rows = -1;
  await waitFor(async () => {
    rows = (await problemKeys(page, file)).length;
    seen = (await item.count()) ? await item.first().innerText() : '';
    const m = / · (\d+)/.exec(seen);
    return rows > 0 && m && Number(m[1]) === rows;
  }, `the status bar to show the Problems panel's count for ${file}`, 20000).catch((e) => { throw new Error(`${e.message}; status bar "${seen.trim()}", ${rows} rows`); });
}

// --- the run ------------------------------------------------------------------------------------------

async function main() {
  log('setup: scripts/e2e-setup.sh');
  execFileSync('sh', [path.join(ROOT, 'scripts', 'e2e-setup.sh')], { stdio: 'inherit' });
  fs.rmSync(ARTEFACTS, { recursive: true, force: true });
  fs.mkdirSync(ARTEFACTS, { recursive: true });
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-e2e-'));
  const workspace = path.join(work, 'workspace');
  const userData = path.join(work, 'user-data');
  const extensions = path.join(work, 'extensions');
  const apiWorkspace = path.join(work, 'api-workspace');
  const apiResults = path.join(work, 'api-results.json');
  fs.cpSync(FIXTURES, workspace, { recursive: true });
  timelineFile = path.join(work, 'timeline.log');
  // Drafts for the keystroke-to-squiggle step, written before code-server starts so that Quick Open lists them.
  // Line 3 holds 国发[2020]号 (no serial yet, not a 文号): typing the 1 makes a citation/doc-number-bracket error.
  {
    const filler = fs.readFileSync(path.join(workspace, 'plan.txt'), 'utf8').split('\n').slice(3).join('\n');
    for (const [name, size] of KEYSTROKE_DRAFTS) {
      let text = '示例市数字经济发展行动计划（2023—2025年）\n\n依据国发[2020]号文件。\n';
      while (Buffer.byteLength(text) < size) text += filler + '\n';
      fs.writeFileSync(path.join(workspace, name), text);
    }
  }
  fs.rmSync(path.join(workspace, 'expectations.json'));
  fs.writeFileSync(path.join(workspace, 'snippet.txt'), '示例市数字经济发展行动计划（2024—2026年）\n\n一、工作目标\n\n到2026年，数字经济核心产业增加值达到1500亿元。\n\n二、重点任务\n\n（一）建设数据中心。（牵头单位：市发展改革委）\n\n');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'workbench.welcomePage.walkthroughs.openOnInstall': false, 'workbench.tips.enabled': false, 'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false, 'update.mode': 'none',
    'editor.quickSuggestions': { other: true, comments: false, strings: false }, 'workbench.colorTheme': 'Default Light Modern',
    'files.autoSave': 'off', 'editor.wordWrap': 'off', 'editor.minimap.enabled': false, 'outline.collapseItems': 'alwaysExpand',
    'editor.fontFamily': "'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', monospace", 'chat.commandCenter.enabled': false,
  }, null, 2));

  if (process.env.POLICY_LINT_E2E_NO_PACKAGE) log('POLICY_LINT_E2E_NO_PACKAGE: using the existing policy-lint.vsix');
  else {
    log('building the .vsix (npm run package)');
    const t0 = Date.now();
    await run('npm', ['run', 'package', '--silent']);
    log(`built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const vsix = path.join(ROOT, 'policy-lint.vsix');
  if (!fs.existsSync(vsix)) throw new Error('policy-lint.vsix is missing');

  await step(null, 'the CLI agrees with expectations.json', async () => {
    for (const exp of expectations) {
      const got = await cliFindings(path.join(workspace, exp.file));
      assertEqual(got.kind, exp.kind, `${exp.file}: kind`);
      const want = sortedKeys(exp.rules);
      assertEqual(exp.complete ? got.keys : got.keys.filter((k) => k.split('@')[0] in exp.rules), want, `${exp.file}: findings (rule@line)`);
      for (const [rule, sev] of Object.entries(exp.severity ?? {})) assertEqual(got.severityOf[rule], sev, `${exp.file}: severity of ${rule}`);
    }
  });

  log('installing the .vsix into a fresh extensions folder');
  await run(process.execPath, [ENTRY, '--install-extension', vsix, '--extensions-dir', extensions, '--user-data-dir', userData]);
  if (!fs.readdirSync(extensions).some((d) => d.startsWith('policy-lint.'))) throw new Error('the .vsix did not install');

  const port = await freePort();
  server = spawn(process.execPath, [ENTRY, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userData,
    '--extensions-dir', extensions, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', workspace],
  {
    stdio: ['ignore', 'pipe', 'pipe'], detached: true,
    // Read only by the vscode API suite in its extension host (see below).
    // POLICY_LINT_TIMELINE: the extension and its server log each keystroke's stages (server/src/lsp/timeline.ts).
    env: { ...process.env, POLICY_LINT_EXPECTATIONS: EXPECTATIONS, POLICY_LINT_TEST_RESULTS: apiResults, POLICY_LINT_TIMELINE: timelineFile },
  });
  let serverLog = '';
  server.stdout.on('data', (d) => { serverLog += d; });
  server.stderr.on('data', (d) => { serverLog += d; });
  server.on('exit', (code) => { if (!finishing) log(`code-server exited (${code})`); });
  await waitFor(() => new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve(true); });
    s.on('error', () => resolve(false));
  }), 'code-server to listen', 60000);
  log(`code-server on 127.0.0.1:${port} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  // playwright-core lives in the cache folder next to code-server, not in the repository.
  const { chromium } = createRequire(path.join(CACHE, 'package.json'))('playwright-core');
  browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    // Our own handlers stop everything and print the summary (playwright's would exit at once).
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  await page.locator('.statusbar').waitFor({ timeout: 60000 });
  await sleep(1500);

  const plan = expectations.find((e) => e.file === 'plan.txt');
  const want = sortedKeys(plan.rules);
  const wantSquiggles = [...new Set(Object.entries(plan.rules).flatMap(([rule, lines]) => lines.map((l) => `${l}:${SEVERITY_CLASS[plan.severity?.[rule] ?? 'warning']}`)))].sort();

  await step(page, 'squiggles appear on the expected lines', async () => {
    await openFile(page, plan.file);
    await waitFor(async () => (await squiggles(page)).length > 0, 'squiggles', 60000);
    await waitFor(async () => (await squiggles(page)).length >= wantSquiggles.length, `${wantSquiggles.length} squiggles`, 10000).catch(() => undefined);
    assertEqual(await settled(() => squiggles(page), 'the squiggles to settle', 15000), wantSquiggles, 'squiggles (line:severity)');
  });

  await step(page, 'the Problems panel lists the expected rules, lines and counts', async () => {
    await command(page, 'View: Focus Problems');
    await page.locator('.markers-panel').waitFor({ timeout: 10000 });
    await waitFor(async () => (await problemKeys(page, plan.file)).length >= want.length, `${want.length} problems for ${plan.file}`, 15000).catch(() => undefined);
    const got = await settled(() => problemKeys(page, plan.file), 'the Problems panel to settle');
    assertEqual(plan.complete ? got : got.filter((k) => k.split('@')[0] in plan.rules), want, `Problems panel rows for ${plan.file} (rule@line)`);
    const sevs = [...new Set((await problems(page)).filter((p) => p.file === plan.file).map((p) => `${p.rule}:${p.severity}`))].sort();
    assertEqual(sevs, Object.entries(plan.severity).map(([r, v]) => `${r}:${v === 'information' ? 'info' : v}`).sort(), 'Problems panel severities');
    const counts = (keys) => Object.fromEntries([...new Set(keys.map((k) => k.split('@')[0]))].map((r) => [r, keys.filter((k) => k.startsWith(r + '@')).length]));
    log(`Problems panel: ${JSON.stringify(counts(got))}`);
  });

  await step(page, 'the status bar shows the document kind and problem count', async () => {
    const item = page.locator('.statusbar-item').filter({ hasText: / · \d+/ });
    let seen = '';
    const text = await waitFor(async () => {
      seen = await item.first().innerText();
      return /(Action plan|行动计划)/i.test(seen) && Number(/· (\d+)/.exec(seen)[1]) === want.length ? seen : false;
    }, `a status bar item "… Action plan|行动计划 · ${want.length}"`, 15000).catch((e) => { throw new Error(`${e.message}; it shows "${seen.trim()}"`); });
    log(`status bar: ${text.trim()}`);
  });

  await step(page, 'hover shows the rule explanation', async () => {
    const h = plan.hover;
    await activeEditor(page).locator('.view-lines').click();
    await gotoLine(page, h.line, h.column);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:visible');
    await hover.first().waitFor({ timeout: 15000 });
    await waitFor(async () => {
      const t = await hover.first().innerText();
      return h.contains.every((c) => t.includes(c)) && Object.values(h.explanation).some((x) => t.includes(x)) ? t : false;
    }, `a hover with ${[...h.contains, Object.values(h.explanation).join(' | ')].map((x) => `"${x}"`).join(', ')}`, 15000);
  });

  await step(page, 'the status-bar count opens the review summary (审阅摘要): categories and rules with counts', async () => {
    await page.keyboard.press('Escape');
    await page.locator('.statusbar-item').filter({ hasText: / · \d+/ }).first().click();
    const header = page.locator('.pane-header').filter({ hasText: /审阅摘要|Review summary/i }).first();
    await header.waitFor({ timeout: 15000 });
    const body = page.locator('.pane').filter({ has: header }).locator('.monaco-list-row');
    const rows = await waitFor(async () => {
      const t = await body.allInnerTexts();
      return t.some((r) => r.includes(plan.file)) && t.some((r) => /citation\/doc-number-bracket/.test(r)) ? t : false;
    }, 'the review summary to list plan.txt and the rule citation/doc-number-bracket', 20000);
    log(`review summary: ${rows.map((r) => r.replace(/\s+/g, ' ').trim()).join(' | ')}`);
    // Collapse it again: the outline step needs the side bar's height for its rows.
    await page.screenshot({ path: path.join(ARTEFACTS, 'review-summary.png') });
    await header.click();
  });

  await step(page, 'the quick fix inserts the lead-unit clause (read back from disk)', async () => {
    const q = plan.quickFix;
    const file = path.join(workspace, plan.file);
    const before = fs.readFileSync(file, 'utf8').split('\n')[q.line - 1];
    if (before.includes(q.inserts)) throw new Error(`line ${q.line} already has ${q.inserts}`);
    await page.keyboard.press('Escape');
    await gotoLine(page, q.line, 2);
    await page.keyboard.press('Control+.');
    const title = new RegExp(Object.values(q.title).join('|'));
    await page.locator('.action-widget .monaco-list-row').filter({ hasText: title }).first().waitFor({ timeout: 15000 });
    // Move to the item with the keyboard, as a drafter would (group headers are rows but not selectable).
    const rows = await page.locator('.action-widget .monaco-list-row:not(.group-header)').allInnerTexts();
    const index = rows.findIndex((t) => title.test(t));
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await sleep(800);
    await page.keyboard.press('Escape'); // leave snippet mode with the placeholder defaults
    await page.keyboard.press('Control+S');
    const line = await waitFor(() => { const l = fs.readFileSync(file, 'utf8').split('\n')[q.line - 1]; return l.includes(q.inserts) ? l : false; }, `"${q.inserts}" on line ${q.line} on disk`, 15000);
    if (!new RegExp(q.insertsPattern).test(line)) throw new Error(`line ${q.line} on disk: ${line} — expected /${q.insertsPattern}/`);
    log(`on disk, line ${q.line}: ${line}`);
    await waitFor(async () => !(await problemKeys(page, plan.file)).includes(key(q.rule, q.line)), `${key(q.rule, q.line)} to leave the Problems panel`, 15000);
  });

  await step(page, 'a snippet expands from its Chinese prefix', async () => {
    await openFile(page, 'snippet.txt');
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(SNIPPET.prefix);
    await page.keyboard.press('Control+Space');
    const suggestion = page.locator('.suggest-widget .monaco-list-row').filter({ hasText: SNIPPET.prefix });
    await suggestion.first().waitFor({ timeout: 15000 });
    await sleep(300);
    await page.keyboard.press('Enter');
    await sleep(500);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+S');
    const text = await waitFor(() => { const t = fs.readFileSync(path.join(workspace, 'snippet.txt'), 'utf8'); return t.includes(SNIPPET.inserts) ? t : false; }, `"${SNIPPET.inserts}" in snippet.txt on disk`, 15000);
    if (text.includes(SNIPPET.prefix + SNIPPET.prefix) || text.split(SNIPPET.prefix).length > 2) throw new Error(`the prefix was not replaced: ${JSON.stringify(text.slice(-200))}`);
  });

  await step(page, 'the outline shows the heading tree', async () => {
    await openFile(page, plan.file);
    await command(page, 'Explorer: Focus on Outline View');
    await page.locator('.outline-pane').waitFor({ timeout: 15000 });
    // The outline is a virtual list: collapse the Explorer's folder section so every row is rendered.
    const folders = page.locator('.explorer-viewlet .pane-header[aria-expanded="true"]').filter({ hasText: /^\s*workspace\s*$/i });
    if (await folders.count()) await folders.first().click();
    const got = await waitFor(async () => {
      const rows = await outlineRows(page);
      return rows.length >= plan.outline.length ? rows : false;
    }, `${plan.outline.length} outline rows`, 20000);
    const matched = got.map(([depth, label], i) => [depth, plan.outline[i] && label.startsWith(plan.outline[i][1]) ? plan.outline[i][1] : label]);
    assertEqual(matched, plan.outline, 'outline rows [depth, heading]');
  });

  await step(page, 'turning a rule off in .vscode/settings.json takes effect without a reload', async () => {
    const off = plan.settingsOff;
    await openFile(page, plan.file);
    await command(page, 'View: Focus Problems');
    // Expected: what the CLI reports for the file as it is now on disk (after the quick fix), minus the rule.
    const now = await cliFindings(path.join(workspace, plan.file), ['--rule', `${off}=off`]);
    if (!(await problemKeys(page, plan.file)).some((k) => k.startsWith(off + '@'))) throw new Error(`${off} is not in the Problems panel before the change`);
    fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'policyLint.rules': { [off]: 'off' } }, null, 2));
    await waitFor(async () => !(await problemKeys(page, plan.file)).some((k) => k.startsWith(off + '@')), `${off} to leave the Problems panel`, 30000);
    const got = await settled(() => problemKeys(page, plan.file), 'the Problems panel to settle');
    assertEqual(got, now.keys, `Problems panel after turning ${off} off (the other rules stay)`);
    if (!got.length) throw new Error('no problems left: the whole extension seems off, not just the rule');
  });

  await step(page, 'settings.json completes the rule ids of policyLint.rules', async () => {
    const file = path.join(workspace, '.vscode', 'settings.json');
    const before = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, '{\n  "policyLint.rules": {\n    \n  }\n}\n');
    try {
      await openFile(page, 'settings.json');
      await gotoLine(page, 3, 5);
      await page.keyboard.type('"citation/doc');
      await page.keyboard.press('Control+Space');
      const row = page.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'citation/doc-number-bracket' });
      await row.first().waitFor({ timeout: 20000 });
      log(`settings completion: ${(await page.locator('.suggest-widget .monaco-list-row').allInnerTexts()).slice(0, 6).map((t) => t.replace(/\s+/g, ' ')).join(' | ')}`);
      await sleep(300);
      await page.screenshot({ path: path.join(ARTEFACTS, 'settings-completion.png') });
      await page.keyboard.press('Escape');
    } finally {
      // Put the file back: revert the editor, close it (no save prompt later), then restore the disk copy.
      await command(page, 'File: Revert File').catch(() => undefined);
      await command(page, 'View: Close Editor').catch(() => undefined);
      fs.writeFileSync(file, before);
    }
  });

  await step(page, 'keystroke to squiggle, measured in the editor (26 KB and 260 KB drafts)', async () => {
    // One keystroke that makes a 文号 of 国发[2020]号 (no serial yet, not a 文号): typing the 1 creates a
    // citation/doc-number-bracket error. Time from the keydown to the new squiggle in the DOM, 5 times each.
    const figures = {};
    /** Per draft, per keystroke: the delay split into stages, from the timeline the extension and server wrote. */
    const stageTimes = {};
    const stages = (keydown, squiggle) => {
      // The first change after the keydown, and the client/server events of that version.
      let ev = [];
      try { ev = fs.readFileSync(timelineFile, 'utf8').split('\n').filter(Boolean).map((l) => { const [t, side, what, v] = l.split(' '); return { t: Number(t), key: `${side} ${what}`, v }; }); } catch { return undefined; }
      const change = ev.find((e) => e.key === 'client change' && e.t >= keydown);
      if (!change) return undefined;
      const at = (key) => ev.find((e) => e.key === key && e.v === change.v && e.t >= change.t)?.t;
      const p = { change: change.t, serverChange: at('server change'), clientPull: at('client pull'), serverPull: at('server pull'), serverAnswer: at('server answer'), clientAnswer: at('client answer') };
      if (Object.values(p).some((x) => x === undefined)) return undefined;
      return {
        'keydown → extension host': p.change - keydown,
        'extension host → server': p.serverChange - p.change,
        'server change → client pull': p.clientPull - p.serverChange,
        'client pull → server pull': p.serverPull - p.clientPull,
        'server (analysis)': p.serverAnswer - p.serverPull,
        'server → extension host': p.clientAnswer - p.serverAnswer,
        'extension host → squiggle drawn': squiggle - p.clientAnswer,
      };
    };
    // The settings step turned the bracket rule off: on again for this step.
    const settingsFile = path.join(workspace, '.vscode', 'settings.json');
    const settingsBefore = fs.readFileSync(settingsFile, 'utf8');
    fs.writeFileSync(settingsFile, '{}\n');
    await sleep(1500);
    try {
      for (const [name] of KEYSTROKE_DRAFTS) {
        await openFile(page, name);
        await settled(() => squiggles(page), 'the squiggles to settle', 30000);
        const times = [];
        for (let i = 0; i < 5; i++) {
          await gotoLine(page, 3, 11); // between ] and 号
          await page.evaluate(() => {
            /* global window, MutationObserver */
            const ed = document.querySelector('.editor-group-container.active .editor-instance .monaco-editor');
            const count = () => ed.querySelectorAll('.view-overlays [class*="squiggly-"]').length;
            const base = count();
            window.__t0 = undefined;
            window.__t1 = undefined;
            window.addEventListener('keydown', () => { window.__t0 ??= performance.now(); }, { capture: true, once: true });
            const obs = new MutationObserver(() => { if (window.__t0 !== undefined && count() > base) { window.__t1 = performance.now(); obs.disconnect(); } });
            obs.observe(ed, { subtree: true, childList: true, attributes: true });
          });
          await page.keyboard.type('1');
          const ms = await waitFor(() => page.evaluate(() => (window.__t1 !== undefined ? window.__t1 - window.__t0 : false)), 'the new squiggle', 20000, 20);
          times.push(ms);
          const page0 = await page.evaluate(() => [performance.timeOrigin + window.__t0, performance.timeOrigin + window.__t1]);
          const st = stages(page0[0], page0[1]);
          if (st) (stageTimes[name] ??= []).push(st);
          await page.keyboard.press('Control+Z');
          await settled(() => squiggles(page), 'the squiggle to go', 15000);
        }
        times.sort((a, b) => a - b);
        figures[name] = Math.round(times[2]);
        // Revert and close the draft: its many findings would push plan.txt out of the Problems panel's rows.
        await command(page, 'File: Revert File').catch(() => undefined);
        await command(page, 'View: Close Editor').catch(() => undefined);
      }
    } finally {
      fs.writeFileSync(settingsFile, settingsBefore);
    }
    const line = `keystroke to squiggle (median of 5): 26 KB ${figures['keystroke-26k.txt']} ms (target ≤ 50 ms), 260 KB ${figures['keystroke-260k.txt']} ms (target ≤ 100 ms)`;
    const split = Object.entries(stageTimes).map(([name, list]) => {
      const med = (k) => { const xs = list.map((x) => x[k]).sort((a, b) => a - b); return Math.round(xs[Math.floor(xs.length / 2)]); };
      return `  ${name}: ` + Object.keys(list[0]).map((k) => `${k} ${med(k)} ms`).join(', ');
    });
    log(line);
    for (const l of split) log(l);
    fs.writeFileSync(path.join(ARTEFACTS, 'keystroke-to-squiggle.txt'), [line, 'stages (medians):', ...split].join('\n') + '\n');
  });

  await step(page, 'a file that is not a policy draft gets no diagnostics', async () => {
    for (const exp of expectations.filter((e) => e.none)) {
      await openFile(page, exp.file);
      await sleep(1500);
      assertEqual(await squiggles(page), [], `squiggles in ${exp.file}`);
      assertEqual(await problemKeys(page, exp.file), [], `Problems panel rows for ${exp.file}`);
    }
  });

  // Issue 17: after any restart every open policy document is checked again without user action.
  let beforeRestart = [];
  await step(page, 'after the restart command the squiggles come back and the status bar agrees', async () => {
    await openFile(page, plan.file);
    beforeRestart = await settled(() => squiggles(page), 'the squiggles to settle', 15000);
    if (!beforeRestart.length) throw new Error('no squiggles before the restart');
    const [pid0] = serverPids(extensions);
    if (!pid0) throw new Error('no language server process found');
    await command(page, 'Restart the policy-lint server');
    const pid1 = await waitFor(() => serverPids(extensions).find((p) => p !== pid0), 'a new server process', 30000);
    log(`server process ${pid0} → ${pid1}`);
    await command(page, 'View: Focus Problems');
    await waitFor(async () => JSON.stringify(await squiggles(page)) === JSON.stringify(beforeRestart), 'the squiggles to come back', 30000);
    await statusAgrees(page, plan.file);
    // Issue 23: a restart is not logged as an error ("Server process exited with code 0.").
    const outputLog = () => {
      const found = [];
      const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (/Policy Lint\.log$/.test(e.name)) found.push(p); } };
      walk(path.join(userData, 'logs'));
      return found.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    };
    const text = await waitFor(() => { const t = outputLog(); return /ended normally/.test(t) ? t : false; }, 'the output channel to record the normal end of the old server', 15000);
    if (/\[Error[^\]]*\] Server process exited with code 0/.test(text)) throw new Error('the restart is logged as an error');
  });

  await step(page, 'after the server is killed it restarts and a document opened afterwards gets its squiggles', async () => {
    const [pid0] = serverPids(extensions);
    if (!pid0) throw new Error('no language server process found');
    await command(page, 'View: Close All Editors');
    process.kill(pid0, 'SIGKILL');
    const pid1 = await waitFor(() => serverPids(extensions).find((p) => p !== pid0), 'the automatic restart (a new server process)', 30000);
    log(`server process ${pid0} killed → ${pid1}`);
    await openFile(page, plan.file);
    await waitFor(async () => JSON.stringify(await squiggles(page)) === JSON.stringify(beforeRestart), 'the squiggles of the newly opened document', 30000);
    await command(page, 'View: Focus Problems');
    await statusAgrees(page, plan.file);
  });

  // The vscode API suite of test/electron (diagnostics, hover, outline, quick fix, settings through the
  // API) in code-server's own Node extension host: the window is opened as an extension test window
  // (the workbench's "payload" query: extensionDevelopmentPath + extensionTestsPath), with the installed
  // .vsix's folder as the extension under development, on a fresh copy of the fixture workspace.
  const api = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await step(api, 'the vscode API suite (test/electron/suite) passes in code-server', async () => {
    const suite = path.join(work, 'api', 'suite');
    const esbuild = createRequire(path.join(ROOT, 'package.json'))('esbuild');
    const sources = fs.readdirSync(path.join(ROOT, 'test', 'electron', 'suite')).filter((f) => f.endsWith('.ts')).map((f) => path.join(ROOT, 'test', 'electron', 'suite', f));
    esbuild.buildSync({ entryPoints: sources, outdir: suite, format: 'cjs', platform: 'node', target: 'node20', bundle: false, logLevel: 'error' });
    // require('mocha') from the compiled suite resolves through this link to the repository's node_modules.
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'), 'dir');
    fs.cpSync(FIXTURES, apiWorkspace, { recursive: true });
    const extension = path.join(extensions, fs.readdirSync(extensions).find((d) => d.startsWith('policy-lint.')));
    const authority = `127.0.0.1:${port}`;
    const payload = [['extensionDevelopmentPath', `vscode-remote://${authority}${extension}`], ['extensionTestsPath', `vscode-remote://${authority}${path.join(suite, 'index.js')}`]];
    let exitCode;
    const lines = [];
    api.on('console', (m) => { const t = m.text(); if (/policy-lint|passing|failing|✔|✓|\d+\) /.test(t)) lines.push(t); });
    await api.exposeFunction('codeAutomationLog', (_type, args) => { lines.push(args.map(String).join(' ')); });
    await api.exposeFunction('codeAutomationExit', (code) => { exitCode = code; });
    await api.goto(`http://${authority}/?folder=${encodeURIComponent(apiWorkspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    await api.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    const res = await waitFor(() => (fs.existsSync(apiResults) ? JSON.parse(fs.readFileSync(apiResults, 'utf8')) : exitCode !== undefined ? { exitCode } : false), 'the suite to finish', 180000, 500);
    if (!res.passed) throw new Error(`the extension host exited (${exitCode}) without results:\n${lines.slice(-20).join('\n')}`);
    for (const t of res.passed) log(`  ✔ ${t}`);
    for (const f of res.failures) log(`  ✘ ${f.title}: ${f.error}`);
    if (res.failed || !res.passed.length) throw new Error(`${res.failed} of ${res.passed.length + res.failed} API tests failed: ${res.failures.map((f) => f.title).join('; ')}`);
  });

  // The reviewer's HTML report (issue 13), rendered in headless Chromium: the screenshot must show
  // the highlighted problems (pixels of the error highlight colour), not just markup.
  const report = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await step(report, 'html report shows highlighted problems in Chromium', async () => {
    const html = path.join(ARTEFACTS, 'report.html');
    try { execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--format', 'html', '--output', html, path.join(ROOT, 'examples')], { stdio: 'ignore' }); } catch { /* exit 1: errors found */ }
    await report.goto('file://' + html);
    const first = report.locator('mark.error').first();
    await first.scrollIntoViewIfNeeded();
    const png = await report.screenshot();
    /* global Image -- this function runs in the page */
    const counts = await report.evaluate(async (b64) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      let red = 0, yellow = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (Math.abs(d[i] - 255) < 6 && Math.abs(d[i + 1] - 204) < 8 && Math.abs(d[i + 2] - 199) < 8) red++;
        if (Math.abs(d[i] - 255) < 6 && Math.abs(d[i + 1] - 229) < 8 && Math.abs(d[i + 2] - 143) < 8) yellow++;
      }
      return { red, yellow };
    }, png.toString('base64'));
    if (counts.red < 200) throw new Error(`the screenshot shows no error highlight (${counts.red} pixels)`);
    log(`report highlight pixels: error ${counts.red}, warning ${counts.yellow}`);
  });

  if (results.some((r) => !r.ok)) fs.writeFileSync(path.join(ARTEFACTS, 'code-server.log'), serverLog);
}

// --- always clean up ----------------------------------------------------------------------------------

/** SIGKILL to the child's whole process group (code-server's extension host and language server too). */
function killGroup(child) {
  if (child?.pid) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }
}

const timer = setTimeout(() => { log(`global timeout (${TIMEOUT / 1000} s)`); results.push({ name: 'global timeout', ok: false }); void finish(1); }, TIMEOUT);

async function finish(code) {
  if (finishing) return;
  finishing = true;
  clearTimeout(timer);
  await Promise.race([browser?.close().catch(() => undefined), sleep(5000)]);
  for (const c of children) killGroup(c);
  if (server?.pid) {
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* gone */ }
    await Promise.race([new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r))), sleep(3000)]);
    killGroup(server);
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  if (work) {
    if (failed || process.env.POLICY_LINT_E2E_KEEP) log(`temporary folder kept: ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
  for (const r of results.filter((x) => !x.ok)) console.log(`e2e: FAILED ${r.name}${r.error ? ' — ' + r.error : ''}`);
  console.log(`e2e: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s; screenshots in ${path.relative(ROOT, ARTEFACTS)})`);
  process.exit(code || (failed ? 1 : 0));
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => { log(`${sig}: stopping`); results.push({ name: `interrupted (${sig})`, ok: false }); void finish(130); });
}
// Last resort if the process dies some other way: no code-server left behind.
process.on('exit', () => { killGroup(server); for (const c of children) killGroup(c); });

main().then(() => finish(0), (e) => {
  if (finishing) return; // interrupted or timed out: the browser was closed under it
  log(`error: ${e instanceof Error ? e.stack : String(e)}`);
  results.push({ name: 'setup', ok: false, error: e instanceof Error ? e.message : String(e) });
  void finish(1);
});
