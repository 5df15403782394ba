import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import { isLate, unitsOverview } from "./units-overview";

describeEachDatabase("units overview", (get) => {
  it("shows a unit whose report is 3 days late as late, counted with its days, and the review checks of each report", async () => {
    const { db } = get();
    const { cityId, reportId } = await seedDemo(db);
    await db.report.update({ where: { id: reportId }, data: { sentAt: new Date("2021-02-25T10:00:00+08:00") } });
    // 4 March 2021, China time: three days after the 3月1日 deadline for the 2020 reports.
    const units = await unitsOverview(db, cityId, 2020, new Date("2021-03-04T10:00:00+08:00"));
    const xigong = units.find((u) => u.name === "洛阳市西工区人民政府");
    expect(xigong).toMatchObject({ sending: "overdue", daysLate: 3, findings: null });
    expect(units.filter(isLate).map((u) => u.name)).toEqual(["洛阳市西工区人民政府"]);
    const laocheng = units.find((u) => u.name === "洛阳市老城区人民政府");
    expect(laocheng?.findings).toEqual({ blocking: 0, warning: expect.any(Number) });
  });

  it("does not count a unit late the day before the deadline", async () => {
    const { db } = get();
    const { cityId } = await seedDemo(db);
    const units = await unitsOverview(db, cityId, 2020, new Date("2021-03-01T22:00:00+08:00"));
    expect(units.filter(isLate)).toEqual([]);
  });
});

describeEachDatabase("checklists", (get) => {
  it("checks a unit's report against the checklist of the organization above", async () => {
    const { db } = get();
    const { cityId } = await seedDemo(db);
    const { checklistFor } = await import("@/lib/server/checklist/list-checklist");
    const laocheng = await db.organization.findFirstOrThrow({ where: { name: "洛阳市老城区人民政府" } });
    await db.checklistItem.create({ data: { organizationId: cityId, title: "行政裁决", keywords: "行政裁决、裁决" } });
    expect(await checklistFor(db, laocheng.id)).toEqual([{ title: "行政裁决", keywords: ["行政裁决", "裁决"], askedBy: "洛阳市人民政府" }]);
    expect(await checklistFor(db, cityId)).toEqual([]);
  });
});
