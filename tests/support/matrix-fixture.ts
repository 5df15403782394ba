import { createReport } from "../../lib/server/reports/create-report";
import { createSession } from "../../lib/server/auth/sessions";
import { seedDemo } from "../../prisma/seed/demo";
import { DEMO_ACCOUNTS } from "../../prisma/seed/accounts";
import type { Db } from "../../lib/db/client";

/**
 * The people and reports an authorization matrix needs: a session for every
 * demo account, 老城区's 2020 report and a 西工区 report, so that each role
 * meets a report of its own organization, of a unit below it, and of an
 * organization it has nothing to do with.
 */
export async function matrixFixture(db: Db) {
  const seeded = await seedDemo(db);
  const xigong = await createReport(db, null, { organizationId: seeded.otherDistrictId, year: 2020 });
  if (!xigong.ok) throw new Error(xigong.message);
  const tokens: Record<string, string> = {};
  for (const account of DEMO_ACCOUNTS) {
    const user = await db.user.findUniqueOrThrow({ where: { username: account.username } });
    tokens[account.username] = (await createSession(db, user.id)).token;
  }
  return { laochengReport: seeded.reportId, xigongReport: xigong.reportId, tokens, ...seeded };
}
