import { describe, expect, it } from "vitest";
import { partOf } from "./test-parts";
import fixture from "./fixtures/laocheng-2020.json";
import { compareReports, mergeReports } from "./compare";
import { finalReportSchema } from "./schema";

const laocheng = () => structuredClone(finalReportSchema.parse(fixture));

describe("compareReports", () => {
  it("finds nothing between equal versions", () => {
    expect(compareReports(laocheng(), laocheng())).toEqual([]);
  });

  it("lists each differing text and figure with both values", () => {
    const mine = laocheng();
    const theirs = laocheng();
    mine.preamble = "甲的导语";
    theirs.preamble = "乙的导语";
    theirs.figures.reconsiderationLitigation.lawsuits = 78;
    partOf(theirs, "measures").items[1]!.body = "乙改的正文";
    expect(compareReports(mine, theirs)).toEqual([
      { path: "preamble", label: "导语", mine: "甲的导语", theirs: "乙的导语", mergeable: true },
      { path: "parts.0.items.1.body", label: "一、（二）正文", mine: partOf(laocheng(), "measures").items[1]!.body, theirs: "乙改的正文", mergeable: true },
      { path: "figures.reconsiderationLitigation.lawsuits", label: "数据：行政诉讼案件", mine: 77, theirs: 78, mergeable: true },
    ]);
  });

  it("shows rows only one side has, and does not offer them field by field", () => {
    const mine = laocheng();
    const theirs = laocheng();
    partOf(theirs, "problems").items.push({ id: "new", heading: "新问题", description: "乙新增的问题", cause: "" });
    const diff = compareReports(mine, theirs);
    expect(diff.map((d) => [d.path, d.mine, d.theirs, d.mergeable])).toEqual([
      ["parts.4.items.5.heading", null, "新问题", false],
      ["parts.4.items.5.description", null, "乙新增的问题", false],
      ["parts.4.items.5.cause", null, "", false],
    ]);
  });
});

describe("mergeReports", () => {
  it("takes the chosen fields from theirs and keeps the rest of mine", () => {
    const mine = laocheng();
    const theirs = laocheng();
    mine.preamble = "甲的导语";
    mine.closing = "甲的结束语";
    theirs.preamble = "乙的导语";
    theirs.closing = "乙的结束语";
    theirs.figures.petitions.letters = 53;
    const merged = mergeReports(mine, theirs, ["closing", "figures.petitions.letters"]);
    expect([merged.preamble, merged.closing, merged.figures.petitions.letters]).toEqual(["甲的导语", "乙的结束语", 53]);
    expect(mine.closing).toBe("甲的结束语");
  });

  it("ignores paths that do not exist in mine", () => {
    const mine = laocheng();
    const merged = mergeReports(mine, laocheng(), ["problems.items.9.cause"]);
    expect(merged).toEqual(mine);
  });
});
