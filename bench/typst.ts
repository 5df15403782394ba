import { spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";
import { reportBlocks, type Block } from "@/lib/report/blocks";
import type { Report } from "@/lib/report/schema";
import { fontSetup } from "@/lib/pdf/fonts/resolve";
import { median } from "./measure";

/**
 * Typst (typst.ts, its Rust compiler as a Node addon from npm) as a peer of
 * the PDF export: the same blocks of the Laocheng report in the same font
 * files (lib/pdf/fonts) and the same page (A4, margins 37/26/35/28 mm, 16 pt
 * on a 28.99 pt line pitch: 22 lines of 28 characters, page numbers
 * "— N —"). It only typesets: no schema, no checks, no missing-glyph scan,
 * which the app's export times include. Benchmark only.
 */
const PITCH = (225 / 22) * (72 / 25.4); // one grid line in pt
const str = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

function blockTypst(b: Block): string {
  switch (b.kind) {
    case "title":
      return b.lines.map((l) => `#align(center, text(font: "XBS", weight: "bold", size: 22pt, tracking: 0pt)[#${str(l)}])`).join("\n");
    case "addressee":
      return `#v(${PITCH.toFixed(2)}pt)\n#par(first-line-indent: 0pt)[#${str(b.text)}]`;
    case "heading":
      return `#par[#text(font: "HT")[#${str(b.number + b.text)}]]`;
    case "paragraph":
      return `#par[${b.lead ? `#text(font: ${b.lead.level === 2 ? '"KT"' : '"FS"'})[#${str(b.lead.number + b.lead.text)}]` : ""}#${str(b.text)}]`;
    case "closing":
      return `#par[#${str(b.text)}]`;
    case "attachments":
      return `#v(${PITCH.toFixed(2)}pt)\n${b.items.map((a, i) => `#par(first-line-indent: 0pt)[#h(2em)#${str((i === 0 ? "附件：" : "　　　") + a)}]`).join("\n")}`;
    case "signature":
      return `#v(${PITCH.toFixed(2)}pt)\n#align(right, pad(right: 2em)[#${str(b.text)}])`;
    case "date":
      return `#align(right, pad(right: 4em)[#${str(b.text)}])`;
  }
}

/** The font files of the four roles, each under a family name of its own, in a folder Typst reads alone. */
export function typstFonts(dir: string): { dir: string; families: Record<"XBS" | "FS" | "HT" | "KT", string> } {
  const { roles } = fontSetup();
  const folder = join(dir, "typst-fonts");
  mkdirSync(folder, { recursive: true });
  const files = [...new Set([roles.xiaobiaosong.file, roles.fangsong.file, roles.heiti.file, roles.kaiti.file])];
  for (const f of files) symlinkSync(f, join(folder, basename(f)));
  return { dir: folder, families: { XBS: roles.xiaobiaosong.file, FS: roles.fangsong.file, HT: roles.heiti.file, KT: roles.kaiti.file } };
}

/** The Typst source; family names are those the files declare (fontkit read them for lib/pdf/fonts). */
export function typstSource(report: Report, names: Record<"XBS" | "FS" | "HT" | "KT", string>): string {
  const body = reportBlocks(report).map(blockTypst).join("\n").replace(/"(XBS|FS|HT|KT)"/g, (_, k: "XBS" | "FS" | "HT" | "KT") => str(names[k]));
  return `#set page(paper: "a4", margin: (top: 37mm, bottom: 35mm, left: 28mm, right: 26mm), footer-descent: 7mm,
  footer: context { let n = counter(page).get().first(); align(if calc.odd(n) { right } else { left }, text(size: 14pt)[— #n —]) })
#set text(font: ${str(names.FS)}, size: 16pt, lang: "zh", region: "cn", top-edge: 0.88em, bottom-edge: -0.12em, tracking: -0.2pt)
#set par(justify: true, leading: ${(PITCH - 16).toFixed(2)}pt, spacing: ${(PITCH - 16).toFixed(2)}pt, first-line-indent: (amount: 2em, all: true))
${body}
`;
}

export interface TypstResult {
  /** Median render in a running process, its caches dropped before each (a new report each time, as exports are). */
  warmMs: number;
  /** Median render of the same source again: Typst's memoization at work. */
  incrementalMs: number;
  coldMs: number;
  coldFromStart: number;
  coldRange: [number, number];
  bytes: number;
}

export function benchTypst(dir: string, source: string, fontDir: string, runs: { warm: number; cold: number }): TypstResult {
  const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [fontDir] }] });
  let pdf = compiler.pdf({ mainFileContent: source });
  const evicted: number[] = [];
  const same: number[] = [];
  for (let i = 0; i < runs.warm + 3; i++) {
    compiler.evictCache(0);
    const start = performance.now();
    pdf = compiler.pdf({ mainFileContent: source });
    if (i >= 3) evicted.push(performance.now() - start);
  }
  for (let i = 0; i < runs.warm; i++) {
    const start = performance.now();
    compiler.pdf({ mainFileContent: source });
    same.push(performance.now() - start);
  }
  writeFileSync(join(dir, "laocheng.typ"), source);
  const cold = Array.from({ length: runs.cold }, () => {
    const run = spawnSync(process.execPath, [join(process.cwd(), "bench/typst-cold.mjs"), join(dir, "laocheng.typ"), fontDir, join(dir, "typst.pdf")], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`typst cold run failed: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}") as { ms: number; fromStart: number };
  });
  const coldTimes = cold.map((c) => c.ms);
  return {
    warmMs: median(evicted),
    incrementalMs: median(same),
    coldMs: median(coldTimes),
    coldFromStart: median(cold.map((c) => c.fromStart)),
    coldRange: [Math.min(...coldTimes), Math.max(...coldTimes)],
    bytes: pdf.length,
  };
}
