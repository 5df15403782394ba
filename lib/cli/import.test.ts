import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { figureValue } from "@/lib/report/figures";
import { parseReportJson } from "@/lib/report/parse";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SEED = fileURLToPath(new URL("../../../shared/seeds/001_efeafa978d3d8b2d.txt", import.meta.url));

/** Runs `report import …` as a user would, through the registered command. */
function run(...args: string[]) {
  const result = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/report.ts", "import", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("report import", () => {
  const dir = mkdtempSync(join(tmpdir(), "import-cli-"));

  it("writes a valid draft, summarises it and applies the high-confidence figures on request", () => {
    const input = join(dir, "laocheng.txt");
    const output = join(dir, "laocheng.json");
    copyFileSync(SEED, input);
    const { code, stdout, stderr } = run(input, "-o", output, "--accept-figures", "--organization", "洛阳市老城区人民政府");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    // The parts as the source has them, in its order, each named as the catalogue names its kind.
    expect(stdout).toContain("各部分（6个，按原文顺序）：");
    expect(stdout).toMatch(/一、高度重视，深入推进全面依法治区　〔主要举措和成效〕2项\n[^]*四、履行推进法治建设第一责任人职责/);
    expect(stdout).toContain("五、存在的问题及原因分析　〔存在的不足和原因〕5项");
    expect(stdout).not.toContain("未找到");
    expect(stdout).toMatch(/数据建议：48条，已采纳高可信度的\d+条/);
    expect(stdout).toContain("共接收行政诉讼案件77起");
    const parsed = parseReportJson(readFileSync(output, "utf8"), "draft");
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.report.header.signatory).toBe("洛阳市老城区人民政府");
    expect(figureValue(parsed.report.figures, "reconsiderationLitigation.lawsuits")).toBe(77);
    const third = parsed.report.parts[2];
    expect(third?.kind === "measures" && third.items[7]?.body).toContain("{{reconsiderationLitigation.lawsuits}}");
  });

  it("answers in Chinese with exit code 1 for a file it cannot import and 2 for one it cannot read", () => {
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const refused = run(empty, "-o", join(dir, "x.json"));
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(`${empty}：文件是空的，没有可以导入的内容`);

    const missing = run(join(dir, "nothing.docx"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("文件不存在");
    expect(missing.stderr).not.toMatch(/\bat \S+:\d+/); // no stack trace
  });
});
