import { z } from "@/lib/report/zod";
import type { ActionRefusal, ActionResult } from "@/lib/server/actions/action.schema";
import { creditCodeField } from "./create-organization.schema";

/** 统一社会信用代码 of an existing organization, as the admin page's form sends it; "" removes it. */
export const setCreditCodeInput = z.strictObject({
  organizationId: z.string().min(1, "请选择单位").max(64),
  creditCode: creditCodeField,
});
export type SetCreditCodeInput = z.output<typeof setCreditCodeInput>;

export type SetCreditCodeResult = ActionResult<Record<never, never>, ActionRefusal>;
