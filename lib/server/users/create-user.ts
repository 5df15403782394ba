import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { hashPassword } from "@/lib/security/password";
import { commonPasswordProblem } from "@/lib/security/common-passwords";
import { invalid } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { isUniqueViolation } from "@/lib/server/years/unique-violation";
import type { CreateUserInput, CreateUserResult } from "./create-user.schema";

const taken = () => invalid([{ path: "username", message: "该用户名已被使用" }]);

/** An account, created by an administrator; the account and its audit line are one transaction. */
export async function createUser(db: Db, admin: Actor, input: CreateUserInput): Promise<CreateUserResult> {
  const { password, ...data } = input;
  const weak = commonPasswordProblem(password, data.username);
  if (weak) return invalid([{ path: "password", message: weak }]);
  if (await db.user.findUnique({ where: { username: data.username } })) return taken();
  if (!(await db.organization.findUnique({ where: { id: data.organizationId } }))) {
    return invalid([{ path: "organizationId", message: "单位不存在" }]);
  }
  // Hashing is slow on purpose: it is done before the transaction, which then holds its locks only for the writes.
  const passwordHash = await hashPassword(password);
  try {
    return await db.transaction(async (tx) => {
      await tx.user.create({ data: { ...data, passwordHash } });
      await recordEvent(tx, { action: "create_user", actor: admin, detail: `${data.username}（${data.role}）` });
      return { ok: true } as const;
    });
  } catch (error) {
    // Two administrators creating the same username at once: the database's unique constraint decides.
    if (isUniqueViolation(error)) return taken();
    throw error;
  }
}
