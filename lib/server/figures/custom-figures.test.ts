import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import type { Db } from "@/lib/db/client";
import { isRole, type Actor } from "@/lib/access/roles";
import { runCustomFigureChecks } from "@/lib/report/custom-figures";
import { getReport } from "@/lib/server/reports/get-report";
import { saveReport } from "@/lib/server/reports/save-report";
import { createCustomFigure } from "./create-custom-figure";
import { createCustomFigureInput } from "./create-custom-figure.schema";
import { customFiguresFor } from "./list-custom-figures";
import { removeCustomFigure } from "./remove-custom-figure";
import { updateCustomFigure } from "./update-custom-figure";
import { updateCustomFigureInput } from "./update-custom-figure.schema";

async function actor(db: Db, username: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { username } });
  if (!isRole(u.role)) throw new Error(u.role);
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, organizationId: u.organizationId };
}

/** An administrator of an organization outside 洛阳市's tree. */
async function outsideAdmin(db: Db): Promise<Actor> {
  const org = await db.organization.upsert({ where: { name: "开封市人民政府" }, update: {}, create: { name: "开封市人民政府", shortName: "开封市" } });
  const user = await db.user.upsert({
    where: { username: "kaifeng-admin" },
    update: {},
    create: { username: "kaifeng-admin", displayName: "开封市管理员", role: "admin", organizationId: org.id, passwordHash: "x" },
  });
  return { id: user.id, username: user.username, displayName: user.displayName, role: "admin", organizationId: org.id };
}

const form = (more: Record<string, unknown> = {}) => ({ label: "营商环境投诉", unit: "件", topic: "__new", newTopic: "营商环境", kind: "count", ...more });
/** A new figure as the form sends it, read by the action's schema. */
const definition = (more: Record<string, unknown> = {}) => createCustomFigureInput.parse(form(more));
/** A changed figure as the edit form sends it. */
const edited = (id: string, more: Record<string, unknown> = {}) => updateCustomFigureInput.parse({ id, ...form(more) });
/** The refusal of one problem, shown on its field. */
const invalidAt = (path: string, message: string) => ({ ok: false, status: "invalid", message, issues: [{ path, message }] });

