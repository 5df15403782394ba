import { z } from "@/lib/report/zod";
import type { ActionRefusal, ActionResult } from "@/lib/server/actions/action.schema";

/** 修改密码, as the account page's form sends it. */
export const changePasswordInput = z
  .strictObject({
    current: z.string().min(1, "请填写当前密码"),
    next: z.string().min(8, "新密码至少8位").max(200, "密码不能超过200位"),
    repeat: z.string(),
  })
  .refine((v) => v.next === v.repeat, { message: "两次输入的新密码不一致", path: ["repeat"] });
export type ChangePasswordInput = z.output<typeof changePasswordInput>;

export type ChangePasswordResult = ActionResult<Record<never, never>, ActionRefusal>;
