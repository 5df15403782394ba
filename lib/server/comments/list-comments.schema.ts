import { z } from "@/lib/report/zod";
import { recordId, type ActionRefusal, type ActionResult } from "@/lib/server/actions/action.schema";
import type { CommentView } from "./add-comment.schema";

/** The open 批注 of a report, asked again by the editor while it is open, so others' comments show without a reload. */
export const listCommentsInput = z.strictObject({ reportId: recordId });
export type ListCommentsInput = z.input<typeof listCommentsInput>;
export type ListCommentsResult = ActionResult<{ comments: CommentView[] }, ActionRefusal>;
