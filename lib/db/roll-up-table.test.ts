import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import type { Db } from "./client";
import { loadRollUp, statedTopics } from "./roll-up-table";

const LETTERS = "petitions.letters";
const PENALTIES = "enforcement.penalties";
const STUDY = "leadership.collectiveStudySessions";
const DOCUMENTS = "normativeDocuments.documentsIssued";

/** A unit's report of the year in the given status, with these figures as stored rows (value as written, number where exact). */
async function stated(db: Db, organizationId: string, year: number, status: string, figures: Record<string, string>): Promise<void> {
  const report = await db.report.create({ data: { organizationId, year, status, content: "{}" } });
  await db.reportFigure.createMany({
    data: Object.entries(figures).map(([figureId, value]) => ({ reportId: report.id, figureId, value, exact: /^\d+(\.\d+)?$/.test(value) ? Number(value) : null })),
  });
}

describeEachDatabase("the roll-up read by topic", (get) => {
  it("lists the topics some unit states this year or last, never from a draft the city may not read, and reads one topic's figures only", async () => {
    const { db } = get();
    const city = await db.organization.create({ data: { name: "开元市人民政府", shortName: "开元市" } });
    const unit = async (name: string) => (await db.organization.create({ data: { name, shortName: name, parentId: city.id } })).id;
    const east = await unit("东城区");
    const west = await unit("西城区");
    const south = await unit("南城区");
    await stated(db, east, 2036, "sent", { [LETTERS]: "77", [PENALTIES]: "12.5" });
    await stated(db, west, 2036, "published", { [LETTERS]: "500余" });
    await stated(db, west, 2035, "sent", { [STUDY]: "4" });
    await stated(db, south, 2036, "draft", { [DOCUMENTS]: "9" });

    // In the catalogue's order: 领导重视与学法 (last year's), 行政执法, 信访; the draft's 规范性文件 is not there.
    expect(await statedTopics(db, city.id, 2036)).toEqual([
      { key: "leadership", label: "领导重视与学法" },
      { key: "enforcement", label: "行政执法" },
      { key: "petitions", label: "信访" },
    ]);

    const petitions = await loadRollUp(db, { parentId: city.id, year: 2036, topic: "petitions" });
    expect(new Set(petitions.rows.map((r) => r.figure.topic))).toEqual(new Set(["petitions"]));
    const letters = petitions.rows.find((r) => r.figure.id === LETTERS);
    expect(letters?.cells.map((c) => c.value)).toEqual(["77", null, "500余"]);
    expect(letters?.total).toMatchObject({ kind: "sum", value: 77, exactUnits: 1, approximateUnits: 1 });

    const enforcement = await loadRollUp(db, { parentId: city.id, year: 2036, topic: "enforcement" });
    expect(enforcement.rows.find((r) => r.figure.id === PENALTIES)?.cells.map((c) => c.exact)).toEqual([12.5, null, null]);
  });
});
