-- Full text: the index keys become an int[] of the printed text's UTF-16 code units and adjacent
-- pairs (lib/db/search-unit-grams.ts, which says why), about 19 KB a report where the tsvector of
-- one-, two- and three-character ASCII tokens took some 190 KB. A GIN index on the array answers
-- containment from the index alone.
DROP INDEX "ReportSearch_grams_idx";
ALTER TABLE "ReportSearch" DROP COLUMN "grams";
ALTER TABLE "ReportSearch" ADD COLUMN "grams" integer[] NOT NULL DEFAULT '{}';
CREATE INDEX "ReportSearch_grams_idx" ON "ReportSearch" USING gin ("grams");

-- The keys are computed by the app, as every save does: the search rows go, and `npm run db:migrate`
-- derives them again after this migration (prisma/derive-stored.ts, for rows below SUMMARY_VERSION).
DELETE FROM "ReportSearch";
UPDATE "Report" SET "summaryVersion" = 0;
