import { describe, expect, it } from "vitest";
import {
  NEW_TOPIC,
  customFigureInputSchema,
  definitionIssues,
  parseSumOf,
  runCustomFigureChecks,
  type CustomFigureDef,
  type CustomFigureInput,
  type FigureValues,
} from "./custom-figures";
import { emptyReport } from "./defaults";
import { toReportIssues } from "./zod";

const def = (id: string, more: Partial<CustomFigureDef> = {}): CustomFigureDef => ({
  id,
  organizationId: "city",
  label: id,
  unit: "件",
  topic: "legalEducation",
  kind: "count",
  sumOf: [],
  position: 0,
  ...more,
});

/** The city's figures: 行政调解 and 矛盾纠纷化解 = 人民调解 (catalogue) + 行政调解. */
const administrativeMediation = def("adminMediation", { label: "行政调解案件" });
const disputesResolved = def("disputes", { label: "化解矛盾纠纷", sumOf: ["legalEducation.mediationCases", "adminMediation"] });
const coverage = def("coverage", { label: "村（社区）法律顾问覆盖率", kind: "rate", unit: "%" });
const definitions = [administrativeMediation, disputesResolved, coverage];

function values(custom: Record<string, number | string | null>, mediationCases: number | string | null = 4000): FigureValues {
  const figures = emptyReport().figures;
  figures.legalEducation.mediationCases = mediationCases;
  return { figures, customFigures: custom };
}

function parse(input: Record<string, unknown>) {
  const result = customFigureInputSchema.safeParse({ label: "行政调解案件", unit: "件", topic: "legalEducation", kind: "count", ...input });
  return result.success ? { ok: true as const, value: result.data } : { ok: false as const, issues: toReportIssues(result.error) };
}

const input = (more: Partial<CustomFigureInput> = {}): CustomFigureInput => ({ label: "新数据", unit: "件", topic: "legalEducation", kind: "count", sumOf: [], position: 0, ...more });

describe("the custom figure form's input", () => {
  it("takes a count with its unit and topic, and a rate whose unit is always %", () => {
    expect(parse({ position: "3" })).toEqual({ ok: true, value: { label: "行政调解案件", unit: "件", topic: "legalEducation", kind: "count", sumOf: [], position: 3 } });
    expect(parse({ label: "覆盖率", kind: "rate", unit: "" })).toMatchObject({ ok: true, value: { unit: "%", kind: "rate" } });
  });

  it("takes a topic of the organization's own, and a new topic named like a catalogue topic is that topic", () => {
    expect(parse({ topic: NEW_TOPIC, newTopic: "营商环境" })).toMatchObject({ ok: true, value: { topic: "营商环境" } });
    expect(parse({ topic: NEW_TOPIC, newTopic: "信访" })).toMatchObject({ ok: true, value: { topic: "petitions" } });
  });

  it("names the field of each problem, in Chinese, without throwing on nonsense", () => {
    expect(parse({ unit: "" })).toEqual({ ok: false, issues: [{ path: "unit", message: "请填写计量单位，如 件、人次、万元" }] });
    expect(parse({ topic: NEW_TOPIC })).toEqual({ ok: false, issues: [{ path: "newTopic", message: "请填写新主题的名称" }] });
    expect(parse({ label: " ", kind: "percent", position: "abc" })).toMatchObject({
      ok: false,
      issues: [
        { path: "label", message: "请填写数据项名称" },
        { path: "kind", message: "请选择数据类型" },
        { path: "position", message: "排序应为数字" },
      ],
    });
    expect(parse({ label: "", unit: "", topic: NEW_TOPIC })).toMatchObject({ ok: false, issues: [{ path: "label" }, { path: "unit" }, { path: "newTopic" }] });
    expect(parse({ label: "{{x}}" })).toMatchObject({ ok: false, issues: [{ path: "label" }] });
    expect(parse({ label: 12, sumOf: "a" }).ok).toBe(false);
  });

  it("keeps each figure of a sum once", () => {
    expect(parse({ sumOf: ["a", "b", "a"] })).toMatchObject({ ok: true, value: { sumOf: ["a", "b"] } });
  });
});

