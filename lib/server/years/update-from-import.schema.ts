import { z } from "@/lib/report/zod";
import { recordId, versionNumber } from "@/lib/server/actions/action.schema";
import type { SaveReportResult } from "@/lib/server/reports/save-report.schema";

/** 用导入的内容更新报告: the content the review showed (JSON), saved on top of the version its differences were against. */
export const updateFromImportInput = z.strictObject({
  reportId: recordId,
  baseVersion: z.coerce.number().pipe(versionNumber),
  content: z.string().max(10 * 1024 * 1024, "导入的内容过大"),
});
export type UpdateFromImportInput = z.output<typeof updateFromImportInput>;

/** A save: refused as a conflict when someone saved the report since the differences were shown. */
export type UpdateFromImportResult = SaveReportResult;
