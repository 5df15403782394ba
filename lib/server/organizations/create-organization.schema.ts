import { z } from "@/lib/report/zod";
import { creditCodeProblem, normalizeCreditCode } from "@/lib/publication/credit-code";
import type { ActionRefusal, ActionResult } from "@/lib/server/actions/action.schema";

/** A month and day, the deadlines' form; a field left blank takes the default. */
const monthDay = (fallback: string) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "请填写月-日，如 03-01").default(fallback));

/** 统一社会信用代码 as typed (either case, stray spaces); "" leaves it unset. */
export const creditCodeField = z.preprocess(
  (v) => (typeof v === "string" ? normalizeCreditCode(v) : v),
  z
    .string()
    // The length is the first thing creditCodeProblem checks, so one message names it.
    .superRefine((code, ctx) => {
      const problem = code === "" ? null : creditCodeProblem(code);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .default(""),
);

/** 新建单位, as the admin page's form sends it. */
export const createOrganizationInput = z.strictObject({
  name: z.string().trim().min(2, "请填写单位全称").max(100, "单位全称不能超过100个字符"),
  shortName: z.string().trim().min(1, "请填写单位简称").max(40, "单位简称不能超过40个字符"),
  /** Always one the administrator manages: a top-level organization comes with its first administrator (`report create-admin`). */
  parentId: z.string().min(1, "请选择上级单位").max(64, "上级单位有误"),
  creditCode: creditCodeField,
  reportDue: monthDay("03-01"),
  publishDue: monthDay("04-01"),
});
export type CreateOrganizationInput = z.output<typeof createOrganizationInput>;

export type CreateOrganizationResult = ActionResult<Record<never, never>, ActionRefusal>;
