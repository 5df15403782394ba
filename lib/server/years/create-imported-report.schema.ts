import { z } from "@/lib/report/zod";
import { IMPORT_MESSAGES } from "@/lib/import/messages";
import { figureProposalsSchema } from "@/lib/import/proposal-schema";
import { recordId, type ActionRefusal, type ActionResult, type Refusal } from "@/lib/server/actions/action.schema";
import type { ReportExists } from "@/lib/server/reports/create-report.schema";
import { requiredYear } from "./year.schema";

/** JSON the review step kept in a hidden field; one message for whatever became of it on the way. */
function json<T extends z.ZodType>(schema: T, message: string) {
  return z.string().transform((text, ctx): z.output<T> => {
    try {
      const parsed = schema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // Not JSON at all: the same message.
    }
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  });
}

/** The indexes of the ticked proposals: a checkbox list sends one value, several, or none. */
const ticked = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.coerce.number().int().min(0)).max(5_000));

/**
 * Step 2 of an import, as the review form sends it back. Everything in it
 * came back from the browser, so it is validated again: the draft itself
 * where it is created (the draft schema), the proposals here. The output
 * holds only the proposals the person ticked.
 */
export const createImportedReportInput = z
  .object({
    organizationId: recordId,
    year: requiredYear,
    content: json(z.unknown(), IMPORT_MESSAGES.invalid),
    proposals: json(figureProposalsSchema, "数据建议已损坏，请重新导入").default([]),
    accept: ticked,
    source: z
      .string()
      .default("")
      .transform((s) => s.slice(0, 200) || "导入"),
  })
  .transform(({ proposals, accept, ...rest }) => ({ ...rest, proposals: proposals.filter((_, i) => accept.includes(i)) }));
export type CreateImportedReportInput = z.output<typeof createImportedReportInput>;

export type CreateImportedReportResult = ActionResult<{ reportId: string }, ActionRefusal | ReportExists | Refusal<"missing">>;
