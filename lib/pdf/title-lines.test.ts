import { describe, expect, it } from "vitest";
import { breakTitleLine, titleLines, titleWidth } from "./title-lines";

const MAX = 20;

describe("titleLines", () => {
  it("keeps a title that fits on one line", () => {
    expect(titleLines(["关于2020年度法治政府建设情况的报告"], MAX)).toEqual(["关于2020年度法治政府建设情况的报告"]);
  });

  it("breaks the Laocheng title into a trapezoid after 年度, keeping words whole", () => {
    const lines = breakTitleLine("洛阳市老城区人民政府关于2020年度法治政府建设工作情况的报告", MAX);
    expect(lines).toEqual(["洛阳市老城区人民政府关于2020年度", "法治政府建设工作情况的报告"]);
    const [first = "", second = ""] = lines;
    expect(titleWidth(first)).toBeGreaterThanOrEqual(titleWidth(second));
  });

  it("keeps the drafter's own line breaks", () => {
    expect(titleLines(["洛阳市老城区人民政府", "关于2020年度法治政府建设工作情况的报告"], MAX)).toEqual([
      "洛阳市老城区人民政府",
      "关于2020年度法治政府建设工作情况的报告",
    ]);
  });

  it("never splits a number or leaves punctuation at a line start", () => {
    const title = "某某市某某区人民政府办公室关于印发《某某区2021年度法治政府建设工作要点》的通知";
    const lines = breakTitleLine(title, MAX);
    expect(lines.join("")).toBe(title);
    for (const l of lines) {
      expect(titleWidth(l)).toBeLessThanOrEqual(MAX);
      expect(l).not.toMatch(/^[，。、》）]/u);
      expect(l).not.toMatch(/[《（]$/u);
    }
    expect(lines.some((l) => l.includes("2021"))).toBe(true);
  });

  it("balances three lines when two are not enough", () => {
    const title = "某某省某某市某某县人民政府关于二〇二一年度法治政府建设工作情况和二〇二二年度工作安排的报告";
    const lines = breakTitleLine(title, MAX);
    expect(lines).toHaveLength(3);
    const widths = lines.map(titleWidth);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(8);
  });
});
