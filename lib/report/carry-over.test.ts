import { describe, expect, it } from "vitest";
import laocheng2020 from "./fixtures/laocheng-2020.json";
import { carryOver, shiftYears } from "./carry-over";
import { FIGURE_ENTRIES, figureValue } from "./figures";
import { resolveReferences } from "./references";
import { finalReportSchema, draftReportSchema } from "./schema";
import { textFields } from "./walk";

const last = finalReportSchema.parse(laocheng2020);

describe("carryOver", () => {
  it("keeps the outline: every part, item and sub-item with its heading, years in headings moved on", () => {
    const next = carryOver(last, { carryTexts: false });
    expect(next.measures.map((s) => s.heading)).toEqual(last.measures.map((s) => s.heading));
    expect(next.measures.map((s) => s.items.map((i) => i.heading))).toEqual(last.measures.map((s) => s.items.map((i) => i.heading)));
    expect(next.measures.map((s) => s.items.map((i) => i.subItems.length))).toEqual(last.measures.map((s) => s.items.map((i) => i.subItems.length)));
    expect(next.measures[2]?.items[7]?.heading).toBe("强化行政复议及行政应诉工作");
    expect(next.duty.items.map((i) => i.heading)).toEqual(last.duty.items.map((i) => i.heading));
    expect(next.problems.heading).toBe(last.problems.heading);
    expect(next.problems.items.map((p) => p.heading)).toEqual(last.problems.items.map((p) => p.heading));
    expect(last.plans.heading).toBe("2021年工作打算");
    expect(next.plans.heading).toBe("2022年工作打算");
    expect(next.plans.items.map((i) => i.id)).toEqual(last.plans.items.map((i) => i.id));
    expect(next.closing).toBe("特此报告。");
  });

  it("starts the header anew for the next year: new title, same addressee and signatory, no date or number", () => {
    const { header } = carryOver(last, { carryTexts: true });
    expect(header).toMatchObject({
      organizationName: "洛阳市老城区人民政府",
      organizationShortName: "老城区",
      year: 2021,
      title: "洛阳市老城区人民政府关于2021年度法治政府建设工作情况的报告",
      addressee: "洛阳市人民政府",
      signatory: "洛阳市老城区人民政府",
      date: "",
      documentNumber: "",
      publication: { indexNumber: "", disclosure: "主动公开", publishedOn: "" },
    });
  });

  it("leaves every text empty when texts are not carried, and marks nothing", () => {
    const next = carryOver(last, { carryTexts: false });
    expect(next.carriedOver).toEqual([]);
    expect(next.preamble).toBe("");
    expect(next.measures.flatMap((s) => [s.intro, ...s.items.map((i) => i.body)]).every((t) => t === "")).toBe(true);
    expect(next.problems.items.every((p) => p.description === "" && p.cause === "")).toBe(true);
    expect(next.duty.intro).toBe("");
    // Only headings, the closing and the header's standing data remain as text.
    const paths = textFields(next).map((f) => f.path);
    expect(paths.filter((p) => /(body|intro|description|cause|preamble)$/.test(p))).toEqual([]);
  });

  it("copies the texts when asked and lists exactly the copied paths, in reading order", () => {
    const next = carryOver(last, { carryTexts: true });
    const texts = textFields(last).filter((f) => /(^preamble|\.body|\.intro|\.description|\.cause)$/.test(f.path));
    expect(next.carriedOver).toEqual(texts.map((f) => f.path));
    expect(next.carriedOver).toContain("preamble");
    expect(next.carriedOver).toContain("measures.2.items.7.body");
    expect(next.carriedOver).toContain("problems.items.0.cause");
    expect(next.carriedOver).toContain("duty.intro");
    const byPath = new Map(textFields(next).map((f) => [f.path, f.text]));
    for (const f of texts) expect(byPath.get(f.path)).toBe(f.text);
    // Headings are structure and never marked.
    expect(next.carriedOver.some((p) => p.endsWith("heading"))).toBe(false);
  });

  it("takes no figure from last year: all null, and carried texts print gaps instead of last year's numbers", () => {
    expect(figureValue(last.figures, "reconsiderationLitigation.lawsuits")).toBe(77);
    const next = carryOver(last, { carryTexts: true });
    expect(FIGURE_ENTRIES.every((e) => figureValue(next.figures, e.id) === null)).toBe(true);
    const body = next.measures[2]?.items[7]?.body ?? "";
    expect(body).toContain("{{reconsiderationLitigation.lawsuits}}");
    const printed = resolveReferences(body, next.figures);
    expect(printed).toContain("【待填：行政诉讼案件】");
    expect(printed).not.toContain("77起");
  });

  it("produces a valid draft and does not touch the report it started from", () => {
    const before = JSON.stringify(last);
    const next = carryOver(last, { carryTexts: true });
    expect(draftReportSchema.safeParse(next).success).toBe(true);
    expect(JSON.stringify(last)).toBe(before);
    expect(next.attachments).toEqual([]);
  });

  it("refuses a report without a year", () => {
    expect(() => carryOver(draftReportSchema.parse({}), { carryTexts: true })).toThrow();
  });
});

describe("shiftYears", () => {
  it("moves the report year and its neighbours on by one, and leaves older years and other numbers", () => {
    expect(shiftYears("2021年工作打算", 2020)).toBe("2022年工作打算");
    expect(shiftYears("2020年以来工作情况", 2020)).toBe("2021年以来工作情况");
    expect(shiftYears("2015年以来", 2020)).toBe("2015年以来");
    expect(shiftYears("办理20200件", 2020)).toBe("办理20200件");
    expect(shiftYears("第2020号", 2020)).toBe("第2020号");
  });
});
