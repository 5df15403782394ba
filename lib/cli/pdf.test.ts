import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mm } from "@/lib/pdf/grid";
import { pdfText } from "@/lib/pdf/testing/poppler";
import { isWatermarkGrey, rasterRegion, rowsWhere } from "@/lib/pdf/testing/raster";

const dir = mkdtempSync(join(tmpdir(), "fazhi-cli-pdf-"));
const fixture = JSON.parse(readFileSync(join(process.cwd(), "lib/report/fixtures/laocheng-2020.json"), "utf8")) as { header: Record<string, unknown>; parts: { kind: string }[] };

/** Runs `report pdf` as `npm run report -- pdf` does: through the launcher and the bundled engine. */
function report(...args: string[]) {
  return spawnSync(process.execPath, ["lib/cli/run.mjs", "pdf", ...args], { encoding: "utf8" });
}
const reportPdf = (input: string, output: string, ...flags: string[]) => report(input, "-o", output, ...flags);

describe("report pdf", () => {
  it("exports a draft with the 草稿 watermark and says so, exit 0", () => {
    const input = join(dir, "draft.json");
    writeFileSync(input, JSON.stringify({ ...fixture, parts: fixture.parts.filter((p) => p.kind !== "problems") }));
    const out = join(dir, "draft.pdf");
    const run = reportPdf(input, out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain("草稿");
    expect(run.stderr).toContain("缺少“存在的不足和原因”部分");
    // The watermark is drawn, not text (lib/pdf/millimetre.test.ts): pale grey ink across the middle of the page.
    const middle = { left: mm(60), right: mm(150), top: mm(110), bottom: mm(190) };
    expect(rowsWhere(rasterRegion(out, 1, middle, 36), middle, isWatermarkGrey, 0.05).length).toBeGreaterThan(10);
  });

  it("exports the 报送版 with --submission: the 标志 and the 文号 above the title; without it, the title comes first", () => {
    const input = join(dir, "laocheng.json");
    writeFileSync(input, JSON.stringify(fixture));
    const submission = join(dir, "submission.pdf");
    const plain = join(dir, "public.pdf");
    const runs = [reportPdf(input, submission, "--submission"), reportPdf(input, plain)];
    for (const run of runs) expect(run.status, run.stderr).toBe(0);
    const firstLines = (file: string) => pdfText(file, 1).split("\n").map((l) => l.replace(/\s+/g, "")).filter(Boolean).slice(0, 3);
    expect(firstLines(submission)).toEqual(["洛阳市老城区人民政府", "洛政〔xxxx〕xx号", "洛阳市老城区人民政府关于2020年度"]);
    expect(firstLines(plain)[0]).toBe("洛阳市老城区人民政府关于2020年度");
  });

  it("refuses a file that is not even a valid draft, with its issues and exit 1, no stack trace", () => {
    const input = join(dir, "bad.json");
    writeFileSync(input, JSON.stringify({ header: { year: "二〇二〇" } }));
    const run = reportPdf(input, join(dir, "bad.pdf"));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("header.year");
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
  });

  it("refuses invalid JSON with a message and exit 1, no stack trace", () => {
    const input = join(dir, "broken.json");
    writeFileSync(input, "{ not json");
    const run = reportPdf(input, join(dir, "broken.pdf"));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("不是有效的 JSON");
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
  });

  it("exports every report of a folder, and several files, into one folder in one call; a bad file does not stop the others", () => {
    const units = join(dir, "units");
    mkdirSync(units);
    const xigong = { ...fixture, header: { ...fixture.header, organizationName: "洛阳市西工区人民政府", organizationShortName: "西工区", signatory: "洛阳市西工区人民政府" } };
    writeFileSync(join(units, "laocheng.json"), JSON.stringify(fixture));
    writeFileSync(join(units, "xigong.json"), JSON.stringify(xigong));
    writeFileSync(join(units, "broken.json"), "{ not json");
    writeFileSync(join(units, "notes.txt"), "not a report");
    const out = join(dir, "city");
    const run = report(units, "-o", `${out}/`);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("broken.json：文件不是有效的 JSON");
    expect(readdirSync(out).sort()).toEqual(["老城区2020年度法治政府建设工作报告.pdf", "西工区2020年度法治政府建设工作报告.pdf"]);
    expect(pdfText(join(out, "西工区2020年度法治政府建设工作报告.pdf"))).toContain("洛阳市西工区人民政府");
    expect(run.stdout).toContain("共导出 2 份（其中草稿 0 份），失败 1 份");

    // Two files of the same unit and year: the second is named for its input rather than overwriting the first.
    const again = join(dir, "again");
    const second = report(join(units, "laocheng.json"), join(units, "laocheng.json"), "-o", again);
    expect(second.status, second.stderr).toBe(0);
    expect(readdirSync(again).sort()).toEqual(["laocheng.pdf", "老城区2020年度法治政府建设工作报告.pdf"]);
  });
});
