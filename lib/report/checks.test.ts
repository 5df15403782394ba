import { describe, expect, it } from "vitest";
import fixture from "./fixtures/laocheng-2020.json";
import { checkFigures, runFigureChecks } from "./checks";
import { figureValueIssues } from "./figure-checks";
import { findFigure, type FigureId, type Figures } from "./figures";
import type { FigureValue } from "./figure-value";
import { finalReportSchema } from "./schema";
import { parseReport } from "./parse";

const figures = () => structuredClone(finalReportSchema.parse(fixture).figures);

/** The Laocheng figures with the given ones set (null empties one). */
function withValues(values: Partial<Record<FigureId, FigureValue | null>>): Figures {
  const f = figures();
  for (const [id, value] of Object.entries(values)) {
    const entry = findFigure(id);
    if (!entry) throw new Error(`no figure ${id}`);
    const topic: Record<string, FigureValue | null> = f[entry.topic];
    topic[entry.key] = value ?? null;
  }
  return f;
}

const paths = (f: Figures) => checkFigures(f).map((i) => i.path);
const messages = (f: Figures) => [...new Set(checkFigures(f).map((i) => i.message))];

describe("cross-checks", () => {
  it("find nothing wrong with the Laocheng figures", () => {
    expect(checkFigures(figures())).toEqual([]);
  });

  it("name all three fields when resolved + unresolved ≠ assigned", () => {
    const f = figures();
    f.petitions.resolved = 40;
    const issues = checkFigures(f);
    expect(issues.map((i) => i.path)).toEqual([
      "figures.petitions.assigned",
      "figures.petitions.resolved",
      "figures.petitions.unresolved",
    ]);
    expect(issues[0]?.message).toBe("交办信访事项已化解（40）与交办信访事项未化解（2）之和为42，与上级交办信访事项（41）不一致");
  });

  it("check online complaints: closed on time + in progress = total", () => {
    const f = figures();
    f.petitions.onlineInProgress = 12;
    expect(checkFigures(f).map((i) => i.path)).toContain("figures.petitions.onlineComplaints");
  });

  it("accept a rate equal to its counts within the rounding it was written with", () => {
    const f = figures();
    for (const stated of [41.6, 41.56, 42]) {
      f.petitions.backlogResolutionRate = stated;
      expect(checkFigures(f)).toEqual([]);
    }
  });

  it("refuse a rate that does not match its counts", () => {
    const f = figures();
    f.petitions.backlogResolutionRate = 41.7;
    const issues = checkFigures(f);
    expect(issues.map((i) => i.path)).toEqual([
      "figures.petitions.backlogResolutionRate",
      "figures.petitions.backlogResolved",
      "figures.petitions.backlogCases",
    ]);
    expect(issues[0]?.message).toContain("41.56%");
  });

  it("refuse a part larger than its whole", () => {
    const f = figures();
    f.legalEducation.schoolEvents = 2000;
    expect(checkFigures(f).map((i) => i.path)).toEqual(["figures.legalEducation.schoolEvents", "figures.legalEducation.events"]);
  });

  it("skip a rule while any of its figures is empty", () => {
    const f = figures();
    f.petitions.assigned = null;
    f.petitions.resolved = 1000;
    expect(checkFigures(f).filter((i) => i.path.startsWith("figures.petitions.a"))).toEqual([]);
  });

  it("make the final schema fail but leave a draft saveable", () => {
    const data = structuredClone(fixture);
    data.figures.petitions.resolved = 40;
    expect(parseReport(data, "final").ok).toBe(false);
    expect(parseReport(data, "draft").ok).toBe(true);
  });

  it("keep the Laocheng fixture ready for review", () => {
    expect(parseReport(fixture, "final")).toMatchObject({ ok: true });
  });
});

