import { z } from "@/lib/report/zod";
import { recordId, type ActionRefusal, type ActionResult, type Refusal } from "@/lib/server/actions/action.schema";

/** 重置密码, as the account's page sends it: a temporary password the administrator hands over. */
export const resetPasswordInput = z.strictObject({
  userId: recordId,
  password: z.string().min(8, "临时密码至少8位").max(200, "密码不能超过200位"),
});
export type ResetPasswordInput = z.output<typeof resetPasswordInput>;

export type ResetPasswordResult = ActionResult<Record<never, never>, ActionRefusal | Refusal<"missing">>;
