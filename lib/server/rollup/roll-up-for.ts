import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { loadRollUp } from "@/lib/db/roll-up-table";
import type { RollUpTable } from "@/lib/report/roll-up";

/** A topic key, a custom topic's label, or every figure. */
export interface RollUpChoice {
  year: number;
  topic?: string;
}

/** The roll-up of the person's own organization's units, the chosen topic only; only reports the organization may read are counted. */
export async function rollUpFor(db: Db, actor: Actor, choice: RollUpChoice): Promise<{ parentName: string; table: RollUpTable }> {
  const parent = await db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { name: true } });
  const table = await loadRollUp(db, { parentId: actor.organizationId, year: choice.year, topic: choice.topic });
  return { parentName: parent.name, table };
}
