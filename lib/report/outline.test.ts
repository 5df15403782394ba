import { describe, expect, it } from "vitest";
import fixture from "./fixtures/laocheng-2020.json";
import { newReport } from "./defaults";
import { characterCount, fieldLabel, outlineParts, partCharacters, partForPath, partKey, partStatus, reportCharacters } from "./outline";
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
    expect(labels.slice(0, 6)).toEqual([
      "基本信息",
      "报告结构",
      "导语",
      "一、高度重视，深入推进全面依法治区",
      "二、强化规范性文件管理，严格规范行政执法",
      "三、突出重点细化任务，全力推进法治政府建设",
    ]);
    expect(labels).toContain("数据：信访");
    expect(labels.slice(6, 9)).toEqual(["四、履行推进法治建设第一责任人职责，加强法治政府建设", "五、存在的问题及原因分析", "六、2021年工作打算"]);
    expect(labels.at(-1)).toBe("结束语与附件");
  });

  it("numbers the parts in the author's order and keeps their keys when they move", () => {
    const r = laocheng();
    const before = outlineParts(r).filter((p) => p.kind === "part");
    const [duty] = r.parts.splice(3, 1);
    if (duty) r.parts.unshift(duty);
    const after = outlineParts(r).filter((p) => p.kind === "part");
    expect(after.map((p) => p.label.slice(0, 2))).toEqual(["一、", "二、", "三、", "四、", "五、", "六、"]);
    expect(after[0]?.label).toBe("一、履行推进法治建设第一责任人职责，加强法治政府建设");
    expect(after[0]?.key).toBe(before[3]?.key);
    expect(after[0]?.prefixes).toEqual(["parts.0"]);
  });

  it("gives a part that does not print no number, and names it by its kind", () => {
    const r = laocheng();
    r.parts.splice(1, 0, { kind: "measures", id: "empty", heading: "新的部分", intro: "", items: [] });
    r.parts.push({ kind: "conclusion", id: "end", text: "下一步，我们将继续努力。" });
    const labels = outlineParts(r).filter((p) => p.kind === "part").map((p) => p.label);
    expect(labels[1]).toBe("新的部分（未填写）");
    expect(labels[2]?.startsWith("二、")).toBe(true);
    expect(labels.at(-1)).toBe("结尾段落");
  });

  it("marks every part of the Laocheng report complete", () => {
    const s = statuses(laocheng());
    const r = laocheng();
    for (const part of r.parts) expect(s[partKey(part.id)]).toBe("complete");
    expect(s["figures.petitions"]).toBe("complete");
    expect(s.structure).toBe("complete");
  });

  it("tells empty, partial and problems apart in a new report", () => {
    const r = fresh();
    let s = statuses(r);
    const key = (kind: string) => partKey(r.parts.find((p) => p.kind === kind)?.id ?? "");
    expect(s).toMatchObject({ preamble: "empty", header: "partial", "figures.petitions": "empty", closing: "complete", structure: "complete" });
    expect([s[key("measures")], s[key("duty")], s[key("problems")], s[key("plans")]]).toEqual(["partial", "partial", "partial", "partial"]);

    r.preamble = "2021年以来……现将有关情况报告如下：";
    r.figures.petitions = { ...r.figures.petitions, assigned: 41, resolved: 40, unresolved: 2 };
    s = statuses(r);
    expect(s.preamble).toBe("complete");
    expect(s["figures.petitions"]).toBe("problems");
    expect(checkFigures(r.figures).every((i) => partForPath(outlineParts(r), i.path)?.key === "figures.petitions")).toBe(true);
  });

  it("places issues about missing parts on 报告结构, and a part's issues on that part only", () => {
    const r = fresh();
    r.parts = r.parts.filter((p) => p.kind !== "measures");
    const parts = outlineParts(r);
    expect(partForPath(parts, "parts")?.key).toBe("structure");
    expect(partForPath(parts, "parts.0.intro")?.key).toBe(partKey(r.parts[0]?.id ?? ""));
    expect(finalIssues(r).filter((i) => i.path === "parts").map((i) => i.message)).toEqual([expect.stringContaining("主要举措和成效")]);
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
    expect(fieldLabel("parts.2.items.7.body")).toBe("第三部分（八）正文");
    expect(fieldLabel("parts.2.items.7.body", laocheng())).toBe("三、（八）正文");
    expect(fieldLabel("parts.4.items.0.cause", laocheng())).toBe("五、（一）原因分析");
    expect(fieldLabel("figures.reconsiderationLitigation.lawsuits")).toBe("数据：行政诉讼案件");
    expect(fieldLabel("header.date")).toBe("成文日期");
    expect(fieldLabel("parts.3.items.1.subItems.0.heading", laocheng())).toBe("四、（二）1.标题");
    expect(fieldLabel("parts")).toBe("报告结构");
  });
});
