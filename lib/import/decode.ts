import { IMPORT_MESSAGES } from "./messages";

/**
 * Bytes of a .txt file to text. Offices save reports from Word or Notepad on
 * Chinese Windows, so besides UTF-8 (with or without BOM) the file may be
 * UTF-16 (Notepad's "Unicode") or GBK/GB18030 (the ANSI code page of Chinese
 * Windows). UTF-8 is tried strictly first: GBK bytes are almost never valid
 * UTF-8, while valid UTF-8 decoded as GB18030 would silently be gibberish.
 */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; message: string };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

export function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return checked(new TextDecoder("utf-8").decode(bytes.subarray(3)), "UTF-8");
  if (startsWith(bytes, [0xff, 0xfe])) return checked(new TextDecoder("utf-16le").decode(bytes.subarray(2)), "UTF-16LE");
  if (startsWith(bytes, [0xfe, 0xff])) return checked(new TextDecoder("utf-16be").decode(bytes.subarray(2)), "UTF-16BE");
  if (looksBinary(bytes)) return { ok: false, message: IMPORT_MESSAGES.notText };
  try {
    return checked(new TextDecoder("utf-8", { fatal: true }).decode(bytes), "UTF-8");
  } catch {
    // Not UTF-8: the other encoding Chinese Windows writes. GB18030 is a superset of GBK and GB2312.
    return checked(new TextDecoder("gb18030").decode(bytes), "GB18030");
  }
}

/** NUL bytes and other C0 controls do not occur in text files; they do in images, archives and .doc. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls += 1;
  }
  return n > 0 && controls / n > 0.01;
}

function checked(text: string, encoding: string): Decoded {
  // A decoder that had to substitute many characters was given the wrong kind of file.
  const replaced = (text.match(/\ufffd/g) ?? []).length;
  if (text.length > 0 && replaced / text.length > 0.05) return { ok: false, message: IMPORT_MESSAGES.notText };
  return { ok: true, text, encoding };
}
