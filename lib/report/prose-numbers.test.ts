import { describe, expect, it } from "vitest";
import { partOf } from "./test-parts";
import fixture from "./fixtures/laocheng-2020.json";
import { contradictionMessage, findProseContradictions, proseIssues } from "./prose-numbers";
import { resolveReferences } from "./references";
import { finalReportSchema } from "./schema";
import { reportText } from "./text";

const laocheng = () => structuredClone(finalReportSchema.parse(fixture));

describe("findProseContradictions", () => {
  it("points out a typed number that contradicts the figure it states", () => {
    const { figures } = laocheng();
    const found = findProseContradictions("加大行政复议层级监督力度，共接收行政诉讼案件78起，并积极出庭应诉。", figures);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ figure: "reconsiderationLitigation.lawsuits", stated: 78, value: 77, excerpt: "行政诉讼案件78起" });
    expect(contradictionMessage(found[0]!)).toBe(
      "正文写的“行政诉讼案件78起”与数据“行政诉讼案件”（77起）不一致：正文为78，数据为77。可改为插入数据引用",
    );
  });

  it("accepts numbers that agree, in full-width digits and with separators too", () => {
    const { figures } = laocheng();
    expect(findProseContradictions("共接收行政诉讼案件77起", figures)).toEqual([]);
    expect(findProseContradictions("共接收行政诉讼案件７７起", figures)).toEqual([]);
    expect(findProseContradictions("公示行政许可、行政处罚信息50,846条", figures)).toEqual([]);
    expect(findProseContradictions("群众满意率97.44%", figures)).toEqual([]);
  });

  it("compares rates and connecting words, and finds several in one text", () => {
    const { figures } = laocheng();
    const found = findProseContradictions("群众满意率达97.5%，开展法律“六进”活动共1022场，京访3起。", figures);
    expect(found.map((f) => [f.figure, f.stated])).toEqual([
      ["petitions.satisfactionRate", 97.5],
      ["legalEducation.events", 1022],
    ]);
  });

  it("ignores approximate numbers, other units, references and figures not entered", () => {
    const { figures } = laocheng();
    expect(findProseContradictions("行政诉讼案件近80起", figures)).toEqual([]);
    expect(findProseContradictions("行政诉讼案件80余起", figures)).toEqual([]);
    expect(findProseContradictions("行政诉讼案件78件", figures)).toEqual([]);
    expect(findProseContradictions("行政诉讼案件{{reconsiderationLitigation.lawsuits}}起", figures)).toEqual([]);
    figures.reconsiderationLitigation.lawsuits = null;
    expect(findProseContradictions("行政诉讼案件78起", figures)).toEqual([]);
  });

  it("reads a longer name as the figure it names, not as a shorter one inside it", () => {
    const { figures } = laocheng();
    figures.enforcement.officers = 520;
    figures.enforcement.certifiedOfficers = 498;
    figures.reconsiderationLitigation.reconsiderationRevoked = 3;
    expect(findProseContradictions("全区共有行政执法人员520人，其中持证行政执法人员498人。", figures)).toEqual([]);
    expect(findProseContradictions("持证执法人员498人", figures)).toEqual([]);
    // 行政复议 alone is how reports name 行政复议案件 (9起); 行政复议撤销 is another figure.
    expect(findProseContradictions("行政复议撤销3起", figures)).toEqual([]);
    expect(findProseContradictions("持证行政执法人员500人", figures).map((f) => [f.figure, f.stated])).toEqual([["enforcement.certifiedOfficers", 500]]);
    expect(findProseContradictions("办理行政复议8起", figures).map((f) => f.figure)).toEqual(["reconsiderationLitigation.reconsiderationCases"]);
  });

  it("finds nothing wrong in the Laocheng report with every reference written out", () => {
    const report = laocheng();
    expect(proseIssues(report)).toEqual([]);
    expect(findProseContradictions(reportText(report), report.figures)).toEqual([]);
    const printed = structuredClone(report);
    const item = partOf(printed, "measures", 2).items[7]!;
    item.body = resolveReferences(item.body, report.figures);
    expect(proseIssues(printed)).toEqual([]);
    printed.figures.reconsiderationLitigation.lawsuits = 76;
    expect(proseIssues(printed).map((i) => i.path)).toEqual(["parts.2.items.7.body"]);
  });
});
