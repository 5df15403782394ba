import { createReport } from "../../lib/server/reports/create-report";
import { createSession } from "../../lib/server/auth/sessions";
import { seedDemo } from "../../prisma/seed/demo";
import { DEMO_ACCOUNTS } from "../../prisma/seed/accounts";
import { hashPassword } from "../../lib/security/password";
import type { Db } from "../../lib/db/client";

/**
 * The people and reports an authorization matrix needs: a session for every
 * demo account, 老城区's 2020 report and a 西工区 report, so that each role
 * meets a report of its own organization, of a unit below it, and of an
 * organization it has nothing to do with. Beside the demo accounts, two
 * more administrators: 老城区's own (`laocheng-admin`), below the city's, and
 * one of 开封市人民政府 (`kaifeng-admin`), an organization unrelated to 洛阳.
 */
export async function matrixFixture(db: Db) {
  const seeded = await seedDemo(db);
  const xigong = await createReport(db, null, { organizationId: seeded.otherDistrictId, year: 2020 });
  if (!xigong.ok) throw new Error(xigong.message);
  const unrelated = await db.organization.create({ data: { name: "开封市人民政府", shortName: "开封市" } });
  const passwordHash = await hashPassword("matrix-admin-pw");
  const admins = [
    { username: "laocheng-admin", organizationId: seeded.districtId },
    { username: "kaifeng-admin", organizationId: unrelated.id },
  ];
  for (const a of admins) await db.user.create({ data: { ...a, displayName: a.username, role: "admin", passwordHash } });
  const tokens: Record<string, string> = {};
  for (const account of [...DEMO_ACCOUNTS, ...admins]) {
    const user = await db.user.findUniqueOrThrow({ where: { username: account.username } });
    tokens[account.username] = (await createSession(db, user.id)).token;
  }
  return { laochengReport: seeded.reportId, xigongReport: xigong.reportId, unrelatedId: unrelated.id, tokens, ...seeded };
}
