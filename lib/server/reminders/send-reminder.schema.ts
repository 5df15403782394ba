import { z } from "@/lib/report/zod";
import { recordId, type ActionRefusal, type ActionResult, type Refusal } from "@/lib/server/actions/action.schema";

/** 催报: the unit reminded and the year of the report it owes. */
export const sendReminderInput = z.strictObject({
  organizationId: recordId,
  year: z.coerce.number({ error: "请填写年度" }).int("年度应为整数").min(2000, "年度不能早于2000年").max(2100, "年度不能晚于2100年"),
});
export type SendReminderInput = z.output<typeof sendReminderInput>;
export type SendReminderResult = ActionResult<{ id: string; unit: string }, ActionRefusal | Refusal<"missing">>;
