import { describe, expect, it } from "vitest";
import fixture from "./fixtures/laocheng-2020.json";
import { newReport } from "./defaults";
import { characterCount, fieldLabel, outlineParts, partCharacters, partForPath, partStatus, reportCharacters } from "./outline";
import { finalReportSchema } from "./schema";
import { checkFigures } from "./checks";
import { parseReport } from "./parse";
import type { Report } from "./schema";

const laocheng = () => structuredClone(finalReportSchema.parse(fixture));
const fresh = () => newReport({ organizationName: "洛阳市老城区人民政府", organizationShortName: "老城区", parentName: "洛阳市人民政府", year: 2021 });
const finalIssues = (r: Report) => {
  const result = parseReport(r, "final");
  return result.ok ? [] : result.issues;
};
const statuses = (r: Report) => Object.fromEntries(outlineParts(r).map((p) => [p.key, partStatus(r, p, finalIssues(r))]));

describe("outline", () => {
  it("lists the parts in reading order with their numbers", () => {
    const labels = outlineParts(laocheng()).map((p) => p.label);
    expect(labels.slice(0, 5)).toEqual([
      "基本信息",
      "导语",
      "一、高度重视，深入推进全面依法治区",
      "二、强化规范性文件管理，严格规范行政执法",
      "三、突出重点细化任务，全力推进法治政府建设",
    ]);
    expect(labels).toContain("数据：信访");
    expect(labels.slice(-5)).toEqual([
      "四、履行推进法治建设第一责任人职责，加强法治政府建设",
      "五、存在的问题及原因分析",
      "六、2021年工作打算",
      "其他需要报告的情况（可选）",
      "结束语与附件",
    ]);
  });

  it("marks every part of the Laocheng report complete", () => {
    const s = statuses(laocheng());
    expect(s["measures.2"]).toBe("complete");
    expect(s["figures.petitions"]).toBe("complete");
    expect(s["otherMatters"]).toBe("empty");
  });

  it("tells empty, partial and problems apart in a new report", () => {
    const r = fresh();
    let s = statuses(r);
    expect(s).toMatchObject({ preamble: "empty", "measures.0": "partial", header: "partial", duty: "partial", "figures.petitions": "empty", closing: "complete" });

    r.preamble = "2021年以来……现将有关情况报告如下：";
    r.figures.petitions = { ...r.figures.petitions, assigned: 41, resolved: 40, unresolved: 2 };
    s = statuses(r);
    expect(s.preamble).toBe("complete");
    expect(s["figures.petitions"]).toBe("problems");
    expect(checkFigures(r.figures).every((i) => partForPath(outlineParts(r), i.path)?.key === "figures.petitions")).toBe(true);
  });

  it("places issues on the whole measures list when no section is left", () => {
    const r = fresh();
    r.measures = [];
    const parts = outlineParts(r);
    expect(partForPath(parts, "measures")?.key).toBe("measures");
    expect(partStatus(r, parts.find((p) => p.key === "measures")!, finalIssues(r))).toBe("empty");
  });
});

describe("character counts", () => {
  it("count what prints: references as their digits, no whitespace, 𠮷 as one", () => {
    const { figures } = laocheng();
    expect(characterCount("共接收行政诉讼案件{{reconsiderationLitigation.lawsuits}}起", figures)).toBe(12);
    expect(characterCount("𠮷 䶮\n😀", figures)).toBe(3);
  });

  it("add up per part to the whole report", () => {
    const r = laocheng();
    const parts = outlineParts(r);
    const sum = parts.reduce((s, p) => s + partCharacters(r, p), 0);
    expect(sum).toBe(reportCharacters(r));
    expect(reportCharacters(r)).toBeGreaterThan(7000);
  });
});

describe("fieldLabel", () => {
  it("names fields as users say them", () => {
    expect(fieldLabel("measures.2.items.7.body")).toBe("工作举措第3部分（八）正文");
    expect(fieldLabel("problems.items.0.cause")).toBe("存在的问题（一）原因分析");
    expect(fieldLabel("figures.reconsiderationLitigation.lawsuits")).toBe("数据：行政诉讼案件");
    expect(fieldLabel("header.date")).toBe("成文日期");
    expect(fieldLabel("duty.items.1.subItems.0.heading")).toBe("第一责任人职责（二）1.标题");
  });
});
