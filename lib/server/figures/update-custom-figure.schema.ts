import { customFigureInputSchema } from "@/lib/report/custom-figures";
import { z } from "@/lib/report/zod";
import { recordId, type ActionRefusal, type ActionResult, type Refusal } from "@/lib/server/actions/action.schema";
import { sumOfAsList } from "./create-custom-figure.schema";

const sent = customFigureInputSchema.in;
const read = customFigureInputSchema.out;

/**
 * 修改数据项: the figure's id beside the same fields as 新增. The fields'
 * own cross-checks (a unit unless a rate, a new topic's name) stay with
 * them, so a missing id does not hide the form's other problems; the
 * definition is then read exactly as a new one is.
 */
export const updateCustomFigureInput = z.preprocess(
  sumOfAsList,
  sent.extend({ id: recordId }).transform(({ id, ...fields }) => ({ id, ...read.parse(fields) })),
);
export type UpdateCustomFigureInput = z.output<typeof updateCustomFigureInput>;

/** As 新增; "missing" when the figure is gone (someone removed it meanwhile). */
export type UpdateCustomFigureResult = ActionResult<{ id: string }, ActionRefusal | Refusal<"missing">>;
