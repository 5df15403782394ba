import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import { DEMO_PASSWORD } from "@/prisma/seed/accounts";
import type { Db, Raw, RawTx, Tx } from "@/lib/db/client";
import { isRole, type Actor } from "@/lib/access/roles";
import { importReportText } from "@/lib/import";
import { getReport } from "@/lib/server/reports/get-report";
import { saveReport } from "@/lib/server/reports/save-report";
import { restoreRevision } from "@/lib/server/reports/restore-revision";
import { createReport } from "@/lib/server/reports/create-report";
import { startNextYear } from "@/lib/server/years/start-next-year";
import { createImportedReport } from "@/lib/server/years/create-imported-report";
import { transitionReport } from "@/lib/server/workflow/transition-report";
import { addComment } from "@/lib/server/comments/add-comment";
import { replyComment } from "@/lib/server/comments/reply-comment";
import { resolveComment } from "@/lib/server/comments/resolve-comment";
import { createUser } from "@/lib/server/users/create-user";
import { changePassword } from "@/lib/server/users/change-password";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { setCreditCode } from "@/lib/server/organizations/set-credit-code";
import { createCustomFigure } from "@/lib/server/figures/create-custom-figure";
import { createCustomFigureInput } from "@/lib/server/figures/create-custom-figure.schema";
import { updateCustomFigure } from "@/lib/server/figures/update-custom-figure";
import { updateCustomFigureInput } from "@/lib/server/figures/update-custom-figure.schema";
import { removeCustomFigure } from "@/lib/server/figures/remove-custom-figure";
import { logIn } from "@/lib/server/auth/log-in";
import { logOut } from "@/lib/server/auth/log-out";
import { createSession } from "@/lib/server/auth/sessions";
import { unlockUser } from "@/lib/server/users/unlock-user";

/*
 * A change and its audit line commit together or not at all. Each operation
 * that changes something runs against a database that fails in one of two
 * ways, and afterwards nothing it touches may differ:
 * - the audit insert fails: the change written before it in the transaction must not stay;
 * - the audit line is written and then the work fails (a crash before commit):
 *   neither the line nor the change may stay.
 * Then it runs for real, to show that the case does write both.
 */

const CRASH = "simulated crash";
type Fault = "audit insert fails" | "failure after the audit insert";

/** Raw SQL whose insert into the audit log fails, after really inserting when `insertFirst`. */
function failingAudit(raw: Raw, insertFirst: boolean): Raw {
  return {
    ...raw,
    execute: async (sql, ...params) => {
      if (!sql.startsWith(`INSERT INTO "AuditEvent"`)) return raw.execute(sql, ...params);
      if (insertFirst) await raw.execute(sql, ...params);
      throw new Error(CRASH);
    },
  };
}

/** `db` with its audit inserts failing, both on the client and inside every transaction it opens. */
function faulty(db: Db, fault: Fault): Db {
  const insertFirst = fault === "failure after the audit insert";
  const inTransaction = <T extends RawTx>(tx: T): T => ({ ...tx, raw: failingAudit(tx.raw, insertFirst) });
  return new Proxy(db, {
    get(target, prop) {
      if (prop === "raw") return failingAudit(target.raw, insertFirst);
      if (prop === "transaction") return (fn: (tx: Tx) => Promise<unknown>) => target.transaction((tx) => fn(inTransaction(tx)));
      if (prop === "rawTransaction") return (fn: (tx: RawTx) => Promise<unknown>) => target.rawTransaction((tx) => fn(inTransaction(tx)));
      return Reflect.get(target, prop);
    },
  });
}

/** Everything the operations below may write. */
async function everything(db: Db) {
  const byId = { orderBy: { id: "asc" } } as const;
  return {
    reports: await db.report.findMany({ ...byId, select: { id: true, year: true, version: true, status: true, content: true, updatedAt: true } }),
    revisions: await db.revision.findMany({ ...byId, select: { id: true } }),
    comments: await db.comment.findMany({ ...byId, select: { id: true, resolvedAt: true } }),
    // A workflow step's or a comment's notices go with it.
    notices: await db.notice.findMany({ ...byId, select: { id: true } }),
    users: await db.user.findMany({ ...byId, select: { id: true, passwordHash: true } }),
    organizations: await db.organization.findMany({ ...byId, select: { id: true, creditCode: true } }),
    publicationSerials: await db.publicationSerial.findMany({ orderBy: { organizationId: "asc" } }),
    customFigures: await db.customFigure.findMany(byId),
    sessions: await db.session.findMany({ ...byId, select: { id: true, expiresAt: true } }),
    // Login locks, not counts: an attempt is counted before its password is checked, outside any change's transaction (login-throttle.ts).
    locks: (await db.loginThrottle.findMany({ where: { lockedUntil: { gt: new Date() } }, orderBy: { key: "asc" } })).map((t) => t.key),
    audit: await db.auditEvent.findMany({ ...byId, select: { id: true } }),
  };
}

async function actor(db: Db, username: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { username } });
  if (!isRole(u.role)) throw new Error(u.role);
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, organizationId: u.organizationId };
}

/** Throws unless the operation answered ok: a refusal here would make the case prove nothing. */
function done(result: { ok: boolean }) {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
}

