import { readFileSync } from "node:fs";

/** A file's text, or why it cannot be read, in words for the user. */
export function tryReadInput(file: string): { ok: true; text: string } | { ok: false; reason: string } {
  try {
    return { ok: true, text: readFileSync(file, "utf8") };
  } catch (e) {
    const code = e instanceof Error && "code" in e ? String(e.code) : "";
    return { ok: false, reason: code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个文件夹" : "无法读取" };
  }
}

/** Reads a file for a CLI command; a missing or unreadable file is a message and exit code 2, not a stack trace. */
export function readInput(file: string): string {
  const read = tryReadInput(file);
  if (read.ok) return read.text;
  console.error(`${file}：${read.reason}`);
  process.exit(2);
}
