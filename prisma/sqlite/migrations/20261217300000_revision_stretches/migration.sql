-- Revisions as stretches of editing (saves folded), with a name, the saves they hold and their size in characters.

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "savedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "saveCount" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT,
    "characters" INTEGER,
    CONSTRAINT "Revision_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Existing revisions each hold one save, made when they were created; an author whose account no longer exists is dropped.
INSERT INTO "new_Revision" ("authorId", "content", "createdAt", "savedAt", "id", "reportId", "version")
SELECT CASE WHEN "authorId" IN (SELECT "id" FROM "User") THEN "authorId" END, "content", "createdAt", "createdAt", "id", "reportId", "version" FROM "Revision";
DROP TABLE "Revision";
ALTER TABLE "new_Revision" RENAME TO "Revision";
CREATE UNIQUE INDEX "Revision_reportId_version_key" ON "Revision"("reportId", "version");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

