import { z } from "@/lib/report/zod";
import { recordId, type ActionRefusal, type ActionResult, type Refusal } from "@/lib/server/actions/action.schema";

/** 新增事项, as the admin form sends it; keywords separated by 、，, or spaces. */
export const addChecklistItemInput = z.strictObject({
  title: z.string().trim().min(1, "请填写事项名称").max(60, "事项名称不能超过60个字符"),
  keywords: z
    .string()
    .max(300, "关键词不能超过300个字符")
    .default("")
    .transform((s) =>
      s
        .split(/[、，,;；\s]+/)
        .map((w) => w.trim())
        .filter((w) => w !== ""),
    )
    .refine((words) => words.length <= 20, "关键词不能超过20个"),
});
export type AddChecklistItemInput = z.output<typeof addChecklistItemInput>;
export type AddChecklistItemResult = ActionResult<{ id: string }, ActionRefusal | Refusal<"exists">>;

export const removeChecklistItemInput = z.strictObject({ id: recordId });
export type RemoveChecklistItemInput = z.output<typeof removeChecklistItemInput>;
export type RemoveChecklistItemResult = ActionResult<{ id: string }, ActionRefusal | Refusal<"missing">>;
