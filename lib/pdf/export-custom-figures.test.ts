import { describe, expect, it } from "vitest";
import { CITY_CUSTOM_FIGURES } from "@/lib/report/fixtures/city-custom-figures";
import { exportReportPdf } from "./export";
import { laocheng } from "./testing/fixtures";

describe("the PDF's 草稿 decision with the custom figures that apply", () => {
  const report = laocheng();
  report.figures.legalEducation.mediationCases = 1200;

  it("marks a report whose custom figures fail their checks a draft, with the reasons 提交审核 gives", async () => {
    const result = await exportReportPdf({ ...report, customFigures: { adminMediation: 300, disputes: 1400 } }, { customFigures: CITY_CUSTOM_FIGURES });
    if (!result.ok) throw new Error("a draft must still export");
    expect(result.draft).toBe(true);
    expect(result.finalIssues.map((i) => i.path)).toEqual(["customFigures.disputes", "figures.legalEducation.mediationCases", "customFigures.adminMediation"]);
  });

  it("exports it clean once they add up", async () => {
    const result = await exportReportPdf({ ...report, customFigures: { adminMediation: 300, disputes: 1500 } }, { customFigures: CITY_CUSTOM_FIGURES });
    expect(result).toMatchObject({ ok: true, draft: false, finalIssues: [] });
  });
});
