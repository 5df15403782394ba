import { describe, expect, it } from "vitest";
import fixture from "@/lib/report/fixtures/laocheng-2020.json";
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
