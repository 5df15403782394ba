import { expect, it } from "vitest";
import { readContent } from "@/lib/server/reports/content";
import { saveReport } from "@/lib/server/reports/save-report";
import { searchReports } from "@/lib/server/search/search-reports";
import { seedDemo } from "../../prisma/seed/demo";
import { describeEachDatabase } from "../../tests/support/each-database";

/*
 * Both databases index a report by paragraph and re-index only the
 * paragraphs a save changed (search-paragraphs.ts). What a person checks: the words they
 * just wrote are found and the words they replaced are not, and the rest of
 * the report is still found, on both databases.
 */
describeEachDatabase("the search index after a save that changes one paragraph", (get) => {
  it("finds the new words, not the replaced ones, and still every unchanged paragraph", async () => {
    const { db } = get();
    const { reportId } = await seedDemo(db);
    const row = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    const report = readContent(row.content).report;
    const paragraphs = await db.raw.query<{ id: number; text: string }>(`SELECT "id", "text" FROM "ReportParagraph" WHERE "reportId" = ?`, reportId);

    const saved = await saveReport(db, null, { reportId, baseVersion: row.version, content: { ...report, preamble: "本年度新写的导语：琉璃瓦修缮。" } });
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

    // The preamble's paragraph was replaced; every other paragraph kept its row (and its index entries).
    const after = await db.raw.query<{ id: number; text: string }>(`SELECT "id", "text" FROM "ReportParagraph" WHERE "reportId" = ?`, reportId);
    const kept = after.filter((p) => paragraphs.some((q) => q.id === p.id));
    expect(kept.length).toBe(after.length - 1);
    expect(after.find((p) => !kept.includes(p))?.text).toBe("本年度新写的导语：琉璃瓦修缮。");
  });
});
