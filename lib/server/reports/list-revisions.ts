import "server-only";
import type { Db } from "@/lib/db/client";
import { reportCharacters } from "@/lib/report/outline";
import { readContent } from "./content";
import type { RevisionListEntry } from "./list-revisions.schema";

/**
 * Every revision of a report, newest first. The size is stored with each
 * save; only revisions saved before it was kept are read to count it.
 */
export async function listRevisions(db: Db, reportId: string): Promise<RevisionListEntry[]> {
  const rows = await db.revision.findMany({
    where: { reportId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, createdAt: true, savedAt: true, saveCount: true, name: true, characters: true, author: { select: { displayName: true } } },
  });
  const unsized = rows.filter((r) => r.characters === null).map((r) => r.id);
  const counted = new Map<string, number>();
  if (unsized.length > 0) {
    const old = await db.revision.findMany({ where: { id: { in: unsized } }, select: { id: true, content: true } });
    for (const r of old) counted.set(r.id, reportCharacters(readContent(r.content).report));
  }
  return rows.map((r) => ({
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    savedAt: r.savedAt.toISOString(),
    saveCount: r.saveCount,
    name: r.name,
    authorName: r.author?.displayName ?? null,
    size: r.characters ?? counted.get(r.id) ?? 0,
  }));
}
