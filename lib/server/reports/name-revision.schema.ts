import { z } from "@/lib/report/zod";
import { recordId, versionNumber, type ActionRefusal, type ActionResult, type Refusal } from "@/lib/server/actions/action.schema";

/** The longest version name: it is a label (报送版, 征求意见稿), not a note. */
export const MAX_REVISION_NAME = 30;

/** 命名版本: a revision and the name to give it, e.g. 报送版. */
export const nameRevisionInput = z.strictObject({
  reportId: recordId,
  version: versionNumber,
  name: z.string().trim().min(1, "请填写版本名称").max(MAX_REVISION_NAME, `版本名称不能超过${MAX_REVISION_NAME}个字`),
});
export type NameRevisionInput = z.input<typeof nameRevisionInput>;

/** Named; or "missing" when the report has no revision of that version. */
export type NameRevisionResult = ActionResult<{ name: string }, ActionRefusal | Refusal<"missing">>;
