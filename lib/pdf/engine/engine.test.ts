import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { exportReportPdf } from "../export";
import { pdfFonts, pdfInfo, pdfText } from "../testing/poppler";
import { buildPdfEngine } from "./build";
import { CODE_CACHE_FILE, loadEngine } from "./load";

const root = mkdtempSync(join(tmpdir(), "fazhi-pdf-engine-"));
const dir = join(root, "engine");
const demo = JSON.parse(readFileSync(join(process.cwd(), "lib/report/fixtures/laocheng-2020.json"), "utf8")) as { parts: { kind: string }[] };

function save(name: string, pdf: Buffer): string {
  const file = join(root, `${name}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

/** A fresh process opens the engine and exports the demo report: how it found the code cache. */
function probe(): { codeCache: string; ok: boolean } {
  const tsx = join(process.cwd(), "node_modules/.bin/tsx");
  const run = spawnSync(tsx, ["lib/pdf/testing/engine-probe.ts", dir], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}") as { codeCache: string; ok: boolean };
}

/** Font names without the random subset tag (ABCDEF+NotoSerifSC-Regular). */
const fontNames = (file: string) => pdfFonts(file).map((f) => f.name.replace(/^[A-Z]{6}\+/, ""));

beforeAll(async () => {
  await buildPdfEngine(dir);
}, 120_000);

describe("the PDF engine the production server exports with", () => {
  it("starts a fresh process from the code cache written at build", () => {
    expect(probe()).toEqual({ codeCache: "used", ok: true });
  });

  it("exports the same document as lib/pdf's sources", async () => {
    const bundled = await loadEngine(dir).exportReportPdf(demo, { figuresAppendix: true });
    const source = await exportReportPdf(demo, { figuresAppendix: true });
    if (!bundled.ok || !source.ok) throw new Error("the demo report no longer exports");
    expect(bundled.fileName).toBe("老城区2020年度法治政府建设工作报告.pdf");
    expect(bundled.draft).toBe(false);
    const [b, s] = [save("bundled", bundled.pdf), save("source", source.pdf)];
    expect(pdfInfo(b)).toEqual(pdfInfo(s));
    expect(pdfText(b)).toBe(pdfText(s));
    expect(fontNames(b)).toEqual(fontNames(s));
  });

  it("exports a report that fails the final checks as a draft, as the sources do", async () => {
    // The final checks want a part on shortcomings (存在的不足和原因).
    const incomplete = { ...demo, parts: demo.parts.filter((p) => p.kind !== "problems") };
    const bundled = await loadEngine(dir).exportReportPdf(incomplete);
    const source = await exportReportPdf(incomplete);
    if (!bundled.ok || !source.ok) throw new Error("a draft must still export");
    expect(bundled.draft).toBe(true);
    expect(bundled.finalIssues).toEqual(source.finalIssues);
    // The watermark is part of the text (stress.test.ts finds it on every page).
    expect(pdfText(save("draft", bundled.pdf))).toBe(pdfText(save("draft-source", source.pdf)));
  });

  it("writes a code cache V8 takes after its first export, when the one it has is of no use", () => {
    writeFileSync(join(dir, CODE_CACHE_FILE), "not a code cache");
    expect(probe()).toEqual({ codeCache: "rejected", ok: true });
    expect(probe()).toEqual({ codeCache: "used", ok: true });
  });

  it("tells the operator to build it when it is missing", () => {
    expect(() => loadEngine(join(root, "nowhere"))).toThrow(/npm run build/);
  });
});