describe("definitionIssues", () => {
  it("accepts a sum of a catalogue figure and a custom one of the same kind", () => {
    expect(definitionIssues(input({ sumOf: ["legalEducation.mediationCases", "adminMediation"] }), definitions)).toEqual([]);
  });

  it("refuses a name the catalogue or another custom figure already has", () => {
    expect(definitionIssues(input({ label: "人民调解案件" }), definitions)).toEqual([{ path: "label", message: "数据目录中已有“人民调解案件”，无需自定义" }]);
    expect(definitionIssues(input({ label: "行政调解案件" }), definitions)).toEqual([{ path: "label", message: "已有名为“行政调解案件”的自定义数据项" }]);
    expect(definitionIssues({ ...input({ label: "行政调解案件" }), id: "adminMediation" }, definitions)).toEqual([]);
  });

  it("refuses sums that cannot be added up", () => {
    const sumOf = (ids: string[], more: Partial<CustomFigureInput> = {}) => definitionIssues(input({ sumOf: ids, ...more }), definitions).map((i) => i.message);
    expect(sumOf(["adminMediation", "petitions.letters"], { kind: "rate", unit: "%" })).toEqual(["比率类数据不能设为其他数据之和"]);
    expect(sumOf(["adminMediation"])).toEqual(["合计至少需要选择两项数据"]);
    expect(sumOf(["adminMediation", "nothing"])).toEqual(["合计中的数据“nothing”不存在"]);
    expect(sumOf(["adminMediation", "coverage"])).toEqual(["“村（社区）法律顾问覆盖率”是比率，不能计入合计"]);
    expect(sumOf(["adminMediation", "enforcement.fines"])).toEqual(["“罚没款”是金额（最多两位小数），与本数据项的类型不同，不能相加"]);
  });

  it("refuses a sum that includes the figure itself, directly or through another sum", () => {
    const edited = (sumOf: string[]) => definitionIssues({ ...input({ label: "行政调解案件", sumOf }), id: "adminMediation" }, definitions).map((i) => i.message);
    expect(edited(["adminMediation", "petitions.letters"])).toEqual(["不能把本数据项计入自己的合计"]);
    expect(edited(["disputes", "petitions.letters"])).toEqual(["“化解矛盾纠纷”的合计又包含本数据项，形成循环"]);
  });
});

describe("runCustomFigureChecks", () => {
  it("finds nothing wrong with sensible values that add up", () => {
    expect(runCustomFigureChecks(definitions, values({ adminMediation: 800, disputes: 4800, coverage: 100 }))).toEqual({ issues: [], skipped: [] });
  });

  it("flags values that make no sense for their kind, on their field", () => {
    const { issues } = runCustomFigureChecks(definitions, values({ adminMediation: 1.5, coverage: 120, disputes: "很多" }));
    expect(issues).toEqual([
      { path: "customFigures.adminMediation", message: "行政调解案件应为整数" },
      { path: "customFigures.disputes", message: "化解矛盾纠纷“很多”不是数字或约数，请填写如 500、500余、约30 的数值" },
      { path: "customFigures.coverage", message: "村（社区）法律顾问覆盖率不能超过100%" },
    ]);
  });

  it("refuses a sum that does not add up, on the custom and the catalogue fields", () => {
    const { issues } = runCustomFigureChecks(definitions, values({ adminMediation: 800, disputes: 4900 }));
    expect(issues.map((i) => i.path)).toEqual(["customFigures.disputes", "figures.legalEducation.mediationCases", "customFigures.adminMediation"]);
    expect(issues[0]?.message).toBe("人民调解案件（4000）与行政调解案件（800）之和为4800，与化解矛盾纠纷（4900）不一致");
  });

  it("bounds approximate values and says when it could not check exactly", () => {
    const unsure = runCustomFigureChecks(definitions, values({ adminMediation: "800余", disputes: 4900 }));
    expect(unsure.issues).toEqual([]);
    expect(unsure.skipped.map((i) => i.path)).toEqual(["customFigures.disputes", "figures.legalEducation.mediationCases", "customFigures.adminMediation"]);
    expect(unsure.skipped[0]?.message).toBe("人民调解案件（4000）与行政调解案件（800余）之和与化解矛盾纠纷（4900）：含约数，未作精确核对");
    expect(runCustomFigureChecks(definitions, values({ adminMediation: "800余", disputes: 4700 })).issues[0]?.message).toBe(
      "人民调解案件（4000）与行政调解案件（800余）之和与化解矛盾纠纷（4700）不一致（含约数，按约数可能的范围判断）",
    );
  });

  it("checks no sum while a part is empty or no longer defined, and ignores values of removed figures", () => {
    expect(runCustomFigureChecks(definitions, values({ disputes: 4900 })).issues).toEqual([]);
    expect(runCustomFigureChecks(definitions, values({ adminMediation: 800, disputes: 4900 }, null)).issues).toEqual([]);
    expect(runCustomFigureChecks([disputesResolved], values({ adminMediation: 800, disputes: 4900, removed: -5 })).issues).toEqual([]);
  });
});

describe("parseSumOf", () => {
  it("reads the stored list and reads anything else as no sum", () => {
    expect(parseSumOf('["petitions.letters","abc"]')).toEqual(["petitions.letters", "abc"]);
    expect(parseSumOf("not json")).toEqual([]);
    expect(parseSumOf('{"a":1}')).toEqual([]);
    expect(parseSumOf('["a",3]')).toEqual(["a"]);
  });
});
