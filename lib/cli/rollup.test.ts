import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteTestDatabase, type TestDatabase } from "@/tests/support/test-db";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Runs `report rollup …` as a user would, through the registered command, on the test database. */
function run(url: string, ...args: string[]) {
  const result = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/report.ts", "rollup", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: url },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("report rollup", () => {
  let t: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), "rollup-cli-"));
  beforeAll(async () => {
    t = await sqliteTestDatabase();
    const city = await t.db.organization.create({ data: { name: "开元市人民政府", shortName: "开元市" } });
    for (const [name, status, value, exact] of [
      ["开元市东城区人民政府", "sent", "77", 77],
      ["开元市西城区人民政府", "published", "51", 51],
      ["开元市南城区人民政府", "sent", "500余", null],
      ["开元市北城区人民政府", "draft", "1000", 1000],
    ] as const) {
      const unit = await t.db.organization.create({ data: { name, shortName: name.slice(3, 6), parentId: city.id } });
      const report = await t.db.report.create({ data: { organizationId: unit.id, year: 2036, status, content: "{}" } });
      await t.db.reportFigure.create({ data: { reportId: report.id, figureId: "petitions.letters", value, exact } });
    }
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("writes the .xlsx the 汇总 page offers: sent reports summed, the approximate value apart, the draft left out", async () => {
    const output = join(dir, "汇总.xlsx");
    const { code, stdout, stderr } = run(t.url, "--organization", "开元市人民政府", "--year", "2036", "-o", output);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("4 个下级单位（已报送 3 个），2036年度");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(readFileSync(output)).buffer);
    const sheet = book.getWorksheet("汇总");
    const letters: unknown[] = [];
    sheet?.eachRow((r) => {
      if (r.getCell(2).value === "群众来信") letters.push(...[4, 5, 6, 7, 8, 10].map((c) => r.getCell(c).value ?? null));
    });
    // Units by name: 东城区, 北城区 (a draft), 南城区, 西城区; then 合计 and 约数单位数.
    expect(letters).toEqual([77, null, "500余", 51, 128, 1]);
  });

  it("refuses a year out of range in Chinese", () => {
    const { code, stderr } = run(t.url, "--organization", "开元市人民政府", "--year", "1999");
    expect(code).toBe(1);
    expect(stderr).toContain("年度应为2000至2100之间的整数");
  });
});
