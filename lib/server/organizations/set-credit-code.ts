import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { invalid } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { isUniqueViolation } from "@/lib/server/years/unique-violation";
import { sameCode } from "./create-organization";
import type { SetCreditCodeInput, SetCreditCodeResult } from "./set-credit-code.schema";

/**
 * An organization's 统一社会信用代码, set by an administrator. 索引号 already
 * given keep the code they were made with: they are printed and cited.
 */
export async function setCreditCode(db: Db, admin: Actor, input: SetCreditCodeInput): Promise<SetCreditCodeResult> {
  const org = await db.organization.findUnique({ where: { id: input.organizationId }, select: { name: true } });
  if (!org) return invalid([{ path: "organizationId", message: "单位不存在" }]);
  const creditCode = input.creditCode || null;
  if (creditCode) {
    const holder = await db.organization.findUnique({ where: { creditCode }, select: { id: true } });
    if (holder && holder.id !== input.organizationId) return sameCode();
  }
  try {
    return await db.transaction(async (tx) => {
      await tx.organization.update({ where: { id: input.organizationId }, data: { creditCode } });
      await recordEvent(tx, { action: "set_credit_code", actor: admin, organizationId: input.organizationId, detail: `${org.name} ${creditCode ?? "（清除）"}` });
      return { ok: true } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return sameCode();
    throw error;
  }
}
