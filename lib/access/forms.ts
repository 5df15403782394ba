import { z } from "@/lib/report/zod";
import { ROLE_KEYS } from "./roles";

/** Inputs of the account and organization forms, shared by the forms and the server. */
export const newUserSchema = z.strictObject({
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

const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "请填写月-日，如 03-01");

export const newOrganizationSchema = z.strictObject({
  name: z.string().trim().min(2, "请填写单位全称").max(100, "单位全称不能超过100个字符"),
  shortName: z.string().trim().min(1, "请填写单位简称").max(40, "单位简称不能超过40个字符"),
  parentId: z.string().default(""),
  reportDue: monthDay.default("03-01"),
  publishDue: monthDay.default("04-01"),
});

export const changePasswordSchema = z
  .strictObject({
    current: z.string().min(1, "请填写当前密码"),
    next: z.string().min(8, "新密码至少8位").max(200, "密码不能超过200位"),
    repeat: z.string(),
  })
  .refine((v) => v.next === v.repeat, { message: "两次输入的新密码不一致", path: ["repeat"] });
