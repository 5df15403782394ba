import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fixture from "@/lib/report/fixtures/laocheng-2020.json";
import { figureValue } from "@/lib/report/figures";
import { findReferences, resolveReferences } from "@/lib/report/references";
import { onPart, type PartMap } from "@/lib/report/part-map";
import { draftReportSchema, finalReportSchema, type Item, type Report } from "@/lib/report/schema";
import { reportText } from "@/lib/report/text";
import { textFields } from "@/lib/report/walk";
import { applyProposals } from "./apply-proposals";
import { importReportText } from "./import-text";
import { lostText, partOf } from "./test-helpers";

const SEED = readFileSync(new URL("../../../shared/seeds/001_efeafa978d3d8b2d.txt", import.meta.url), "utf8");
const expected = finalReportSchema.parse(fixture);
// The web copy prints neither the organ's name nor the title; the user gives the name on import.
const OPTIONS = { organizationName: "洛阳市老城区人民政府", organizationShortName: "老城区" };

function imported() {
  const result = importReportText(SEED, OPTIONS);
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** A report's content as a reader sees it: no ids, figure references resolved to their values. */
function content(report: Report) {
  const r = (text: string) => resolveReferences(text, report.figures);
  const items = (list: readonly Item[]) => list.map((it) => ({ heading: r(it.heading), body: r(it.body), subItems: it.subItems.length }));
  const section = (s: { heading: string; intro: string; items: readonly Item[] }) => ({ heading: r(s.heading), intro: r(s.intro), items: items(s.items) });
  const PART: PartMap<object> = {
    measures: section,
    duty: section,
    plans: section,
    otherMatters: section,
    problems: (p) => ({
      heading: p.heading,
      intro: p.intro,
      items: p.items.map((it) => ({ heading: it.heading, description: r(it.description), cause: r(it.cause) })),
    }),
    conclusion: (c) => ({ text: r(c.text) }),
  };
  return {
    preamble: r(report.preamble),
    parts: report.parts.map((part) => ({ kind: part.kind, ...onPart(PART, part) })),
    closing: report.closing,
    attachments: report.attachments,
  };
}

describe("importing the Laocheng 2020 report as published on the web", () => {
  it("recognises the header: publication data, 文号, addressee, year, date", () => {
    const { report } = imported();
    expect(report.header).toEqual(expected.header);
    expect(report.header.publication).toEqual({ indexNumber: "C001-0014-2021-0002", disclosure: "主动公开", publishedOn: "2021-02-25" });
    expect(report.header.date).toBe("2021-02-24");
    expect(report.header.year).toBe(2020);
  });

  it("puts every paragraph into the same part, item and order as the hand-made fixture", () => {
    const { report } = imported();
    const got = content(report);
    const want = content(expected);
    expect(got.preamble).toBe(want.preamble);
    expect(report.parts.map((p) => p.kind)).toEqual(["measures", "measures", "measures", "duty", "problems", "plans"]);
    expect(got.parts.slice(0, 3).map((p) => ("heading" in p ? p.heading : ""))).toEqual([
      "高度重视，深入推进全面依法治区",
      "强化规范性文件管理，严格规范行政执法",
      "突出重点细化任务，全力推进法治政府建设",
    ]);
    got.parts.forEach((part, i) => expect(part, `part ${i}`).toEqual(want.parts[i]));
    expect(got).toEqual(want);
  });

  it("keeps each problem's cause apart from its description", () => {
    const problems = partOf(imported().report, "problems");
    expect(problems.items).toHaveLength(5);
    const first = problems.items[0];
    expect(first?.heading).toBe("行政执法规范化水平有待提升");
    expect(first?.description).toMatch(/^部分执法单位.*等问题。$/);
    expect(first?.cause).toBe("基层执法力量薄弱、执法人员配备不平衡，执法能力与执法现实环境不够适应。");
    expect(problems.items.every((p) => p.cause !== "" && !p.description.includes("原因分析"))).toBe(true);
  });

  it("takes no concluding paragraph out of the last plan, whose text is its own", () => {
    const { report } = imported();
    expect(report.parts.some((p) => p.kind === "conclusion")).toBe(false);
    expect(partOf(report, "plans").items.at(-1)?.body).toMatch(/^一是制定预警排查机制。.*限期办理。$/);
  });

  it("prints exactly the same text as the fixture", () => {
    expect(reportText(imported().report)).toBe(reportText(expected));
  });

  it("loses no line of the source and keeps them in order", () => {
    const { report, unrecognised } = imported();
    expect(unrecognised).toEqual([]);
    expect(lostText(SEED, report, unrecognised)).toEqual({ missing: [], outOfOrder: [] });
  });

  it("returns a valid draft and says what it filled in itself", () => {
    const result = imported();
    expect(draftReportSchema.safeParse(result.report).success).toBe(true);
    expect(result.warnings).toContain("原文没有标题，已按单位名称和年度生成，请核对");
    expect(result.warnings.some((w) => w.includes("未找到"))).toBe(false);
  });

  it("leaves the numbers in the prose until the user accepts the proposals", () => {
    const { report } = imported();
    expect(textFields(report).flatMap((f) => findReferences(f.text))).toEqual([]);
    expect(Object.values(report.figures).flatMap((t) => Object.values(t)).every((v) => v === null)).toBe(true);
  });
});

describe("figure proposals for the Laocheng report", () => {
  it("finds every figure the fixture holds, each from its own sentence", () => {
    const { proposals } = imported();
    const found = new Set<string>(proposals.map((p) => p.figureId));
    const want = textFields(expected)
      .flatMap((f) => findReferences(f.text).map((r) => r.id))
      .concat("petitions.closedOnTimeRate"); // stated once for two rates: 及时受理率、按期办结率均为100%
    expect([...new Set(want)].filter((id) => !found.has(id))).toEqual([]);
    const lawsuits = proposals.find((p) => p.figureId === "reconsiderationLitigation.lawsuits");
    expect(lawsuits).toMatchObject({ value: 77, raw: "77", confidence: "high" });
    // "全区500余名党员领导干部" states the figure as approximate: proposed as written.
    expect(proposals.find((p) => p.figureId === "leadership.cadresTrained")).toMatchObject({ value: "500余", raw: "500余" });
    expect(lawsuits?.sentence).toContain("共接收行政诉讼案件77起");
    expect(proposals.find((p) => p.figureId === "petitions.backlogResolutionRate")).toMatchObject({ value: 41.6, confidence: "high" });
    expect(proposals.find((p) => p.figureId === "enforcement.recordsPublished")).toMatchObject({ value: 50846, confidence: "high" });
    // One proposal per figure here: no number in the report is claimed twice or contradicted.
    expect(proposals.filter((p) => p.confidence === "low")).toEqual([]);
  });

  it("once accepted, gives the fixture's figures and its references, and passes the final checks", () => {
    const { report, proposals } = imported();
    const accepted = applyProposals(report, proposals);
    expect(accepted.figures).toEqual(expected.figures);
    expect(textFields(accepted)).toEqual(textFields(expected));
    expect(reportText(accepted)).toBe(reportText(expected));
    expect(finalReportSchema.safeParse(accepted).success).toBe(true);
  });

  it("proposes with high confidence only values that are right", () => {
    const { report, proposals } = imported();
    const high = proposals.filter((p) => p.confidence === "high");
    expect(high.length).toBeGreaterThanOrEqual(40);
    for (const p of high) expect(figureValue(expected.figures, p.figureId), p.figureId).toBe(p.value);
    expect(reportText(applyProposals(report, high))).toBe(reportText(expected));
  });
});
