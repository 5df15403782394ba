import "server-only";
import type { Db } from "@/lib/db/client";
import { parseSumOf, type CustomFigureDef } from "@/lib/report/custom-figures";
import type { FigureKind } from "@/lib/report/figures";
import { ancestorIds } from "@/lib/server/access/report-target";

const KINDS: readonly string[] = ["count", "amount", "rate"] satisfies FigureKind[];
const isKind = (s: string): s is FigureKind => KINDS.includes(s);

interface Row {
  id: string;
  organizationId: string;
  label: string;
  unit: string;
  topic: string;
  kind: string;
  sumOf: string;
  position: number;
}

/** A stored row as the report reads it; a kind written by hand in the database as anything else counts. */
export function customFigureFromRow(row: Row): CustomFigureDef {
  return {
    id: row.id,
    organizationId: row.organizationId,
    label: row.label,
    unit: row.unit,
    topic: row.topic,
    kind: isKind(row.kind) ? row.kind : "count",
    sumOf: parseSumOf(row.sumOf),
    position: row.position,
  };
}

/**
 * The custom figures that apply to an organization's reports: those its
 * ancestors defined (the farthest first: a province's before a city's) and
 * its own, each organization's in its chosen order.
 */
export async function customFiguresFor(db: Db, organizationId: string): Promise<CustomFigureDef[]> {
  const chain = [...(await ancestorIds(db, organizationId)).reverse(), organizationId];
  const rows = await db.customFigure.findMany({
    where: { organizationId: { in: chain } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  const rank = (id: string) => chain.indexOf(id);
  // Stable sort: within an organization the database's order stays.
  return rows.map(customFigureFromRow).sort((a, b) => rank(a.organizationId) - rank(b.organizationId));
}
