import { z } from "@/lib/report/zod";
import { ROLE_KEYS } from "@/lib/access/roles";
import type { ActionRefusal, ActionResult } from "@/lib/server/actions/action.schema";

/** 新建账号, as the admin page's form sends it. */
export const createUserInput = z.strictObject({
  username: z
    .string()
    .trim()
    .min(2, "用户名至少2个字符")
    .max(40, "用户名不能超过40个字符")
    .regex(/^[A-Za-z0-9._-]+$/, "用户名只能包含字母、数字、点、横线和下划线"),
  displayName: z.string().trim().min(1, "请填写姓名").max(40, "姓名不能超过40个字符"),
  role: z.enum(ROLE_KEYS, "请选择角色"),
  organizationId: z.string().min(1, "请选择单位"),
  password: z.string().min(8, "密码至少8位").max(200, "密码不能超过200位"),
});
export type CreateUserInput = z.output<typeof createUserInput>;

export type CreateUserResult = ActionResult<Record<never, never>, ActionRefusal>;
