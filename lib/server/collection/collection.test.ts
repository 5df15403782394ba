import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import type { Db } from "@/lib/db/client";
import { isRole, type Actor } from "@/lib/access/roles";
import { loadRollUp } from "@/lib/db/roll-up-table";
import { withFigure } from "@/lib/report/set-figure";
import type { FigureValue } from "@/lib/report/figure-value";
import { createReport } from "@/lib/server/reports/create-report";
import { getReport } from "@/lib/server/reports/get-report";
import { saveReport } from "@/lib/server/reports/save-report";
import { authorizeReport } from "@/lib/server/access/authorize-report";
import { sendReminder } from "@/lib/server/reminders/send-reminder";
import { listReminders } from "@/lib/server/reminders/list-reminders";
import { createRequest } from "./create-request";
import { saveReply } from "./save-reply";
import { acceptReply } from "./accept-reply";
import { refreshFromUnits, setFromUnits } from "./units-sum";

async function actor(db: Db, username: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { username } });
  if (!isRole(u.role)) throw new Error(u.role);
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, organizationId: u.organizationId };
}

/** A report of the organization for the year with these figures, in the given status. */
async function reportWith(db: Db, organizationId: string, year: number, figures: Record<string, FigureValue>, status = "sent"): Promise<string> {
  const created = await createReport(db, null, { organizationId, year });
  if (!created.ok) throw new Error(created.status);
  const stored = await getReport(db, created.reportId);
  if (!stored) throw new Error("missing");
  const content = Object.entries(figures).reduce((r, [id, v]) => withFigure(r, id, v), stored.report);
  const saved = await saveReport(db, null, { reportId: created.reportId, baseVersion: stored.version, content });
  if (!saved.ok) throw new Error(saved.status);
  await db.report.update({ where: { id: created.reportId }, data: { status } });
  return created.reportId;
}

const LETTERS = "petitions.letters";
const LOST = "reconsiderationLitigation.lawsuitsLost";
const CONCLUDED = "reconsiderationLitigation.lawsuitsConcluded";
const LOSS_RATE = "reconsiderationLitigation.lawsuitLossRate";

