import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import type { Db } from "@/lib/db/client";
import { isRole, type Actor } from "@/lib/access/roles";
import type { FigureValue } from "@/lib/report/figure-value";
import { customFiguresFor } from "@/lib/server/figures/list-custom-figures";
import { getReport } from "@/lib/server/reports/get-report";
import { saveReport } from "@/lib/server/reports/save-report";
import { transitionReport } from "./transition-report";

async function drafter(db: Db): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { username: "drafter" } });
  if (!isRole(u.role)) throw new Error(u.role);
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, organizationId: u.organizationId };
}

describeEachDatabase("提交审核 with the city's custom figures", (get) => {
  /** 老城区's 2020 report with 人民调解 1200 and the city's figures answered by label. */
  async function answer(db: Db, reportId: string, districtId: string, byLabel: Record<string, FigureValue | null>) {
    const definitions = await customFiguresFor(db, districtId);
    const id = (label: string) => definitions.find((d) => d.label === label)?.id ?? "";
    const stored = await getReport(db, reportId);
    if (!stored) throw new Error("no report");
    const content = structuredClone(stored.report);
    content.figures.legalEducation.mediationCases = 1200;
    content.customFigures = Object.fromEntries(Object.entries(byLabel).map(([label, value]) => [id(label), value]));
    const saved = await saveReport(db, null, { reportId, baseVersion: stored.version, content });
    if (!saved.ok) throw new Error(saved.status);
    return { id, version: saved.version };
  }

  it("refuses a report whose custom figures fail their checks, each issue on its field, and submits it once they are right", async () => {
    const { db } = get();
    const { reportId, districtId } = await seedDemo(db);
    const actor = await drafter(db);
    const submit = (version: number) => transitionReport(db, actor, { reportId, transition: "submit", version });

    const bad = await answer(db, reportId, districtId, { 行政调解案件: "300余", 化解矛盾纠纷: 1400, "村（社区）法律顾问覆盖率": 101 });
    const refused = await submit(bad.version);
    expect(refused).toMatchObject({ ok: false, status: "invalid", message: "报告还不能提交审核" });
    const sum = "人民调解案件（1200）与行政调解案件（300余）之和与化解矛盾纠纷（1400）不一致（含约数，按约数可能的范围判断）";
    expect(refused.ok ? [] : refused.issues).toEqual([
      { path: `customFigures.${bad.id("村（社区）法律顾问覆盖率")}`, message: "村（社区）法律顾问覆盖率不能超过100%" },
      { path: `customFigures.${bad.id("化解矛盾纠纷")}`, message: sum },
      { path: "figures.legalEducation.mediationCases", message: sum },
      { path: `customFigures.${bad.id("行政调解案件")}`, message: sum },
    ]);
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("draft");

    const good = await answer(db, reportId, districtId, { 行政调解案件: "300余", 化解矛盾纠纷: 1500, "村（社区）法律顾问覆盖率": 100 });
    expect(await submit(good.version)).toEqual({ ok: true, newStatus: "submitted" });
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("submitted");
  });
});
