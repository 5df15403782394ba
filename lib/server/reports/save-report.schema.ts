import { z } from "@/lib/report/zod";
import type { Report } from "@/lib/report/schema";
import { recordId, versionNumber, type ActionRefusal, type ActionResult, type Refusal } from "@/lib/server/actions/action.schema";

/**
 * Autosave: the report as the editor holds it and the version it started
 * from. The content is checked by the draft schema where it is saved, so its
 * issues keep the report's own field paths.
 */
export const saveReportInput = z.strictObject({ reportId: recordId, baseVersion: versionNumber, content: z.unknown() });
export type SaveReportInput = z.input<typeof saveReportInput>;

/** Someone saved since `baseVersion`: nothing was written; here is what they saved. */
export type SaveConflict = Refusal<"conflict"> & { version: number; savedAt: string; report: Report };

/** Saved as `version`; or why not. Signed out, refused or moved on to review: the editor keeps the work locally. */
export type SaveReportResult = ActionResult<{ version: number; savedAt: string }, ActionRefusal | Refusal<"missing"> | SaveConflict>;
