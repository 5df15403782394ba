import type { Db } from "./client";
import { buildRollUp, rateOperands, rollUpFigures, type RollUpTable, type StatedValue } from "../report/roll-up";
import { parseSumOf, type CustomFigureDef } from "../report/custom-figures";
import type { FigureKind } from "../report/figures";

/**
 * Not server-only: the CLI (`report rollup`) and the benchmark read the
 * roll-up through it as the page does.
 *
 * A parent reads a unit's report from 已报送 on, or earlier where the unit
 * allows it (Organization.parentReadsDrafts, lib/access/permissions.ts):
 * the roll-up counts exactly the reports the parent may open, so a draft's
 * figures never reach the city through a total.
 */
export const PARENT_READABLE_SQL = `(r."status" IN ('sent', 'published') OR o."parentReadsDrafts" = true)`;
/** The same for a query that has the report `r` without its organization joined. */
export const PARENT_READABLE_REPORT_SQL = `(r."status" IN ('sent', 'published') OR r."organizationId" IN (SELECT "id" FROM "Organization" WHERE "parentReadsDrafts" = true))`;

const KINDS: readonly string[] = ["count", "amount", "rate"] satisfies FigureKind[];
const isKind = (s: string): s is FigureKind => KINDS.includes(s);

async function applicableCustomFigures(db: Db, parentId: string): Promise<CustomFigureDef[]> {
  // A unit's reports answer the custom figures of its parent and of the parent's ancestors.
  const chain: string[] = [];
  for (let id: string | null = parentId; id && !chain.includes(id); ) {
    chain.unshift(id);
    id = (await db.organization.findUnique({ where: { id }, select: { parentId: true } }))?.parentId ?? null;
  }
  const rows = await db.customFigure.findMany({ where: { organizationId: { in: chain } }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
  return rows
    .map((r) => ({ ...r, kind: isKind(r.kind) ? r.kind : "count", sumOf: parseSumOf(r.sumOf) }))
    .sort((a, b) => chain.indexOf(a.organizationId) - chain.indexOf(b.organizationId));
}

export interface RollUpQuery {
  parentId: string;
  year: number;
  /** Figure ids to show; all that apply when omitted. */
  figureIds?: readonly string[];
  /** Only the figures of this topic (a catalogue key or a custom topic's label). */
  topic?: string;
}

/**
 * The roll-up of a parent's direct units: the units, then every stated value
 * of this year and last in one query, summed and ranked in memory
 * (lib/report/roll-up.ts) so the rules live in one place.
 */
export async function loadRollUp(db: Db, query: RollUpQuery): Promise<RollUpTable> {
  const all = rollUpFigures(await applicableCustomFigures(db, query.parentId));
  const wanted = query.figureIds ? new Set(query.figureIds) : null;
  const figures = all.filter((f) => (!wanted || wanted.has(f.id)) && (!query.topic || f.topic === query.topic));
  const units = await db.organization.findMany({
    where: { parentId: query.parentId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, parentReadsDrafts: true, reports: { where: { year: query.year }, select: { id: true, status: true } } },
  });
  const needed = [...new Set([...figures.map((f) => f.id), ...rateOperands(figures.map((f) => f.id))])];
  const values = needed.length === 0 ? [] : await statedValues(db, query.parentId, query.year, needed);
  return buildRollUp(
    query.year,
    units.map((u) => {
      const r = u.reports[0];
      const readable = r && (u.parentReadsDrafts || r.status === "sent" || r.status === "published");
      return { organizationId: u.id, name: u.name, reportId: readable ? r.id : null };
    }),
    figures,
    values,
  );
}

export interface RollUpTopic {
  key: string;
  label: string;
}

/**
 * The topics with a figure some unit states this year or last, in the
 * catalogue's order, for the 汇总 page's selector (104 catalogue figures are
 * too many to show at once). It reads which figures are stated, not their
 * values, so the page reads the values of the chosen topic only.
 */
export async function statedTopics(db: Db, parentId: string, year: number): Promise<RollUpTopic[]> {
  const figures = rollUpFigures(await applicableCustomFigures(db, parentId));
  const rows = await db.raw.query<{ figureId: string }>(
    `SELECT DISTINCT f."figureId" AS "figureId"
     FROM "ReportFigure" f JOIN "Report" r ON r."id" = f."reportId" JOIN "Organization" o ON o."id" = r."organizationId"
     WHERE o."parentId" = ? AND r."year" IN (?, ?) AND ${PARENT_READABLE_SQL}`,
    parentId,
    year,
    year - 1,
  );
  const stated = new Set(rows.map((r) => r.figureId));
  return [...new Map(figures.filter((f) => stated.has(f.id)).map((f) => [f.topic, { key: f.topic, label: f.topicLabel }])).values()];
}

/**
 * Every stated value of this year and last: one row a report with its
 * figures as a JSON object ({"petitions.letters": ["77", 77]}), 1,000 rows
 * for 500 units rather than 80,000, since Prisma's raw path costs per row.
 * A subquery a report rather than a GROUP BY: PostgreSQL would sort the
 * 80,000 rows by report first (on disk, past work_mem) to group them.
 */
async function statedValues(db: Db, parentId: string, year: number, figureIds: readonly string[]): Promise<StatedValue[]> {
  const figures =
    db.raw.kind === "postgres"
      ? `json_object_agg(f."figureId", json_build_array(f."value", f."exact"))::text`
      : `json_group_object(f."figureId", json_array(f."value", f."exact"))`;
  const rows = await db.raw.query<{ organizationId: string; year: number | bigint; figures: string | null }>(
    `SELECT r."organizationId" AS "organizationId", r."year" AS "year",
       (SELECT ${figures} FROM "ReportFigure" f WHERE f."reportId" = r."id" AND f."figureId" IN (${figureIds.map(() => "?").join(", ")})) AS "figures"
     FROM "Report" r JOIN "Organization" o ON o."id" = r."organizationId"
     WHERE o."parentId" = ? AND r."year" IN (?, ?) AND ${PARENT_READABLE_SQL}`,
    ...figureIds,
    parentId,
    year,
    year - 1,
  );
  const values: StatedValue[] = [];
  for (const r of rows) {
    if (r.figures === null) continue;
    const stated = JSON.parse(r.figures) as Record<string, [string, number | null]>;
    for (const figureId in stated) {
      const v = stated[figureId];
      if (v) values.push({ organizationId: r.organizationId, year: Number(r.year), figureId, value: v[0], exact: v[1] });
    }
  }
  return values;
}