const R = "reconsiderationLitigation";
/** 审结120件：维持60、驳回20、撤销10、变更5、确认违法3、责令履行2、调解和解12、终止8；纠错20件（16.67%），调解和解率10%. */
const reconsideration = {
  [`${R}.reconsiderationApplications`]: 130,
  [`${R}.reconsiderationAccepted`]: 125,
  [`${R}.reconsiderationConcluded`]: 120,
  [`${R}.reconsiderationUpheld`]: 60,
  [`${R}.reconsiderationDismissed`]: 20,
  [`${R}.reconsiderationRevoked`]: 10,
  [`${R}.reconsiderationVaried`]: 5,
  [`${R}.reconsiderationDeclaredUnlawful`]: 3,
  [`${R}.reconsiderationOrderedToAct`]: 2,
  [`${R}.reconsiderationSettled`]: 12,
  [`${R}.reconsiderationTerminated`]: 8,
  [`${R}.reconsiderationCorrected`]: 20,
  [`${R}.reconsiderationCorrectionRate`]: 16.67,
  [`${R}.reconsiderationSettlementRate`]: 10,
} satisfies Partial<Record<FigureId, FigureValue>>;

describe("cross-checks of 行政复议", () => {
  it("accept outcomes that add up to the concluded cases and rates that match them", () => {
    expect(checkFigures(withValues(reconsideration))).toEqual([]);
  });

  it("refuse more accepted cases than applications, on both fields", () => {
    const f = withValues({ ...reconsideration, [`${R}.reconsiderationAccepted`]: 131 });
    expect(paths(f)).toEqual([`figures.${R}.reconsiderationAccepted`, `figures.${R}.reconsiderationApplications`]);
    expect(messages(f)).toEqual(["受理行政复议案件（131）不能多于收到行政复议申请（130）"]);
  });

  it("accept more concluded than accepted cases: cases carried over from last year", () => {
    expect(checkFigures(withValues({ ...reconsideration, [`${R}.reconsiderationAccepted`]: 100 }))).toEqual([]);
  });

  it("refuse outcomes whose sum is not the concluded cases, naming every outcome", () => {
    const f = withValues({ ...reconsideration, [`${R}.reconsiderationUpheld`]: 61 });
    const issues = checkFigures(f);
    expect(issues.filter((i) => i.path === `figures.${R}.reconsiderationConcluded`).map((i) => i.message)).toEqual([
      "行政复议维持（61）与行政复议驳回（20）与行政复议撤销（10）与行政复议变更（5）与行政复议确认违法（3）与行政复议责令履行（2）与行政复议调解和解（12）与行政复议终止（8）之和为121，与审结行政复议案件（120）不一致",
    ]);
    expect(issues).toHaveLength(9);
  });

  it("count 确认无效 in both sums once it is stated, and not require it before", () => {
    const declared = { ...reconsideration, [`${R}.reconsiderationDeclaredVoid`]: 1 };
    expect(paths(withValues(declared))).toContain(`figures.${R}.reconsiderationCorrected`);
    const consistent = {
      ...declared,
      [`${R}.reconsiderationUpheld`]: 59,
      [`${R}.reconsiderationCorrected`]: 21,
      [`${R}.reconsiderationCorrectionRate`]: 17.5,
    };
    expect(checkFigures(withValues(consistent))).toEqual([]);
  });

  it("leave the sum of outcomes alone while one is empty, but still refuse an outcome above the concluded cases", () => {
    expect(checkFigures(withValues({ ...reconsideration, [`${R}.reconsiderationTerminated`]: null, [`${R}.reconsiderationUpheld`]: 70 }))).toEqual([]);
    const f = withValues({ ...reconsideration, [`${R}.reconsiderationTerminated`]: null, [`${R}.reconsiderationUpheld`]: 121 });
    expect(messages(f)).toEqual(["行政复议维持（121）不能多于审结行政复议案件（120）"]);
  });

  it("refuse 直接纠错 that is not 撤销 + 变更 + 确认违法 + 责令履行", () => {
    const f = withValues({ ...reconsideration, [`${R}.reconsiderationCorrected`]: 19, [`${R}.reconsiderationCorrectionRate`]: 15.83 });
    expect(messages(f)).toEqual(["行政复议撤销（10）与行政复议变更（5）与行政复议确认违法（3）与行政复议责令履行（2）之和为20，与行政复议纠错（19）不一致"]);
  });

  it("refuse a 纠错率 or 调解和解率 that is not its count over the concluded cases", () => {
    expect(messages(withValues({ ...reconsideration, [`${R}.reconsiderationCorrectionRate`]: 20 }))).toEqual([
      "行政复议纠错率（20%）与行政复议纠错（20）÷审结行政复议案件（120）=16.67%不一致",
    ]);
    expect(paths(withValues({ ...reconsideration, [`${R}.reconsiderationSettlementRate`]: 12 }))).toEqual([
      `figures.${R}.reconsiderationSettlementRate`,
      `figures.${R}.reconsiderationSettled`,
      `figures.${R}.reconsiderationConcluded`,
    ]);
    expect(checkFigures(withValues({ ...reconsideration, [`${R}.reconsiderationCorrectionRate`]: 16.7 }))).toEqual([]);
  });

  it("bound an approximate total: 120余 fits outcomes of 125, not outcomes of 119, and the exact check is said to be skipped", () => {
    const fits = runFigureChecks(withValues({ ...reconsideration, [`${R}.reconsiderationConcluded`]: "120余", [`${R}.reconsiderationUpheld`]: 65, [`${R}.reconsiderationCorrectionRate`]: null, [`${R}.reconsiderationSettlementRate`]: null }));
    expect(fits.issues).toEqual([]);
    expect(fits.skipped.map((i) => i.message)).toContain(
      "行政复议维持（65）与行政复议驳回（20）与行政复议撤销（10）与行政复议变更（5）与行政复议确认违法（3）与行政复议责令履行（2）与行政复议调解和解（12）与行政复议终止（8）之和与审结行政复议案件（120余）：含约数，未作精确核对",
    );
    const short = withValues({ ...reconsideration, [`${R}.reconsiderationConcluded`]: "120余", [`${R}.reconsiderationUpheld`]: 59, [`${R}.reconsiderationCorrectionRate`]: null, [`${R}.reconsiderationSettlementRate`]: null });
    expect(messages(short)[0]).toMatch(/之和与审结行政复议案件（120余）不一致（含约数，按约数可能的范围判断）$/);
  });

  it("skip a rate whose counts are approximate, and say so", () => {
    const result = runFigureChecks(withValues({ ...reconsideration, [`${R}.reconsiderationSettled`]: "约12", [`${R}.reconsiderationSettlementRate`]: 50 }));
    expect(result.issues.filter((i) => i.path.endsWith("SettlementRate"))).toEqual([]);
    expect(result.skipped.map((i) => i.message)).toContain("行政复议调解和解率（50%）：所用数据含约数，未核对计算");
  });
});