describeEachDatabase("audit lines in the change's transaction", (get) => {
  it("keeps neither a change without its audit line nor an audit line without its change", async () => {
    const { db } = get();
    const { reportId, districtId, cityId } = await seedDemo(db);
    const [drafter, reviewer, admin] = [await actor(db, "drafter"), await actor(db, "reviewer"), await actor(db, "admin")];
    const version = async () => (await db.report.findUniqueOrThrow({ where: { id: reportId } })).version;
    const imported = importReportText("一、主要工作\n（一）依法化解信访矛盾。共接收行政诉讼案件60起。\n特此报告。", { year: 2017 });
    if (!imported.ok) throw new Error(imported.message);
    const token = (await createSession(db, drafter.id)).token;
    const figure = { label: "涉企投诉", unit: "件", topic: "__new", newTopic: "营商环境", kind: "count" };
    const figureId = async () => (await db.customFigure.findFirstOrThrow({ where: { organizationId: cityId, label: { startsWith: "涉企投诉" } } })).id;

    // In workflow order: each case starts from the state the real run of the one before left.
    await db.loginThrottle.create({ data: { key: "account:city", lockedUntil: new Date(Date.now() + 600_000) } });
    const cases: [string, (d: Db) => Promise<unknown>, ("changes" | "only logs")?][] = [
      ["save", async (d) => done(await saveReport(d, drafter, { reportId, baseVersion: await version(), content: { ...(await getReport(db, reportId))?.report, preamble: "改写的导语" } }))],
      ["restore", async (d) => done(await restoreRevision(d, drafter, { reportId, version: 1, baseVersion: await version() }))],
      ["create report", async (d) => done(await createReport(d, drafter, { organizationId: districtId, year: 2030 }))],
      ["next year", async (d) => done(await startNextYear(d, drafter, { organizationId: districtId, fromYear: 2020, carryTexts: true }))],
      ["import", async (d) => done(await createImportedReport(d, drafter, { organizationId: districtId, year: 2017, content: imported.report, source: "x.txt" }))],
      ["提交审核", async (d) => done(await transitionReport(d, drafter, { reportId, transition: "submit" }))],
      ["退回修改 with its comment", async (d) => done(await transitionReport(d, reviewer, { reportId, transition: "return", text: "请补充数据来源", commentPath: "figures" }))],
      ["comment", async (d) => done(await addComment(d, reviewer, { reportId, path: "preamble", body: "导语请补充全年目标" }))],
      ["reply to a comment", async (d) => done(await replyComment(d, drafter, { reportId, commentId: (await db.comment.findFirstOrThrow({ where: { resolvedAt: null, parentId: null } })).id, body: "已补充" }))],
      ["resolve comment", async (d) => done(await resolveComment(d, drafter, { reportId, commentId: (await db.comment.findFirstOrThrow({ where: { resolvedAt: null } })).id }))],
      ["save without 索引号", async (d) => {
        const report = (await getReport(db, reportId))?.report;
        if (!report) throw new Error("no report");
        const publication = { ...report.header.publication, indexNumber: "" };
        done(await saveReport(d, drafter, { reportId, baseVersion: await version(), content: { ...report, header: { ...report.header, publication } } }));
      }],
      ["提交审核 again", async (d) => done(await transitionReport(d, drafter, { reportId, transition: "submit" }))],
      ["审定通过", async (d) => done(await transitionReport(d, reviewer, { reportId, transition: "approve" }))],
      ["报送上级", async (d) => done(await transitionReport(d, reviewer, { reportId, transition: "send" }))],
      ["set credit code", async (d) => done(await setCreditCode(d, admin, { organizationId: districtId, creditCode: "11410302MB76543211" }))],
      ["公开发布 with a generated 索引号", async (d) => done(await transitionReport(d, reviewer, { reportId, transition: "publish" }))],
      ["create account", async (d) => done(await createUser(d, admin, { username: "newcomer", displayName: "新人", role: "drafter", organizationId: districtId, password: "long-enough-pw" }))],
      ["create organization", async (d) => done(await createOrganization(d, admin, { name: "洛阳市涧西区人民政府", shortName: "涧西区", parentId: cityId, creditCode: "", reportDue: "03-01", publishDue: "04-01" }))],
      ["create custom figure", async (d) => done(await createCustomFigure(d, admin, cityId, createCustomFigureInput.parse(figure)))],
      ["update custom figure", async (d) => done(await updateCustomFigure(d, admin, updateCustomFigureInput.parse({ ...figure, id: await figureId(), label: "涉企投诉件数" })))],
      ["remove custom figure", async (d) => done(await removeCustomFigure(d, admin, { id: await figureId() }))],
      ["password change", async (d) => done(await changePassword(d, drafter, { current: DEMO_PASSWORD, next: "new-password-1", repeat: "new-password-1" }, token))],
      ["login", async (d) => done(await logIn(d, { username: "xigong", password: DEMO_PASSWORD }))],
      ["failed login", async (d) => expect(await logIn(d, { username: "reviewer", password: "not-the-password" })).toMatchObject({ status: "unauthenticated" }), "only logs"],
      ["unlock", async (d) => expect(await unlockUser(d, admin, { userId: (await actor(db, "city")).id })).toEqual({ ok: true, wasLocked: true })],
      ["logout", (d) => logOut(d, token)],
    ];

    for (const [name, run, effect = "changes"] of cases) {
      for (const fault of ["audit insert fails", "failure after the audit insert"] as const) {
        const before = await everything(db);
        await expect(run(faulty(db, fault)), `${name}: ${fault}`).rejects.toThrow(CRASH);
        expect(await everything(db), `${name}: ${fault}`).toEqual(before);
      }
      const before = await everything(db);
      await run(db);
      const after = await everything(db);
      expect(after.audit.length, `${name} writes its audit line`).toBe(before.audit.length + 1);
      if (effect === "changes") expect({ ...after, audit: [] }, `${name} changes something`).not.toEqual({ ...before, audit: [] });
    }
  });
});
