import { execFileSync } from "node:child_process";

/**
 * Reading a PDF back the way a reviewer's tools see it, through poppler's
 * command-line programs. Test support only.
 */
const INSTALL_HINT = "poppler-utils is not installed: run `apt-get install poppler-utils` (pdfinfo, pdffonts, pdftotext)";

function run(program: string, args: string[]): string {
  try {
    return execFileSync(program, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    if (e instanceof Error && "code" in e && e.code === "ENOENT") throw new Error(INSTALL_HINT);
    throw e;
  }
}

export interface PageInfo {
  pages: number;
  /** Width and height of every page, in points. */
  sizes: Array<{ width: number; height: number }>;
}

export function pdfInfo(file: string): PageInfo {
  const first = run("pdfinfo", [file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(first)?.[1] ?? 0);
  const all = run("pdfinfo", ["-f", "1", "-l", String(pages), file]);
  const sizes = [...all.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  return { pages, sizes };
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

export function pdfFonts(file: string): FontRow[] {
  const lines = run("pdffonts", [file]).split("\n").slice(2).filter((l) => l.trim() !== "");
  return lines.map((line) => {
    // Columns: name type encoding emb sub uni object ID; the type may contain spaces ("CID TrueType").
    const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
    if (!m) throw new Error(`unexpected pdffonts line: ${line}`);
    return { name: m[1] ?? "", type: m[2] ?? "", embedded: m[4] === "yes", subset: m[5] === "yes" };
  });
}

/** Plain text of the whole document (or one page), in reading order. */
export function pdfText(file: string, page?: number): string {
  const range = page ? ["-f", String(page), "-l", String(page)] : [];
  return run("pdftotext", [...range, "-enc", "UTF-8", file, "-"]);
}

export interface TextLine {
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  text: string;
}

const unescape = (s: string) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** Every text line with its box, page by page, from `pdftotext -bbox-layout`. */
export function pdfLines(file: string): TextLine[][] {
  const xml = run("pdftotext", ["-bbox-layout", "-enc", "UTF-8", file, "-"]);
  const pages = xml.split("<page ").slice(1);
  return pages.map((chunk, i) => {
    const lines: TextLine[] = [];
    for (const m of chunk.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...(m[5] ?? "").matchAll(/<word[^>]*>([\s\S]*?)<\/word>/g)].map((w) => unescape(w[1] ?? ""));
      lines.push({ page: i + 1, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: words.join(" ") });
    }
    return lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
  });
}
