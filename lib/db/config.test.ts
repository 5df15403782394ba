import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { sqliteTestDatabase, type TestDatabase } from "../../tests/support/test-db";
import { sqliteFile } from "./config";

describe("SQLite as the app opens it", () => {
  let t: TestDatabase | undefined;
  afterAll(async () => t?.drop());

  it("runs in write-ahead-log mode, so a reader (a backup) never sees half a write", async () => {
    t = await sqliteTestDatabase();
    await t.db.organization.count();
    const other = new Database(sqliteFile(t.url), { readonly: true });
    try {
      expect(other.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      other.close();
    }
  });
});
