import { z } from "@/lib/report/zod";
import type { Report } from "@/lib/report/schema";
import { recordId, versionNumber, type ActionRefusal, type ActionResult, type Refusal } from "@/lib/server/actions/action.schema";

export const getRevisionInput = z.strictObject({ reportId: recordId, version: versionNumber });
export type GetRevisionInput = z.input<typeof getRevisionInput>;

/** One saved version, read through today's draft schema. */
export interface RevisionView {
  version: number;
  createdAt: string;
  report: Report;
}

export type GetRevisionResult = ActionResult<RevisionView, ActionRefusal | Refusal<"missing">>;
