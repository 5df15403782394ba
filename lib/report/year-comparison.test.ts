import { describe, expect, it } from "vitest";
import { emptyReport } from "./defaults";
import type { CustomFigureDef } from "./custom-figures";
import { findFigure, type Figures } from "./figures";
import type { FigureValue } from "./figure-value";
import { compareYears, figureChange, formatChange, formatPercent, yearRange } from "./year-comparison";

function figures(values: Record<string, FigureValue | null>): Figures {
  const f = emptyReport().figures;
  for (const [id, value] of Object.entries(values)) {
    const entry = findFigure(id);
    if (!entry) throw new Error(id);
    const topic: Record<string, FigureValue | null> = f[entry.topic];
    topic[entry.key] = value;
  }
  return f;
}

const row = (c: ReturnType<typeof compareYears>, id: string) =>
  c.topics.flatMap((t) => t.rows).find((r) => r.figure.id === id);

const lawsuits = findFigure("reconsiderationLitigation.lawsuits")!;
const rate = findFigure("petitions.satisfactionRate")!;

describe("compareYears", () => {
  it("puts every figure of every topic in the catalogue's order, with one value per year", () => {
    const c = compareYears(
      [
        { year: 2019, figures: figures({ "reconsiderationLitigation.lawsuits": 60 }) },
        { year: 2020, figures: figures({ "reconsiderationLitigation.lawsuits": 77 }) },
      ],
      [2019, 2020],
    );
    expect(c.topics.map((t) => t.label)).toEqual(["领导重视与学法", "规范性文件与合法性审核", "重大行政决策与法律顾问", "行政执法", "行政复议与行政应诉", "信访", "普法与法律服务"]);
    expect(c.topics.find((t) => t.topic === "reconsiderationLitigation")?.rows.map((r) => r.figure.def.label).slice(-11)).toEqual([
      "代表政府复议答复案件",
      "行政诉讼案件",
      "一审行政诉讼案件",
      "二审行政诉讼案件",
      "审结行政诉讼案件",
      "行政诉讼败诉案件",
      "行政诉讼败诉率",
      "开庭审理的行政诉讼案件",
      "行政机关负责人出庭应诉",
      "行政机关负责人出庭应诉率",
      "行政赔偿申请",
    ]);
    expect(row(c, "reconsiderationLitigation.lawsuits")).toMatchObject({ values: [60, 77], change: { absolute: 17, percent: 28.33, direction: "up" } });
    expect(row(c, "petitions.letters")).toMatchObject({ values: [null, null], change: null });
  });

  it("marks years without a report and gives no change when the first or last year has no value", () => {
    const c = compareYears([{ year: 2020, figures: figures({ "reconsiderationLitigation.lawsuits": 77 }) }], yearRange(2019, 2021));
    expect(c.years).toEqual([2019, 2020, 2021]);
    expect(c.reported).toEqual([2020]);
    expect(row(c, "reconsiderationLitigation.lawsuits")).toMatchObject({ values: [null, 77, null], change: null });
  });

  it("compares the first year of a range with the last, whatever lies between", () => {
    const c = compareYears(
      [
        { year: 2018, figures: figures({ "petitions.letters": 40 }) },
        { year: 2019, figures: figures({ "petitions.letters": 90 }) },
        { year: 2020, figures: figures({ "petitions.letters": 30 }) },
      ],
      yearRange(2020, 2018),
    );
    expect(row(c, "petitions.letters")).toMatchObject({ values: [40, 90, 30], change: { absolute: -10, percent: -25, direction: "down" } });
  });

  it("has a single year and no change for a one-year range", () => {
    const c = compareYears([{ year: 2020, figures: figures({ "petitions.letters": 3 }) }], [2020]);
    expect(row(c, "petitions.letters")).toMatchObject({ values: [3], change: null });
  });
});

