import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { rollUpFigures } from "@/lib/report/roll-up";
import { RATE_RULES } from "@/lib/report/checks";
import { customFiguresFor } from "@/lib/server/figures/list-custom-figures";
import { readContent } from "@/lib/server/reports/content";
import { listFigureSources } from "./list-figure-sources";
import { refreshFromUnits } from "./units-sum";

/**
 * What the editor page shows of figure sources, after bringing 各单位合计
 * figures up to date (which may save a new version: call it before the
 * editor reads the report).
 */
export async function editorSources(db: Db, actor: Actor, reportId: string) {
  await refreshFromUnits(db, actor, reportId);
  const row = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { organizationId: true, content: true } });
  const sources = await listFigureSources(db, reportId, readContent(row.content).report, row.organizationId);
  const hasUnits = (await db.organization.count({ where: { parentId: row.organizationId } })) > 0;
  const figures = hasUnits
    ? rollUpFigures(await customFiguresFor(db, row.organizationId))
        // A rate follows its units only where the catalogue says which counts it is computed from.
        .filter((f) => f.kind !== "rate" || RATE_RULES.some((r) => r.rate === f.id))
        .map((f) => ({ id: f.id, label: `${f.topicLabel} · ${f.label}` }))
    : [];
  return { sources, figures };
}
