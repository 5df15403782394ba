import { z } from "@/lib/report/zod";
import { recordId, type ActionRefusal, type ActionResult, type Refusal } from "@/lib/server/actions/action.schema";

export const resolveCommentInput = z.strictObject({ reportId: recordId, commentId: recordId });
export type ResolveCommentInput = z.input<typeof resolveCommentInput>;

export type ResolveCommentResult = ActionResult<Record<never, never>, ActionRefusal | Refusal<"missing">>;
