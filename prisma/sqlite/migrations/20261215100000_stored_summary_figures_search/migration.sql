-- What lists need, figures as rows and the search text, derived from content by the app.
-- SQL cannot read the JSON content portably, so existing rows keep summaryVersion 0 here and
-- `npm run db:migrate` derives them after this migration (prisma/derive-stored.ts).

-- CreateTable
CREATE TABLE "ReportFigure" (
    "reportId" TEXT NOT NULL,
    "figureId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "exact" REAL,

    PRIMARY KEY ("reportId", "figureId"),
    CONSTRAINT "ReportFigure_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReportSearch" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "reportId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "ReportSearch_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Report" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "content" TEXT NOT NULL,
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
    CONSTRAINT "Report_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Report" ("approvedAt", "content", "createdAt", "id", "organizationId", "publishedAt", "sentAt", "status", "submittedAt", "updatedAt", "version", "year") SELECT "approvedAt", "content", "createdAt", "id", "organizationId", "publishedAt", "sentAt", "status", "submittedAt", "updatedAt", "version", "year" FROM "Report";
DROP TABLE "Report";
ALTER TABLE "new_Report" RENAME TO "Report";
CREATE INDEX "Report_year_status_idx" ON "Report"("year", "status");
CREATE UNIQUE INDEX "Report_organizationId_year_key" ON "Report"("organizationId", "year");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ReportFigure_figureId_idx" ON "ReportFigure"("figureId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportSearch_reportId_key" ON "ReportSearch"("reportId");


-- Full text: the printed text by trigrams (queries of 3 characters and more, matched from the
-- index alone), and its one- and two-character grams as ASCII tokens (lib/server/search/grams.ts)
-- for 信访, 复议, which trigrams cannot find. Contentless: the text is in ReportSearch; rowid is
-- ReportSearch.id; the app deletes and inserts rows in the transaction that writes the report.
CREATE VIRTUAL TABLE "ReportTextFts" USING fts5("text", tokenize = 'trigram', content = '', contentless_delete = 1);
CREATE VIRTUAL TABLE "ReportGramFts" USING fts5("grams", content = '', contentless_delete = 1);
