import { z } from "@/lib/report/zod";
import { recordId, type ActionRefusal, type ActionResult } from "@/lib/server/actions/action.schema";

export const listRevisionsInput = z.strictObject({ reportId: recordId });
export type ListRevisionsInput = z.input<typeof listRevisionsInput>;

export interface RevisionListEntry {
  version: number;
  createdAt: string;
  /** Characters of the stored JSON: enough to see at a glance that a save emptied or doubled the report. */
  size: number;
}

/** Every saved version of a report, newest first. */
export type ListRevisionsResult = ActionResult<{ revisions: RevisionListEntry[] }, ActionRefusal>;
