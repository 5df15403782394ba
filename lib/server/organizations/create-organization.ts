import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { invalid } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { isUniqueViolation } from "@/lib/server/years/unique-violation";
import type { CreateOrganizationInput, CreateOrganizationResult } from "./create-organization.schema";

const sameName = () => invalid([{ path: "name", message: "已有同名单位" }]);
export const sameCode = () => invalid([{ path: "creditCode", message: "已有单位使用此统一社会信用代码" }]);

/** An organization, created by an administrator; the row and its audit line are one transaction. */
export async function createOrganization(db: Db, admin: Actor, input: CreateOrganizationInput): Promise<CreateOrganizationResult> {
  const { parentId, creditCode, ...data } = input;
  if (await db.organization.findUnique({ where: { name: data.name } })) return sameName();
  if (creditCode && (await db.organization.findUnique({ where: { creditCode } }))) return sameCode();
  if (!(await db.organization.findUnique({ where: { id: parentId } }))) {
    return invalid([{ path: "parentId", message: "上级单位不存在" }]);
  }
  try {
    return await db.transaction(async (tx) => {
      await tx.organization.create({ data: { ...data, creditCode: creditCode || null, parentId } });
      await recordEvent(tx, { action: "create_organization", actor: admin, detail: data.name });
      return { ok: true } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return sameName();
    throw error;
  }
}
