import { z } from "@/lib/report/zod";
import type { Report } from "@/lib/report/schema";
import { recordId, versionNumber, type ActionRefusal, type ActionResult, type Refusal } from "@/lib/server/actions/action.schema";

/**
 * Autosave: the report as the editor holds it and the version it started
 * from. The content is checked by the draft schema where it is saved, so its
 * issues keep the report's own field paths.
 */
export const saveReportInput = z.strictObject({
  reportId: recordId,
  baseVersion: versionNumber,
  content: z.unknown(),
  /**
   * The save overrides a version its author did not write from (保留我的版本
   * or 合并 after a conflict, which may be the same person in another
   * window): it starts a revision of its own, so the version it replaced
   * stays in the history rather than being folded over.
   */
  apart: z.boolean().optional(),
});
export type SaveReportInput = z.input<typeof saveReportInput>;

/** Someone saved since `baseVersion`: nothing was written; here is what they saved. */
export type SaveConflict = Refusal<"conflict"> & { version: number; savedAt: string; report: Report };

/** Saved as `version`; or why not. Signed out, refused or moved on to review: the editor keeps the work locally. */
export type SaveReportResult = ActionResult<{ version: number; savedAt: string }, ActionRefusal | Refusal<"missing"> | SaveConflict>;
