import { afterAll, beforeAll, beforeEach } from "vitest";
import { sqliteTestDatabase, type TestDatabase } from "./test-db";
import { request } from "./next-request";
import { matrixFixture } from "./matrix-fixture";

/**
 * For calling server actions as a given person: a migrated database (SQLite
 * unless `make` says otherwise; one per test file, as db() is one per process) with
 * the matrix fixture, the app's db() pointed at it, and `as(username)` to
 * choose whose session cookie the mocked request carries. The test file
 * itself mocks next/headers (vi.mock is hoisted per file).
 */
export function actionHarness(make: () => Promise<TestDatabase> = sqliteTestDatabase) {
  let t: TestDatabase | undefined;
  let fx: Awaited<ReturnType<typeof matrixFixture>> | undefined;
  beforeAll(async () => {
    t = await make();
    // The app's db() reads DATABASE_URL on first use.
    process.env.DATABASE_URL = t.url;
    fx = await matrixFixture(t.db);
  });
  afterAll(async () => {
    const { db } = await import("@/lib/server/db");
    await db().disconnect();
    await t?.drop();
  });
  beforeEach(async () => {
    request.token = undefined;
    // Each case starts from drafts of 2020 only, so a refusal is about the person, not the report's state.
    await t?.db.report.updateMany({ data: { status: "draft" } });
    await t?.db.report.deleteMany({ where: { year: { not: 2020 } } });
  });
  const must = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error("action harness used outside its tests");
    return v;
  };
  return {
    db: () => must(t).db,
    fx: () => must(fx),
    as: (username: string | null) => {
      request.token = username ? must(fx).tokens[username] : undefined;
    },
  };
}
