/**
 * The language server's light index of the workspace's policy documents, for the checks across
 * related files (core/related.ts): one summary per .txt/.md/.docx file (kind, role, titles, 文号, counts,
 * amounts, tasks — never a full analysis), built in the background one file per event-loop turn so
 * typing is never held up, and kept current on save and on file-system events
 * (workspace/didChangeWatchedFiles). `onChange` is called (debounced) when a summary came in, changed
 * or went away, so the server can have the open documents' diagnostics pulled again.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { parseDocument, summarize, type DocSummary, type PolicyDocument } from '../linter';
import { decodeDocument, isDocxPath } from '../cli/files';
import { docxViewUri } from './docx';

/** Files larger than this are left out of the index (a policy document is tens of kilobytes). */
export const INDEX_MAX_BYTES = 1024 * 1024;
/** The most files indexed per workspace (a folder of thousands of notes is not a folder of drafts). */
export const INDEX_MAX_FILES = 5000;
const SKIP_DIRS = new Set(['node_modules', '.git', '.svn', '.hg', 'out', 'dist', '.vscode-test']);
/** A .docx is read as the CLI and the editor's .docx view read it (lines are its paragraphs). */
const EXTENSIONS = ['.txt', '.md', '.docx'];

/** A file of a folder that is indexed: not hidden, a .txt/.md/.docx. */
function indexedFile(e: fs.Dirent): boolean {
  return !e.name.startsWith('.') && e.isFile() && EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x));
}

export function indexable(uri: string): boolean {
  return uri.startsWith('file:') && EXTENSIONS.some((e) => uri.toLowerCase().endsWith(e));
}

