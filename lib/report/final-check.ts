import { runCustomFigureChecks, type CustomFigureDef } from "./custom-figures";
import { parseReport, type ParseResult } from "./parse";

/**
 * The full check of a report ready for review: the final schema, and the
 * checks of the custom figures that apply to it (value sanity, sums). The
 * schema cannot know those figures, whose definitions live in the database,
 * so every place that decides "final" — 提交审核 in the editor and on the
 * server, the PDF's 草稿 watermark — passes them here and decides alike.
 * Every problem is listed at once: the custom checks run on the draft
 * reading when the final schema refuses the report.
 */
export function parseFinal(data: unknown, definitions: readonly CustomFigureDef[]): ParseResult {
  const final = parseReport(data, "final");
  if (definitions.length === 0) return final;
  const values = final.ok ? final : parseReport(data, "draft");
  const custom = values.ok ? runCustomFigureChecks(definitions, values.report).issues : [];
  if (final.ok && custom.length === 0) return final;
  return { ok: false, issues: [...(final.ok ? [] : final.issues), ...custom] };
}
