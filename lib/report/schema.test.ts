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

  it("holds every figure of the report as the report states it", () => {
    const f: Figures = clone().figures;
    // 全区500余名党员领导干部: approximate, kept in its own words.
    expect(f.leadership.cadresTrained).toBe("500余");
    expect(f.petitions.resolved).toBe(39);
    expect(f.petitions.backlogResolutionRate).toBe(41.6);
    expect(f.enforcement.recordsPublished).toBe(50846);
    expect(f.legalEducation.vicePrincipals).toBe(48);
  });
});

describe("draft schema", () => {
  it("accepts an empty object and fills every part", () => {
    const r = draftReportSchema.parse({});
    expect(r.parts).toEqual([]);
    expect(r.header.title).toBe("");
    expect(r.figures.petitions.assigned).toBeNull();
  });

  it("accepts a partial report with blank required parts", () => {
    expect(parseReport({ header: { title: "" }, parts: [{ kind: "measures", heading: "一" }] }, "draft")).toMatchObject({ ok: true });
  });

  it("gives every list row its own id when none is given", () => {
    const r = draftReportSchema.parse({ parts: [{ kind: "duty", items: [{}, {}] }] });
    const part = r.parts[0];
    const ids = part && part.kind === "duty" ? part.items.map((i) => i.id) : [];
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });

  it("saves whatever a person typed: a rate of 101, 约30, a negative count, 30,000 characters, a long heading, an emoji, a reference to no figure", () => {
    const r = clone();
    r.figures.petitions.satisfactionRate = 101;
    r.figures.enforcement.trainings = "约30";
    r.figures.enforcement.enforcementUnits = -1;
    r.preamble = "字".repeat(30_000);
    r.header.title = "标".repeat(300);
    r.closing = "特此报告。👍{{petitions.nonexistent}}";
    const saved = parseReport(r, "draft");
    expect(saved).toMatchObject({ ok: true });
    if (saved.ok) expect(saved.report).toEqual(r);
  });

  it("refuses only malformed data and sizes nobody types, with Chinese messages and paths", () => {
    const r = parseReport({ header: { year: "2020" }, preamble: "字".repeat(100_001), parts: [{ kind: "chapter" }] }, "draft");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["header.year", "preamble", "parts.0.kind"]));
    for (const issue of r.issues) expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
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
  it("refuses negative and fractional counts in the final report", () => {
    const r = clone();
    r.figures.enforcement.trainings = -1;
    r.figures.enforcement.enforcementUnits = 2.5;
    expect(messagesAt(r, "final", "figures.enforcement.trainings")).toEqual(["行政执法业务培训不能为负数"]);
    expect(messagesAt(r, "final", "figures.enforcement.enforcementUnits")).toEqual(["行政执法单位应为整数"]);
  });

  it("refuses rates over 100 and with more than two decimals in the final report", () => {
    const r = clone();
    r.figures.petitions.satisfactionRate = 100.5;
    r.figures.petitions.participationRate = 98.321;
    expect(messagesAt(r, "final", "figures.petitions.satisfactionRate")).toContain("群众满意率不能超过100%");
    expect(messagesAt(r, "final", "figures.petitions.participationRate")).toContain("群众参评率最多保留两位小数");
  });

  it("accepts the edges: 0, 100 and two decimals", () => {
    const r = clone();
    Object.assign(r.figures.petitions, { satisfactionRate: 100, participationRate: 0, onlineShare: 70.89, letters: 0 });
    expect(pathsOf(r, "final")).toEqual([]);
  });

  it("accepts approximate values as written, and refuses words that say no number", () => {
    const r = clone();
    r.figures.legalEducation.boards = "200多";
    r.figures.legalEducation.slogans = "近千";
    r.figures.legalEducation.newsItems = "约30";
    r.figures.enforcement.recordsPublished = "5.1万余";
    expect(pathsOf(r, "final")).toEqual([]);
    r.figures.legalEducation.articles = "若干";
    expect(messagesAt(r, "final", "figures.legalEducation.articles")).toEqual(["主流媒体发表稿件“若干”不是数字或约数，请填写如 500、500余、约30 的数值"]);
  });
});

