import { z } from "@/lib/report/zod";
import { recordId, versionNumber } from "@/lib/server/actions/action.schema";
import type { SaveReportResult } from "./save-report.schema";

/** 恢复此版本: the revision to restore, saved on top of the version the editor is at. */
export const restoreRevisionInput = z.strictObject({ reportId: recordId, version: versionNumber, baseVersion: versionNumber });
export type RestoreRevisionInput = z.input<typeof restoreRevisionInput>;

/** A restore is a save; "missing" when the revision does not exist. */
export type RestoreRevisionResult = SaveReportResult;