describe("cross-checks of 行政应诉", () => {
  const litigation = {
    [`${R}.lawsuitsConcluded`]: 40,
    [`${R}.lawsuitsLost`]: 2,
    [`${R}.lawsuitLossRate`]: 5,
    [`${R}.lawsuitsHeard`]: 30,
    [`${R}.principalsInCourt`]: 30,
    [`${R}.courtAppearanceRate`]: 100,
  } satisfies Partial<Record<FigureId, FigureValue>>;

  it("accept a loss rate over the concluded cases and an appearance rate over the cases heard in court", () => {
    expect(checkFigures(withValues(litigation))).toEqual([]);
  });

  it("take the cases heard in court, not all concluded ones, as the denominator of 出庭应诉率", () => {
    expect(messages(withValues({ ...litigation, [`${R}.courtAppearanceRate`]: 75 }))).toEqual([
      "行政机关负责人出庭应诉率（75%）与行政机关负责人出庭应诉（30）÷开庭审理的行政诉讼案件（30）=100%不一致",
    ]);
  });

  it("refuse more lost than concluded cases and more appearances than hearings", () => {
    expect(messages(withValues({ ...litigation, [`${R}.lawsuitsLost`]: 41, [`${R}.lawsuitLossRate`]: null }))).toEqual([
      "行政诉讼败诉案件（41）不能多于审结行政诉讼案件（40）",
    ]);
    expect(messages(withValues({ ...litigation, [`${R}.principalsInCourt`]: 31, [`${R}.courtAppearanceRate`]: null }))).toEqual([
      "行政机关负责人出庭应诉（31）不能多于开庭审理的行政诉讼案件（30）",
    ]);
  });

  it("read 零败诉 as a loss rate of 0", () => {
    expect(checkFigures(withValues({ ...litigation, [`${R}.lawsuitsLost`]: 0, [`${R}.lawsuitLossRate`]: "零" }))).toEqual([]);
    expect(paths(withValues({ ...litigation, [`${R}.lawsuitLossRate`]: "零" }))).toContain(`figures.${R}.lawsuitLossRate`);
  });
});

