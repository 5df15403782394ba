import { describe, expect, it } from "vitest";
import fixture from "@/lib/report/fixtures/laocheng-2020.json";
import { applyProposals, importReportFile } from "@/lib/import";
import { finalReportSchema } from "@/lib/report/schema";
import { reportText } from "@/lib/report/text";
import { renderReportDocx } from "./render";

const laocheng = finalReportSchema.parse(fixture);

/**
 * The leader's edits come back as a Word file: the exported DOCX must import
 * as the same report, so that only what was changed in Word shows as changed.
 */
describe("exporting the Laocheng report to DOCX and importing it again", () => {
  it("gives back the same text and the same figures", async () => {
    const bytes = await renderReportDocx(laocheng);
    const result = await importReportFile(bytes, "老城区2020年度法治政府建设工作报告.docx");
    if (!result.ok) throw new Error(result.message);
    expect(result.unrecognised).toEqual([]);
    expect(reportText(result.report)).toBe(reportText(laocheng));
    const accepted = applyProposals(result.report, result.proposals);
    const set = (figures: typeof laocheng.figures) => Object.fromEntries(Object.entries(figures).filter(([, v]) => v !== null && v !== undefined));
    expect(set(accepted.figures)).toEqual(set(laocheng.figures));
    expect(reportText(accepted)).toBe(reportText(laocheng));
  });
});
