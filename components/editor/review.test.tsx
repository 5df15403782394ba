import { describe, expect, it } from "vitest";
import fixture from "@/lib/report/fixtures/laocheng-2020.json";
import { CITY_CUSTOM_FIGURES } from "@/lib/report/fixtures/city-custom-figures";
import { outlineParts, partStatus } from "@/lib/report/outline";
import { PART_CATALOGUE, PART_KINDS } from "@/lib/report/part-catalogue";
import { draftReportSchema } from "@/lib/report/schema";
import { newPart } from "./part-list";
import { reviewOf } from "./review";

const laocheng = () => draftReportSchema.parse(fixture);
const messagesAt = (issues: readonly { path: string; message: string }[], path: string) => issues.filter((i) => i.path === path).map((i) => i.message);

describe("reviewOf: what the editor shows on its fields", () => {
  it("has nothing to flag on the Laocheng report", () => {
    const review = reviewOf(laocheng());
    expect(review.final).toEqual([]);
    expect(review.flags).toEqual([]);
  });

  it("flags a rate of 101 and a paragraph over the limit on their fields, while the draft schema takes both", () => {
    const report = laocheng();
    report.figures.reconsiderationLitigation.courtAppearanceRate = 101;
    report.preamble = "法".repeat(30_000);
    expect(draftReportSchema.safeParse(report).success).toBe(true);
    const { flags } = reviewOf(report);
    expect(messagesAt(flags, "figures.reconsiderationLitigation.courtAppearanceRate")).toEqual(["行政机关负责人出庭应诉率不能超过100%"]);
    expect(messagesAt(flags, "preamble")).toEqual(["导语不能超过20000个字符"]);
  });

  it("leaves a figure's own sense to its field, which checks it as typed, and keeps the cross-checks for the fields", () => {
    const report = laocheng();
    report.figures.reconsiderationLitigation.courtAppearanceRate = 101;
    report.figures.petitions.resolved = 40;
    const { fieldFlags } = reviewOf(report);
    expect(messagesAt(fieldFlags, "figures.reconsiderationLitigation.courtAppearanceRate")).toEqual([]);
    expect(messagesAt(fieldFlags, "figures.petitions.resolved")).toEqual([
      "交办信访事项已化解（40）与交办信访事项未化解（2）之和为42，与上级交办信访事项（41）不一致",
    ]);
  });

  it("does not flag approximate words, and notes the cross-check they kept from being exact", () => {
    const report = laocheng();
    report.figures.petitions.assigned = "40余";
    report.figures.enforcement.trainings = "约30";
    const review = reviewOf(report);
    expect(review.flags).toEqual([]);
    expect(messagesAt(review.skipped, "figures.petitions.assigned")).toEqual([
      "交办信访事项已化解（39）与交办信访事项未化解（2）之和与上级交办信访事项（40余）：含约数，未作精确核对",
    ]);
  });

  it("reports a missing required part at the path 报告结构 owns", () => {
    const report = laocheng();
    report.parts = report.parts.filter((p) => p.kind !== "problems");
    expect(messagesAt(reviewOf(report).final, "parts")).toEqual(["缺少“存在的不足和原因”部分（督察规定要求报告“存在的不足和原因”）"]);
  });
});

describe("reviewOf with the custom figures the city asks for", () => {
  const withMediation = (custom: Record<string, number | string | null>) => {
    const report = laocheng();
    report.figures.legalEducation.mediationCases = 1200;
    report.customFigures = custom;
    return report;
  };
  const SUM = "人民调解案件（1200）与行政调解案件（300）之和为1500，与化解矛盾纠纷（1400）不一致";

  it("refuses a sum that disagrees and a rate over 100, flags them on their fields and marks their topics 有问题", () => {
    const report = withMediation({ adminMediation: 300, disputes: 1400, businessComplaints: 101 });
    const review = reviewOf(report, CITY_CUSTOM_FIGURES);
    expect(messagesAt(review.final, "customFigures.disputes")).toEqual([SUM]);
    expect(messagesAt(review.flags, "customFigures.adminMediation")).toEqual([SUM]);
    expect(messagesAt(review.flags, "customFigures.businessComplaints")).toEqual(["涉企投诉办结率不能超过100%"]);
    // The catalogue figure the sum adds is flagged on its own field too.
    expect(messagesAt(review.fieldFlags, "figures.legalEducation.mediationCases")).toEqual([SUM]);
    const status = Object.fromEntries(outlineParts(report, CITY_CUSTOM_FIGURES).map((p) => [p.label, partStatus(report, p, review.final)]));
    expect(status["数据：普法与法律服务"]).toBe("problems");
    expect(status["数据：营商环境"]).toBe("problems");
    expect(status["数据：重大行政决策与法律顾问"]).toBe("empty");
  });

  it("takes 300余 in a sum without flagging it, and notes the check it kept from being exact", () => {
    const review = reviewOf(withMediation({ adminMediation: "300余", disputes: 1500 }), CITY_CUSTOM_FIGURES);
    expect(review.final).toEqual([]);
    expect(messagesAt(review.skipped, "customFigures.disputes")).toEqual([
      "人民调解案件（1200）与行政调解案件（300余）之和与化解矛盾纠纷（1500）：含约数，未作精确核对",
    ]);
  });

  it("sees nothing of the custom values without their definitions", () => {
    expect(reviewOf(withMediation({ adminMediation: 300, disputes: 1400 })).final).toEqual([]);
  });
});

describe("newPart", () => {
  it("makes an empty part of every kind, headed as the catalogue says for the report's year", () => {
    for (const kind of PART_KINDS) {
      const part = newPart(kind, 2024);
      expect(part.kind).toBe(kind);
      expect(part.id).toMatch(/^[\w-]{10}$/);
      if ("heading" in part) expect(part.heading).toBe(PART_CATALOGUE[kind].defaultHeading(2024));
      else expect(part).toEqual({ kind: "conclusion", id: part.id, text: "" });
    }
    expect(newPart("plans", 2024)).toMatchObject({ heading: "2025年工作安排", intro: "", items: [] });
    expect(newPart("measures", 2024).id).not.toBe(newPart("measures", 2024).id);
  });
});
