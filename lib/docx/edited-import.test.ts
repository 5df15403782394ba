import { describe, expect, it } from "vitest";
import fixture from "@/lib/report/fixtures/laocheng-2020.json";
import { importReportFile } from "@/lib/import";
import { mergeImported, partDiffs } from "@/lib/report/part-diff";
import { finalReportSchema } from "@/lib/report/schema";
import { partOf } from "@/lib/report/test-parts";
import { reportText } from "@/lib/report/text";
import { renderReportDocx } from "./render";

const laocheng = () => finalReportSchema.parse(fixture);

/** A DOCX exported by the app comes back from Word with one paragraph edited. */
async function reimport(edit: (report: ReturnType<typeof laocheng>) => void) {
  const edited = laocheng();
  edit(edited);
  const result = await importReportFile(await renderReportDocx(edited), "老城区2020年度法治政府建设工作报告.docx");
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

describe("an exported DOCX edited and imported again", () => {
  it("differs from the report in nothing when nothing was edited", async () => {
    const current = laocheng();
    expect(partDiffs(current, mergeImported(current, await reimport(() => {})))).toEqual([]);
  });

  it("shows the one edited paragraph, in its part, as the characters removed and added", async () => {
    const imported = await reimport((r) => {
      partOf(r, "problems").intro = "对照上级要求，我区法治政府建设仍有差距。";
    });
    const current = laocheng();
    const diffs = partDiffs(current, mergeImported(current, imported));
    expect(diffs.map((d) => d.label)).toEqual([expect.stringMatching(/^[一二三四五六七八九十]+、/)]);
    const [diff] = diffs;
    expect(diff?.changes.filter((c) => c.kind === "added").map((c) => c.text).join("")).toContain("仍有差距");
    expect(diff?.changes.some((c) => c.kind === "same")).toBe(true);
  });

  it("once accepted, keeps what a DOCX does not carry and the references of unchanged paragraphs", async () => {
    const current = laocheng();
    current.header.documentNumber = "洛老政〔2021〕3号";
    current.header.signer = "王建国";
    const imported = await reimport((r) => {
      partOf(r, "problems").intro = "对照上级要求，我区法治政府建设仍有差距。";
    });
    const merged = mergeImported(current, imported);
    expect(partOf(merged, "problems").intro).toBe("对照上级要求，我区法治政府建设仍有差距。");
    expect(merged.header).toMatchObject({ documentNumber: "洛老政〔2021〕3号", signer: "王建国", publication: current.header.publication });
    expect(merged.figures).toEqual(current.figures);
    expect(merged.parts.map((p) => p.id)).toEqual(current.parts.map((p) => p.id));
    // Every paragraph but the edited one is the stored text, figure references included.
    expect(JSON.stringify(merged.preamble)).toBe(JSON.stringify(current.preamble));
    const withRefs = (r: typeof current) => r.parts.flatMap((p) => ("items" in p ? p.items.map((i) => ("body" in i ? i.body : "")) : [])).filter((t) => t.includes("{{"));
    expect(withRefs(merged)).toEqual(withRefs(current));
    expect(withRefs(current).length).toBeGreaterThan(0);
    expect(reportText(merged)).toContain("仍有差距");
  });
});
