-- The full-text keys by paragraph, as SQLite has them (lib/db/search-paragraphs.ts): an autosave that
-- changed one paragraph re-keys that paragraph. The keys of a report in one array (about 4,700) were inserted
-- into GIN whole again on every save that changed a word (save p95 86 ms at 10,000 reports), and even a
-- save of another column paid it, as GIN-indexed rows are never updated in place.
CREATE TABLE "ReportParagraph" (
    "id" SERIAL NOT NULL,
    "reportId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "grams" INTEGER[] NOT NULL,
    CONSTRAINT "ReportParagraph_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ReportParagraph_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "ReportParagraph_reportId_idx" ON "ReportParagraph"("reportId");
-- fastupdate off, as the index it replaces had (migration 20261218100000 says why).
CREATE INDEX "ReportParagraph_grams_idx" ON "ReportParagraph" USING gin ("grams") WITH (fastupdate = off);

DROP INDEX "ReportSearch_grams_idx";
ALTER TABLE "ReportSearch" DROP COLUMN "grams";

-- The keys are computed by the app, as every save does: `npm run db:migrate` derives the rows of every report
-- again after this migration (prisma/derive-stored.ts, for rows below SUMMARY_VERSION).
UPDATE "Report" SET "summaryVersion" = 0;
