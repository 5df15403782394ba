import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import { reportBlocks } from "@/lib/report/blocks";
import { commentPath } from "@/lib/report/commentable-parts";
import { partKey } from "@/lib/report/outline";
import { parseReport } from "@/lib/report/parse";
import { getReport } from "./get-report";
import { getRevision } from "./get-revision";
import { saveReport } from "./save-report";

/** Content as the app stored it before parts were an ordered list: measures, duty, problems, plans, otherMatters fields. */
const legacyJson = readFileSync(join(process.cwd(), "lib/report/fixtures/legacy/laocheng-2020-v1.json"), "utf8");

describeEachDatabase("a report saved in the shape before parts were a list", (get) => {
  it("opens unchanged: same parts in the same order, same printed blocks, final-valid; its comments keep their parts; the next save writes today's shape", async () => {
    const { db } = get();
    const { reportId } = await seedDemo(db);
    await db.report.update({ where: { id: reportId }, data: { content: legacyJson, version: 7 } });
    await db.revision.create({ data: { reportId, version: 7, content: legacyJson } });

    const stored = await getReport(db, reportId);
    if (!stored) throw new Error("missing");
    expect(stored.storageIssues).toEqual([]);
    const { report } = stored;
    expect(report.parts.map((p) => p.kind)).toEqual(["measures", "measures", "measures", "duty", "problems", "plans"]);
    expect(parseReport(report, "final").ok).toBe(true);

    // What prints is exactly what the old shape printed: the current fixture is the same report in today's shape.
    const current = parseReport(JSON.parse(readFileSync(join(process.cwd(), "lib/report/fixtures/laocheng-2020.json"), "utf8")), "final");
    if (!current.ok) throw new Error("fixture");
    expect(reportBlocks(report)).toEqual(reportBlocks(current.report));

    // A comment made on "duty" or "measures.1" in the old shape lands on that part.
    const duty = report.parts[3];
    const second = report.parts[1];
    expect(duty && commentPath(report, "duty")).toBe(duty && partKey(duty.id));
    expect(second && commentPath(report, "measures.1")).toBe(second && partKey(second.id));

    // The old revision opens too.
    expect(await getRevision(db, { reportId, version: 7 })).toMatchObject({ ok: true, report });

    const saved = await saveReport(db, null, { reportId, baseVersion: 7, content: report });
    expect(saved).toMatchObject({ ok: true, version: 8 });
    const row = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    const json: unknown = JSON.parse(row.content);
    expect(json).toHaveProperty("parts");
    expect(json).not.toHaveProperty("duty");
    expect((await getReport(db, reportId))?.report).toEqual(report);
  });
});
