// End-to-end tests in a real VS Code: code-server 4.100.3 driven by headless Chromium (playwright-core).
// `npm run test:e2e`: builds the .vsix, installs it into a fresh extensions folder, opens a copy of
// test/fixtures/workspace and checks what a drafter sees: squiggles, the Problems panel, a hover, the
// lead-unit quick fix (read back from disk), a snippet from its Chinese prefix, the outline, and a
// settings change taking effect without a reload. Screenshots: test-artefacts/e2e/.
// Needs scripts/e2e-setup.sh (run automatically when code-server is missing).
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
const TIMEOUT = Number(process.env.POLICY_LINT_E2E_TIMEOUT || 300) * 1000;
const expectations = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'workspace', 'expectations.json'), 'utf8'));

const results = [];
let server;
let browser;
const log = (m) => console.log(`[e2e] ${m}`);

function setup() {
  if (fs.existsSync(ENTRY) && fs.existsSync(path.join(CACHE, '.ready')) && fs.existsSync(CHROMIUM)) return;
  log('code-server or Chromium missing: running scripts/e2e-setup.sh');
  execFileSync('sh', [path.join(ROOT, 'scripts', 'e2e-setup.sh')], { stdio: 'inherit' });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

async function waitFor(fn, what, ms = 30000, every = 250) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    try { last = await fn(); if (last) return last; } catch (e) { last = e; }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

async function step(page, name, fn) {
  const started = Date.now();
  try {
    await page.keyboard.press('Escape');
    await fn();
    results.push({ name, ok: true });
    log(`✔ ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false, error: e instanceof Error ? e.message : String(e) });
    log(`✘ ${name}: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    const file = path.join(ARTEFACTS, `${String(results.length).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
    await page.screenshot({ path: file }).catch(() => undefined);
  }
}

async function command(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill('>' + label);
  await page.waitForTimeout(400);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

async function openFile(page, name) {
  // Double-click the file in the Explorer (opens it pinned), then wait for its tab.
  await command(page, 'View: Show Explorer');
  const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: new RegExp(`^\\s*${name.replace('.', '\\.')}\\s*$`) });
  await row.first().waitFor({ timeout: 15000 });
  await row.first().dblclick();
  await page.locator('.tab.active').filter({ hasText: name }).first().waitFor({ timeout: 15000 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 15000 });
  await page.waitForTimeout(300);
}

async function gotoLine(page, line, column = 1) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(`:${line}:${column}`);
  await page.waitForTimeout(200);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

/** Rows of the Problems panel as {rule, line} for policy-lint markers of one file. */
async function problems(page) {
  const rows = await page.locator('.markers-panel .monaco-list-row').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') + ' ' + e.textContent));
  if (process.env.E2E_DEBUG) fs.appendFileSync(path.join(ARTEFACTS, 'rows.txt'), rows.join('\n') + '\n----\n');
  const out = [];
  for (const r of rows) {
    const m = /policy-lint\(?((?:lead-unit|target|amount|citation|structure|reply|number|text)\/[a-z0-9-]+)/.exec(r);
    const l = /\[Ln (\d+), Col \d+\]/.exec(r) || /line (\d+)/i.exec(r);
    if (m && l) out.push(`${m[1]}@${l[1]}`);
  }
  return out.sort();
}

async function main() {
  setup();
  fs.rmSync(ARTEFACTS, { recursive: true, force: true });
  fs.mkdirSync(ARTEFACTS, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-e2e-'));
  const workspace = path.join(work, 'workspace');
  const userData = path.join(work, 'user-data');
  const extensions = path.join(work, 'extensions');
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  fs.writeFileSync(path.join(workspace, 'snippet.txt'), '示例市数字经济发展行动计划（2024—2026年）\n一、工作目标\n到2026年，数字经济核心产业增加值达到1500亿元。\n\n');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false, 'update.mode': 'none',
    'editor.quickSuggestions': { other: true, comments: false, strings: false }, 'workbench.colorTheme': 'Default Light Modern',
    'files.autoSave': 'off', 'editor.fontFamily': "'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', monospace",
  }, null, 2));

  log('building the .vsix (npm run package)');
  execFileSync('npm', ['run', 'package', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const vsix = path.join(ROOT, 'policy-lint.vsix');
  log('installing it into a fresh extensions folder');
  execFileSync(process.execPath, [ENTRY, '--install-extension', vsix, '--extensions-dir', extensions, '--user-data-dir', userData], { stdio: 'ignore' });
  const installed = fs.readdirSync(extensions).filter((d) => d.startsWith('policy-lint.'));
  if (!installed.length) throw new Error('the .vsix did not install');

  const port = await freePort();
  server = spawn(process.execPath, [ENTRY, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userData,
    '--extensions-dir', extensions, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace],
  { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let serverLog = '';
  server.stdout.on('data', (d) => { serverLog += d; });
  server.stderr.on('data', (d) => { serverLog += d; });
  await waitFor(() => new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve(true); });
    s.on('error', () => resolve(false));
  }), 'code-server to listen', 60000);

  const require = createRequire(path.join(CACHE, 'package.json'));
  const { chromium } = require('playwright-core');
  browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  await page.waitForTimeout(2000);

  const plan = expectations.find((e) => e.file === 'plan.txt');
  const want = Object.entries(plan.rules).flatMap(([rule, lines]) => lines.map((l) => `${rule}@${l}`)).sort();

  await step(page, 'squiggles appear on the expected lines', async () => {
    await openFile(page, 'plan.txt');
    await waitFor(async () => (await page.locator('.squiggly-error, .squiggly-warning, .squiggly-info').count()) >= want.length, 'squiggles', 60000);
  });

  await step(page, 'problems panel lists the expected rules and counts', async () => {
    await command(page, 'View: Focus Problems');
    await page.locator('.markers-panel').waitFor({ timeout: 10000 });
    const got = await waitFor(async () => {
      const p = (await problems(page)).filter((x) => x.split('@')[0] in plan.rules);
      return p.length === want.length ? p : false;
    }, `Problems panel to show ${want.join(', ')}`, 30000);
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`Problems panel: ${got.join(', ')}; expected ${want.join(', ')}`);
  });

  await step(page, 'status bar shows the document kind and problem count', async () => {
    const item = page.locator('.statusbar-item').filter({ hasText: /(Action plan|行动计划\/实施方案) · \d+/ });
    await item.first().waitFor({ timeout: 15000 });
    const text = await item.first().innerText();
    const count = Number(/· (\d+)/.exec(text)[1]);
    const shown = (await problems(page)).length;
    if (count !== shown) throw new Error(`status bar says ${count}, Problems panel lists ${shown}`);
  });

  await step(page, 'hover shows the rule explanation', async () => {
    const line = plan.rules['citation/doc-number-bracket'][0];
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await gotoLine(page, line, 34);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:visible');
    await hover.first().waitFor({ timeout: 15000 });
    await waitFor(async () => /citation\/doc-number-bracket/.test(await hover.first().innerText()) && /GB\/T 9704/.test(await hover.first().innerText()), 'hover with the rule id and its source', 15000);
  });

  await step(page, 'quick fix inserts the lead-unit clause (read back from disk)', async () => {
    const line = plan.rules['lead-unit/missing'][0];
    await gotoLine(page, line, 2);
    await page.keyboard.press('Control+.');
    const item = page.locator('.action-widget .monaco-list-row, .context-view .monaco-list-row').filter({ hasText: /lead-unit clause|牵头单位/ });
    await item.first().waitFor({ timeout: 15000 });
    // Move the selection to the item with the keyboard, as a drafter would, and accept it.
    // Group headers (Quick Fix) are rows too, but not selectable.
    const rows = await page.locator('.action-widget .monaco-list-row:not(.group-header)').allInnerTexts();
    const index = rows.findIndex((t) => /lead-unit clause|牵头单位/.test(t));
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(800);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+S');
    const file = path.join(workspace, 'plan.txt');
    await waitFor(() => fs.readFileSync(file, 'utf8').split('\n')[line - 1].includes('（牵头单位：'), 'the clause on disk', 15000);
    await waitFor(async () => !(await problems(page)).some((p) => p === `lead-unit/missing@${line}`), 'the finding to go away', 15000);
  });

  await step(page, 'a snippet expands from its Chinese prefix', async () => {
    await openFile(page, 'snippet.txt');
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('保障措施');
    await page.keyboard.press('Control+Space');
    const suggestion = page.locator('.suggest-widget .monaco-list-row').filter({ hasText: '保障措施' });
    await suggestion.first().waitFor({ timeout: 15000 });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+S');
    await waitFor(() => fs.readFileSync(path.join(workspace, 'snippet.txt'), 'utf8').includes('（一）加强组织领导。'), 'the expanded snippet on disk', 15000);
  });

  await step(page, 'the outline shows the heading tree', async () => {
    await openFile(page, 'plan.txt');
    await command(page, 'Explorer: Focus on Outline View');
    const outline = page.locator('.outline-pane, [id="outline"]').first();
    await outline.waitFor({ timeout: 15000 });
    for (const s of plan.symbols) {
      await waitFor(async () => (await page.locator('.outline-pane .monaco-list-row, .monaco-list-row').filter({ hasText: s }).count()) > 0, `outline entry ${s}`, 15000);
    }
  });

  await step(page, 'turning a rule off in settings takes effect without a reload', async () => {
    await command(page, 'View: Focus Problems');
    fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'policyLint.rules': { 'citation/doc-number-bracket': 'off' } }, null, 2));
    // The other findings stay: the server still checks, only the rule is off.
    await waitFor(async () => {
      const p = await problems(page);
      return p.length > 0 && !p.some((x) => x.startsWith('citation/doc-number-bracket@'));
    }, 'citation/doc-number-bracket to leave the Problems panel while the others stay', 30000);
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
    /* global Image, document -- this function runs in the page */
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

const timer = setTimeout(() => { log(`global timeout (${TIMEOUT / 1000} s)`); results.push({ name: 'global timeout', ok: false }); void finish(1); }, TIMEOUT);

async function finish(code) {
  clearTimeout(timer);
  await browser?.close().catch(() => undefined);
  if (server?.pid) { try { process.kill(-server.pid, 'SIGTERM'); } catch { /* gone */ } }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`e2e: ${passed} passed, ${failed} failed${failed ? ' — ' + results.filter((r) => !r.ok).map((r) => r.name).join('; ') : ''}`);
  console.log(`e2e: screenshots in ${path.relative(ROOT, ARTEFACTS)}`);
  process.exit(code || (failed ? 1 : 0));
}

main().then(() => finish(0), (e) => { log(`error: ${e instanceof Error ? e.stack : String(e)}`); results.push({ name: 'setup', ok: false }); void finish(1); });
