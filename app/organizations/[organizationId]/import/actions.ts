"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { applyProposals, importReportFile, importReportText, MAX_FILE_BYTES, type FigureProposal, type ImportResult, type UnrecognisedLine } from "@/lib/import";
import { IMPORT_MESSAGES } from "@/lib/import/messages";
import { isFigureId, type FigureId } from "@/lib/report/figures";
import { parseReportJson } from "@/lib/report/parse";
import { partSummaries, type PartSummary } from "@/lib/report/part-summary";
import { z } from "@/lib/report/zod";
import { db } from "@/lib/server/db";
import { authorizeOrganization, currentActor, REFUSALS } from "@/lib/server/auth/current-actor";
import { createImportedReport } from "@/lib/server/years/create-imported-report";

/** What the review step shows; `content` is the imported draft as JSON, re-validated when it comes back. */
export interface ImportReview {
  status: "review";
  source: string;
  year: number | null;
  content: string;
  proposals: FigureProposal[];
  unrecognised: UnrecognisedLine[];
  warnings: string[];
  parts: PartSummary[];
  /** Years the organization has a report for already: the review warns before the user picks one. */
  takenYears: number[];
}

export type ImportState = { status: "idle" } | { status: "refused"; message: string } | ImportReview;
export type CreateState = { status: "idle" } | { status: "refused"; message: string };

const yearField = z.union([
  z.literal(""),
  z.coerce.number("年度应为数字，如 2019").int("年度应为整数").min(2000, "年度不能早于2000年").max(2100, "年度不能晚于2100年"),
]);

async function authorize(organizationId: string) {
  const actor = await currentActor();
  if (!actor) return { ok: false, message: REFUSALS.unauthenticated.message } as const;
  if (!(await authorizeOrganization(actor, organizationId, "create"))) return { ok: false, message: REFUSALS.forbidden.message } as const;
  return { ok: true, actor } as const;
}

/** Step 1: reads the uploaded file or the pasted text and returns what was recognised, writing nothing. */
export async function analyseImportAction(_prev: ImportState, form: FormData): Promise<ImportState> {
  const organizationId = String(form.get("organizationId") ?? "");
  const auth = await authorize(organizationId);
  if (!auth.ok) return { status: "refused", message: auth.message };
  const year = yearField.safeParse(String(form.get("year") ?? "").trim());
  if (!year.success) return { status: "refused", message: year.error.issues[0]?.message ?? "年度应为数字" };
  const org = await db().organization.findUnique({ where: { id: organizationId }, include: { reports: { select: { year: true } } } });
  if (!org) return { status: "refused", message: "单位不存在" };
  const options = { organizationName: org.name, organizationShortName: org.shortName, ...(year.data === "" ? {} : { year: year.data }) };

  const file = form.get("file");
  const text = String(form.get("text") ?? "");
  let result: ImportResult;
  let source: string;
  try {
    if (file instanceof File && file.size > 0) {
      // Checked before reading: the size, not the bytes, decides (Next.js already capped the body at 12 MB).
      if (file.size > MAX_FILE_BYTES) return { status: "refused", message: IMPORT_MESSAGES.tooBig };
      source = file.name;
      result = await importReportFile(new Uint8Array(await file.arrayBuffer()), file.name, options);
    } else if (file instanceof File && file.name !== "" && text.trim() === "") {
      return { status: "refused", message: IMPORT_MESSAGES.empty };
    } else {
      if (text.trim() === "") return { status: "refused", message: "请选择要导入的文件，或把报告全文粘贴到文本框中" };
      if (new TextEncoder().encode(text).byteLength > MAX_FILE_BYTES) return { status: "refused", message: "粘贴的文本超过 10 MB，无法导入" };
      source = "粘贴的文本";
      result = importReportText(text, options);
    }
  } catch (error) {
    // lib/import refuses bad input with messages; anything thrown is a defect, but the user still gets words.
    console.error("import failed", error);
    return { status: "refused", message: "读取文件时出错，请确认文件是 .txt 或 .docx 格式的报告" };
  }
  if (!result.ok) return { status: "refused", message: result.message };
  return {
    status: "review",
    source,
    year: result.report.header.year,
    content: JSON.stringify(result.report),
    proposals: result.proposals,
    unrecognised: result.unrecognised,
    warnings: result.warnings,
    parts: partSummaries(result.report),
    takenYears: org.reports.map((r) => r.year).sort((a, b) => a - b),
  };
}

const proposalSchema = z.strictObject({
  figureId: z.custom<FigureId>((v) => typeof v === "string" && isFigureId(v)),
  label: z.string().max(200),
  value: z.number(),
  raw: z.string().max(50),
  path: z.string().max(200),
  index: z.number().int().min(0),
  sentence: z.string().max(20_000),
  confidence: z.enum(["high", "medium", "low"]),
  reason: z.string().max(500),
});
const proposalsSchema = z.array(proposalSchema).max(5_000);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Step 2: the accepted proposals applied, the draft created in one write; then back to the years list. */
export async function createImportedAction(_prev: CreateState, form: FormData): Promise<CreateState> {
  const organizationId = String(form.get("organizationId") ?? "");
  const auth = await authorize(organizationId);
  if (!auth.ok) return { status: "refused", message: auth.message };
  const year = yearField.safeParse(String(form.get("year") ?? "").trim());
  if (!year.success || year.data === "") return { status: "refused", message: year.success ? "请填写报告的年度" : (year.error.issues[0]?.message ?? "年度应为数字") };
  // Everything below came back from the browser: validated again, never trusted.
  const parsed = parseReportJson(String(form.get("content") ?? ""), "draft");
  if (!parsed.ok) return { status: "refused", message: IMPORT_MESSAGES.invalid };
  const proposals = proposalsSchema.safeParse(parseJson(String(form.get("proposals") ?? "[]")));
  if (!proposals.success) return { status: "refused", message: "数据建议已损坏，请重新导入" };
  const accepted = new Set(form.getAll("accept").map(String));
  const chosen = proposals.data.filter((_, i) => accepted.has(String(i)));

  const result = await createImportedReport(db(), auth.actor, {
    organizationId,
    year: year.data,
    content: applyProposals(parsed.report, chosen),
    source: String(form.get("source") ?? "").slice(0, 200) || "导入",
  });
  if (result.status !== "created") return { status: "refused", message: result.message };
  revalidatePath(`/organizations/${organizationId}`);
  redirect(`/organizations/${organizationId}`);
}
