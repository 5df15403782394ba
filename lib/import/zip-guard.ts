import { inflateRawSync } from "node:zlib";

/**
 * A .docx is a ZIP archive, and a ZIP archive says how big its entries are
 * only in numbers it may lie about: a 700 KB file can inflate to hundreds of
 * megabytes of XML, which the XML parser then holds as millions of objects.
 * So before mammoth sees the bytes, the central directory is read (entry
 * count, declared sizes) and every entry is inflated once with a hard output
 * cap of its declared size: a bomb is refused after at most the cap's worth
 * of work, however it is built, and nothing larger than the caps below ever
 * reaches the parser.
 */
export const ZIP_LIMITS = {
  /** A Word document has a few dozen parts; thousands mean something else. */
  maxEntries: 1000,
  /** One XML part (a long report with heavy formatting has about 1 MB of document.xml; the parser needs some 100 times the XML in memory). */
  maxXmlBytes: 4 * 1024 * 1024,
  /** Everything inflated together: the XML plus images, which barely compress. */
  maxTotalBytes: 64 * 1024 * 1024,
} as const;

export type ZipVerdict = { ok: true } | { ok: false; reason: "damaged" | "tooManyEntries" | "tooLarge" };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const isXml = (name: string) => /\.(xml|rels)$/i.test(name);

export function checkZip(bytes: Uint8Array): ZipVerdict {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(buf);
  if (entries === "damaged" || entries === "tooManyEntries") return { ok: false, reason: entries };
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (e.size > (isXml(e.name) ? ZIP_LIMITS.maxXmlBytes : ZIP_LIMITS.maxTotalBytes) || total > ZIP_LIMITS.maxTotalBytes) {
      return { ok: false, reason: "tooLarge" };
    }
  }
  // The declared sizes passed; now hold each entry to its own declaration.
  for (const e of entries) {
    const verdict = inflatesWithin(buf, e);
    if (verdict !== "ok") return { ok: false, reason: verdict };
  }
  return { ok: true };
}

function centralDirectory(buf: Buffer): Entry[] | "damaged" | "tooManyEntries" {
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  const from = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return "damaged";
  const count = buf.readUInt16LE(eocd + 10);
  const offset = buf.readUInt32LE(eocd + 16);
  // 0xffff / 0xffffffff mean ZIP64, which no Word document of a report needs.
  if (count === 0xffff || offset === 0xffffffff) return "tooManyEntries";
  if (count > ZIP_LIMITS.maxEntries) return "tooManyEntries";
  const entries: Entry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) return "damaged";
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    if (at + 46 + skip > buf.length) return "damaged";
    entries.push({
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      name: buf.toString("utf8", at + 46, at + 46 + nameLength),
      localOffset: buf.readUInt32LE(at + 42),
    });
    at += 46 + skip;
  }
  return entries;
}

function inflatesWithin(buf: Buffer, e: Entry): "ok" | "damaged" | "tooLarge" {
  const at = e.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) return "damaged";
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) return "damaged";
  const data = buf.subarray(start, end);
  if (e.method === 0) return data.length === e.size ? "ok" : "damaged";
  if (e.method !== 8) return "damaged";
  try {
    // One byte more than declared is enough to know the declaration was false.
    const out = inflateRawSync(data, { maxOutputLength: e.size + 1 });
    return out.length === e.size ? "ok" : "damaged";
  } catch (error) {
    return error instanceof RangeError ? "tooLarge" : "damaged";
  }
}
