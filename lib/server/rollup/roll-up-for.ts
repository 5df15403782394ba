import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { loadRollUp } from "@/lib/db/roll-up-table";
import { statedRows, type RollUpTable } from "@/lib/report/roll-up";

/** A topic key, a custom topic's label, or every figure. */
export interface RollUpChoice {
  year: number;
  topic?: string;
}

/** The roll-up of the person's own organization's units; only reports the organization may read are counted. */
export async function rollUpFor(db: Db, actor: Actor, choice: RollUpChoice): Promise<{ parentName: string; table: RollUpTable; topics: { key: string; label: string }[] }> {
  const parent = await db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { name: true } });
  const full = await loadRollUp(db, { parentId: actor.organizationId, year: choice.year });
  // The topics that have a figure some unit states, for the selector: 104 catalogue figures are too many to show at once.
  const stated = statedRows(full);
  const topics = [...new Map(stated.map((r) => [r.figure.topic, { key: r.figure.topic, label: r.figure.topicLabel }])).values()];
  const rows = choice.topic ? full.rows.filter((r) => r.figure.topic === choice.topic) : full.rows;
  return { parentName: parent.name, table: { ...full, rows }, topics };
}
