import { customFigureInputSchema, type CustomFigureInput } from "@/lib/report/custom-figures";
import { z } from "@/lib/report/zod";
import type { ActionRefusal, ActionResult } from "@/lib/server/actions/action.schema";

/**
 * The sum's checkboxes as a list: a form with one of them ticked sends a
 * single value, which formInput cannot tell from any other field.
 */
export function sumOfAsList(raw: unknown): unknown {
  return typeof raw === "object" && raw !== null && "sumOf" in raw && typeof raw.sumOf === "string" ? { ...raw, sumOf: [raw.sumOf] } : raw;
}

/**
 * 新增数据项, as the admin form sends it (the organization is the
 * administrator's own): the definition schema the report model reads
 * custom figures with, so the form and the server cannot drift apart.
 */
export const createCustomFigureInput = z.preprocess(sumOfAsList, customFigureInputSchema);
export type CreateCustomFigureInput = CustomFigureInput;

/** The new figure's id; or why not: "invalid" with each problem on its field, "forbidden" for anyone but the organization's own administrators. */
export type CreateCustomFigureResult = ActionResult<{ id: string }, ActionRefusal>;
