import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import { isRole } from "@/lib/access/roles";
import { searchableUnits, UNIT_CHOICES } from "./searchable-units";

describeEachDatabase("the search form's units", (get) => {
  it("lists a city's units by name, and past UNIT_CHOICES only counts them", async () => {
    const { db } = get();
    const { cityId } = await seedDemo(db);
    const u = await db.user.findUniqueOrThrow({ where: { username: "city" } });
    if (!isRole(u.role)) throw new Error(u.role);
    const city = { id: u.id, username: u.username, displayName: u.displayName, role: u.role, organizationId: u.organizationId };
    const few = await searchableUnits(db, city);
    expect(few.units.map((x) => x.name)).toContain("洛阳市西工区人民政府");
    expect(few.units).toHaveLength(few.count);
    await db.organization.createMany({ data: Array.from({ length: UNIT_CHOICES }, (_, i) => ({ id: `many_${i}`, name: `第${i}区`, shortName: `第${i}区`, parentId: cityId })) });
    const many = await searchableUnits(db, city);
    expect(many).toEqual({ count: few.count + UNIT_CHOICES, units: [] });
  });
});
