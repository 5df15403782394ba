import { z } from "@/lib/report/zod";
import { recordId, type ActionRefusal, type ActionResult } from "@/lib/server/actions/action.schema";

export const listRevisionsInput = z.strictObject({ reportId: recordId });
export type ListRevisionsInput = z.input<typeof listRevisionsInput>;

/** One revision: an editing stretch of one person, or a single save. */
export interface RevisionListEntry {
  /** The newest version it holds. */
  version: number;
  /** Its first save and its last. */
  createdAt: string;
  savedAt: string;
  /** Saves folded into it. */
  saveCount: number;
  /** 版本名称 (报送版, 提交审核时); null when unnamed. */
  name: string | null;
  /** Who saved it, by name; null for the seed and imports by the console. */
  authorName: string | null;
  /** Characters of text as the reader counts them: enough to see at a glance that a save emptied or doubled the report. */
  size: number;
}

/** Every revision of a report, newest first. */
export type ListRevisionsResult = ActionResult<{ revisions: RevisionListEntry[] }, ActionRefusal>;
