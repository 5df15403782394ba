import { z } from "@/lib/report/zod";
import { recordId, type ActionRefusal, type ActionResult, type Refusal } from "@/lib/server/actions/action.schema";

/** 设为各单位合计: which figure of which report. */
export const setFromUnitsInput = z.strictObject({ reportId: recordId, figureId: z.string().min(1, "请选择数据项").max(100) });
export type SetFromUnitsResult = ActionResult<{ value: number }, ActionRefusal | Refusal<"missing" | "conflict">>;
