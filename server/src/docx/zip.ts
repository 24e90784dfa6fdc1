/**
 * The zip container of a .docx, read with limits: the central directory is walked, every XML part
 * is inflated for real with a ceiling (sizes in the directory can lie), and a file that is damaged,
 * too large when unpacked (a zip bomb) or not a Word document is refused with a reason.
 * Only Node's zlib: no zip library, since this is all a .docx needs and the limits must hold for every part.
 */
import * as zlib from 'zlib';

/** Limits for a .docx: any one XML part inflated (word/document.xml is the large one), all its XML parts inflated. */
export const MAX_DOCX_XML = 64 * 1024 * 1024;
export const MAX_DOCX_PARTS = 128 * 1024 * 1024;

export type ZipProblem = { error: string; tooLarge?: boolean };

const CORRUPT = 'not a valid .docx (damaged zip archive) / 不是有效的 .docx 文件（压缩包已损坏）';

/**
 * The XML parts (`*.xml`, `*.rels`) of a zip, inflated, by name; or why they cannot be read.
 * Other entries (images, fonts) are neither inflated nor kept.
 */
export function readZipXmlParts(buf: Uint8Array): { parts: Map<string, Buffer> } | ZipProblem {
  const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const eocdMin = 22;
  if (b.length < eocdMin) return { error: CORRUPT };
  let eocd = -1;
  for (let i = b.length - eocdMin; i >= Math.max(0, b.length - eocdMin - 0xffff); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return { error: CORRUPT };
  const entries = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  if (entries === 0xffff || p === 0xffffffff) return { error: 'ZIP64 .docx files are not supported / 不支持 ZIP64 格式的 .docx' };
  let total = 0;
  const parts = new Map<string, Buffer>();
  for (let n = 0; n < entries; n++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== 0x02014b50) return { error: CORRUPT };
    const method = b.readUInt16LE(p + 10);
    const crc = b.readUInt32LE(p + 16);
    const compressed = b.readUInt32LE(p + 20);
    const declared = b.readUInt32LE(p + 24);
    const nameLen = b.readUInt16LE(p + 28), extraLen = b.readUInt16LE(p + 30), commentLen = b.readUInt16LE(p + 32);
    const local = b.readUInt32LE(p + 42);
    if (p + 46 + nameLen > b.length) return { error: CORRUPT };
    const name = b.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (!/\.(xml|rels)$/i.test(name)) continue;
    if (local + 30 > b.length || b.readUInt32LE(local) !== 0x04034b50) return { error: CORRUPT };
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    if (compressed === 0xffffffff || start + compressed > b.length) return { error: CORRUPT };
    const data = b.subarray(start, start + compressed);
    const limit = Math.min(MAX_DOCX_XML, MAX_DOCX_PARTS - total);
    let out: Buffer | undefined;
    let size: number;
    if (declared > limit) size = declared;
    else if (method === 0) { out = data; size = data.length; }
    else if (method === 8) {
      try {
        out = zlib.inflateRawSync(data, { maxOutputLength: limit + 1 });
        size = out.length;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) size = limit + 1;
        else return { error: CORRUPT };
      }
    } else return { error: `unsupported compression in the .docx (method ${method}) / .docx 使用了不支持的压缩方式` };
    if (size > limit) {
      return size > MAX_DOCX_XML && /^word\/document\d*\.xml$/i.test(name)
        ? { tooLarge: true, error: `the document text of the .docx is too large (${name} over ${MAX_DOCX_XML / 1048576} MB unpacked); not checked / .docx 正文解压后过大，未检查` }
        : { tooLarge: true, error: `the .docx unpacks to too much data (over ${MAX_DOCX_PARTS / 1048576} MB, a zip bomb?); not checked / .docx 解压后数据过大，未检查` };
    }
    total += size;
    // A part whose checksum does not match was damaged (stored parts are not checked by inflating).
    if (out && zlib.crc32 && zlib.crc32(out) !== crc) return { error: CORRUPT };
    if (out) parts.set(name, out);
  }
  return { parts };
}
