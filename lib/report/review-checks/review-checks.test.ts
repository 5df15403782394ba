import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importReportText } from "@/lib/import";
import laocheng2020 from "../fixtures/laocheng-2020.json";
import { carryOver } from "../carry-over";
import { finalReportSchema, type Report } from "../schema";
import { indexOf } from "../test-parts";
import { blocks, buildCorpus, daysLeft, deadline, reviewChecks, RULES } from ".";

const last = finalReportSchema.parse(laocheng2020);
const carried = () => carryOver(last, { carryTexts: true });
const corpusOf = (previous: Report) => buildCorpus([{ label: "上年报告", relation: "previous", report: previous }]);

describe("regulation completeness", () => {
  it("names the two required contents the Luoyang 2022 report lacks, with the regulation cited", () => {
    const text = readFileSync(join(process.cwd(), "lib/import/fixtures/luoyang-2022.txt"), "utf8");
    const imported = importReportText(text);
    if (!imported.ok) throw new Error(imported.message);
    const blocking = reviewChecks(imported.report).filter((f) => f.severity === "blocking");
    expect(blocking.map((f) => f.message)).toEqual([
      `缺少督察规定要求报告的内容：“存在的不足和原因”（${RULES.regulation}）`,
      `缺少督察规定要求报告的内容：“下一年度推进法治政府建设的主要安排”（${RULES.regulation}）`,
    ]);
    expect(RULES.regulation).toBe("《法治政府建设与责任落实督察工作规定》第二十六条");
  });

  it("does not block the complete Laocheng report", () => {
    expect(blocks(reviewChecks(last))).toBe(false);
  });
});

describe("a 2021 report started from 2020 with the texts carried over", () => {
  const stale = () =>
    reviewChecks(carried())
      .filter((f) => f.rule === "staleYear")
      .flatMap((f) => f.quotes ?? []);

  it("is flagged for every 2020 that describes its own period", () => {
    const expected = [
      "2020年以来，在市委、市政府和区委",
      "现将区政府2020年度法治政府建",
      "2020年召开区委全面依法治区委员",
      "2020年以来区政府党组会议集体学",
      "严格规范性文件合法性审核流程，2020年以来",
      "2020年开展{{enforcem",
      "2020年区人大听取并审议了区检察",
      "降低企业注册登记门槛，2020年全",
      "2020年全年办理京访案件",
      "为积极防范疫情，2020年制定《关",
      "受上半年疫情影响，2020年全年已",
    ];
    const found = stale();
    expect(found).toHaveLength(expected.length);
    expected.forEach((start, k) => expect(found[k]?.startsWith(start)).toBe(true));
  });

  it("is not flagged for the years that are legitimately earlier", () => {
    const flagged = stale().join("\n");
    for (const legit of ["2019年聘请", "2019年至今", "2020年5月9日", "该办法在2020年", "《老城区2020年干部教育培训计划》", "2019年1月29日"]) {
      expect(flagged).not.toContain(legit);
    }
  });

  it("shows at least 90% identical to last year, and lists the texts not yet confirmed", () => {
    const findings = reviewChecks(carried(), { corpus: corpusOf(last), previous: last });
    const whole = findings.find((f) => f.rule === "copiedText" && f.path === "");
    expect(Number(/全文与上年报告相同 (\d+)%/.exec(whole?.message ?? "")?.[1])).toBeGreaterThanOrEqual(90);
    expect(findings.filter((f) => f.rule === "carriedOver").map((f) => f.path)).toEqual(carried().carriedOver);
  });

  it("loses a part's copied-text warning once that part is rewritten", () => {
    const report = carried();
    const i = indexOf(report, "plans");
    const copiedIn = (r: Report) => reviewChecks(r, { corpus: corpusOf(last) }).filter((f) => f.rule === "copiedText" && f.path.startsWith(`parts.${i}.`));
    expect(copiedIn(report)).not.toEqual([]);
    const plans = report.parts[i];
    if (plans?.kind !== "plans") throw new Error("no plans part");
    plans.intro = "二〇二二年，区政府将围绕法治政府示范创建，重点抓好执法规范化和复议体制改革两项任务。";
    plans.items = plans.items.map((item, k) => ({ ...item, body: `第${k + 1}项安排：聚焦群众反映集中的领域，制定专项方案并按季度通报推进情况。`, subItems: [] }));
    expect(copiedIn(report)).toEqual([]);
  });

  it("counts a sentence with only its numbers changed as copied, and a sibling's sentence by the sibling's name", () => {
    const sibling = structuredClone(last);
    sibling.header.organizationName = "洛阳市西工区人民政府";
    const report = structuredClone(last);
    report.header.year = 2021;
    report.preamble = report.preamble.replace("2020", "2021");
    const corpus = buildCorpus([{ label: "西工区", relation: "sibling", report: sibling }]);
    const messages = reviewChecks(report, { corpus }).filter((f) => f.rule === "copiedText").map((f) => f.message);
    expect(messages).toContain("与西工区相同 2 句");
  });
});

