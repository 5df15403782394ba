import { z } from "@/lib/report/zod";
import { recordId, type ActionRefusal, type ActionResult } from "@/lib/server/actions/action.schema";

/** 标为已读: one notice, or all of the person's ("all"). */
export const markReadInput = z.object({ noticeId: z.union([z.literal("all"), recordId]) });
export type MarkReadInput = z.input<typeof markReadInput>;

export type MarkReadResult = ActionResult<{ marked: number }, ActionRefusal>;
