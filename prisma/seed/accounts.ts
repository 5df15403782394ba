import type { Db } from "../../lib/db/client";
import { hashPassword } from "../../lib/security/password";
import type { Role } from "../../lib/access/roles";

/** The demo accounts the README lists: one per role, plus a drafter of another district. */
export const DEMO_PASSWORD = "fazhi-demo";

export const DEMO_ACCOUNTS: readonly { username: string; displayName: string; role: Role; organization: string }[] = [
  { username: "drafter", displayName: "老城区起草人", role: "drafter", organization: "洛阳市老城区人民政府" },
  { username: "reviewer", displayName: "老城区审核人", role: "reviewer", organization: "洛阳市老城区人民政府" },
  { username: "city", displayName: "洛阳市上级审阅", role: "parentReviewer", organization: "洛阳市人民政府" },
  { username: "admin", displayName: "系统管理员", role: "admin", organization: "洛阳市人民政府" },
  { username: "xigong", displayName: "西工区起草人", role: "drafter", organization: "洛阳市西工区人民政府" },
];

export async function seedDemoAccounts(db: Db): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const org = await db.organization.findUnique({ where: { name: account.organization } });
    if (!org) throw new Error(`seed: organization ${account.organization} missing`);
    const user = await db.user.upsert({
      where: { username: account.username },
      update: {},
      create: { username: account.username, displayName: account.displayName, role: account.role, organizationId: org.id, passwordHash },
    });
    ids[account.username] = user.id;
  }
  return ids;
}
