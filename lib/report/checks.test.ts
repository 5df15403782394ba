import { describe, expect, it } from "vitest";
import fixture from "./fixtures/laocheng-2020.json";
import { checkFigures } from "./checks";
import { finalReportSchema } from "./schema";
import { parseReport } from "./parse";

const figures = () => structuredClone(finalReportSchema.parse(fixture).figures);

describe("cross-checks", () => {
  it("find nothing wrong with the Laocheng figures", () => {
    expect(checkFigures(figures())).toEqual([]);
  });

  it("name all three fields when resolved + unresolved ≠ assigned", () => {
    const f = figures();
    f.petitions.resolved = 40;
    const issues = checkFigures(f);
    expect(issues.map((i) => i.path)).toEqual([
      "figures.petitions.assigned",
      "figures.petitions.resolved",
      "figures.petitions.unresolved",
    ]);
    expect(issues[0]?.message).toBe("交办信访事项已化解（40）与交办信访事项未化解（2）之和为42，与上级交办信访事项（41）不一致");
  });

  it("check online complaints: closed on time + in progress = total", () => {
    const f = figures();
    f.petitions.onlineInProgress = 12;
    expect(checkFigures(f).map((i) => i.path)).toContain("figures.petitions.onlineComplaints");
  });

  it("accept a rate equal to its counts within the rounding it was written with", () => {
    const f = figures();
    for (const stated of [41.6, 41.56, 42]) {
      f.petitions.backlogResolutionRate = stated;
      expect(checkFigures(f)).toEqual([]);
    }
  });

  it("refuse a rate that does not match its counts", () => {
    const f = figures();
    f.petitions.backlogResolutionRate = 41.7;
    const issues = checkFigures(f);
    expect(issues.map((i) => i.path)).toEqual([
      "figures.petitions.backlogResolutionRate",
      "figures.petitions.backlogResolved",
      "figures.petitions.backlogCases",
    ]);
    expect(issues[0]?.message).toContain("41.56%");
  });

  it("refuse a part larger than its whole", () => {
    const f = figures();
    f.legalEducation.schoolEvents = 2000;
    expect(checkFigures(f).map((i) => i.path)).toEqual(["figures.legalEducation.schoolEvents", "figures.legalEducation.events"]);
  });

  it("skip a rule while any of its figures is empty", () => {
    const f = figures();
    f.petitions.assigned = null;
    f.petitions.resolved = 1000;
    expect(checkFigures(f).filter((i) => i.path.startsWith("figures.petitions.a"))).toEqual([]);
  });

  it("make the final schema fail but leave a draft saveable", () => {
    const data = structuredClone(fixture);
    data.figures.petitions.resolved = 40;
    expect(parseReport(data, "final").ok).toBe(false);
    expect(parseReport(data, "draft").ok).toBe(true);
  });
});
