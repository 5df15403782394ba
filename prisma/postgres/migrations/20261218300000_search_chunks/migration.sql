-- The full-text keys by runs of a few paragraphs (lib/db/search-paragraphs.ts, which says why): an
-- autosave that changed one paragraph re-keys its run. The keys of a report in one array (about 4,700)
-- were inserted into GIN whole again on every save that changed a word (save p95 86 ms at 10,000
-- reports), and even a save of another column paid it, as GIN-indexed rows are never updated in place.
CREATE TABLE "ReportChunk" (
    "id" SERIAL NOT NULL,
    "reportId" TEXT NOT NULL,
    "digest" TEXT NOT NULL,
    "grams" INTEGER[] NOT NULL,
    CONSTRAINT "ReportChunk_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ReportChunk_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE
) WITH (toast_tuple_target = 128);
-- A row over 2 KB (most runs) keeps its keys out of line, uncompressed: the rows a search reads to
-- learn their report stay some 100 bytes. Compressing the keys would gain little.
ALTER TABLE "ReportChunk" ALTER COLUMN "grams" SET STORAGE EXTERNAL;
CREATE INDEX "ReportChunk_reportId_idx" ON "ReportChunk"("reportId");
-- fastupdate off, as the index it replaces had (migration 20261218100000 says why).
CREATE INDEX "ReportChunk_grams_idx" ON "ReportChunk" USING gin ("grams") WITH (fastupdate = off);

DROP INDEX "ReportSearch_grams_idx";
ALTER TABLE "ReportSearch" DROP COLUMN "grams";

-- The keys are computed by the app, as every save does: `npm run db:migrate` derives the rows of every
-- report again after this migration (prisma/derive-stored.ts, for rows below SUMMARY_VERSION).
UPDATE "Report" SET "summaryVersion" = 0;