describe("compareYears with approximate values", () => {
  it("shows words as written, counts them apart, and computes no change from them", () => {
    const c = compareYears(
      [
        { year: 2019, figures: figures({ "leadership.cadresTrained": "400余", "petitions.letters": 40 }) },
        { year: 2020, figures: figures({ "leadership.cadresTrained": "500余", "petitions.letters": "约50" }) },
        { year: 2021, figures: figures({ "leadership.cadresTrained": 520, "petitions.letters": 45 }) },
      ],
      [2019, 2020, 2021],
    );
    expect(row(c, "leadership.cadresTrained")).toMatchObject({
      cells: [{ kind: "written", text: "400余" }, { kind: "written", text: "500余" }, { kind: "exact", value: 520 }],
      values: [null, null, 520],
      change: null,
      changeNotComputed: true,
    });
    // Only the middle year is approximate: first and last are exact, so the change stands.
    expect(row(c, "petitions.letters")).toMatchObject({ values: [40, null, 45], change: { absolute: 5 }, changeNotComputed: false });
    expect(c.topics.find((t) => t.topic === "leadership")?.writtenCells).toBe(2);
    expect(c.writtenCells).toBe(3);
  });
});

describe("compareYears with custom figures", () => {
  const custom = (id: string, topic: string, more: Partial<CustomFigureDef> = {}): CustomFigureDef => ({
    id,
    organizationId: "city",
    label: id,
    unit: "件",
    topic,
    kind: "count",
    sumOf: [],
    position: 0,
    ...more,
  });

  it("lists each after its catalogue topic's figures, or in a topic of its own after the catalogue's", () => {
    const defs = [custom("行政调解案件", "legalEducation"), custom("营商环境投诉", "营商环境"), custom("涉企检查", "营商环境", { unit: "次" })];
    const c = compareYears(
      [
        { year: 2020, figures: figures({}), customFigures: { 行政调解案件: 800, 营商环境投诉: "30余" } },
        { year: 2021, figures: figures({}), customFigures: { 行政调解案件: 1000, 涉企检查: 12, removed: 4 } },
      ],
      [2020, 2021],
      defs,
    );
    expect(c.topics.map((t) => t.label).slice(-2)).toEqual(["普法与法律服务", "营商环境"]);
    const education = c.topics.find((t) => t.topic === "legalEducation");
    expect(education?.rows.at(-1)).toMatchObject({ figure: { id: "行政调解案件", custom: true }, values: [800, 1000], change: { absolute: 200, percent: 25 } });
    expect(c.topics.at(-1)?.rows.map((r) => [r.figure.id, r.cells])).toEqual([
      ["营商环境投诉", [{ kind: "written", text: "30余" }, { kind: "none" }]],
      ["涉企检查", [{ kind: "none" }, { kind: "exact", value: 12 }]],
    ]);
    expect(c.topics.at(-1)?.writtenCells).toBe(1);
  });
});

describe("figureChange", () => {
  it("has no percentage from a zero base, but still the absolute change", () => {
    expect(figureChange(lawsuits, 0, 5)).toEqual({ absolute: 5, percent: null, direction: "up" });
    expect(figureChange(lawsuits, 0, 0)).toEqual({ absolute: 0, percent: null, direction: "same" });
    expect(figureChange(lawsuits, 5, 5)).toEqual({ absolute: 0, percent: 0, direction: "same" });
    expect(figureChange(lawsuits, null, 5)).toBeNull();
    expect(figureChange(lawsuits, 5, null)).toBeNull();
  });

  it("compares rates in percentage points, without binary noise and without a percentage", () => {
    expect(figureChange(rate, 96.1, 97.44)).toEqual({ absolute: 1.34, percent: null, direction: "up" });
    expect(formatChange({ absolute: 1.34, percent: null, direction: "up" }, rate)).toBe("+1.34个百分点");
    expect(formatChange({ absolute: -2.5, percent: null, direction: "down" }, rate)).toBe("−2.5个百分点");
  });

  it("formats counts with their unit and percentages with their sign", () => {
    expect(formatChange({ absolute: -3, percent: -25, direction: "down" }, lawsuits)).toBe("−3起");
    expect(formatChange({ absolute: 0, percent: 0, direction: "same" }, lawsuits)).toBe("0起");
    expect(formatPercent(28.33)).toBe("+28.33%");
    expect(formatPercent(-25)).toBe("−25%");
    expect(formatPercent(null)).toBe("—");
  });
});
