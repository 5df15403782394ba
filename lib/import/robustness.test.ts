import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { draftReportSchema } from "@/lib/report/schema";
import { reportText } from "@/lib/report/text";
import { importReportFile } from "./import-file";
import { importReportText, UNRECOGNISED_HEADING } from "./import-text";
import { IMPORT_MESSAGES } from "./messages";
import { lostText, partOf, partsOf } from "./test-helpers";

const SEEDS = new URL("../../../shared/seeds/", import.meta.url);
const seed = (name: string) => readFileSync(new URL(name, SEEDS), "utf8");
const LAOCHENG = seed("001_efeafa978d3d8b2d.txt");

function ok(result: ReturnType<typeof importReportText>) {
  if (!result.ok) throw new Error(result.message);
  expect(draftReportSchema.safeParse(result.report).success).toBe(true);
  return result;
}

describe("large and hostile input", () => {
  it("imports a 5 MB report quickly", () => {
    // 40 parts of 150 items, each a paragraph with figures: as large as a draft may be, ~1.7 million characters.
    const item = (i: number) =>
      `(${"一二三四五六七八九十"[i % 10]})加强行政复议工作。共接收行政诉讼案件77起,接收行政复议案件9起,` +
      "积极完善行政复议体制和工作机制,按照司法部的规定在线上办理复议案件,提高办案质量,增强案件审理的权威性和公信力,".repeat(5);
    const part = (p: number) => [`${"一二三四五六七八九十"[p % 10]}、强化规范性文件管理,严格规范行政执法`, ...Array.from({ length: 150 }, (_, i) => item(i))];
    const text = ["洛阳市人民政府:", "现将2020年度法治政府建设工作报告如下:", ...Array.from({ length: 40 }, (_, p) => part(p)).flat(), "特此报告。", "2021年2月24日"].join("\n");
    expect(Buffer.byteLength(text)).toBeGreaterThan(5_000_000);

    const started = performance.now();
    const result = ok(importReportText(text));
    const elapsed = performance.now() - started;
    expect(partsOf(result.report, "measures")).toHaveLength(40);
    expect(result.report.parts.every((p) => p.kind === "measures" && p.items.length === 150)).toBe(true);
    expect(result.proposals.filter((p) => p.figureId === "reconsiderationLitigation.lawsuits")).toHaveLength(6000);
    expect(elapsed).toBeLessThan(15_000);
  });

  it("refuses 5 MB of repeated reports, more than one report can hold, without hanging", async () => {
    const copies = Math.ceil(5_000_000 / Buffer.byteLength(LAOCHENG));
    const bytes = new TextEncoder().encode(Array.from({ length: copies }, () => LAOCHENG).join("\n"));
    const started = performance.now();
    const result = await importReportFile(bytes, "many.txt");
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(IMPORT_MESSAGES.tooLarge);
  });

  it("stays linear on one 3 MB line full of brackets, digits, colons and spaces", () => {
    const line = "（一" + "(1)2,0:“《（".repeat(100_000) + " ".repeat(200_000) + "1，000，".repeat(100_000);
    const started = performance.now();
    const result = importReportText(`汉字\n${line}`);
    expect(performance.now() - started).toBeLessThan(15_000);
    // One paragraph longer than any text field: refused with a message, not a crash or a hang.
    expect(result).toMatchObject({ ok: false });
  });
});

