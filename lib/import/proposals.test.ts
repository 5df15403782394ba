import { describe, expect, it } from "vitest";
import { figureValue, storedFigure, type FigureId } from "@/lib/report/figures";
import { reportText } from "@/lib/report/text";
import { applyProposals } from "./apply-proposals";
import { splitCause } from "./causes";
import { htmlToText } from "./html-text";
import { importReportText } from "./import-text";
import { partOf } from "./test-helpers";

/** A one-item report whose item body is `body`, imported like any file. */
function importBody(body: string) {
  const result = importReportText(`洛阳市人民政府:\n现将2020年度工作报告如下:\n一、主要工作\n(一)依法行政。${body}`);
  if (!result.ok) throw new Error(result.message);
  return result;
}
const bodyOf = (r: ReturnType<typeof importBody>["report"]) => partOf(r, "measures").items[0]?.body ?? "";

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
    const item = partOf(report, "measures").items[0];
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

const APPROXIMATE: ReadonlyArray<[body: string, figureId: FigureId, value: string]> = [
  ["全年培训领导干部500余名。", "leadership.cadresTrained", "500余"],
  ["市政府常务会议集体学法20多次。", "leadership.collectiveStudySessions", "20多"],
  ["审查各类合同协议近千件。", "normativeDocuments.contractsReviewed", "近千"],
  ["各校聘请法治副校长约30人。", "legalEducation.vicePrincipals", "约30"],
  ["公示行政许可、行政处罚信息1.2万余条。", "enforcement.recordsPublished", "1.2万余"],
  ["开展普法宣传活动百余场。", "legalEducation.events", "百余"],
];

describe("approximate figures", () => {
  it.each(APPROXIMATE)("proposes “%s” with its wording, and applying it prints the same text", (body, figureId, value) => {
    const { report, proposals } = importBody(body);
    expect(proposals).toEqual([expect.objectContaining({ figureId, value, raw: value, confidence: "high" })]);
    const accepted = applyProposals(report, proposals);
    expect(bodyOf(accepted)).toBe(body.replace(value, `{{${figureId}}}`));
    expect(storedFigure(accepted.figures, figureId)).toBe(value);
    expect(reportText(accepted)).toBe(reportText(report));
  });

  it("proposes 零 only where a figure is stated as none in words it knows", () => {
    const none = importBody("全年实现进京访零登记，行政诉讼零败诉。");
    expect(none.proposals).toEqual([expect.objectContaining({ figureId: "petitions.toBeijing", value: "零", raw: "零", confidence: "high" })]);
    const accepted = applyProposals(none.report, none.proposals);
    expect(bodyOf(accepted)).toBe("全年实现进京访{{petitions.toBeijing}}登记，行政诉讼零败诉。");
    expect(figureValue(accepted.figures, "petitions.toBeijing")).toBe(0);
    expect(reportText(accepted)).toBe(reportText(none.report));
  });

  it("does not read 约 or 近 that end another word, nor amounts that go on past 余", () => {
    const { proposals } = importBody("最近3个行政执法单位节约资金约30万元，服务千家万户，培训领导干部10余万人次，审查合同协议数百件。");
    expect(proposals.map((p) => [p.figureId, p.value])).toEqual([["enforcement.enforcementUnits", 3]]);
  });

  it("tells an approximate statement of a figure from an exact one", () => {
    const { proposals } = importBody("培训领导干部500余名。年底前培训领导干部500名。");
    expect(proposals.map((p) => [p.value, p.confidence])).toEqual([
      ["500余", "low"],
      [500, "low"],
    ]);
  });

  it("keeps the text as written when the accepted proposals give a figure two values", () => {
    const { report, proposals } = importBody("共接收行政诉讼案件77起。全年行政诉讼案件80起。");
    const accepted = applyProposals(report, proposals);
    expect(figureValue(accepted.figures, "reconsiderationLitigation.lawsuits")).toBe(77);
    expect(bodyOf(accepted)).toBe("共接收行政诉讼案件{{reconsiderationLitigation.lawsuits}}起。全年行政诉讼案件80起。");
    expect(reportText(accepted)).toBe(reportText(report));
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
