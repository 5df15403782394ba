-- Where each paragraph of the search text comes from, so search names a hit's place without reading the content.
-- Existing rows are derived again by `npm run db:migrate` (SUMMARY_VERSION 2).

ALTER TABLE "ReportSearch" ADD COLUMN "places" TEXT NOT NULL DEFAULT '[]';