/** A summary for comparison: the same document as far as pairing and the rules see. */
function sameSummary(a: DocSummary | undefined, b: DocSummary | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class RelatedIndex {
  private readonly entries = new Map<string, DocSummary>();
  /** Each file's modification time and size when it was last read, for the reads of a folder's files on open. */
  private readonly stamps = new Map<string, string>();
  private readonly queue: string[] = [];
  /** The files waiting to be read; true: read only if the file's stamp changed. */
  private readonly queued = new Map<string, boolean>();
  /** The workspace folders' paths. */
  private readonly roots = new Set<string>();
  /**
   * Folders outside the workspace whose files were read because a document in them is open, with the number of
   * such documents: no watcher follows these folders, so their files are forgotten when the last one closes.
   */
  private readonly outside = new Map<string, number>();
  private pumping = false;
  private disposed = false;
  private changeTimer: NodeJS.Timeout | undefined;
  private scans = 0;
  /** Files found by the folder scans, for the cap. */
  private found = 0;

  constructor(private readonly onChange: () => void, private readonly log: (msg: string) => void, private readonly delay = 300) {}

  /** The summaries of the indexed files. */
  summaries(): DocSummary[] { return [...this.entries.values()]; }
  get size(): number { return this.entries.size; }
  /** Whether a file other than this one is indexed. */
  hasOtherThan(uri: string): boolean { return this.entries.size > (this.entries.has(uri) ? 1 : 0); }
  /** Whether the first scans are done and the queue is empty. */
  get idle(): boolean { return this.scans === 0 && !this.queue.length && !this.pumping; }

  /** Index the .txt/.md/.docx files under these workspace folders (file: URIs), in the background. */
  addFolders(uris: readonly string[]): void {
    for (const uri of uris) {
      let root: string;
      try { root = fileURLToPath(uri); } catch { continue; }
      this.roots.add(root);
      this.scans++;
      void this.scan(root).catch((e) => this.log(`index: ${e instanceof Error ? e.message : String(e)}`)).finally(() => { this.scans--; this.kick(); });
    }
  }

  /** Forget the files under a workspace folder that was removed. */
  removeFolder(uri: string): void {
    try { this.roots.delete(fileURLToPath(uri)); } catch { /* not a file: URI */ }
    this.removeUnder([uri]);
  }

  /**
   * Forget the files under any of these folders (a folder deleted on disk is reported alone, not its files).
   * One pass over the index, each file's parent folders looked up: a deletion of thousands of files costs
   * the index's size times the folder depth, not the product of the two counts.
   */
  removeUnder(folders: readonly string[]): void {
    if (!folders.length || !this.entries.size) return;
    const gone = new Set(folders.map((f) => (f.endsWith('/') ? f.slice(0, -1) : f)));
    let changed = false;
    for (const k of [...this.stamps.keys(), ...this.entries.keys()]) {
      for (let i = k.lastIndexOf('/'); i > 0; i = k.lastIndexOf('/', i - 1)) {
        if (gone.has(k.slice(0, i))) { this.stamps.delete(k); if (this.entries.delete(k)) changed = true; break; }
      }
    }
    if (changed) this.changed();
  }

  /** A file was created or changed on disk: read it again (in the background). */
  update(uri: string, ifChanged = false): void {
    if (!indexable(uri)) return;
    const waiting = this.queued.get(uri);
    if (waiting !== undefined) {
      if (waiting && !ifChanged) this.queued.set(uri, false);
      return;
    }
    this.queued.set(uri, ifChanged);
    this.queue.push(uri);
    this.kick();
  }

  /**
   * A document was opened: read the files beside it that are new or changed since they were read. The files
   * of its folder pair even when the file watcher missed them (a folder created and filled at once, a copy
   * made by another program) or when the folder is outside the workspace.
   */
  addNeighbours(uri: string): void {
    if (this.disposed || !indexable(uri)) return;
    let dir: string;
    try { dir = path.dirname(fileURLToPath(uri)); } catch { return; }
    if (!this.inWorkspace(dir)) this.outside.set(dir, (this.outside.get(dir) ?? 0) + 1);
    void fs.promises.readdir(dir, { withFileTypes: true }).then((list) => {
      let n = 0;
      for (const e of list) {
        if (!indexedFile(e)) continue;
        if (++n > INDEX_MAX_FILES) break;
        this.update(pathToFileURL(path.join(dir, e.name)).toString(), true);
      }
    }, () => { /* a folder that cannot be read: nothing beside the file to pair with */ });
  }

  /** A document was closed: the files of its folder outside the workspace are forgotten with the last one. */
  leave(uri: string): void {
    if (!indexable(uri)) return;
    let dir: string;
    try { dir = path.dirname(fileURLToPath(uri)); } catch { return; }
    const n = this.outside.get(dir);
    if (n === undefined) return;
    if (n > 1) { this.outside.set(dir, n - 1); return; }
    this.outside.delete(dir);
    let changed = false;
    for (const k of [...this.stamps.keys(), ...this.entries.keys(), ...this.queued.keys()]) {
      let file: string;
      try { file = fileURLToPath(k); } catch { continue; }
      if (path.dirname(file) !== dir) continue;
      this.stamps.delete(k);
      this.queued.delete(k);
      if (this.entries.delete(k)) changed = true;
    }
    if (changed) this.changed();
  }

  private inWorkspace(dir: string): boolean {
    for (const root of this.roots) {
      if (dir === root || dir.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) return true;
    }
    return false;
  }

  /** A file was deleted. */
  remove(uri: string): void {
    this.stamps.delete(uri);
    if (this.entries.delete(uri)) this.changed();
  }

  /** A saved document's parse (the server has it already): its summary, without reading the file. */
  set(uri: string, doc: PolicyDocument): void {
    if (!indexable(uri)) return;
    const s = summarize(doc, uri);
    if (s.role === 'other') { this.remove(uri); return; }
    if (sameSummary(this.entries.get(uri), s)) return;
    this.entries.set(uri, s);
    this.changed();
  }

  dispose(): void {
    this.disposed = true;
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.queue.length = 0;
  }

  private async scan(root: string): Promise<void> {
    const dirs = [root];
    while (dirs.length && !this.disposed) {
      const dir = dirs.pop()!;
      let list: fs.Dirent[];
      try { list = await fs.promises.readdir(dir, { withFileTypes: true }); } catch { continue; }
      for (const e of list) {
        if (e.name.startsWith('.')) continue;
        const full = path.join(dir, e.name);
        if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) dirs.push(full); continue; }
        if (!indexedFile(e)) continue;
        if (++this.found > INDEX_MAX_FILES) { this.log(`index: more than ${INDEX_MAX_FILES} files; the rest are not indexed`); return; }
        this.update(pathToFileURL(full).toString());
      }
    }
  }

  private kick(): void {
    if (this.pumping || this.disposed || !this.queue.length) return;
    this.pumping = true;
    setImmediate(() => this.pump());
  }

  /** One file per turn of the event loop: requests and typing are served in between. */
  private pump(): void {
    if (this.disposed) return;
    const uri = this.queue.shift();
    // A file no longer waiting (its folder was forgotten meanwhile) is not read.
    if (uri && this.queued.has(uri)) {
      const ifChanged = this.queued.get(uri) === true;
      this.queued.delete(uri);
      try {
        this.read(uri, ifChanged);
      } catch (e) {
        this.log(`index: ${uri}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (this.queue.length) setImmediate(() => this.pump());
    else this.pumping = false;
  }

  private read(uri: string, ifChanged: boolean): void {
    let file: string;
    try { file = fileURLToPath(uri); } catch { return; }
    let buf: Buffer;
    try {
      const st = fs.statSync(file);
      if (!st.isFile() || st.size > INDEX_MAX_BYTES) { this.remove(uri); return; }
      const stamp = `${st.mtimeMs}:${st.size}`;
      if (ifChanged && this.stamps.get(uri) === stamp) return;
      this.stamps.set(uri, stamp);
      buf = fs.readFileSync(file);
    } catch {
      this.remove(uri);
      return;
    }
    const read = decodeDocument(file, buf);
    if (!read.ok) { if (this.entries.delete(uri)) this.changed(); return; }
    // A .docx's summary carries the URI of its text view, so that a related place opens as text at its line.
    const s = summarize(parseDocument(read.text), isDocxPath(file) ? docxViewUri(uri) : uri);
    // Only documents that can be paired are kept: a reply or an untitled note never is (its stamp stays, so
    // that it is not read again until it changes).
    if (s.role === 'other') { if (this.entries.delete(uri)) this.changed(); return; }
    if (sameSummary(this.entries.get(uri), s)) return;
    this.entries.set(uri, s);
    this.changed();
  }

  private changed(): void {
    if (this.disposed) return;
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => { this.changeTimer = undefined; this.onChange(); }, this.delay);
  }
}
