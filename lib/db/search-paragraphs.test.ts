import { describe, expect, it } from "vitest";
import { readContent } from "@/lib/server/reports/content";
import { saveReport } from "@/lib/server/reports/save-report";
import { searchReports } from "@/lib/server/search/search-reports";
import { finalReportSchema } from "@/lib/report/schema";
import laocheng2020 from "@/lib/report/fixtures/laocheng-2020.json";
import { seedDemo } from "../../prisma/seed/demo";
import { describeEachDatabase } from "../../tests/support/each-database";
import { chunksOf, indexedTextIdsOf, indexedTextsOf, paragraphsOf, storedIndexRows, textId } from "./search-paragraphs";
import { searchText } from "./stored-report";

/*
 * Both databases index a report by paragraph (PostgreSQL by runs of a few)
 * and re-index only what a save changed (search-paragraphs.ts). What a
 * person checks: the words they just wrote are found and the words they
 * replaced are not, and the rest of the report is still found.
 */
describeEachDatabase("the search index after a save that changes one paragraph", (get) => {
  it("finds the new words, not the replaced ones, and still every unchanged paragraph", async () => {
    const { db } = get();
    const { reportId } = await seedDemo(db);
    const row = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    const report = readContent(row.content).report;
    const before = await storedIndexRows(db, reportId);

    const changed = { ...report, preamble: "本年度新写的导语：琉璃瓦修缮。" };
    const saved = await saveReport(db, null, { reportId, baseVersion: row.version, content: changed });
    expect(saved.ok).toBe(true);
    const drafter = await db.user.findUniqueOrThrow({ where: { username: "drafter" } });
    const actor = { id: drafter.id, username: drafter.username, displayName: drafter.displayName, role: "drafter" as const, organizationId: drafter.organizationId };
    const hits = async (q: string) => {
      const found = await searchReports(db, actor, q);
      return found.status === "ok" ? found.reports.map((r) => r.reportId) : [found.message];
    };
    expect(await hits("琉璃瓦修缮")).toEqual([reportId]);
    expect(await hits("琉璃")).toEqual([reportId]);
    expect(await hits(report.preamble.slice(0, 12))).toEqual([]);
    expect(await hits("行政复议")).toEqual([reportId]);
    expect(await hits("信访")).toEqual([reportId]);

    // Every row whose text the report still has kept its id (and its index entries); only the preamble's went.
    const after = await storedIndexRows(db, reportId);
    const wanted = indexedTextIdsOf(db.raw.kind, searchText(changed));
    expect(after.map((r) => r.textId).sort()).toEqual([...wanted].sort());
    const kept = before.filter((r) => after.some((a) => a.id === r.id));
    expect(kept).toEqual(before.filter((r) => wanted.includes(r.textId)));
    const added = after.filter((a) => !before.some((r) => r.id === a.id));
    // The new rows are those of the texts that hold the new preamble, or follow it in its changed run.
    const newTexts = indexedTextsOf(db.raw.kind, searchText(changed)).filter((t) => !before.some((r) => r.textId === textId(db.raw.kind, t)));
    expect(newTexts.join("\n")).toContain("本年度新写的导语：琉璃瓦修缮。");
    expect(added.length).toBe(newTexts.length);
    // SQLite: the preamble's paragraph. PostgreSQL: its run, and the next where the shorter run now ends there.
    expect(added.length).toBeGreaterThanOrEqual(1);
    expect(added.length).toBeLessThanOrEqual(db.raw.kind === "sqlite" ? 1 : 2);
  });
});

describe("PostgreSQL's runs of paragraphs", () => {
  const text = searchText(finalReportSchema.parse(laocheng2020));

  it("hold every paragraph once, in order, each run but the last at least 450 characters", () => {
    const runs = chunksOf(text);
    expect(runs.join("\n")).toBe(paragraphsOf(text).join("\n"));
    for (const run of runs.slice(0, -1)) expect(run.replace(/\n/g, "").length).toBeGreaterThanOrEqual(450);
    expect(runs.length).toBeGreaterThan(5);
  });

  it("change only around an edited paragraph: the runs after it end where they ended", () => {
    const paragraphs = paragraphsOf(text);
    const runs = new Set(chunksOf(text));
    let changedRuns = 0;
    for (let i = 0; i < paragraphs.length; i++) {
      const edited = paragraphs.map((p, j) => (j === i ? `${p}（修改）` : p)).join("\n");
      const gone = [...runs].filter((r) => !chunksOf(edited).includes(r)).length;
      expect(gone).toBeLessThanOrEqual(3);
      changedRuns += gone;
    }
    // Most edits change their own run alone.
    expect(changedRuns / paragraphs.length).toBeLessThan(1.5);
  });
});
