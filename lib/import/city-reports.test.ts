import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { storedFigure } from "@/lib/report/figures";
import { parseReport } from "@/lib/report/parse";
import { reportText } from "@/lib/report/text";
import { applyProposals } from "./apply-proposals";
import { importReportText } from "./import-text";
import { figureProposalsSchema } from "./proposal-schema";
import { imported, lostText, partOf, partsOf } from "./test-helpers";

/**
 * Two reports shaped unlike Laocheng's, written for these tests in the style
 * of published ones: a city report that opens with the principal leaders'
 * duty, has five measures parts and ends with an unnumbered paragraph (and,
 * like the real Luoyang 2022 report, no shortcomings and no plans part); a
 * district report with the duty first, （一） headings on their own lines
 * and 1. numbered on across its （一） items.
 */
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const LUOYANG = fixture("luoyang-2022.txt");
const JINGHAI = fixture("jinghai-duty-first.txt");

const sourceLines = (text: string) => text.split("\n").map((l) => l.trim());
/** The level-1 headings as the source prints them: "一、党政主要负责人…". */
const levelOne = (text: string) => sourceLines(text).filter((l) => /^[一二三四五六七八九十]+、/.test(l));
const BARE_HEADING = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])$/m;

describe("a city report with the duty first and a concluding paragraph (Luoyang 2022)", () => {
  const result = imported(importReportText(LUOYANG));
  const { report } = result;

  it("keeps the parts in the source's order, each of its kind, headings as written", () => {
    expect(report.parts.map((p) => p.kind)).toEqual(["duty", "measures", "measures", "measures", "measures", "measures", "conclusion"]);
    const headings = report.parts.map((p) => ("heading" in p ? p.heading : null));
    expect(headings.slice(0, 6)).toEqual(levelOne(LUOYANG).map((l) => l.replace(/^[一二三四五六]、/, "")));
    const duty = partOf(report, "duty");
    expect(duty.intro).toMatch(/^市委、市政府主要负责同志坚持把法治政府建设摆在全局工作的重要位置.*亲自督办。$/);
    expect(duty.items.map((i) => i.heading)).toEqual(["强化统筹部署", "带头尊法学法守法用法", "压紧压实述法责任"]);
    expect(duty.items[1]?.body).toBe(
      "坚持领导干部集体学法制度，市委常委会会议、市政府常务会议集体学法20多次，专题学习《中华人民共和国行政处罚法》《优化营商环境条例》等法律法规。举办领导干部法治专题培训班3期，培训领导干部500余名，推动领导干部运用法治思维和法治方式深化改革、推动发展。",
    );
    expect(lostText(LUOYANG, report, result.unrecognised)).toEqual({ missing: [], outOfOrder: [] });
  });

  it("prints 一、 to 六、 in the source's order, as the source numbers them, and no heading without text", () => {
    const printed = reportText(report);
    expect(printed.split("\n").filter((l) => /^[一二三四五六七八九十]+、/.test(l))).toEqual(levelOne(LUOYANG));
    expect(printed).not.toMatch(BARE_HEADING);
  });

  it("keeps the concluding paragraph where it stood, right before 特此报告, and out of the last item", () => {
    const conclusion = sourceLines(LUOYANG).find((l) => l.startsWith("2023年，我市将"));
    expect(report.parts.at(-1)).toEqual(expect.objectContaining({ kind: "conclusion", text: conclusion }));
    const printed = reportText(report).split("\n");
    expect(printed[printed.indexOf("特此报告。") - 1]).toBe(conclusion);
    const lastItem = partsOf(report, "measures").at(-1)?.items.at(-1);
    expect(lastItem?.body).toMatch(/^市县乡村四级公共法律服务实体平台实现全覆盖.*群众法治获得感不断增强。$/);
    expect(result.warnings).toContain(
      "第30行：最后一部分之后的段落“2023年，我市将坚持以习近平新时代中国……”已作为“结尾段落”导入（印在“特此报告”之前，不编号）；如它属于上一事项，请移回",
    );
  });

  it("proposes the approximate figures with their wording, and applying every proposal prints the same text", () => {
    const proposed = result.proposals.map((p) => [p.figureId, p.value]);
    expect(proposed).toEqual(
      expect.arrayContaining([
        ["leadership.collectiveStudySessions", "20多"],
        ["leadership.cadresTrained", "500余"],
        ["normativeDocuments.contractsReviewed", "近千"],
        ["enforcement.recordsPublished", "1.2万余"],
        ["enforcement.officersExamined", "80多"],
        ["legalEducation.events", "2800余"],
        ["legalEducation.newsItems", "约300"],
        ["legalEducation.vicePrincipals", "1100余"],
        ["reconsiderationLitigation.lawsuits", 612],
        ["reconsiderationLitigation.courtAppearanceRate", 100],
      ]),
    );
    // 400余 applications and 356 cases handled: two statements of one figure, for the user to choose.
    const reconsideration = result.proposals.filter((p) => p.figureId === "reconsiderationLitigation.reconsiderationCases");
    expect(reconsideration.map((p) => [p.value, p.confidence])).toEqual([
      ["400余", "low"],
      [356, "low"],
    ]);

    const accepted = applyProposals(report, result.proposals);
    expect(reportText(accepted)).toBe(reportText(report));
    expect(storedFigure(accepted.figures, "leadership.cadresTrained")).toBe("500余");
    expect(partOf(accepted, "duty").items[1]?.body).toContain("培训领导干部{{leadership.cadresTrained}}名");
  });

  it("sends the proposals through the review form and reads them back as they were, words and all", () => {
    const back = figureProposalsSchema.safeParse(JSON.parse(JSON.stringify(result.proposals)));
    expect(back.success && back.data).toEqual(result.proposals);
  });

  it("reports the two required contents the source lacks, by their catalogue names", () => {
    expect(result.warnings).toEqual(expect.arrayContaining(["未找到“存在的不足和原因”部分", "未找到“下一年度工作安排”部分"]));
    const final = parseReport(report, "final");
    if (final.ok) throw new Error("the Luoyang import cannot pass the final checks");
    const structure = final.issues.filter((i) => i.path === "parts").map((i) => i.message);
    expect(structure).toHaveLength(2);
    expect(structure[0]).toContain("存在的不足和原因");
    expect(structure[1]).toContain("下一年度工作安排");
  });
});

