import { expect, it } from "vitest";
import { describeEachDatabase } from "../../tests/support/each-database";
import type { RawTx } from "./client";

/*
 * Raw SQL goes to the driver adapter directly (adapter-raw.ts). Inside
 * db.transaction it must run on that transaction's connection: it sees the
 * transaction's own uncommitted writes, and it is undone with them.
 */
describeEachDatabase("raw SQL through the adapter", (get) => {
  it("runs inside the transaction: sees its writes, and rolls back with it", async () => {
    const { db } = get();
    await expect(
      db.transaction(async (tx) => {
        const org = await tx.organization.create({ data: { name: "事务内单位", shortName: "事务内单位" } });
        const seen = await tx.raw.query<{ name: string }>(`SELECT "name" FROM "Organization" WHERE "id" = ?`, org.id);
        expect(seen).toEqual([{ name: "事务内单位" }]);
        expect(await tx.raw.execute(`UPDATE "Organization" SET "shortName" = ? WHERE "id" = ?`, "事务内", org.id)).toBe(1);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await db.organization.count({ where: { name: "事务内单位" } })).toBe(0);
  });

  it("commits with the transaction, and two transactions at once each keep their own connection", async () => {
    const { db } = get();
    const write = (name: string) =>
      db.transaction(async (tx) => {
        const org = await tx.organization.create({ data: { name, shortName: name } });
        await tx.raw.execute(`UPDATE "Organization" SET "shortName" = ? WHERE "id" = ?`, `${name}简称`, org.id);
        return org.id;
      });
    const ids = await Promise.all([write("并发单位甲"), write("并发单位乙")]);
    const rows = await db.raw.query<{ shortName: string }>(`SELECT "shortName" FROM "Organization" WHERE "id" IN (?, ?) ORDER BY "shortName"`, ...ids);
    expect(rows.map((r) => r.shortName)).toEqual(["并发单位乙简称", "并发单位甲简称"].sort());
  });

  it("db.rawTransaction commits together, rolls back together, and waits its turn beside Prisma's transactions", async () => {
    const { db } = get();
    const org = await db.organization.create({ data: { name: "裸事务单位", shortName: "原名" } });
    const rename = (tx: RawTx, shortName: string) => tx.raw.execute(`UPDATE "Organization" SET "shortName" = ? WHERE "id" = ?`, shortName, org.id);
    const shortName = async () => (await db.organization.findUniqueOrThrow({ where: { id: org.id } })).shortName;
    await expect(
      db.rawTransaction(async (tx) => {
        await rename(tx, "甲");
        expect(await tx.raw.query(`SELECT "shortName" FROM "Organization" WHERE "id" = ?`, org.id)).toEqual([{ shortName: "甲" }]);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await shortName()).toBe("原名");
    // A failing statement: what came before it is undone, and the connection serves the next transaction.
    await expect(db.rawTransaction(async (tx) => (await rename(tx, "乙"), await tx.raw.execute(`UPDATE "NoSuchTable" SET "x" = 1`)))).rejects.toThrow();
    expect(await shortName()).toBe("原名");
    await Promise.all([
      db.rawTransaction((tx) => rename(tx, "丙")),
      db.transaction((tx) => tx.organization.update({ where: { id: org.id }, data: { name: "裸事务单位丁" } })),
    ]);
    expect(await db.organization.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({ shortName: "丙", name: "裸事务单位丁" });
  });

  it("returns times as Dates and booleans as booleans, as Prisma's raw queries do", async () => {
    const { db } = get();
    const org = await db.organization.create({ data: { name: "时间单位", shortName: "时间单位" } });
    const sentAt = new Date("2021-02-24T03:04:05.678Z");
    const report = await db.report.create({ data: { organizationId: org.id, year: 2098, content: "{}", sentAt } });
    const [row] = await db.raw.query<{ sentAt: Date; createdAt: Date; parentReadsDrafts: boolean }>(
      `SELECT r."sentAt", r."createdAt", o."parentReadsDrafts" FROM "Report" r JOIN "Organization" o ON o."id" = r."organizationId" WHERE r."id" = ?`,
      report.id,
    );
    expect(row?.sentAt).toEqual(sentAt);
    expect(row?.createdAt).toEqual(report.createdAt);
    expect(row?.parentReadsDrafts).toBe(false);
  });

  it("returns integer columns, counts and sums as numbers, and text with every character", async () => {
    const { db } = get();
    const org = await db.organization.create({ data: { name: "计数单位\u{20000}", shortName: "计数单位" } });
    await db.report.create({ data: { organizationId: org.id, year: 2099, content: "{}", characters: 7 } });
    const rows = await db.raw.query<{ year: number; n: number; total: number; name: string }>(
      `SELECT r."year", count(*) AS "n", sum(r."characters") AS "total", o."name" FROM "Report" r JOIN "Organization" o ON o."id" = r."organizationId" WHERE o."id" = ? GROUP BY r."year", o."name"`,
      org.id,
    );
    expect(rows).toEqual([{ year: 2099, n: 1, total: 7, name: "计数单位\u{20000}" }]);
  });
});
