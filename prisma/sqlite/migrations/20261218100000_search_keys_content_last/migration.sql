-- The content of Report (the JSON, 27 KB for the Laocheng report) becomes the last column. SQLite reads a
-- row columns in order, and a value that big lives in a chain of overflow pages: every column after
-- it (version, the dates, title, characters, finalIssues…) cost a walk through that chain, for every
-- row a list, the overview or the ranking of search reads. Rebuilt as Prisma rebuilds tables.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Report" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" DATETIME,
    "approvedAt" DATETIME,
    "sentAt" DATETIME,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "characters" INTEGER NOT NULL DEFAULT 0,
    "finalIssues" INTEGER NOT NULL DEFAULT 0,
    "filledParts" INTEGER NOT NULL DEFAULT 0,
    "partCount" INTEGER NOT NULL DEFAULT 0,
    "summaryVersion" INTEGER NOT NULL DEFAULT 0,
    "reviewOpenedAt" DATETIME,
    "content" TEXT NOT NULL,
    CONSTRAINT "Report_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Report" ("id", "organizationId", "year", "status", "version", "submittedAt", "approvedAt", "sentAt", "publishedAt", "createdAt", "updatedAt", "title", "characters", "finalIssues", "filledParts", "partCount", "summaryVersion", "reviewOpenedAt", "content")
SELECT "id", "organizationId", "year", "status", "version", "submittedAt", "approvedAt", "sentAt", "publishedAt", "createdAt", "updatedAt", "title", "characters", "finalIssues", "filledParts", "partCount", "summaryVersion", "reviewOpenedAt", "content" FROM "Report";
DROP TABLE "Report";
ALTER TABLE "new_Report" RENAME TO "Report";
CREATE INDEX "Report_year_status_idx" ON "Report"("year", "status");
CREATE UNIQUE INDEX "Report_organizationId_year_key" ON "Report"("organizationId", "year");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
