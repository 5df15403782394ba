import { ANCHOR_CONTEXT } from "@/lib/report/comment-anchor";
import { HARD_TEXT } from "@/lib/report/parts";
import { z } from "@/lib/report/zod";
import { recordId, type ActionRefusal, type ActionResult, type Refusal } from "@/lib/server/actions/action.schema";

export const MAX_COMMENT = 5000;
/** A selection longer than this is a comment on the whole text, not on words in it. */
export const MAX_QUOTE = 2000;

/** A comment's text, and the part it concerns ("part:<id>", "figures", "" for the whole report). */
export const commentBody = z.string().trim().min(1, "请填写意见内容").max(MAX_COMMENT, `意见不能超过${MAX_COMMENT}个字符`);
export const commentPath = z.string().max(200, "意见针对的部分有误").default("");

/**
 * Where a 批注 stands within its part: nowhere more precise ("part"), a
 * selection of a text ("text": the field, the quoted words and their
 * context, comment-anchor.ts), an item ("item": its path in the part) or a
 * figure ("figure": its id). A plain form sends none of these: a part comment.
 */
export const commentAnchor = z
  .object({
    anchor: z.enum(["part", "text", "item", "figure"]).default("part"),
    field: z.string().max(200, "批注的位置有误").default(""),
    quote: z.string().max(MAX_QUOTE, `批注所选文字不能超过${MAX_QUOTE}个字符`).default(""),
    start: z.coerce.number().int().min(0).max(HARD_TEXT).default(0),
    prefix: z.string().max(ANCHOR_CONTEXT).default(""),
    suffix: z.string().max(ANCHOR_CONTEXT).default(""),
  })
  .superRefine((a, ctx) => {
    if (a.anchor !== "part" && a.field === "") ctx.addIssue({ code: "custom", path: ["field"], message: "批注的位置有误" });
    if (a.anchor === "text" && a.quote === "") ctx.addIssue({ code: "custom", path: ["quote"], message: "请先选中要批注的文字" });
  });

export const addCommentInput = z.object({ reportId: recordId, path: commentPath, body: commentBody }).and(commentAnchor);
export type AddCommentInput = z.input<typeof addCommentInput>;

/** The comment as the editor lists it, so a new one shows without reloading the page. */
export interface CommentView {
  id: string;
  parentId: string | null;
  path: string;
  anchor: "part" | "text" | "item" | "figure";
  field: string;
  quote: string;
  start: number;
  prefix: string;
  suffix: string;
  body: string;
  author: string;
  /** ISO time; each view formats it in China time. */
  createdAt: string;
  resolvedAt: string | null;
}

export type AddCommentResult = ActionResult<{ id: string; comment: CommentView }, ActionRefusal>;

/** A reply in a comment's thread. */
export const replyCommentInput = z.strictObject({ reportId: recordId, commentId: recordId, body: commentBody });
export type ReplyCommentInput = z.input<typeof replyCommentInput>;
export type ReplyCommentResult = ActionResult<{ comment: CommentView }, ActionRefusal | Refusal<"missing">>;
