import { describe, expect, it } from "vitest";
import { figureValue } from "@/lib/report/figures";
import { reportText } from "@/lib/report/text";
import { applyProposals } from "./apply-proposals";
import { splitCause } from "./causes";
import { htmlToText } from "./html-text";
import { importReportText } from "./import-text";

/** A one-item report whose item body is `body`, imported like any file. */
function importBody(body: string) {
  const result = importReportText(`洛阳市人民政府:\n现将2020年度工作报告如下:\n一、主要工作\n(一)依法行政。${body}`);
  if (!result.ok) throw new Error(result.message);
  return result;
}
const bodyOf = (r: ReturnType<typeof importBody>["report"]) => r.measures[0]?.items[0]?.body ?? "";

describe("figure proposals", () => {
  it("reads grouped and full-width numbers as the figure's value", () => {
    const grouped = importBody("共报送行政许可、行政处罚信息50,846条。");
    expect(grouped.proposals).toEqual([
      expect.objectContaining({ figureId: "enforcement.recordsPublished", value: 50846, raw: "50,846", confidence: "high" }),
    ]);
    const wide = importBody("共报送行政许可、行政处罚信息５０８４６条。");
    expect(wide.proposals).toEqual([expect.objectContaining({ value: 50846, raw: "５０８４６" })]);
    const accepted = applyProposals(wide.report, wide.proposals);
    expect(bodyOf(accepted)).toBe("共报送行政许可、行政处罚信息{{enforcement.recordsPublished}}条。");
    expect(figureValue(accepted.figures, "enforcement.recordsPublished")).toBe(50846);
  });

  it("reads rates with their decimals and tells a generic rate from the petitions backlog's", () => {
    const backlog = importBody("交办信访积案77起，目前已化解32件，化解率41.6%。");
    expect(backlog.proposals.find((p) => p.figureId === "petitions.backlogResolutionRate")).toMatchObject({
      value: 41.6,
      confidence: "high",
      sentence: "交办信访积案77起，目前已化解32件，化解率41.6%。",
    });
    const mediation = importBody("通过行政调解方式化解争议纠纷2800件，化解率达93%。");
    expect(mediation.proposals).toEqual([expect.objectContaining({ figureId: "petitions.backlogResolutionRate", value: 93, confidence: "medium" })]);
  });

  it("proposes nothing for years, dates, ordinals, money or a count written with decimals", () => {
    const { proposals } = importBody("2020年5月9日召开第3次会议，投入资金1.5万元，行政诉讼案件7.5起，依法治区委员会第二次会议。");
    expect(proposals).toEqual([]);
  });

  it("marks contradicting values low, so none is taken without the user", () => {
    const { proposals } = importBody("共接收行政诉讼案件77起。全年行政诉讼案件80起。");
    expect(proposals.map((p) => [p.value, p.confidence])).toEqual([
      [77, "low"],
      [80, "low"],
    ]);
    expect(proposals[0]?.reason).toContain("77、80");
  });

  it("replaces only the number the proposal came from, not every equal number", () => {
    const { report, proposals } = importBody("共接收行政诉讼案件77起，其中77起已审结。");
    const accepted = applyProposals(report, proposals);
    expect(bodyOf(accepted)).toBe("共接收行政诉讼案件{{reconsiderationLitigation.lawsuits}}起，其中77起已审结。");
    expect(reportText(accepted)).toBe(reportText(report));
  });

  it("finds the number in its sentence when the text was edited after the proposals were made", () => {
    const { report, proposals } = importBody("共接收行政诉讼案件77起。");
    const item = report.measures[0]?.items[0];
    if (!item) throw new Error("no item");
    item.body = `今年以来，${item.body}`;
    expect(bodyOf(applyProposals(report, proposals))).toBe("今年以来，共接收行政诉讼案件{{reconsiderationLitigation.lawsuits}}起。");
  });

  it("sets both figures when one number states two, and references it once", () => {
    const { report, proposals } = importBody("信访事项及时受理率、按期办结率均为100%。");
    expect(proposals.map((p) => [p.figureId, p.confidence])).toEqual([
      ["petitions.acceptedOnTimeRate", "medium"],
      ["petitions.closedOnTimeRate", "high"],
    ]);
    const accepted = applyProposals(report, proposals);
    expect(figureValue(accepted.figures, "petitions.acceptedOnTimeRate")).toBe(100);
    expect(figureValue(accepted.figures, "petitions.closedOnTimeRate")).toBe(100);
    expect(bodyOf(accepted)).toBe("信访事项及时受理率、按期办结率均为{{petitions.acceptedOnTimeRate}}%。");
  });
});

describe("problem causes", () => {
  it("splits at 原因分析 inline or on its own line, and at 主要原因", () => {
    expect(splitCause("执法不规范。原因分析：力量薄弱。")).toEqual({ description: "执法不规范。", cause: "力量薄弱。", found: true });
    expect(splitCause("执法不规范。\n原因分析：力量薄弱。\n培训不足。")).toEqual({
      description: "执法不规范。",
      cause: "力量薄弱。\n培训不足。",
      found: true,
    });
    expect(splitCause("执法不规范。主要原因：力量薄弱。")).toEqual({ description: "执法不规范。", cause: "力量薄弱。", found: true });
    expect(splitCause("究其原因在于力量薄弱。")).toEqual({ description: "究其原因在于力量薄弱。", cause: "", found: false });
  });
});

describe("Word HTML to text", () => {
  it("keeps line breaks, decodes entities and reads nested tables row by row", () => {
    const html =
      "<p>一、总体情况<br />（一）加强领导</p><p>A &amp; B &lt;C&gt;</p>" +
      "<table><tr><td><p>项目</p></td><td><p>数量</p><p>（件）</p></td></tr>" +
      "<tr><td><table><tr><td>内表甲</td><td>内表乙</td></tr></table></td><td>5</td></tr></table><p>结尾</p>";
    expect(htmlToText(html)).toEqual({
      text: "一、总体情况\n（一）加强领导\nA & B <C>\n项目｜数量 （件）\n内表甲｜内表乙｜5\n结尾",
      tables: 2,
    });
  });
});
