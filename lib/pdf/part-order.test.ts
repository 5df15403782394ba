import { describe, expect, it } from "vitest";
import { newReport } from "@/lib/report/defaults";
import { partOf } from "@/lib/report/test-parts";
import { laocheng, renderToFile } from "./testing/fixtures";
import { pdfText } from "./testing/poppler";

/** The level-1 headings as they come out of the PDF, in page order. */
const headings = (file: string) =>
  pdfText(file)
    .split("\n")
    .map((l) => l.replace(/\s+/g, ""))
    .filter((l) => /^[一二三四五六七八九十]+、/.test(l));

describe("the PDF follows the author's order of parts", () => {
  it("prints the duty part as 一、 when the author puts it first, and a concluding paragraph before 特此报告", async () => {
    const report = laocheng();
    const duty = report.parts.findIndex((p) => p.kind === "duty");
    const [part] = report.parts.splice(duty, 1);
    if (part) report.parts.unshift(part);
    report.parts.push({ kind: "conclusion", id: "end", text: "新的一年，我们将坚持以习近平法治思想为指导，奋力推进法治政府建设。" });
    const file = await renderToFile("duty-first", report);
    const lines = headings(file);
    expect(lines[0]).toBe("一、履行推进法治建设第一责任人职责，加强法治政府建设");
    expect(lines.map((l) => l.slice(0, 2))).toEqual(["一、", "二、", "三、", "四、", "五、", "六、"]);
    const text = pdfText(file).replace(/\s+/g, "");
    expect(text.indexOf("奋力推进法治政府建设。特此报告。")).toBeGreaterThan(0);
  });

  it("prints no bare heading for the empty parts of a draft", async () => {
    const report = newReport({ organizationName: "某区人民政府", organizationShortName: "某区", parentName: "某市人民政府", year: 2024 });
    partOf(report, "measures").intro = "2024年，全区法治政府建设取得新进展。";
    const file = await renderToFile("draft-skeleton", report);
    expect(headings(file)).toEqual(["一、主要举措和成效"]);
  });
});