describe("documents that are not shaped like the Laocheng report", () => {
  it("imports a text with no headings at all into the preamble, losing nothing", () => {
    const text = "今年以来，我局认真贯彻落实法治政府建设各项要求。\n全年办理行政复议案件9起，行政诉讼案件77起。\n下一步，我们将继续努力。";
    const result = ok(importReportText(text));
    expect(result.report.preamble).toBe(text);
    expect(result.report.parts).toEqual([]);
    expect(result.warnings.some((w) => w.includes("没有“一、”“（一）”等标题"))).toBe(true);
    expect(lostText(text, result.report, result.unrecognised)).toEqual({ missing: [], outOfOrder: [] });
    expect(result.proposals.map((p) => [p.figureId, p.value])).toEqual([
      ["reconsiderationLitigation.reconsiderationCases", 9],
      ["reconsiderationLitigation.lawsuits", 77],
    ]);
  });

  it("reads headings with ASCII brackets on their own line, their bodies on the following lines", () => {
    const text = [
      "某区司法局关于2023年度法治政府建设情况的报告",
      "区委、区人大常委会:",
      "现将我局2023年度法治政府建设情况报告如下:",
      "一. 主要举措和成效",
      "(一) 加强组织领导",
      "成立领导小组,召开专题会议3次。",
      "调整充实工作力量。",
      "1. 健全制度",
      "制定制度5项。",
      "(1)学法制度",
      "每季度集体学法1次。",
      "(二)推进依法决策",
      "二, 存在的不足和原因",
      "(一)执法力量不足",
      "基层执法人员偏少。",
      "原因分析: 编制有限。",
      "三、2024年工作安排",
      "(一)加强队伍建设",
      "特此报告。",
      "某区司法局",
      "2024年1月20日",
    ].join("\n");
    const { report, warnings, unrecognised } = ok(importReportText(text));
    expect(report.header).toMatchObject({
      title: "某区司法局关于2023年度法治政府建设情况的报告",
      addressee: "区委、区人大常委会",
      year: 2023,
      signatory: "某区司法局",
      organizationName: "某区司法局",
      date: "2024-01-20",
    });
    expect(report.preamble).toBe("现将我局2023年度法治政府建设情况报告如下：");
    expect(report.parts.map((p) => p.kind)).toEqual(["measures", "problems", "plans"]);
    const measures = partOf(report, "measures");
    expect(measures.heading).toBe("主要举措和成效");
    expect(measures.items.map((i) => [i.heading, i.body])).toEqual([
      ["加强组织领导", "成立领导小组，召开专题会议3次。\n调整充实工作力量。"],
      ["推进依法决策", ""],
    ]);
    const sub = measures.items[0]?.subItems[0];
    expect([sub?.heading, sub?.body]).toEqual(["健全制度", "制定制度5项。"]);
    expect(sub?.subItems.map((l) => [l.heading, l.body])).toEqual([["学法制度", "每季度集体学法1次。"]]);
    expect(partOf(report, "problems").items).toEqual([
      expect.objectContaining({ heading: "执法力量不足", description: "基层执法人员偏少。", cause: "编制有限。" }),
    ]);
    expect(partOf(report, "plans").heading).toBe("2024年工作安排");
    expect(partOf(report, "plans").items.map((i) => i.heading)).toEqual(["加强队伍建设"]);
    expect(report.closing).toBe("特此报告。");
    expect(unrecognised).toEqual([]);
    expect(warnings).toContain("未找到“第一责任人职责”部分");
    expect(lostText(text, report).missing).toEqual([]);
  });

  it("keeps unplaceable lines in a marked part and lists them", () => {
    const text = [
      "当前位置：首页 > 政务公开",
      "洛阳市人民政府:",
      "现将2020年度法治政府建设工作报告如下:",
      "一、高度重视",
      "(一)加强领导。召开会议2次。",
      "特此报告。",
      "2021年2月24日",
      "(责编:张三)",
    ].join("\n");
    const { report, unrecognised } = ok(importReportText(text));
    expect(unrecognised.map((u) => [u.line, u.text])).toEqual([
      [1, "当前位置：首页 > 政务公开"],
      [8, "（责编：张三）"],
    ]);
    expect(partOf(report, "otherMatters")).toMatchObject({ heading: UNRECOGNISED_HEADING, intro: "当前位置：首页 > 政务公开\n（责编：张三）" });
    // Printed where the reader will see it, as the last numbered part.
    expect(reportText(report)).toMatch(new RegExp(`\n[一二三四五六七八九十]、${UNRECOGNISED_HEADING}\n当前位置`));
    expect(lostText(text, report, unrecognised)).toEqual({ missing: [], outOfOrder: [] });
  });

  it("tells the five parts apart by their wording, in any order, and reads the 附件 and 版记", () => {
    const text = [
      "洛政〔2022〕3号",
      "洛阳市某县人民政府",
      "关于2021年度法治政府建设情况的报告",
      "洛阳市人民政府：",
      "2021年，我县法治政府建设取得新进展。",
      "一、党政主要负责人履行推进法治建设第一责任人职责情况",
      "县长带头学法。",
      "二、主要举措和成效",
      "（一）深化放管服改革。办理事项全部网上可办。",
      "三、存在的不足",
      "（一）执法队伍薄弱。人员偏少。原因分析：编制不足。",
      "四、下一步工作打算",
      "（一）加强培训。每年培训两次。",
      "五、其他需要报告的情况",
      "无。",
      "特此报告。",
      "附件：1.法治政府建设工作台账",
      "2.典型案例汇编",
      "洛阳市某县人民政府",
      "2022年2月10日",
      "（此件公开发布）",
      "抄送：县委办公室。",
    ].join("\n");
    const { report, unrecognised, warnings } = ok(importReportText(text));
    expect(report.header).toMatchObject({
      documentNumber: "洛政〔2022〕3号",
      title: "洛阳市某县人民政府\n关于2021年度法治政府建设情况的报告",
      organizationName: "洛阳市某县人民政府",
      signatory: "洛阳市某县人民政府",
      year: 2021,
      date: "2022-02-10",
      distribution: { copyTo: "县委办公室。", issuer: "", issuedOn: "" },
    });
    // The source's order is the report's: no part is moved, and nothing is said about the order.
    expect(report.parts.map((p) => p.kind)).toEqual(["duty", "measures", "problems", "plans", "otherMatters"]);
    expect(report.parts[0]).toMatchObject({ heading: "党政主要负责人履行推进法治建设第一责任人职责情况", intro: "县长带头学法。" });
    expect(report.parts[1]).toMatchObject({ kind: "measures", heading: "主要举措和成效" });
    expect(partOf(report, "problems").items).toEqual([expect.objectContaining({ heading: "执法队伍薄弱", description: "人员偏少。", cause: "编制不足。" })]);
    expect(partOf(report, "plans").heading).toBe("下一步工作打算");
    expect(report.attachments).toEqual(["法治政府建设工作台账", "典型案例汇编"]);
    // The 附注 has no field: it is kept, after the office's own 其他需要报告的情况, and listed.
    const other = partOf(report, "otherMatters");
    expect(other.heading).toBe("其他需要报告的情况");
    expect(other.intro).toBe("无。");
    expect(other.items).toEqual([expect.objectContaining({ heading: UNRECOGNISED_HEADING, body: "（此件公开发布）" })]);
    expect(unrecognised).toEqual([expect.objectContaining({ line: 21, text: "（此件公开发布）" })]);
    expect(warnings.filter((w) => w.includes("顺序") || w.includes("未找到"))).toEqual([]);
    expect(reportText(report)).toMatch(/\n一、党政主要负责人履行推进法治建设第一责任人职责情况\n县长带头学法。\n二、主要举措和成效\n/);
    expect(lostText(text, report, unrecognised).missing).toEqual([]);
  });

  it("refuses text that carries figure references the app does not know, naming them", () => {
    const result = importReportText("洛阳市人民政府：\n共办理案件{{cases.total}}起。");
    expect(result).toEqual({ ok: false, message: `${IMPORT_MESSAGES.invalid}（文件中的“{{cases.total}}”不是本系统的数据引用，请删除或改写为数字）` });
  });

  it("treats a first sentence too long for a heading as body text, and says so", () => {
    const long = "在区委区政府的坚强领导下全区各部门认真贯彻落实上级关于法治政府建设的各项决策部署持续推进依法行政工作取得了明显成效群众满意度不断提升";
    expect(long.length).toBeGreaterThan(60);
    const text = `一、主要工作\n(一)${long}。具体如下。`;
    const { report, warnings } = ok(importReportText(text));
    expect(partOf(report, "measures").items[0]).toMatchObject({ heading: "", body: `${long}。具体如下。` });
    expect(warnings.some((w) => w.includes("不像标题"))).toBe(true);
  });

  it.each(readdirSync(SEEDS).filter((f) => f.endsWith(".txt") && !f.startsWith("001")))(
    "imports the city-level article %s without crashing or losing text",
    (name) => {
      const text = seed(name);
      const result = ok(importReportText(text));
      expect(lostText(text, result.report, result.unrecognised).missing).toEqual([]);
      expect(result.report.preamble.length).toBeGreaterThan(0);
    },
  );

  it("recognises the numbered parts of the Luoyang article (000), which has no report skeleton", () => {
    const { report } = ok(importReportText(seed("000_f3d6e233d3534023.txt")));
    // Its first heading names the first-responsible-person duty; the other four are measures.
    expect(report.parts.map((p) => p.kind)).toEqual(["duty", "measures", "measures", "measures", "measures"]);
    expect(partOf(report, "duty").heading).toBe("以习近平法治思想为指引，法治建设第一责任人履职能力不断加强");
    expect(partsOf(report, "measures").map((s) => s.heading)).toEqual([
      "以“放管服”改革优化营商环境，资源聚合平台城市成效初显",
      "以“小切口”保障“大民生”，立法与行政决策科学高效阳光",
      "以刚柔并济促执法为民，群众法治获得感不断提升",
      "以多元化调处化解矛盾纠纷，社会公平正义全面彰显",
    ]);
    expect(report.preamble.startsWith("洛阳市用法治为高质量发展提供动力支撑")).toBe(true);
  });
});
