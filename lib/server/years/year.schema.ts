import { z } from "@/lib/report/zod";

const year = z.number("年度应为数字，如 2019").int("年度应为整数").min(2000, "年度不能早于2000年").max(2100, "年度不能晚于2100年");

/** A year a form must give, as text. */
export const requiredYear = z.string("请填写报告的年度").trim().min(1, "请填写报告的年度").transform(Number).pipe(year);

/** A year a form may leave blank: null, the year is then recognised from the text. */
export const optionalYear = z.preprocess((v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v), requiredYear.nullable());
