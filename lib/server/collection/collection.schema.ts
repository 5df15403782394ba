import { z } from "@/lib/report/zod";
import { recordId, type ActionRefusal, type ActionResult, type Refusal } from "@/lib/server/actions/action.schema";

/** A checkbox list sends nothing, one value or several: always a list here. */
const list = (message: string) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().min(1).max(100)).max(500, "选择过多")).refine((a) => a.length > 0, message);

/** 发起数据征集: what is asked (figures, or whole topics), of which departments, by when. */
export const createRequestInput = z.strictObject({
  year: z.coerce.number({ error: "请填写年度" }).int("年度应为整数").min(2000, "年度不能早于2000年").max(2100, "年度不能晚于2100年"),
  title: z.string().trim().min(1, "请填写征集事项名称").max(60, "名称不能超过60个字符"),
  deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "请填写截止日期"),
  figureIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().min(1).max(100)).max(500, "选择过多")),
  topics: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().min(1).max(100)).max(50, "选择过多")),
  departmentIds: list("请至少选择一个部门"),
});
export type CreateRequestInput = z.output<typeof createRequestInput>;
export type CreateRequestResult = ActionResult<{ id: string }, ActionRefusal | Refusal<"missing">>;

/** A department's answer: for each figure asked, the value as the report would state it and where it comes from. */
export const saveReplyInput = z.strictObject({
  replyId: recordId,
  intent: z.enum(["save", "submit"]),
  figures: z.record(
    z.string().max(100),
    z.object({ value: z.string().max(40, "数值不能超过40个字符").default(""), note: z.string().trim().max(200, "来源说明不能超过200个字符").default("") }),
  ),
});
export type SaveReplyInput = z.output<typeof saveReplyInput>;
export type SaveReplyResult = ActionResult<{ status: string }, ActionRefusal | Refusal<"missing">>;

/** value.<figureId> and note.<figureId> fields of the reply form, as the schema's record. */
export function replyFormInput(fields: Record<string, unknown>): unknown {
  const figures: Record<string, { value?: unknown; note?: unknown }> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(fields)) {
    const m = /^(value|note):(.+)$/.exec(key);
    if (!m?.[1] || !m[2]) rest[key] = v;
    else (figures[m[2]] ??= {})[m[1] === "value" ? "value" : "note"] = v;
  }
  return { ...rest, figures };
}

export const acceptReplyInput = z.strictObject({ replyId: recordId });
export type AcceptReplyResult = ActionResult<{ accepted: number }, ActionRefusal | Refusal<"missing" | "conflict">>;

export const remindDepartmentInput = z.strictObject({ replyId: recordId });
export type RemindDepartmentResult = ActionResult<{ id: string; unit: string }, ActionRefusal | Refusal<"missing">>;
