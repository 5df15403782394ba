import { describe, expect, it } from "vitest";
import laocheng2020 from "./fixtures/laocheng-2020.json";
import { carryOver, shiftYears } from "./carry-over";
import { FIGURE_ENTRIES, figureValue } from "./figures";
import { resolveReferences } from "./references";
import { finalReportSchema, draftReportSchema, type Report } from "./schema";
import { indexOf, partOf } from "./test-parts";
import { textFields } from "./walk";

const last = finalReportSchema.parse(laocheng2020);

describe("carryOver", () => {
  it("keeps the author's order of parts even when the duty part comes first", () => {
    const reordered = structuredClone(last);
    const [duty] = reordered.parts.splice(indexOf(last, "duty"), 1);
    if (duty) reordered.parts.unshift(duty);
    const next = carryOver(reordered, { carryTexts: true });
    expect(next.parts.map((p) => p.kind)).toEqual(["duty", "measures", "measures", "measures", "problems", "plans"]);
    expect(next.carriedOver).toContain("parts.0.intro");
  });

  it("keeps the outline: every part, item and sub-item with its heading, years in headings moved on", () => {
    const next = carryOver(last, { carryTexts: false });
    expect(next.parts.map((p) => [p.kind, p.id])).toEqual(last.parts.map((p) => [p.kind, p.id]));
    const headings = (r: Report) => textFields(r).filter((f) => f.path.endsWith("heading") && !f.path.startsWith("header"));
    const plans = indexOf(last, "plans");
    expect(headings(next).filter((f) => !f.path.startsWith(`parts.${plans}.heading`))).toEqual(headings(last).filter((f) => !f.path.startsWith(`parts.${plans}.heading`)));
    expect(partOf(next, "measures", 2).items[7]?.heading).toBe("强化行政复议及行政应诉工作");
    expect(partOf(next, "measures", 2).items.map((i) => i.subItems.length)).toEqual(partOf(last, "measures", 2).items.map((i) => i.subItems.length));
    expect(partOf(last, "plans").heading).toBe("2021年工作打算");
    expect(partOf(next, "plans").heading).toBe("2022年工作打算");
    expect(partOf(next, "plans").items.map((i) => i.id)).toEqual(partOf(last, "plans").items.map((i) => i.id));
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
    expect(partOf(next, "measures").items.every((i) => i.body === "")).toBe(true);
    expect(partOf(next, "problems").items.every((p) => p.description === "" && p.cause === "")).toBe(true);
    expect(partOf(next, "duty").intro).toBe("");
    // Only headings, the closing and the header's standing data remain as text.
    const paths = textFields(next).map((f) => f.path);
    expect(paths.filter((p) => /(body|intro|description|cause|preamble)$/.test(p))).toEqual([]);
  });

  it("copies the texts when asked and lists exactly the copied paths, in reading order", () => {
    const next = carryOver(last, { carryTexts: true });
    const texts = textFields(last).filter((f) => /(^preamble|\.body|\.intro|\.description|\.cause)$/.test(f.path));
    expect(next.carriedOver).toEqual(texts.map((f) => f.path));
    expect(next.carriedOver).toContain("preamble");
    expect(next.carriedOver).toContain("parts.2.items.7.body");
    expect(next.carriedOver).toContain(`parts.${indexOf(last, "problems")}.items.0.cause`);
    expect(next.carriedOver).toContain(`parts.${indexOf(last, "duty")}.intro`);
    const byPath = new Map(textFields(next).map((f) => [f.path, f.text]));
    for (const f of texts) expect(byPath.get(f.path)).toBe(f.text);
    // Headings are structure and never marked.
    expect(next.carriedOver.some((p) => p.endsWith("heading"))).toBe(false);
  });

  it("takes no figure from last year: all null, and carried texts print gaps instead of last year's numbers", () => {
    expect(figureValue(last.figures, "reconsiderationLitigation.lawsuits")).toBe(77);
    const next = carryOver(last, { carryTexts: true });
    expect(FIGURE_ENTRIES.every((e) => figureValue(next.figures, e.id) === null)).toBe(true);
    const body = partOf(next, "measures", 2).items[7]?.body ?? "";
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
