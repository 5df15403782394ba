import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import laocheng2020 from "@/lib/report/fixtures/laocheng-2020.json";
import { carryOver } from "@/lib/report/carry-over";
import { finalReportSchema } from "@/lib/report/schema";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function run(...args: string[]) {
  const result = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/report.ts", "check", ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("report check", () => {
  const dir = mkdtempSync(join(tmpdir(), "check-cli-"));
  const last = finalReportSchema.parse(laocheng2020);
  const lastFile = join(dir, "2020.json");
  writeFileSync(lastFile, JSON.stringify(last));

  it("prints a finding a line and exits 0 when nothing required is missing", () => {
    const nextFile = join(dir, "2021.json");
    writeFileSync(nextFile, JSON.stringify(carryOver(last, { carryTexts: true })));
    const { code, stdout } = run(nextFile, "--previous", lastFile, "--sibling", lastFile);
    expect(code).toBe(0);
    expect(stdout).toContain("请核对 全文: 全文与上年报告相同 100%");
    expect(stdout).toMatch(/^请核对 导语: 2 句用“2020年”描述本年度工作/m);
    expect(stdout).toMatch(/^请核对 .+: 与老城区相同 \d+ 句$/m);
  });

  it("exits 1 naming the regulation when a required content is missing", () => {
    const partial = structuredClone(last);
    partial.parts = partial.parts.filter((p) => p.kind !== "problems");
    const file = join(dir, "partial.json");
    writeFileSync(file, JSON.stringify(partial));
    const { code, stdout } = run(file);
    expect(code).toBe(1);
    expect(stdout).toContain("必须 报告结构: 缺少督察规定要求报告的内容：“存在的不足和原因”（《法治政府建设与责任落实督察工作规定》第二十六条）");
  });
});
