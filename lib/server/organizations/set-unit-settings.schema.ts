import { z } from "@/lib/report/zod";
import { recordId, type ActionRefusal, type ActionResult, type Refusal } from "@/lib/server/actions/action.schema";

export const ORGANIZATION_KINDS = { government: "政府", department: "部门" } as const;

/** 单位设置: its kind, its contact for 催报, and whether those above it may read its reports before they are sent. */
export const setUnitSettingsInput = z.strictObject({
  organizationId: recordId,
  kind: z.enum(["government", "department"], { error: "请选择单位类别" }),
  contactName: z.string().trim().max(40, "联系人不能超过40个字符").default(""),
  contactPhone: z
    .string()
    .trim()
    .max(40, "电话不能超过40个字符")
    .regex(/^[0-9０-９+\-－()（）\s转,，、]*$/, "电话只能包含数字、+、-、括号和“转”")
    .default(""),
  // A ticked checkbox sends "on"; an unticked one sends nothing.
  parentReadsDrafts: z
    .literal("on")
    .optional()
    .transform((v) => v === "on"),
});
export type SetUnitSettingsInput = z.output<typeof setUnitSettingsInput>;
export type SetUnitSettingsResult = ActionResult<{ id: string }, ActionRefusal | Refusal<"missing">>;
