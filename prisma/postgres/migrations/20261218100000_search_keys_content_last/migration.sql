-- Full text: the index keys become an int[] of the printed text, its UTF-16 code units and adjacent
-- pairs (lib/db/search-unit-grams.ts, which says why), about 19 KB a report where the tsvector of
-- one-, two- and three-character ASCII tokens took some 190 KB. A GIN index on the array answers
-- containment from the index alone.
DROP INDEX "ReportSearch_grams_idx";
ALTER TABLE "ReportSearch" DROP COLUMN "grams";
ALTER TABLE "ReportSearch" ADD COLUMN "grams" integer[] NOT NULL DEFAULT '{}';
-- The GIN pending list (fastupdate) is off: while inserts wait in it, the planner prices the index above
-- a sequential scan that reads the array of every row (ranking 信访 at 10,000 reports: 0.94 s, with the
-- index 0.07–0.1 s). A save then writes its keys into the index at once, some 10 ms more of
-- PostgreSQL time.
CREATE INDEX "ReportSearch_grams_idx" ON "ReportSearch" USING gin ("grams") WITH (fastupdate = off);

-- The keys are computed by the app, as every save does: the search rows go, and `npm run db:migrate`
-- derives them again after this migration (prisma/derive-stored.ts, for rows below SUMMARY_VERSION).
DELETE FROM "ReportSearch";
UPDATE "Report" SET "summaryVersion" = 0;
