"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/server/db";
import { action, formInput, onReport } from "@/lib/server/actions/action";
import { setFromUnits } from "@/lib/server/collection/units-sum";
import { setFromUnitsInput, type SetFromUnitsResult } from "@/lib/server/collection/units-sum.schema";

const fromUnits = action(setFromUnitsInput, onReport("edit"), async (input, actor) => {
  const result = await setFromUnits(db(), actor, input.reportId, input.figureId);
  if (result.ok) revalidatePath(`/reports/${input.reportId}/edit`);
  return result;
});

/** 设为各单位合计, bound to its report. */
export async function setFromUnitsAction(reportId: string, _prev: unknown, form: unknown): Promise<SetFromUnitsResult> {
  return fromUnits({ ...formInput(form), reportId });
}
