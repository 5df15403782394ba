"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/server/db";
import { action, formInput, onOrganization, onReport } from "@/lib/server/actions/action";
import { analyseImport } from "@/lib/server/years/analyse-import";
import { analyseImportInput, type AnalyseImportResult } from "@/lib/server/years/analyse-import.schema";
import { createImportedReport } from "@/lib/server/years/create-imported-report";
import { createImportedReportInput, type CreateImportedReportResult } from "@/lib/server/years/create-imported-report.schema";
import { updateFromImport } from "@/lib/server/years/update-from-import";
import { updateFromImportInput, type UpdateFromImportResult } from "@/lib/server/years/update-from-import.schema";

const analyse = action(analyseImportInput, onOrganization("create"), (input) => analyseImport(db(), input));

/** Step 1: reads the uploaded file or the pasted text and returns what was recognised, writing nothing. */
export async function analyseImportAction(_prev: unknown, form: unknown): Promise<AnalyseImportResult> {
  return analyse(formInput(form));
}

const create = action(createImportedReportInput, onOrganization("create"), async (input, actor) => {
  const result = await createImportedReport(db(), actor, input);
  if (!result.ok) return result;
  revalidatePath(`/organizations/${input.organizationId}`);
  redirect(`/organizations/${input.organizationId}`);
});

/** Step 2: the ticked proposals applied, the draft created in one write; then back to the years list. */
export async function createImportedAction(_prev: unknown, form: unknown): Promise<CreateImportedReportResult> {
  return create(formInput(form));
}

const update = action(updateFromImportInput, onReport("edit"), async (input, actor) => {
  const result = await updateFromImport(db(), actor, input);
  if (!result.ok) return result;
  revalidatePath(`/reports/${input.reportId}`);
  redirect(`/reports/${input.reportId}`);
});

/** The edited file accepted for the year's existing report: a new version of it; then to the report. */
export async function updateFromImportAction(_prev: unknown, form: unknown): Promise<UpdateFromImportResult> {
  return update(formInput(form));
}
