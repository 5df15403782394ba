import type { Db } from "../lib/db/client";
import { loadRollUp } from "../lib/db/roll-up-table";
import { emptyReport } from "../lib/report/defaults";
import { FIGURE_ENTRIES } from "../lib/report/figures";
import { rollUpXlsx } from "../lib/spreadsheet/roll-up-workbook";
import { postgresTestDatabase, postgresUnavailable, sqliteTestDatabase, type TestDatabase } from "../tests/support/test-db";

/**
 * `npm run bench -- rollup`: the city's 数据汇总 of 500 units × 80 figures,
 * this year and last (80,000 stated values), read and summed as the 汇总 page
 * does (target < 300 ms on PostgreSQL), and exported as .xlsx (target < 2 s).
 */
const UNITS = 500;
const FIGURES = FIGURE_ENTRIES.slice(0, 80);
const YEAR = 2036;
const RUNS = 10;

async function seed(db: Db): Promise<string> {
  const parent = await db.organization.create({ data: { name: "基准市人民政府", shortName: "基准市" } });
  const content = JSON.stringify(emptyReport());
  for (let u = 0; u < UNITS; u++) {
    const org = await db.organization.create({ data: { name: `基准市第${u + 1}区人民政府`, shortName: `第${u + 1}区`, parentId: parent.id } });
    for (const year of [YEAR - 1, YEAR]) {
      const report = await db.report.create({ data: { organizationId: org.id, year, status: "sent", content } });
      // Every tenth value in words, as reports write them (500余).
      await db.reportFigure.createMany({
        data: FIGURES.map((f, i) => {
          const n = ((u * 7 + i * 13 + year) % 900) + (f.def.kind === "rate" ? 0 : 100);
          const value = f.def.kind === "rate" ? Math.min(100, n % 100) : n;
          return (u + i) % 10 === 0 ? { reportId: report.id, figureId: f.id, value: `${value}余`, exact: null } : { reportId: report.id, figureId: f.id, value: String(value), exact: value };
        }),
      });
    }
  }
  return parent.id;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function measure(name: string, make: () => Promise<TestDatabase>): Promise<void> {
  const t = await make();
  try {
    const started = performance.now();
    const parentId = await seed(t.db);
    console.log(`[rollup] ${name}: seeded ${UNITS} units × ${FIGURES.length} figures × 2 years in ${Math.round(performance.now() - started)} ms`);
    const figureIds = FIGURES.map((f) => f.id);
    await loadRollUp(t.db, { parentId, year: YEAR, figureIds });
    const reads: number[] = [];
    const exports: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const a = performance.now();
      const table = await loadRollUp(t.db, { parentId, year: YEAR, figureIds });
      const b = performance.now();
      const bytes = await rollUpXlsx(table, "基准市人民政府");
      const c = performance.now();
      reads.push(b - a);
      exports.push(c - a);
      if (i === 0) console.log(`[rollup] ${name}: ${table.units.length} units, ${table.rows.length} figures, .xlsx ${Math.round(bytes.length / 1024)} KB`);
    }
    const read = median(reads);
    const exported = median(exports);
    console.log(`[rollup] ${name}: roll-up median ${read.toFixed(0)} ms (target < 300 ms) ${read < 300 ? "OK" : "SLOW"}`);
    console.log(`[rollup] ${name}: roll-up + .xlsx export median ${exported.toFixed(0)} ms (target < 2000 ms) ${exported < 2000 ? "OK" : "SLOW"}`);
  } finally {
    await t.drop();
  }
}

export async function benchRollUp(): Promise<void> {
  const pgSkip = await postgresUnavailable();
  if (pgSkip) console.log(`[rollup] PostgreSQL skipped: ${pgSkip}`);
  else await measure("PostgreSQL", postgresTestDatabase);
  await measure("SQLite", sqliteTestDatabase);
}