describeEachDatabase("custom figures", (get) => {
  it("lets the city's administrator add figures that apply to the city and to every district below it, not elsewhere", async () => {
    const { db } = get();
    const { cityId, districtId, otherDistrictId } = await seedDemo(db);
    const admin = await actor(db, "admin");
    const created = await createCustomFigure(db, admin, cityId, definition({ label: "涉企投诉", position: "5" }));
    if (!created.ok) throw new Error(JSON.stringify(created));
    for (const organizationId of [cityId, districtId, otherDistrictId]) {
      expect((await customFiguresFor(db, organizationId)).find((d) => d.id === created.id)).toMatchObject({
        label: "涉企投诉",
        unit: "件",
        topic: "营商环境",
        kind: "count",
        sumOf: [],
        position: 5,
        organizationId: cityId,
      });
    }
    const outside = await outsideAdmin(db);
    expect((await customFiguresFor(db, outside.organizationId)).map((d) => d.id)).not.toContain(created.id);
    expect(await db.auditEvent.findFirst({ where: { action: "create_custom_figure", detail: "涉企投诉" } })).not.toBeNull();
  });

  it("refuses everyone but the organization's own administrators, writing nothing and logging the attempt", async () => {
    const { db } = get();
    const { cityId, districtId } = await seedDemo(db);
    const before = await db.customFigure.count();
    for (const username of ["drafter", "reviewer", "city"]) {
      expect(await createCustomFigure(db, await actor(db, username), cityId, definition({ label: `越权${username}` }))).toMatchObject({ status: "forbidden" });
    }
    // The city's administrator defines the city's figures, not the district's own.
    expect(await createCustomFigure(db, await actor(db, "admin"), districtId, definition({ label: "越权区级" }))).toMatchObject({ status: "forbidden" });
    const outside = await outsideAdmin(db);
    expect(await createCustomFigure(db, outside, cityId, definition({ label: "越权外市" }))).toMatchObject({ status: "forbidden" });
    const [mine] = await customFiguresFor(db, cityId);
    if (!mine) throw new Error("the demo city has custom figures");
    expect(await updateCustomFigure(db, outside, edited(mine.id))).toMatchObject({ status: "forbidden" });
    expect(await removeCustomFigure(db, await actor(db, "city"), { id: mine.id })).toMatchObject({ status: "forbidden" });
    expect(await db.customFigure.count()).toBe(before);
    expect(await db.auditEvent.count({ where: { action: "forbidden", detail: { startsWith: "custom figures" } } })).toBeGreaterThanOrEqual(7);
  });

  it("answers a definition that clashes with the catalogue on its field, and unknown ids as missing", async () => {
    const { db } = get();
    const { cityId } = await seedDemo(db);
    const admin = await actor(db, "admin");
    const before = await db.customFigure.count();
    expect(await createCustomFigure(db, admin, cityId, definition({ label: "行政处罚案件" }))).toEqual(invalidAt("label", "数据目录中已有“行政处罚案件”，无需自定义"));
    expect(await updateCustomFigure(db, admin, edited("no-such-id"))).toMatchObject({ status: "missing" });
    expect(await removeCustomFigure(db, admin, { id: "no-such-id" })).toMatchObject({ status: "missing" });
    expect(await db.customFigure.count()).toBe(before);
  });

  it("keeps sums sound: parts must exist and add up in kind, no cycles, no removing or retyping a counted part", async () => {
    const { db } = get();
    const { cityId } = await seedDemo(db);
    const admin = await actor(db, "admin");
    const part = await createCustomFigure(db, admin, cityId, definition({ label: "涉企行政检查", unit: "次" }));
    if (!part.ok) throw new Error(JSON.stringify(part));
    const total = await createCustomFigure(db, admin, cityId, definition({ label: "检查总数", unit: "次", sumOf: ["enforcement.inspections", part.id] }));
    if (!total.ok) throw new Error(JSON.stringify(total));
    expect(await createCustomFigure(db, admin, cityId, definition({ label: "坏合计", sumOf: ["enforcement.inspections", "missing-id"] }))).toEqual(invalidAt("sumOf", "合计中的数据“missing-id”不存在"));
    expect(await updateCustomFigure(db, admin, edited(part.id, { label: "涉企行政检查", unit: "次", sumOf: [total.id, "enforcement.inspections"] }))).toEqual(invalidAt("sumOf", "“检查总数”的合计又包含本数据项，形成循环"));
    expect(await updateCustomFigure(db, admin, edited(part.id, { label: "涉企行政检查", kind: "rate" }))).toEqual(invalidAt("kind", "“检查总数”的合计包含本数据项，不能改变其类型"));
    expect(await removeCustomFigure(db, admin, { id: part.id })).toEqual({
      ok: false,
      status: "invalid",
      message: "“检查总数”的合计包含“涉企行政检查”，请先修改合计再删除",
    });
    expect(await removeCustomFigure(db, admin, { id: total.id })).toEqual({ ok: true, id: total.id });
    expect(await removeCustomFigure(db, admin, { id: part.id })).toEqual({ ok: true, id: part.id });
    expect(await db.customFigure.count({ where: { id: { in: [part.id, total.id] } } })).toBe(0);
  });

  it("renames and reorders a figure, and refuses a name the organization already uses", async () => {
    const { db } = get();
    const { cityId } = await seedDemo(db);
    const admin = await actor(db, "admin");
    const a = await createCustomFigure(db, admin, cityId, definition({ label: "甲数据" }));
    const b = await createCustomFigure(db, admin, cityId, definition({ label: "乙数据" }));
    if (!a.ok || !b.ok) throw new Error("create failed");
    expect(await updateCustomFigure(db, admin, edited(b.id, { label: "甲数据" }))).toEqual(invalidAt("label", "已有名为“甲数据”的自定义数据项"));
    expect(await updateCustomFigure(db, admin, edited(b.id, { label: "丙数据", topic: "enforcement", unit: "次", position: "0" }))).toEqual({ ok: true, id: b.id });
    expect((await customFiguresFor(db, cityId)).find((d) => d.id === b.id)).toMatchObject({ label: "丙数据", topic: "enforcement", unit: "次", position: 0 });
    expect(await db.auditEvent.findFirst({ where: { action: "update_custom_figure", detail: "丙数据" } })).not.toBeNull();
  });

  it("stores a district's values with its report and checks them against the city's definitions", async () => {
    const { db } = get();
    const { districtId, reportId } = await seedDemo(db);
    const definitions = await customFiguresFor(db, districtId);
    const mediation = definitions.find((d) => d.label === "行政调解案件");
    const disputes = definitions.find((d) => d.label === "化解矛盾纠纷");
    if (!mediation || !disputes) throw new Error("demo definitions missing");
    const stored = await getReport(db, reportId);
    if (!stored) throw new Error("demo report missing");
    const report = structuredClone(stored.report);
    report.figures.legalEducation.mediationCases = 1200;
    report.customFigures = { [mediation.id]: "300余", [disputes.id]: 1400 };
    expect(await saveReport(db, null, { reportId, baseVersion: stored.version, content: report })).toMatchObject({ ok: true });
    const saved = await getReport(db, reportId);
    expect(saved?.report.customFigures).toEqual({ [mediation.id]: "300余", [disputes.id]: 1400 });
    const checks = runCustomFigureChecks(definitions, { figures: saved!.report.figures, customFigures: saved!.report.customFigures });
    expect(checks.issues.map((i) => i.message)).toEqual([
      "人民调解案件（1200）与行政调解案件（300余）之和与化解矛盾纠纷（1400）不一致（含约数，按约数可能的范围判断）",
      "人民调解案件（1200）与行政调解案件（300余）之和与化解矛盾纠纷（1400）不一致（含约数，按约数可能的范围判断）",
      "人民调解案件（1200）与行政调解案件（300余）之和与化解矛盾纠纷（1400）不一致（含约数，按约数可能的范围判断）",
    ]);
  });
});
