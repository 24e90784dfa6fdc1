/**
 * The GB/T 9704 export, verified by rendering: every example (and a fixture with every part) is exported,
 * LibreOffice converts the .docx files to PDF, and poppler's pdftotext reads the text positions back.
 * Asserted: the page-number text — N — on every page, one character in from the right on odd pages
 * and from the left on even pages, 7 mm below the 版心; body lines on the 22-line grid (pitch 225/22 mm)
 * within the margins (±1 mm); 22 lines on a full page; 28 characters on a full line. Page 1 of each
 * document is saved as a PNG in test-artefacts/export/ for a person to look at.
 *
 * Without LibreOffice (soffice) and poppler (pdftotext, pdftoppm) every test here is skipped and the
 * reporter lists it as NOT RUN: nothing counts as passed. .ci/run installs them (Debian packages
 * libreoffice-writer-nogui, poppler-utils, fonts-noto-cjk).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { exportGongwenDocx } from '../../server/src/export/gongwen-docx';
import { exampleDrafts, FULL_LAYOUT as FULL, ROOT } from './export-fixtures';

const ARTEFACTS = path.join(ROOT, 'test-artefacts/export');
const PT = 25.4 / 72;

// The page in mm.
const PAGE_H = 297, TOP = 37, BOTTOM = 35, LEFT = 28, RIGHT = 26;
const BODY_RIGHT = 210 - RIGHT, BODY_BOTTOM = PAGE_H - BOTTOM;
const PITCH = (PAGE_H - TOP - BOTTOM) / 22;
/** One 4号 character (14 pt): how far the page number stands in from the side. */
const CHAR_4 = 14 * PT;

interface PdfLine { x0: number; y0: number; x1: number; y1: number; text: string }
interface PdfPage { lines: PdfLine[] }