describeEachDatabase("the city's roll-up, reminders and figures from departments", (get) => {
  it("sums three districts' sent reports, recomputes a rate, counts approximate values apart and leaves drafts out", async () => {
    const { db } = get();
    const { cityId, districtId, otherDistrictId } = await seedDemo(db);
    const third = await db.organization.create({ data: { name: "洛阳市涧西区人民政府", shortName: "涧西区", parentId: cityId } });
    const fourth = await db.organization.create({ data: { name: "洛阳市瀍河区人民政府", shortName: "瀍河区", parentId: cityId } });
    await reportWith(db, districtId, 2036, { [LETTERS]: 77, [LOST]: 2, [CONCLUDED]: 10, [LOSS_RATE]: 20 });
    await reportWith(db, otherDistrictId, 2036, { [LETTERS]: 51, [LOST]: 1, [CONCLUDED]: 40, [LOSS_RATE]: 2.5 }, "published");
    await reportWith(db, third.id, 2036, { [LETTERS]: "500余" });
    await reportWith(db, fourth.id, 2036, { [LETTERS]: 1000 }, "draft");
    await reportWith(db, districtId, 2035, { [LETTERS]: 60 });

    const table = await loadRollUp(db, { parentId: cityId, year: 2036 });
    const row = (id: string) => table.rows.find((r) => r.figure.id === id);
    expect(row(LETTERS)?.total).toMatchObject({ kind: "sum", value: 128, last: 60, exactUnits: 2, approximateUnits: 1 });
    expect(row(LOSS_RATE)?.total).toMatchObject({ kind: "rate", value: 6, basis: "3 / 50" });
    const drafted = table.units.find((u) => u.organizationId === fourth.id);
    expect(drafted?.reportId).toBeNull();

    // A unit that opens its reports to the city is counted before it sends.
    await db.organization.update({ where: { id: fourth.id }, data: { parentReadsDrafts: true } });
    const open = await loadRollUp(db, { parentId: cityId, year: 2036, figureIds: [LETTERS] });
    expect(open.rows[0]?.total.value).toBe(1128);
  });

  it("a 催报 reaches the unit below, is logged with it, and cannot be sent sideways", async () => {
    const { db } = get();
    const { districtId, otherDistrictId } = await seedDemo(db);
    const city = await actor(db, "city");
    const sent = await sendReminder(db, city, { organizationId: districtId, year: 2037 });
    expect(sent).toMatchObject({ ok: true, unit: "洛阳市老城区人民政府" });
    expect((await listReminders(db, districtId)).map((r) => [r.fromName, r.year])).toEqual([["洛阳市人民政府", 2037]]);
    expect(await db.auditEvent.count({ where: { action: "remind", organizationId: districtId } })).toBe(1);
    const xigong = await actor(db, "xigong");
    expect(await sendReminder(db, xigong, { organizationId: districtId, year: 2037 })).toMatchObject({ ok: false, status: "missing" });
    expect(await listReminders(db, otherDistrictId)).toEqual([]);
  });

  it("a department fills only what it was asked; the office accepts it into its report with the provenance", async () => {
    const { db } = get();
    const { districtId } = await seedDemo(db);
    const bureau = await db.organization.create({ data: { name: "老城区信访局", shortName: "区信访局", parentId: districtId, kind: "department" } });
    const clerk = await db.user.create({ data: { username: "xinfang", displayName: "信访局填报人", role: "drafter", organizationId: bureau.id, passwordHash: "x" } });
    const drafter = await actor(db, "drafter");
    const officeReport = await reportWith(db, districtId, 2038, {}, "draft");

    const request = await createRequest(db, drafter, { year: 2038, title: "信访数据", deadline: "2039-01-20", figureIds: [LETTERS], topics: [], departmentIds: [bureau.id] });
    if (!request.ok) throw new Error(request.message);
    const reply = await db.dataReply.findFirstOrThrow({ where: { requestId: request.id } });
    const department = await actor(db, clerk.username);

    // The department cannot read the office's report.
    expect(await authorizeReport(db, department, officeReport, "read")).toMatchObject({ ok: false, reason: "forbidden" });
    // A value that is no number, and a 报送 without a source, are refused on their fields.
    expect(await saveReply(db, department, { replyId: reply.id, intent: "submit", figures: { [LETTERS]: { value: "很多", note: "" } } })).toMatchObject({
      ok: false,
      issues: [{ path: `value:${LETTERS}` }],
    });
    expect(await saveReply(db, department, { replyId: reply.id, intent: "submit", figures: { [LETTERS]: { value: "77", note: "" } } })).toMatchObject({
      ok: false,
      issues: [{ path: `note:${LETTERS}` }],
    });
    // A figure not asked for is ignored.
    const submitted = await saveReply(db, department, {
      replyId: reply.id,
      intent: "submit",
      figures: { [LETTERS]: { value: "７７", note: "信访信息系统" }, "petitions.calls": { value: "9", note: "x" } },
    });
    expect(submitted).toMatchObject({ ok: true, status: "submitted" });
    // Nobody else answers for the department.
    expect(await saveReply(db, drafter, { replyId: reply.id, intent: "save", figures: {} })).toMatchObject({ ok: false, status: "missing" });

    const accepted = await acceptReply(db, drafter, reply.id);
    expect(accepted).toMatchObject({ ok: true, accepted: 1 });
    const report = await getReport(db, officeReport);
    expect(report?.report.figures.petitions.letters).toBe(77);
    expect(report?.report.figures.petitions.calls).toBeNull();
    const source = await db.figureSource.findUniqueOrThrow({ where: { reportId_figureId: { reportId: officeReport, figureId: LETTERS } } });
    expect(source.detail).toMatch(/^数据来源：老城区信访局，\d{4}年\d{1,2}月\d{1,2}日填报（信访信息系统）$/);
    const logged = await db.auditEvent.findFirstOrThrow({ where: { action: "data_accept", reportId: officeReport } });
    expect(logged.detail).toContain("数据来源：老城区信访局");
    expect(await acceptReply(db, drafter, reply.id)).toMatchObject({ ok: false, status: "state" });
    expect(await saveReply(db, department, { replyId: reply.id, intent: "save", figures: { [LETTERS]: { value: "1", note: "" } } })).toMatchObject({ ok: false, status: "state" });
  });

  it("各单位合计 follows the units until the city types its own value", async () => {
    const { db } = get();
    const { cityId, districtId, otherDistrictId } = await seedDemo(db);
    const reviewer = await db.user.create({ data: { username: "city-writer", displayName: "市起草人", role: "drafter", organizationId: cityId, passwordHash: "x" } });
    const cityWriter = await actor(db, reviewer.username);
    const laocheng = await reportWith(db, districtId, 2039, { [LETTERS]: 77 });
    await reportWith(db, otherDistrictId, 2039, { [LETTERS]: 51 });
    const cityReport = await reportWith(db, cityId, 2039, {}, "draft");

    expect(await setFromUnits(db, cityWriter, cityReport, LETTERS)).toMatchObject({ ok: true, value: 128 });
    const source = await db.figureSource.findUniqueOrThrow({ where: { reportId_figureId: { reportId: cityReport, figureId: LETTERS } } });
    expect(source.detail).toBe("数据来源：各单位合计（洛阳市老城区人民政府 77、洛阳市西工区人民政府 51）");

    // 老城区 corrects its report: the city's figure follows on the next opening.
    const stored = await getReport(db, laocheng);
    await db.report.update({ where: { id: laocheng }, data: { status: "draft" } });
    await saveReport(db, null, { reportId: laocheng, baseVersion: stored?.version ?? 0, content: withFigure(stored!.report, LETTERS, 80) });
    await db.report.update({ where: { id: laocheng }, data: { status: "sent" } });
    await refreshFromUnits(db, cityWriter, cityReport);
    expect((await getReport(db, cityReport))?.report.figures.petitions.letters).toBe(131);

    // The city types its own value: from then on it is fixed.
    const mine = await getReport(db, cityReport);
    await saveReport(db, cityWriter, { reportId: cityReport, baseVersion: mine?.version ?? 0, content: withFigure(mine!.report, LETTERS, 140) });
    await refreshFromUnits(db, cityWriter, cityReport);
    expect((await getReport(db, cityReport))?.report.figures.petitions.letters).toBe(140);
    expect(await db.figureSource.count({ where: { reportId: cityReport } })).toBe(0);
  });
});
