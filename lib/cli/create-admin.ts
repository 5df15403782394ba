import { createDb } from "@/lib/db/client";
import { parseEnv } from "@/lib/env";
import { hashPassword, passwordProblem } from "@/lib/security/password";
import { commonPasswordProblem } from "@/lib/security/common-passwords";

/**
 * `report create-admin`: the first account of a fresh installation, which
 * then creates everything else in the app. Creates the organization when it
 * does not exist yet (a top-level one, e.g. 洛阳市人民政府).
 */
export async function createAdminCommand(opts: { username: string; password: string; organization: string; shortName?: string; name?: string }): Promise<void> {
  const problem = passwordProblem(opts.password) ?? commonPasswordProblem(opts.password, opts.username);
  if (problem) {
    console.error(problem);
    process.exitCode = 1;
    return;
  }
  if (!/^[A-Za-z0-9._-]{2,40}$/.test(opts.username)) {
    console.error("用户名只能包含字母、数字、点、横线和下划线（2至40个字符）");
    process.exitCode = 1;
    return;
  }
  const db = createDb(parseEnv().DATABASE_URL);
  try {
    if (await db.user.findUnique({ where: { username: opts.username } })) {
      console.error(`用户名 ${opts.username} 已存在`);
      process.exitCode = 1;
      return;
    }
    const org = await db.organization.upsert({
      where: { name: opts.organization },
      update: {},
      create: { name: opts.organization, shortName: opts.shortName ?? opts.organization },
    });
    await db.user.create({
      data: {
        username: opts.username,
        displayName: opts.name ?? "系统管理员",
        role: "admin",
        organizationId: org.id,
        passwordHash: await hashPassword(opts.password),
      },
    });
    console.log(`已创建管理员 ${opts.username}（${org.name}）`);
  } finally {
    await db.disconnect();
  }
}
