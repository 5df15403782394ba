import type { Db } from "../../lib/db/client";

/**
 * 洛阳市's own indicators for its districts, beyond the catalogue: 行政调解
 * (which the catalogue's 人民调解 does not cover), the disputes resolved in
 * all (a sum of a catalogue figure and a custom one), and the coverage of
 * village legal advisers. Idempotent: found again by organization and name.
 */
export async function seedDemoCustomFigures(db: Db, cityId: string): Promise<void> {
  const upsert = (label: string, data: { unit: string; topic: string; kind: string; position: number; sumOf?: string[] }) =>
    db.customFigure.upsert({
      where: { organizationId_label: { organizationId: cityId, label } },
      update: {},
      create: { organizationId: cityId, label, ...data, sumOf: JSON.stringify(data.sumOf ?? []) },
    });
  const mediation = await upsert("行政调解案件", { unit: "件", topic: "legalEducation", kind: "count", position: 1 });
  await upsert("化解矛盾纠纷", { unit: "件", topic: "legalEducation", kind: "count", position: 2, sumOf: ["legalEducation.mediationCases", mediation.id] });
  await upsert("村（社区）法律顾问覆盖率", { unit: "%", topic: "decisionMaking", kind: "rate", position: 3 });
}
