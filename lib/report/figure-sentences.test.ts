import { describe, expect, it } from "vitest";
import { emptyReport } from "./defaults";
import { statedFigure } from "./figure-sentences";

describe("the sentences that state a figure", () => {
  it("finds the sentence citing the figure and marks its value", () => {
    const report = emptyReport();
    report.figures.petitions.letters = 77;
    report.preamble = "全年工作平稳。共受理群众来信{{petitions.letters}}件，均已办结；其他工作正常。";
    const found = statedFigure(report, "petitions.letters", []);
    expect(found?.value).toBe("77");
    expect(found?.sentences.map((s) => s.sentence)).toEqual(["共受理群众来信77件，均已办结；"]);
    const s = found?.sentences[0];
    expect(s && s.mark && s.sentence.slice(s.mark.start, s.mark.end)).toBe("77");
  });
  it("falls back to the value written before its unit in plain prose", () => {
    const report = emptyReport();
    report.figures.petitions.letters = 51;
    report.preamble = "办理群众来信51件。另有51人参加培训。";
    expect(statedFigure(report, "petitions.letters", [])?.sentences.map((s) => s.sentence)).toEqual(["办理群众来信51件。"]);
  });
  it("knows nothing of an id outside the catalogue and the custom figures", () => {
    expect(statedFigure(emptyReport(), "nonsense.id", [])).toBeNull();
  });
});
