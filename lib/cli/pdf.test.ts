import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pdfText } from "@/lib/pdf/testing/poppler";

const dir = mkdtempSync(join(tmpdir(), "fazhi-cli-pdf-"));
const fixture = JSON.parse(readFileSync(join(process.cwd(), "lib/report/fixtures/laocheng-2020.json"), "utf8")) as { parts: { kind: string }[] };

/** Runs `report pdf` as a user would, through tsx. */
function reportPdf(input: string, output: string, ...flags: string[]) {
  const tsx = join(process.cwd(), "node_modules/.bin/tsx");
  return spawnSync(tsx, ["lib/cli/report.ts", "pdf", input, "-o", output, ...flags], { encoding: "utf8" });
}

describe("report pdf", () => {
  it("exports a draft with the 草稿 watermark and says so, exit 0", () => {
    const input = join(dir, "draft.json");
    writeFileSync(input, JSON.stringify({ ...fixture, parts: fixture.parts.filter((p) => p.kind !== "problems") }));
    const out = join(dir, "draft.pdf");
    const run = reportPdf(input, out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain("草稿");
    expect(run.stderr).toContain("缺少“存在的不足和原因”部分");
    expect(pdfText(out, 1)).toContain("草");
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
});