describe("a district report with the duty first and （一） headings on their own lines (Jinghai)", () => {
  const result = imported(importReportText(JINGHAI));
  const { report } = result;

  it("keeps the parts in the source's order and kinds, and loses no line", () => {
    expect(report.parts.map((p) => p.kind)).toEqual(["duty", "measures", "problems", "plans"]);
    expect(report.parts.map((p) => ("heading" in p ? p.heading : ""))).toEqual(levelOne(JINGHAI).map((l) => l.replace(/^[一二三四]、/, "")));
    expect(lostText(JINGHAI, report, result.unrecognised)).toEqual({ missing: [], outOfOrder: [] });
    expect(result.unrecognised).toEqual([]);
    expect(result.warnings.filter((w) => w.includes("未找到"))).toEqual([]);
  });

  it("reads a （一） heading on its own line as the heading, the lines below it as its paragraphs", () => {
    const duty = partOf(report, "duty");
    expect(duty.intro).toBe("");
    expect(duty.items.map((i) => i.heading)).toEqual(["强化组织领导", "带头学法用法", "压实工作责任"]);
    expect(duty.items[0]?.body.split("\n")).toEqual([
      "区政府主要负责同志认真履行推进法治建设第一责任人职责，主持召开区政府常务会议专题研究法治政府建设工作4次，审定年度法治政府建设工作要点，对重点任务逐项分解、明确时限。",
      "坚持把法治政府建设与经济社会发展同部署、同推进、同督促、同考核，将法治建设情况纳入各街镇和区级部门年度绩效考评。",
    ]);
  });

  it("keeps 1. to 8. under their （一） items, and says the export numbers them afresh under each", () => {
    const measures = partOf(report, "measures");
    expect(measures.items.map((i) => [i.heading, i.body, i.subItems.map((s) => s.heading)])).toEqual([
      ["依法全面履行政府职能", "", ["深化“放管服”改革", "持续优化营商环境"]],
      ["完善依法行政制度体系", "", ["加强行政规范性文件管理", "严格落实重大行政决策程序"]],
      ["推进严格规范公正文明执法", "", ["深化综合行政执法改革", "全面落实行政执法“三项制度”"]],
      ["依法化解社会矛盾纠纷", "", ["发挥行政复议化解行政争议主渠道作用", "做好行政应诉工作"]],
    ]);
    expect(measures.items[3]?.subItems[1]?.body).toBe("全年办理行政诉讼案件143起，行政机关负责人出庭应诉率100%。");
    expect(result.warnings).toContain("第17行：原文的“1.”“2.”…跨（一）（二）连续编号，导出时每个（一）下从“1.”重新编号，请核对");
  });

  it("splits each problem from its cause, whether written 原因分析： or 原因：", () => {
    const problems = partOf(report, "problems");
    expect(problems.items.map((p) => [p.heading, p.cause])).toEqual([
      ["法治思维和依法行政能力仍需提升", "学法用法制度落实不够到位，学用结合不够紧密，法治素养提升缺乏长效机制。"],
      ["行政执法规范化水平有待提高", "基层执法力量相对薄弱，执法人员业务培训的针对性和实效性不强。"],
      ["行政复议纠错和监督作用发挥不够充分", "行政复议工作人员力量不足，复议意见书、建议书运用不多。"],
    ]);
    expect(problems.items[1]?.description).toBe(
      "部分执法人员程序意识不强，执法文书制作不够规范，街镇综合执法队伍专业能力与承接的执法事项还不相适应。",
    );
  });

  it("prints 一、 to 四、 in the source's order, takes no conclusion from the last plan, and needs no part added", () => {
    const printed = reportText(report);
    expect(printed.split("\n").filter((l) => /^[一二三四五六七八九十]+、/.test(l))).toEqual(levelOne(JINGHAI));
    expect(printed).not.toMatch(BARE_HEADING);
    expect(report.parts.some((p) => p.kind === "conclusion")).toBe(false);
    const final = parseReport(applyProposals(report, result.proposals), "final");
    expect(final.ok ? [] : final.issues.filter((i) => i.path === "parts" || i.path.startsWith("parts."))).toEqual([]);
  });
});
