import { z } from "@/lib/report/zod";
import type { ReportStatus } from "@/lib/report/status";
import { TRANSITION_KEYS } from "@/lib/workflow/transitions";
import { recordId, versionNumber, type ActionRefusal, type ActionResult, type Refusal } from "@/lib/server/actions/action.schema";
import { commentBody, commentPath } from "@/lib/server/comments/add-comment.schema";

/**
 * 提交审核, 退回修改, 审定通过, 报送上级, 公开发布, 重新打开, as the report
 * page's form sends them: the step, and for 退回修改 the comment and the part
 * it concerns, for 重新打开 the reason. (Whether the text is needed is the
 * workflow's rule, checked where the step is taken.)
 */
export const transitionReportInput = z.object({
  reportId: recordId,
  transition: z.enum(TRANSITION_KEYS, "未知的操作"),
  text: z.union([z.literal(""), commentBody]).default(""),
  path: commentPath,
});
export type TransitionReportInput = z.input<typeof transitionReportInput>;

/** 提交审核 from the editor: the version the person checked, so that nobody's later save goes to review unseen. */
export const submitForReviewInput = z.strictObject({ reportId: recordId, version: versionNumber });
export type SubmitForReviewInput = z.input<typeof submitForReviewInput>;

/**
 * The report moved to `newStatus`; or why not: "invalid" with every issue of
 * the final check (提交审核: the final schema and the custom figures' checks,
 * each keyed by its field), or the text a step needs; "state" when someone
 * else acted first; "conflict" when someone saved since the editor's check.
 */
export type TransitionReportResult = ActionResult<{ newStatus: ReportStatus }, ActionRefusal | Refusal<"conflict">>;