describe("final schema", () => {
  it("names every missing content the regulation requires, and the header's missing fields", () => {
    const paths = pathsOf({}, "final");
    expect(paths).toEqual(expect.arrayContaining(["header.title", "header.addressee", "header.signatory", "header.date", "preamble", "parts", "closing"]));
    const missing = messagesAt({}, "final", "parts");
    expect(missing).toHaveLength(4);
    expect(missing).toContain("缺少“存在的不足和原因”部分（督察规定要求报告“存在的不足和原因”）");
    expect(missing.join()).toContain("下一年度推进法治政府建设的主要安排");
  });

  it("takes the parts in any order: the duty part first is as good as last", () => {
    const r = clone();
    const duty = r.parts.findIndex((p) => p.kind === "duty");
    const [part] = r.parts.splice(duty, 1);
    if (part) r.parts.unshift(part);
    expect(pathsOf(r, "final")).toEqual([]);
  });

  it("refuses an empty required part and a filled part without heading", () => {
    const r = clone();
    const plans = r.parts.findIndex((p) => p.kind === "plans");
    const part = r.parts[plans];
    if (part?.kind !== "plans") throw new Error("fixture has plans");
    part.heading = "";
    expect(messagesAt(r, "final", `parts.${plans}.heading`)).toEqual(["请填写“下一年度工作安排”部分的标题"]);
    part.intro = "";
    part.items = [];
    expect(messagesAt(r, "final", `parts.${plans}.items`)).toEqual(["“下一年度工作安排”部分还没有内容"]);
    expect(messagesAt(r, "final", "parts")).toEqual([]);
  });

  it("requires each problem's description and cause", () => {
    const r = clone();
    const i = r.parts.findIndex((p) => p.kind === "problems");
    const part = r.parts[i];
    if (part?.kind !== "problems") throw new Error("fixture has problems");
    part.items[0]!.cause = "  ";
    expect(messagesAt(r, "final", `parts.${i}.items.0.cause`)).toEqual(["请填写原因分析"]);
  });

  it("refuses a text longer than the limit, which a draft keeps", () => {
    const r = clone();
    r.preamble = "字".repeat(20_001);
    expect(messagesAt(r, "final", "preamble")).toEqual(["导语不能超过20000个字符"]);
    expect(parseReport(r, "draft")).toMatchObject({ ok: true });
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

  it("lets an empty optional part be, but wants a heading once it holds something", () => {
    const r = clone();
    r.parts.push({ kind: "otherMatters", id: "other", heading: "", intro: "", items: [] });
    expect(pathsOf(r, "final")).toEqual([]);
    const other = r.parts[r.parts.length - 1];
    if (other?.kind === "otherMatters") other.intro = "无。";
    expect(pathsOf(r, "final")).toEqual([`parts.${r.parts.length - 1}.heading`]);
  });
});

describe("emoji", () => {
  it("are saved in a draft and refused in the final report, on their field", () => {
    const r = clone();
    r.preamble += "群众点赞👍👍😀";
    expect(parseReport(r, "draft")).toMatchObject({ ok: true });
    expect(messagesAt(r, "final", "preamble")).toEqual(["含有表情符号“👍”“😀”，公文中不能使用"]);
    r.preamble = r.preamble.replace(/[👍😀]/gu, "");
    r.preamble += "※〇";
    expect(pathsOf(r, "final")).toEqual([]);
  });
});

describe("figure references", () => {
  it("refuses a reference to a figure that does not exist in the final report; a draft keeps it", () => {
    const r = clone();
    r.preamble += "{{petitions.nonexistent}}";
    expect(messagesAt(r, "final", "preamble")).toEqual(["引用了“信访”中一个已删除或不存在的数据项，请删除这处引用，或用“插入数据”重新引用"]);
    expect(parseReport(r, "draft")).toMatchObject({ ok: true });
  });

  it("requires a referenced figure to have a value in the final report only", () => {
    const r = clone();
    r.figures.reconsiderationLitigation.lawsuits = null;
    const path = "parts.2.items.7.body";
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
