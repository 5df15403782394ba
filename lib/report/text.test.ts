import { readFileSync } from "node:fs";
import { partOf } from "./test-parts";
import { describe, expect, it } from "vitest";
import fixture from "./fixtures/laocheng-2020.json";
import { finalReportSchema } from "./schema";
import { reportText } from "./text";
import { reportBlocks } from "./blocks";
import { fullWidthPunctuation } from "./punctuation";
import { chineseNumber, headingNumber } from "./numbering";
import { chineseDate } from "./dates";
import { newReport } from "./defaults";

const SEED = new URL("../../../shared/seeds/001_efeafa978d3d8b2d.txt", import.meta.url);

describe("the Laocheng fixture as plain text", () => {
  const report = finalReportSchema.parse(fixture);
  const seedLines = readFileSync(SEED, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

  it("reproduces the published text line by line", () => {
    // The web copy starts at the addressee and prints neither the title nor the signing organ.
    const body = seedLines.slice(seedLines.indexOf("洛阳市人民政府:")).map(fullWidthPunctuation);
    const rendered = reportText(report)
      .split("\n")
      .filter((l) => l !== report.header.title && l !== report.header.signatory);
    expect(rendered).toEqual(body);
  });

  it("carries the publication header of the web copy", () => {
    const { publication, documentNumber } = report.header;
    expect(seedLines).toContain(`公开方式:${publication.disclosure}`);
    expect(seedLines).toContain(`发布日期:${publication.publishedOn}`);
    expect(seedLines).toContain(`索引号:${publication.indexNumber}`);
    expect(seedLines).toContain(`文件编号:${documentNumber}`);
  });

  it("numbers the level-1 parts across measures, duty, problems and plans", () => {
    const headings = reportBlocks(report).flatMap((b) => (b.kind === "heading" ? [b.number] : []));
    expect(headings).toEqual(["一、", "二、", "三、", "四、", "五、", "六、"]);
  });
});

describe("the author's order", () => {
  const laocheng = () => structuredClone(finalReportSchema.parse(fixture));
  const headingLines = (text: string) => text.split("\n").filter((l) => /^[一二三四五六七八九十]+、/.test(l));

  it("prints the duty part first when the author puts it first, and numbers every part in that order", () => {
    const r = laocheng();
    const duty = r.parts.findIndex((p) => p.kind === "duty");
    const [part] = r.parts.splice(duty, 1);
    if (part) r.parts.unshift(part);
    expect(headingLines(reportText(r))).toEqual([
      "一、履行推进法治建设第一责任人职责，加强法治政府建设",
      "二、高度重视，深入推进全面依法治区",
      "三、强化规范性文件管理，严格规范行政执法",
      "四、突出重点细化任务，全力推进法治政府建设",
      "五、存在的问题及原因分析",
      "六、2021年工作打算",
    ]);
  });

  it("prints a concluding paragraph where it stands, unnumbered, right before 特此报告", () => {
    const r = laocheng();
    r.parts.push({ kind: "conclusion", id: "end", text: "新的一年，我们将坚持以习近平法治思想为指导，奋力推进法治政府建设。" });
    const lines = reportText(r).split("\n");
    const closing = lines.indexOf("特此报告。");
    expect(lines[closing - 1]).toBe("新的一年，我们将坚持以习近平法治思想为指导，奋力推进法治政府建设。");
    expect(headingLines(reportText(r))).toHaveLength(6);
  });

  it("never prints a heading without its text, nor an empty part: a new draft prints only what is written", () => {
    const r = newReport({ organizationName: "某区人民政府", organizationShortName: "某区", year: 2024 });
    expect(headingLines(reportText(r))).toEqual([]);
    const duty = partOf(r, "duty");
    duty.intro = "区委书记、区长切实履行第一责任人职责。";
    const plans = partOf(r, "plans");
    plans.heading = "";
    plans.intro = "2025年，我们将继续努力。";
    const lines = reportText(r).split("\n");
    expect(headingLines(lines.join("\n"))).toEqual(["一、党政主要负责人履行推进法治建设第一责任人职责情况"]);
    expect(lines).toContain("2025年，我们将继续努力。");
    expect(lines.some((l) => /^[一二三四五六七八九十]+、$/.test(l))).toBe(false);
  });
});

describe("numbering and dates", () => {
  it("writes Chinese numbers as documents do", () => {
    expect([1, 10, 11, 14, 20, 21, 100, 105, 110, 200].map(chineseNumber)).toEqual([
      "一", "十", "十一", "十四", "二十", "二十一", "一百", "一百零五", "一百一十", "二百",
    ]);
    expect(headingNumber(2, 14)).toBe("（十四）");
    expect(headingNumber(3, 2)).toBe("2.");
    expect(headingNumber(4, 3)).toBe("（3）");
  });

  it("writes the date without leading zeros", () => {
    expect(chineseDate("2021-02-04")).toBe("2021年2月4日");
  });
});

describe("run-in headings", () => {
  it("end their sentence before the body continues, once", () => {
    const r = newReport({ organizationName: "某区人民政府", organizationShortName: "某区", year: 2024 });
    partOf(r, "measures").items = [
      { id: "a", heading: "加强领导", body: "正文。", subItems: [] },
      { id: "b", heading: "加强学习？", body: "正文。", subItems: [] },
      { id: "c", heading: "只有标题", body: "", subItems: [] },
    ];
    const lines = reportText(r).split("\n");
    expect(lines).toContain("（一）加强领导。正文。");
    expect(lines).toContain("（二）加强学习？正文。");
    expect(lines).toContain("（三）只有标题");
  });
});

describe("full-width punctuation", () => {
  it("converts ASCII punctuation beside Chinese and leaves numbers alone", () => {
    expect(fullWidthPunctuation("文件, 深入(村)3.5亿,10:30")).toBe("文件，深入（村）3.5亿，10:30");
  });
});
