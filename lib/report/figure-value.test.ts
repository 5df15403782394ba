import { describe, expect, it } from "vitest";
import { exactNumber, figureInput, formatFigureValue, readFigureValue } from "./figure-value";

describe("readFigureValue", () => {
  it("reads the approximate values reports write, with what they bound", () => {
    expect(readFigureValue("500余")).toEqual({ kind: "approximate", text: "500余", base: 500, lower: 500, upper: null });
    expect(readFigureValue("20多", "次")).toMatchObject({ base: 20, lower: 20, upper: null });
    expect(readFigureValue("近千")).toMatchObject({ base: 1000, lower: null, upper: 1000 });
    expect(readFigureValue("约30")).toMatchObject({ base: 30, lower: null, upper: null });
    expect(readFigureValue("1.2万余", "条")).toMatchObject({ base: 12_000, lower: 12_000 });
    expect(readFigureValue("1.2万")).toMatchObject({ kind: "approximate", base: 12_000, lower: null, upper: null });
    expect(readFigureValue("100余名", "名")).toMatchObject({ base: 100, lower: 100 });
    expect(readFigureValue("２８００余")).toMatchObject({ base: 2800 });
  });

  it("reads exact values given as text, and 零 as 0", () => {
    expect(readFigureValue("零")).toEqual({ kind: "exact", value: 0 });
    expect(readFigureValue(15)).toEqual({ kind: "exact", value: 15 });
    expect(readFigureValue("97.44%", "%")).toEqual({ kind: "exact", value: 97.44 });
  });

  it("says when words name no number", () => {
    expect(readFigureValue("若干")).toEqual({ kind: "unreadable", text: "若干" });
    expect(readFigureValue("很多")).toMatchObject({ kind: "unreadable" });
  });
});

describe("figureInput", () => {
  it("stores a plain number as a number, whatever its form", () => {
    expect(figureInput("50,846")).toBe(50846);
    expect(figureInput("７７起", "起")).toBe(77);
    expect(figureInput("97.44%", "%")).toBe(97.44);
    expect(figureInput("  ")).toBeNull();
  });

  it("stores anything else exactly as typed", () => {
    expect(figureInput("500余")).toBe("500余");
    expect(figureInput(" 约30 ")).toBe("约30");
    expect(figureInput("若干")).toBe("若干");
  });
});

describe("printing and arithmetic", () => {
  it("prints approximate values as written and numbers as offices write them", () => {
    expect(formatFigureValue("500余")).toBe("500余");
    expect(formatFigureValue(41.6)).toBe("41.6");
  });

  it("does arithmetic only with exact values", () => {
    expect(exactNumber(39)).toBe(39);
    expect(exactNumber("500余")).toBeNull();
    expect(exactNumber("零")).toBe(0);
    expect(exactNumber(null)).toBeNull();
  });
});
