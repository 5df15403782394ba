import "server-only";
import { randomUUID } from "node:crypto";
import type { RawTx } from "@/lib/db/client";

/** Saves by one person less than this apart belong to one editing stretch, kept as one revision. */
export const FOLD_WINDOW_MS = 10 * 60 * 1000;

export interface RevisionWrite {
  reportId: string;
  /** The version the save started from and the one it wrote. */
  baseVersion: number;
  version: number;
  content: string;
  characters: number;
  authorId: string | null;
  at: Date;
  /** false for a save that must stay a point of its own (a restore). */
  foldable: boolean;
}

/**
 * Records a save in the revision history, in the save's transaction. An
 * autosave every second would otherwise leave thousands of revisions a year
 * (19 in 10 minutes were counted), each the whole report. So a save folds
 * into the latest revision, which then holds the newer content and version,
 * when the same person wrote that revision, its last save is less than
 * FOLD_WINDOW_MS ago, it is the version this save started from (nobody saved
 * in between) and it has no name: a named version (报送版, 提交审核时) is
 * kept as it was. Saves without an author (the seed, the CLI) never fold.
 * Concurrency stays with Report.version, checked before this runs.
 */
export async function writeRevision(tx: RawTx, w: RevisionWrite): Promise<{ savedAt: Date; folded: boolean }> {
  // Raw SQL: the content is the whole report, which Prisma's query compiler takes milliseconds to pass (lib/db/adapter-raw.ts).
  if (w.foldable && w.authorId !== null) {
    const count = await tx.raw.execute(
      `UPDATE "Revision" SET "version" = ?, "content" = ?, "characters" = ?, "savedAt" = ?, "saveCount" = "saveCount" + 1
       WHERE "reportId" = ? AND "version" = ? AND "authorId" = ? AND "name" IS NULL AND "savedAt" > ?`,
      w.version,
      w.content,
      w.characters,
      w.at,
      w.reportId,
      w.baseVersion,
      w.authorId,
      new Date(w.at.getTime() - FOLD_WINDOW_MS),
    );
    if (count === 1) return { savedAt: w.at, folded: true };
  }
  await tx.raw.execute(
    `INSERT INTO "Revision" ("id", "reportId", "version", "content", "characters", "authorId", "createdAt", "savedAt", "saveCount") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    randomUUID(),
    w.reportId,
    w.version,
    w.content,
    w.characters,
    w.authorId,
    w.at,
    w.at,
  );
  return { savedAt: w.at, folded: false };
}
