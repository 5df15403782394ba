import "server-only";
import type { Tx } from "@/lib/db/client";

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
export async function writeRevision(tx: Tx, w: RevisionWrite): Promise<{ savedAt: Date; folded: boolean }> {
  if (w.foldable && w.authorId !== null) {
    const { count } = await tx.revision.updateMany({
      where: { reportId: w.reportId, version: w.baseVersion, authorId: w.authorId, name: null, savedAt: { gt: new Date(w.at.getTime() - FOLD_WINDOW_MS) } },
      data: { version: w.version, content: w.content, characters: w.characters, savedAt: w.at, saveCount: { increment: 1 } },
    });
    if (count === 1) return { savedAt: w.at, folded: true };
  }
  await tx.revision.create({
    data: { reportId: w.reportId, version: w.version, content: w.content, characters: w.characters, authorId: w.authorId, createdAt: w.at, savedAt: w.at },
  });
  return { savedAt: w.at, folded: false };
}
