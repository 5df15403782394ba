import { readFileSync } from "node:fs";

/** Reads a file for a CLI command; a missing or unreadable file is a message and exit code 2, not a stack trace. */
export function readInput(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    const code = e instanceof Error && "code" in e ? String(e.code) : "";
    const reason = code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个文件夹" : "无法读取";
    console.error(`${file}：${reason}`);
    process.exit(2);
  }
}
