import { z } from "@/lib/report/zod";
import type { FigureProposal, UnrecognisedLine } from "@/lib/import/types";
import type { PartDiff } from "@/lib/report/part-diff";
import type { PartSummary } from "@/lib/report/part-summary";
import { recordId, type ActionRefusal, type ActionResult, type Refusal } from "@/lib/server/actions/action.schema";
import { optionalYear } from "./year.schema";

/** Step 1 of an import: an uploaded file or pasted text, and the year when the person knows it. */
export const analyseImportInput = z.object({
  organizationId: recordId,
  year: optionalYear,
  file: z.instanceof(File).optional(),
  text: z.string().default(""),
});
export type AnalyseImportInput = z.output<typeof analyseImportInput>;

/** What the review step shows; `content` is the imported draft as JSON, validated again when it comes back. */
export interface ImportReview {
  source: string;
  year: number | null;
  content: string;
  proposals: FigureProposal[];
  unrecognised: UnrecognisedLine[];
  warnings: string[];
  parts: PartSummary[];
  /** Years the organization has a report for already: the review warns before the person picks one. */
  takenYears: number[];
  /** When the file is a report of a year that already has one (an exported DOCX edited in Word): what accepting it would change. */
  update: ImportUpdate | null;
}

/** The existing report of the file's year, what the file changes in it part by part, and the content accepting it saves. */
export interface ImportUpdate {
  reportId: string;
  /** The version the differences are against: accepting saves on top of it, or meets a newer save as a conflict. */
  baseVersion: number;
  diffs: PartDiff[];
  /** The report with the file's text (part-diff.ts mergeImported), as JSON. */
  content: string;
}

export type AnalyseImportResult = ActionResult<ImportReview, ActionRefusal | Refusal<"missing">>;
