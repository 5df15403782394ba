-- What lists need, figures as rows and the search text, derived from content by the app.
-- SQL cannot read the JSON content portably, so existing rows keep summaryVersion 0 here and
-- `npm run db:migrate` derives them after this migration (prisma/derive-stored.ts).

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "characters" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "filledParts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "finalIssues" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "partCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "summaryVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "title" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ReportFigure" (
    "reportId" TEXT NOT NULL,
    "figureId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "exact" DOUBLE PRECISION,

    CONSTRAINT "ReportFigure_pkey" PRIMARY KEY ("reportId","figureId")
);

-- CreateTable
CREATE TABLE "ReportSearch" (
    "id" SERIAL NOT NULL,
    "reportId" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "ReportSearch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReportFigure_figureId_idx" ON "ReportFigure"("figureId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportSearch_reportId_key" ON "ReportSearch"("reportId");

-- CreateIndex
CREATE INDEX "Report_year_status_idx" ON "Report"("year", "status");

-- AddForeignKey
ALTER TABLE "ReportFigure" ADD CONSTRAINT "ReportFigure_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSearch" ADD CONSTRAINT "ReportSearch_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Full text: the one-, two- and three-character grams of the printed text as ASCII tokens
-- (lib/server/search/grams.ts), so that neither the locale nor the text search parser decides
-- what a Chinese character is. A GIN index on a tsvector answers "contains these grams" from the
-- index alone. pg_trgm was measured and not used: its GIN index must recheck every candidate row
-- against the whole text, 0.5 s for a term 10,000 reports contain (the gram index: 2 ms).
ALTER TABLE "ReportSearch" ADD COLUMN "grams" tsvector NOT NULL DEFAULT ''::tsvector;
CREATE INDEX "ReportSearch_grams_idx" ON "ReportSearch" USING gin ("grams");
