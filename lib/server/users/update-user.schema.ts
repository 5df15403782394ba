import { z } from "@/lib/report/zod";
import { ROLE_KEYS } from "@/lib/access/roles";
import { recordId, type ActionRefusal, type ActionResult, type Refusal } from "@/lib/server/actions/action.schema";

/** 编辑账号, as the account's page sends it: name, role, organization and whether it is 停用. */
export const updateUserInput = z.strictObject({
  userId: recordId,
  displayName: z.string().trim().min(1, "请填写姓名").max(40, "姓名不能超过40个字符"),
  role: z.enum(ROLE_KEYS, "请选择角色"),
  organizationId: z.string().min(1, "请选择单位").max(64, "单位有误"),
  // A checkbox: sent as "on" when ticked, absent otherwise.
  disabled: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).default(false),
});
export type UpdateUserInput = z.output<typeof updateUserInput>;

export type UpdateUserResult = ActionResult<Record<never, never>, ActionRefusal | Refusal<"missing">>;
