import { z } from "@/lib/report/zod";
import { recordId, type ActionRefusal, type ActionResult } from "@/lib/server/actions/action.schema";

export const MAX_COMMENT = 5000;

/** A comment's text, and the part it concerns ("measures.2", "figures", "" for the whole report). */
export const commentBody = z.string().trim().min(1, "请填写意见内容").max(MAX_COMMENT, `意见不能超过${MAX_COMMENT}个字符`);
export const commentPath = z.string().max(200, "意见针对的部分有误").default("");

export const addCommentInput = z.object({ reportId: recordId, path: commentPath, body: commentBody });
export type AddCommentInput = z.input<typeof addCommentInput>;

export type AddCommentResult = ActionResult<{ id: string }, ActionRefusal>;
