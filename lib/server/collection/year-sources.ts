import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { figureDefOf } from "@/lib/report/set-figure";
import { parentReadable } from "@/lib/server/access/parent-readable";
import { customFiguresFor } from "@/lib/server/figures/list-custom-figures";

export interface YearSource {
  year: number;
  label: string;
  value: string;
  detail: string;
}

/** The figure sources of an organization's reports in the given years (those the person may read), for the comparison. */
export async function yearSources(db: Db, actor: Actor, organizationId: string, years: readonly number[]): Promise<YearSource[]> {
  const rows = await db.figureSource.findMany({
    where: { report: { organizationId, year: { in: [...years] }, OR: parentReadable(actor) } },
    select: { figureId: true, value: true, detail: true, report: { select: { year: true } } },
  });
  if (rows.length === 0) return [];
  const custom = await customFiguresFor(db, organizationId);
  return rows
    .map((r) => ({ year: r.report.year, label: figureDefOf(r.figureId, custom)?.label ?? r.figureId, value: r.value, detail: r.detail }))
    .sort((a, b) => a.year - b.year || a.label.localeCompare(b.label, "zh-CN"));
}
