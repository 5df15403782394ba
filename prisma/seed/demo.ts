import type { Db } from "../../lib/db/client";
import { finalReportSchema } from "../../lib/report/schema";
import { storedColumns, writeDerived } from "../../lib/db/stored-report";
import laocheng2020 from "../../lib/report/fixtures/laocheng-2020.json";
import { seedDemoAccounts } from "./accounts";
import { seedDemoCustomFigures } from "./custom-figures";

/**
 * 统一社会信用代码 of the demo organizations: invented, with valid GB 32100
 * check characters (the real ones are public, but the demo must not pass
 * for them). 西工区 has none, as an organization created before the field.
 */
export const DEMO_CREDIT_CODES = { city: "11410300MB12345677", district: "11410302MB12345674" } as const;

/**
 * The demo data: 洛阳市人民政府 with its districts 老城区, whose 2020 report is
 * the published Laocheng report, and 西工区, which has not reported yet; one
 * account per role; and the city's own indicators (custom figures).
 * Idempotent, so `npm run demo` can run it on every start; tests call it to
 * get the same data the README promises.
 */
export async function seedDemo(
  db: Db,
): Promise<{ cityId: string; districtId: string; otherDistrictId: string; reportId: string; users: Record<string, string> }> {
  const city = await db.organization.upsert({
    where: { name: "洛阳市人民政府" },
    update: {},
    create: { name: "洛阳市人民政府", shortName: "洛阳市", creditCode: DEMO_CREDIT_CODES.city },
  });
  const district = await db.organization.upsert({
    where: { name: "洛阳市老城区人民政府" },
    update: {},
    create: { name: "洛阳市老城区人民政府", shortName: "老城区", parentId: city.id, creditCode: DEMO_CREDIT_CODES.district },
  });
  const other = await db.organization.upsert({
    where: { name: "洛阳市西工区人民政府" },
    update: {},
    create: { name: "洛阳市西工区人民政府", shortName: "西工区", parentId: city.id },
  });
  const laocheng = finalReportSchema.parse(laocheng2020);
  const content = JSON.stringify(laocheng);
  const existing = await db.report.findUnique({ where: { organizationId_year: { organizationId: district.id, year: 2020 } } });
  const report =
    existing ??
    (await db.transaction(async (tx) => {
      const row = await tx.report.create({
        data: { organizationId: district.id, year: 2020, content, ...storedColumns(laocheng), revisions: { create: { version: 1, content } } },
      });
      await writeDerived(tx, row.id, laocheng);
      return row;
    }));
  const users = await seedDemoAccounts(db);
  await seedDemoCustomFigures(db, city.id);
  return { cityId: city.id, districtId: district.id, otherDistrictId: other.id, reportId: report.id, users };
}