describe("cross-checks of enforcement, documents and legal services", () => {
  it("refuse more certified officers than officers, bounding approximate headcounts", () => {
    expect(checkFigures(withValues({ "enforcement.officers": 520, "enforcement.certifiedOfficers": 498 }))).toEqual([]);
    expect(messages(withValues({ "enforcement.officers": 498, "enforcement.certifiedOfficers": 520 }))).toEqual([
      "持证行政执法人员（520）不能多于行政执法人员（498）",
    ]);
    expect(checkFigures(withValues({ "enforcement.officers": "500余", "enforcement.certifiedOfficers": 520 }))).toEqual([]);
    expect(messages(withValues({ "enforcement.officers": "近500", "enforcement.certifiedOfficers": 520 }))).toEqual([
      "持证行政执法人员（520）不能多于行政执法人员（近500）（含约数，按约数可能的范围判断）",
    ]);
  });

  it("require a clean-up's kept, amended and repealed documents (and those declared invalid) to add up", () => {
    const cleanUp = { "normativeDocuments.documentsCleanedUp": 86, "normativeDocuments.documentsKept": 60, "normativeDocuments.documentsAmended": 16, "normativeDocuments.documentsRepealed": 10 } as const;
    expect(checkFigures(withValues(cleanUp))).toEqual([]);
    expect(messages(withValues({ ...cleanUp, "normativeDocuments.documentsInvalidated": 2 }))).toEqual([
      "清理后保留（60）与清理后修改（16）与清理后废止（10）与清理后宣布失效（2）之和为88，与清理规范性文件（86）不一致",
    ]);
    expect(checkFigures(withValues({ ...cleanUp, "normativeDocuments.documentsKept": 58, "normativeDocuments.documentsInvalidated": 2 }))).toEqual([]);
  });

  it("check the 人民调解 success rate against its counts", () => {
    const mediation = { "legalEducation.mediationCases": 4000, "legalEducation.mediationsSucceeded": 3952, "legalEducation.mediationSuccessRate": 98.8 } as const;
    expect(checkFigures(withValues(mediation))).toEqual([]);
    // 98.8% written as a whole percent is 99%.
    expect(checkFigures(withValues({ ...mediation, "legalEducation.mediationSuccessRate": 99 }))).toEqual([]);
    expect(paths(withValues({ ...mediation, "legalEducation.mediationSuccessRate": 98.5 }))).toHaveLength(3);
    expect(messages(withValues({ ...mediation, "legalEducation.mediationsSucceeded": 4001, "legalEducation.mediationSuccessRate": null }))).toEqual([
      "人民调解成功（4001）不能多于人民调解案件（4000）",
    ]);
  });

  it("take amounts of money with two decimals and no more", () => {
    const issues = (value: FigureValue) => figureValueIssues(withValues({ "enforcement.fines": value }));
    expect(issues(1234.56)).toEqual([]);
    expect(issues("1.2亿余")).toEqual([]);
    expect(issues(1234.567)).toEqual([{ path: "figures.enforcement.fines", message: "罚没款最多保留两位小数" }]);
    expect(issues(-1)).toEqual([{ path: "figures.enforcement.fines", message: "罚没款不能为负数" }]);
    expect(figureValueIssues(withValues({ "enforcement.penalties": 12.5 }))).toEqual([{ path: "figures.enforcement.penalties", message: "行政处罚案件应为整数" }]);
  });
});

