import { afterAll, beforeAll, describe } from "vitest";
import { postgresTestDatabase, postgresUnavailable, sqliteTestDatabase, type TestDatabase } from "./test-db";

const pgSkipReason = await postgresUnavailable();
if (pgSkipReason) console.warn(`[skipped] PostgreSQL tests: ${pgSkipReason}`);

/**
 * Runs a suite once on SQLite and once on PostgreSQL, each on a freshly
 * migrated database. `get()` returns the database inside tests.
 */
export function describeEachDatabase(title: string, suite: (get: () => TestDatabase) => void): void {
  const engines = [
    { name: "SQLite", make: sqliteTestDatabase, skip: null },
    { name: "PostgreSQL", make: postgresTestDatabase, skip: pgSkipReason },
  ];
  for (const engine of engines) {
    describe.skipIf(engine.skip !== null)(`${title} [${engine.name}]`, () => {
      let current: TestDatabase | undefined;
      beforeAll(async () => {
        current = await engine.make();
      });
      afterAll(async () => {
        await current?.drop();
      });
      suite(() => {
        if (!current) throw new Error(`${engine.name} test database was not created`);
        return current;
      });
    });
  }
}
