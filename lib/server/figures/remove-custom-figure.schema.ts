import { z } from "@/lib/report/zod";
import { recordId, type ActionRefusal, type ActionResult, type Refusal } from "@/lib/server/actions/action.schema";

/** 删除, as the list's button sends it. */
export const removeCustomFigureInput = z.strictObject({ id: recordId });
export type RemoveCustomFigureInput = z.output<typeof removeCustomFigureInput>;

/** "invalid" (without a field) while another figure's sum counts it; "missing" when it is gone already. */
export type RemoveCustomFigureResult = ActionResult<{ id: string }, ActionRefusal | Refusal<"missing">>;
