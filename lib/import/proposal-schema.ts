import { MAX_FIGURE_TEXT } from "@/lib/report/figure-value";
import { isFigureId, type FigureId } from "@/lib/report/figures";
import { z } from "@/lib/report/zod";
import type { FigureProposal } from "./types";

/**
 * Proposals travel through the browser between the review and the creation
 * of the draft, and come back untrusted. This is their shape, beside the
 * type it guards, so the server reads back exactly what the import made:
 * a value is a number or the words as written (500余, 近千, 零).
 */
export const figureProposalSchema = z.strictObject({
  figureId: z.custom<FigureId>((v) => typeof v === "string" && isFigureId(v)),
  label: z.string().max(200),
  value: z.union([z.number(), z.string().min(1).max(MAX_FIGURE_TEXT)]),
  raw: z.string().max(50),
  path: z.string().max(200),
  index: z.number().int().min(0),
  sentence: z.string().max(20_000),
  confidence: z.enum(["high", "medium", "low"]),
  reason: z.string().max(500),
}) satisfies z.ZodType<FigureProposal>;

export const figureProposalsSchema = z.array(figureProposalSchema).max(5_000);
