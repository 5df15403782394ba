import { z } from "./zod";

/** The home page's 新建年度报告 form and the action behind it validate the same input. */
export const newReportInputSchema = z.strictObject({
  organizationId: z.string().min(1, "请选择单位").max(64),
  year: z
    .number("年度应为数字，如 2021")
    .int("年度应为整数")
    .min(2000, "年度不能早于2000年")
    .max(2100, "年度不能晚于2100年"),
});