/** Pages and lines of `pdftotext -bbox-layout` output, in mm. */
function readLayout(html: string): PdfPage[] {
  return html.split('<page ').slice(1).map((page) => ({
    lines: [...page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((m) => ({
      x0: Number(m[1]) * PT, y0: Number(m[2]) * PT, x1: Number(m[3]) * PT, y1: Number(m[4]) * PT,
      text: [...m[5].matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join('')
        .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
    })),
  }));
}

const PAGE_NUMBER = /^—\s*(\d+)\s*—$/;
/** A line of 3号 text (16 pt): its box is about 7.3 mm high; 2号 title lines are taller. */
const isBodyLine = (l: PdfLine) => l.y1 - l.y0 > 6 && l.y1 - l.y0 < 8.5 && !PAGE_NUMBER.test(l.text);
const FULL_WIDTH_ONLY = /^[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e“”‘’—…]+$/;
const HANGING = /[，。、；：？！）》”’]$/;

/** Lines side by side (table cells, a tab) as one row: rows top to bottom. */
function rowsOf(lines: PdfLine[]): PdfLine[][] {
  const rows: PdfLine[][] = [];
  for (const l of [...lines].sort((a, b) => a.y1 - b.y1)) {
    const last = rows[rows.length - 1];
    if (last && Math.abs(last[0].y1 - l.y1) < 1) last.push(l);
    else rows.push([l]);
  }
  return rows;
}

function tool(name: string, args: string[]): boolean {
  const r = spawnSync(name, args, { encoding: 'utf8', timeout: 30000 });
  return !r.error && r.status === 0;
}

describe('export: rendered by LibreOffice (GB/T 9704 layout)', function () {
  this.timeout(300000);
  const docs = new Map<string, PdfPage[]>();
  let available = false;

  before(async function () {
    available = tool('soffice', ['--version']) && tool('pdftotext', ['-v']) && tool('pdftoppm', ['-v']);
    if (!available) {
      console.log('      NOT RUN: LibreOffice (soffice) or poppler (pdftotext, pdftoppm) is not installed — the rendering of the export is not verified');
      return;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-render-'));
    const files: string[] = [];
    for (const f of [...exampleDrafts(), FULL]) {
      const out = path.join(dir, path.basename(f).replace(/\.[^.]+$/, '') + '.docx');
      fs.writeFileSync(out, await exportGongwenDocx(fs.readFileSync(f, 'utf8')));
      files.push(out);
    }
    // A profile of its own, so that a LibreOffice the user has open does not take the job.
    const profile = 'file://' + path.join(dir, 'profile');
    const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { encoding: 'utf8', timeout: 240000 });
    assert.ok(!r.error && r.status === 0, `soffice failed: ${r.error?.message ?? r.stderr}`);
    fs.mkdirSync(ARTEFACTS, { recursive: true });
    for (const f of files) {
      const pdf = f.replace(/\.docx$/, '.pdf');
      assert.ok(fs.existsSync(pdf), `${path.basename(pdf)} rendered`);
      const html = spawnSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
      docs.set(path.basename(f, '.docx'), readLayout(html));
      spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(ARTEFACTS, path.basename(f, '.docx') + '-page1')]);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(function () { if (!available) this.skip(); });

  it('prints — N — on every page, odd pages right and even pages left, one character in, 7 mm below the 版心', function () {
    for (const [name, pages] of docs) {
      pages.forEach((p, i) => {
        const n = p.lines.find((l) => PAGE_NUMBER.test(l.text));
        assert.ok(n, `${name} page ${i + 1}: a page number`);
        assert.strictEqual(Number(PAGE_NUMBER.exec(n.text)![1]), i + 1, `${name} page ${i + 1}: its number`);
        if ((i + 1) % 2 === 1) assert.ok(Math.abs(n.x1 - (BODY_RIGHT - CHAR_4)) <= 1, `${name} page ${i + 1} (odd): right edge ${n.x1.toFixed(1)} mm, expected ${(BODY_RIGHT - CHAR_4).toFixed(1)}`);
        else assert.ok(Math.abs(n.x0 - (LEFT + CHAR_4)) <= 1, `${name} page ${i + 1} (even): left edge ${n.x0.toFixed(1)} mm, expected ${(LEFT + CHAR_4).toFixed(1)}`);
        // The dashes sit mid-height of the line: 7 mm below the 版心 (±1.5 mm).
        const middle = (n.y0 + n.y1) / 2;
        assert.ok(Math.abs(middle - BODY_BOTTOM - 7) <= 1.5, `${name} page ${i + 1}: page number ${(middle - BODY_BOTTOM).toFixed(1)} mm below the 版心`);
      });
    }
  });

  it('keeps every line within the margins (±1 mm) and the body lines on the 22-line grid', function () {
    let bottoms = 0;
    for (const [name, pages] of docs) {
      pages.forEach((p, i) => {
        const where = `${name} page ${i + 1}`;
        const text = p.lines.filter((l) => !PAGE_NUMBER.test(l.text));
        for (const l of text) {
          assert.ok(l.x0 >= LEFT - 1, `${where}: "${l.text}" starts ${l.x0.toFixed(1)} mm from the left edge`);
          // Closing punctuation may hang into the margin (标点溢出边界), as in Word.
          if (!HANGING.test(l.text)) assert.ok(l.x1 <= BODY_RIGHT + 1, `${where}: "${l.text}" ends at ${l.x1.toFixed(1)} mm`);
          assert.ok(l.y0 >= TOP - 1 && l.y1 <= BODY_BOTTOM + 1, `${where}: "${l.text}" outside the 版心 vertically (${l.y0.toFixed(1)}–${l.y1.toFixed(1)} mm)`);
        }
        const body = text.filter(isBodyLine);
        if (!body.length) return;
        // Within a run of body text (not across a title, a table or a ruled line), lines are whole pitches apart.
        const rows = rowsOf(text);
        for (let k = 1; k < rows.length; k++) {
          const [a, b] = [rows[k - 1], rows[k]];
          if (a.length > 1 || b.length > 1 || !isBodyLine(a[0]) || !isBodyLine(b[0])) continue;
          const slots = (b[0].y1 - a[0].y1) / PITCH;
          assert.ok(Math.abs(slots - Math.round(slots)) * PITCH <= 0.3, `${where}: "${b[0].text}" off the line grid by ${((slots - Math.round(slots)) * PITCH).toFixed(2)} mm`);
        }
        // A line box is one pitch high and the glyph box ends at its foot: the first line's box starts at the top margin.
        if (text[0] === body[0]) assert.ok(Math.abs(body[0].y1 - PITCH - TOP) <= 1, `${where}: top margin ${(body[0].y1 - PITCH).toFixed(1)} mm`);
        // The 22nd line of the grid ends at the bottom margin. (A page may stop a line or two short: a heading is
        // kept with its text, a paragraph's last line is not left alone at the top of the next page.)
        const last = body[body.length - 1];
        if (Math.round((last.y1 - TOP) / PITCH) === 22) {
          bottoms++;
          assert.ok(Math.abs(PAGE_H - last.y1 - BOTTOM) <= 1, `${where}: the 22nd line ends ${(PAGE_H - last.y1).toFixed(1)} mm from the bottom edge`);
        }
        const flush = body.filter((l) => l.x0 < LEFT + 2);
        if (flush.length) assert.ok(Math.abs(Math.min(...flush.map((l) => l.x0)) - LEFT) <= 1, `${where}: left margin`);
      });
    }
    assert.ok(bottoms >= 2, `pages filled to the 22nd line: ${bottoms}`);
  });

  it('sets 22 lines on a full page', function () {
    let full = 0;
    for (const [name, pages] of docs) {
      pages.forEach((p, i) => {
        const text = p.lines.filter((l) => !PAGE_NUMBER.test(l.text));
        if (!text.every(isBodyLine)) return;
        const rows = rowsOf(text).length;
        assert.ok(rows <= 22, `${name} page ${i + 1}: ${rows} lines`);
        // A page that is not the last stops at most two lines short (keep with next, widow and orphan control).
        if (i < pages.length - 1) assert.ok(rows >= 20, `${name} page ${i + 1}: only ${rows} lines on a page that is not the last`);
        if (rows === 22) full++;
      });
    }
    assert.ok(full >= 1, `pages of body text with 22 lines: ${full}`);
  });

  it('sets 28 characters on a full line of body text', function () {
    const counts: number[] = [];
    for (const [name, pages] of docs) {
      for (const [i, p] of pages.entries()) {
        for (const l of p.lines.filter(isBodyLine)) {
          // A full line: from the left margin to the right one (justified), Chinese characters only.
          if (Math.abs(l.x0 - LEFT) > 1 || l.x1 < BODY_RIGHT - 1.5 || !FULL_WIDTH_ONLY.test(l.text)) continue;
          const chars = [...l.text].length;
          const ok = chars === 28 || (chars === 29 && HANGING.test(l.text) && l.x1 > BODY_RIGHT + 1);
          assert.ok(ok, `${name} page ${i + 1}: ${chars} characters on a full line: ${l.text}`);
          counts.push(chars);
        }
      }
    }
    assert.ok(counts.length >= 10, `full lines of Chinese text found: ${counts.length}`);
  });

  it('saves page 1 of each document as a PNG', function () {
    for (const name of docs.keys()) {
      const png = path.join(ARTEFACTS, `${name}-page1.png`);
      assert.ok(fs.existsSync(png) && fs.statSync(png).size > 1000, png);
    }
  });
});
