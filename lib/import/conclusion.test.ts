import { describe, expect, it } from "vitest";
import { reportText } from "@/lib/report/text";
import { importReportText, UNRECOGNISED_HEADING } from "./import-text";
import { imported, lostText, partOf } from "./test-helpers";

/** A 2022 report whose body is `body`, between the preamble and 特此报告. */
const doc = (...body: string[]) =>
  ["洛阳市人民政府：", "现将2022年度法治政府建设情况报告如下：", ...body, "特此报告。", "2023年2月24日"].join("\n");

const MEASURES = ["一、主要举措和成效", "（一）加强组织领导。召开专题会议3次。"];

function importDoc(text: string) {
  const result = imported(importReportText(text));
  expect(lostText(text, result.report, result.unrecognised)).toEqual({ missing: [], outOfOrder: [] });
  return result;
}

/** The printed line right above 特此报告。 */
function lineBeforeClosing(text: string): string | undefined {
  const lines = text.split("\n");
  return lines[lines.indexOf("特此报告。") - 1];
}

describe("the concluding paragraph", () => {
  it("is the paragraph after the last item of the last part that closes the report as a whole", () => {
    const closing = "下一步，我们将持续深化依法行政，推动法治政府建设再上新台阶。";
    const text = doc(...MEASURES, "二、下一步工作打算", "（一）加强队伍建设。每年轮训执法人员一次。", closing);
    const { report, warnings } = importDoc(text);
    expect(report.parts.map((p) => p.kind)).toEqual(["measures", "plans", "conclusion"]);
    expect(report.parts.at(-1)).toMatchObject({ kind: "conclusion", text: closing });
    expect(partOf(report, "plans").items[0]?.body).toBe("每年轮训执法人员一次。");
    expect(lineBeforeClosing(reportText(report))).toBe(closing);
    expect(warnings.some((w) => w.startsWith("第7行：最后一部分之后的段落“下一步，我们将持续深化依法行政"))).toBe(true);
  });

  it("may open with the next year, never with the report's own year", () => {
    const next = "2023年，我市将坚持依法行政，为高质量发展提供法治保障。";
    const own = "2022年，我市法治政府建设取得新成效。";
    const withNext = importDoc(doc(...MEASURES, next)).report;
    expect(withNext.parts.at(-1)).toMatchObject({ kind: "conclusion", text: next });
    const withOwn = importDoc(doc(...MEASURES, own)).report;
    expect(withOwn.parts.map((p) => p.kind)).toEqual(["measures"]);
    expect(partOf(withOwn, "measures").items[0]?.body).toBe(`召开专题会议3次。\n${own}`);
  });

  it("takes several closing paragraphs together, also after a 1. of the last item", () => {
    const closing = ["新的一年，我们将深入学习贯彻习近平法治思想，推进法治政府建设。", "以法治之力护航高质量发展。"];
    const text = doc("一、主要举措和成效", "（一）规范执法", "1.开展培训。全年培训4次。", ...closing);
    const { report } = importDoc(text);
    expect(report.parts.at(-1)).toMatchObject({ kind: "conclusion", text: closing.join("\n") });
    expect(partOf(report, "measures").items[0]?.subItems[0]?.body).toBe("全年培训4次。");
  });

  it("is not taken from a last part made of paragraphs only: they are that part's text", () => {
    const plan = "2023年，我市将继续推进法治政府建设，全面提升依法行政水平。";
    const { report } = importDoc(doc(...MEASURES, "二、2023年工作安排", plan));
    expect(report.parts.map((p) => p.kind)).toEqual(["measures", "plans"]);
    expect(partOf(report, "plans").intro).toBe(plan);
  });

  it("is not an item's own further paragraph on its task, nor the first paragraph under a heading", () => {
    const ownTask = importDoc(doc(...MEASURES, "下一步将继续加强执法培训。")).report;
    expect(ownTask.parts.map((p) => p.kind)).toEqual(["measures"]);
    expect(partOf(ownTask, "measures").items[0]?.body).toBe("召开专题会议3次。\n下一步将继续加强执法培训。");

    const first = "下一步，我们将推进法治政府建设。";
    const headingOnly = importDoc(doc(...MEASURES, "（二）加强队伍建设", first)).report;
    expect(headingOnly.parts.map((p) => p.kind)).toEqual(["measures"]);
    expect(partOf(headingOnly, "measures").items[1]).toMatchObject({ heading: "加强队伍建设", body: first });
  });

  it("stays right above 特此报告 when unrecognised lines get a part of their own", () => {
    const closing = "下一步，我们将持续推进法治政府建设。";
    const text = ["当前位置：首页 > 政务公开", doc(...MEASURES, closing)].join("\n");
    const { report, unrecognised } = importDoc(text);
    expect(unrecognised.map((u) => u.text)).toEqual(["当前位置：首页 > 政务公开"]);
    expect(report.parts.map((p) => [p.kind, "heading" in p ? p.heading : ""])).toEqual([
      ["measures", "主要举措和成效"],
      ["otherMatters", UNRECOGNISED_HEADING],
      ["conclusion", ""],
    ]);
    const printed = reportText(report);
    expect(printed).toContain(`二、${UNRECOGNISED_HEADING}\n当前位置：首页 > 政务公开\n${closing}\n特此报告。`);
  });
});

describe("parts of a kind a report has once", () => {
  it("are kept apart in the source's order, with a warning, and never merged", () => {
    const text = doc(...MEASURES, "二、下一步工作打算", "（一）加强培训。每年培训两次。", "三、主要举措（续）", "（一）深化改革。推进放管服。", "四、明年工作安排", "（一）完善制度。修订学法制度。");
    const { report, warnings } = importDoc(text);
    expect(report.parts.map((p) => p.kind)).toEqual(["measures", "plans", "measures", "plans"]);
    expect(warnings).toContain("第9行：“明年工作安排”是又一个“下一年度工作安排”部分，已按原文作为单独的部分导入，请核对是否应合并");
    expect(warnings.filter((w) => w.includes("又一个"))).toHaveLength(1);
    expect(reportText(report)).toMatch(/\n一、主要举措和成效\n[^]*\n二、下一步工作打算\n[^]*\n三、主要举措（续）\n[^]*\n四、明年工作安排\n/);
  });
});