describe("facts and figures", () => {
  it("flags a measures part with no figure, date or named document", () => {
    const report = structuredClone(last);
    const i = indexOf(report, "measures");
    const part = report.parts[i];
    if (part?.kind !== "measures") throw new Error("no measures part");
    part.intro = "";
    part.items = [{ id: "x", heading: "高度重视。", body: "区政府高度重视法治政府建设，认真落实各项工作要求，取得了明显成效。", subItems: [] }];
    const few = reviewChecks(report).filter((f) => f.rule === "fewFacts");
    expect(few).toEqual([expect.objectContaining({ path: `parts.${i}`, message: expect.stringContaining("缺少具体事例和数据") })]);
  });

  it("lists a figure that changed more than threefold from last year", () => {
    const report = structuredClone(last);
    report.figures.petitions.assigned = 410;
    const jumps = reviewChecks(report, { previous: last }).filter((f) => f.rule === "figureJump");
    expect(jumps.map((f) => f.path)).toEqual(["figures.petitions.assigned"]);
    expect(jumps[0]?.message).toContain("输入错误？");
  });
});

describe("deadlines and recipients", () => {
  it("counts the days left to 3月1日 in China time, and the days late after it", () => {
    const at = (iso: string) => reviewChecks(last, { deadlines: { reportDue: "03-01", publishDue: "04-01", now: new Date(iso) } }).filter((f) => f.rule === "deadline").map((f) => f.message);
    expect(at("2021-02-26T20:00:00+08:00")[0]).toBe("报送期限2021年3月1日，还有 3 天");
    expect(at("2021-03-04T09:00:00+08:00")[0]).toBe("报送期限2021年3月1日已过，已逾期 3 天");
  });

  it("ends the deadline's day in the configured time zone (APP_TIME_ZONE), not at a fixed +8 h", () => {
    expect(deadline(2020, "03-01").toISOString()).toBe("2021-03-01T15:59:59.999Z");
    process.env.APP_TIME_ZONE = "Asia/Urumqi";
    try {
      expect(deadline(2020, "03-01").toISOString()).toBe("2021-03-01T17:59:59.999Z");
      // 23:30 on 1 March in Urumqi is already 2 March in Beijing: the office's zone decides.
      expect(daysLeft(deadline(2020, "03-01"), new Date("2021-03-01T23:30:00+06:00"))).toBe(0);
    } finally {
      delete process.env.APP_TIME_ZONE;
    }
    expect(daysLeft(deadline(2020, "03-01"), new Date("2021-03-01T23:30:00+06:00"))).toBe(-1);
  });

  it("asks a department to copy the 法治建设议事协调机构", () => {
    const report = structuredClone(last);
    report.header.organizationName = "洛阳市老城区司法局";
    const messages = reviewChecks(report).filter((f) => f.rule === "recipients").map((f) => f.message);
    expect(messages).toContain("政府部门的年度报告应报送本级党委和政府、上一级主管部门，抄送本级法治建设议事协调机构");
    expect(messages).toContain("政府部门的年度报告应抄送本级法治建设议事协调机构，抄送栏尚未填写");
  });
});

describe("coverage", () => {
  it("says why a 纲要 area counts as covered, and checks a parent's own checklist", () => {
    const findings = reviewChecks(last, { checklist: [{ title: "法治化营商环境", keywords: ["营商环境"], askedBy: "洛阳市人民政府" }, { title: "行政裁决", keywords: ["行政裁决"], askedBy: "洛阳市人民政府" }] });
    expect(findings.filter((f) => f.rule === "checklist").map((f) => f.message)).toEqual(["未报告洛阳市人民政府要求的事项“行政裁决”（未出现：行政裁决）"]);
    const areas = findings.filter((f) => f.rule === "outlineAreas").map((f) => f.message);
    expect(areas.some((m) => m.includes("健全行政执法工作体系"))).toBe(false);
  });
});
