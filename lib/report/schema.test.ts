import { describe, expect, it } from "vitest";
import fixture from "./fixtures/laocheng-2020.json";
import { draftReportSchema, finalReportSchema, type Report } from "./schema";
import { parseReport, parseReportJson } from "./parse";
import type { Figures } from "./figures";

const clone = (): Report => structuredClone(finalReportSchema.parse(fixture));
const pathsOf = (data: unknown, mode: "draft" | "final") => {
  const r = parseReport(data, mode);
  return r.ok ? [] : r.issues.map((i) => i.path);
};
const messagesAt = (data: unknown, mode: "draft" | "final", path: string) => {
  const r = parseReport(data, mode);
  return r.ok ? [] : r.issues.filter((i) => i.path === path).map((i) => i.message);
};

describe("the Laocheng 2020 fixture", () => {
  it("passes the final schema", () => {
    expect(parseReport(fixture, "final")).toMatchObject({ ok: true });
  });

  it("holds every figure of the report as a number", () => {
    const f: Figures = clone().figures;
    expect(f.petitions.resolved).toBe(39);
    expect(f.petitions.backlogResolutionRate).toBe(41.6);
    expect(f.enforcement.recordsPublished).toBe(50846);
    expect(f.legalEducation.vicePrincipals).toBe(48);
  });
});

describe("draft schema", () => {
  it("accepts an empty object and fills every part", () => {
    const r = draftReportSchema.parse({});
    expect(r.measures).toEqual([]);
    expect(r.header.title).toBe("");
    expect(r.figures.petitions.assigned).toBeNull();
  });

  it("accepts a partial report with blank required parts", () => {
    expect(parseReport({ header: { title: "" }, measures: [{ heading: "一" }] }, "draft")).toMatchObject({ ok: true });
  });

  it("gives every list row its own id when none is given", () => {
    const r = draftReportSchema.parse({ measures: [{ items: [{}, {}] }] });
    const ids = r.measures[0]?.items.map((i) => i.id) ?? [];
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });

  it("still refuses malformed data, with Chinese messages and paths", () => {
    const r = parseReport({ header: { year: "2020" }, figures: { petitions: { resolved: -1 } } }, "draft");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toContainEqual({ path: "figures.petitions.resolved", message: "交办信访事项已化解不能为负数" });
    expect(r.issues.find((i) => i.path === "header.year")?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("refuses unknown keys, naming them", () => {
    const r = parseReport({ extra: 1, figures: { petitions: { made_up: 3 } } }, "draft");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["", "figures.petitions"]));
    expect(r.issues.map((i) => i.message).join()).toContain("made_up");
  });
});

describe("figures", () => {
  it("refuses negative and fractional counts", () => {
    const data = { figures: { enforcement: { trainings: -1, enforcementUnits: 2.5 } } };
    expect(messagesAt(data, "draft", "figures.enforcement.trainings")).toEqual(["行政执法业务培训不能为负数"]);
    expect(messagesAt(data, "draft", "figures.enforcement.enforcementUnits")).toEqual(["行政执法单位应为整数"]);
  });

  it("refuses rates over 100 and with more than two decimals", () => {
    const data = { figures: { petitions: { satisfactionRate: 100.5, participationRate: 98.321 } } };
    expect(messagesAt(data, "draft", "figures.petitions.satisfactionRate")).toEqual(["群众满意率不能超过100%"]);
    expect(messagesAt(data, "draft", "figures.petitions.participationRate")).toEqual(["群众参评率最多保留两位小数"]);
  });

  it("accepts the edges: 0, 100 and two decimals", () => {
    const data = { figures: { petitions: { satisfactionRate: 100, participationRate: 0, onlineShare: 70.89, letters: 0 } } };
    expect(parseReport(data, "draft")).toMatchObject({ ok: true });
  });

  it("refuses strings where numbers belong", () => {
    expect(pathsOf({ figures: { petitions: { letters: "52" } } }, "draft")).toEqual(["figures.petitions.letters"]);
  });
});

describe("final schema", () => {
  it("lists every missing part the regulation requires", () => {
    const paths = pathsOf({}, "final");
    expect(paths).toEqual(
      expect.arrayContaining([
        "header.title",
        "header.addressee",
        "header.signatory",
        "header.date",
        "preamble",
        "measures",
        "duty.intro",
        "problems.items",
        "plans.items",
        "closing",
      ]),
    );
  });

  it("requires each problem's description and cause", () => {
    const r = clone();
    r.problems.items[0]!.cause = "  ";
    expect(messagesAt(r, "final", "problems.items.0.cause")).toEqual(["请填写原因分析"]);
  });

  it("refuses a text longer than the limit", () => {
    const r = clone();
    r.preamble = "字".repeat(20_001);
    expect(messagesAt(r, "final", "preamble")).toEqual(["导语不能超过20000个字符"]);
    expect(messagesAt(r, "draft", "preamble")).toEqual(["导语不能超过20000个字符"]);
  });

  it("requires the signing date after the reported year", () => {
    const r = clone();
    r.header.date = "2020-12-31";
    expect(messagesAt(r, "final", "header.date")).toEqual(["成文日期应在2020年度结束之后"]);
  });

  it("refuses an impossible date", () => {
    const r = clone();
    r.header.date = "2021-02-30";
    expect(pathsOf(r, "final")).toContain("header.date");
  });

  it("requires a heading for a non-empty 其他需要报告的情况", () => {
    const r = clone();
    r.otherMatters.intro = "无。";
    expect(pathsOf(r, "final")).toEqual(["otherMatters.heading"]);
  });
});

describe("figure references", () => {
  it("refuses a reference to a figure that does not exist, in drafts too", () => {
    const r = clone();
    r.preamble += "{{petitions.nonexistent}}";
    expect(messagesAt(r, "draft", "preamble")).toEqual(["引用的数据“petitions.nonexistent”不存在"]);
  });

  it("requires a referenced figure to have a value in the final report only", () => {
    const r = clone();
    r.figures.reconsiderationLitigation.lawsuits = null;
    const path = "measures.2.items.7.body";
    expect(messagesAt(r, "final", path)).toEqual(["正文引用了“行政诉讼案件”，请先填写该数据"]);
    expect(parseReport(r, "draft")).toMatchObject({ ok: true });
  });
});

describe("JSON input", () => {
  it("turns a syntax error into an issue", () => {
    const r = parseReportJson("{ not json", "draft");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/^文件不是有效的 JSON/);
  });
});
