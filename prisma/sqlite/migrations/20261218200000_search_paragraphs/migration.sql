-- SQLite's full-text index by paragraph (lib/db/search-paragraphs.ts): an autosave that changed one
-- paragraph re-indexes that paragraph, not the whole report. Each paragraph of a report's printed text
-- is a row here, and its id the rowid of its entries in both FTS5 tables, which start again empty:
-- `npm run db:migrate` derives every report's rows anew (SUMMARY_VERSION).
CREATE TABLE "ReportParagraph" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "reportId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "ReportParagraph_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "ReportParagraph_reportId_idx" ON "ReportParagraph"("reportId");

DROP TABLE "ReportTextFts";
DROP TABLE "ReportGramFts";
CREATE VIRTUAL TABLE "ReportTextFts" USING fts5("text", tokenize = 'trigram', content = '', contentless_delete = 1);
CREATE VIRTUAL TABLE "ReportGramFts" USING fts5("grams", content = '', contentless_delete = 1);

-- A paragraph leaves the index with its row, whoever deletes it (a save, a report's cascade).
CREATE TRIGGER "ReportParagraph_unindex" AFTER DELETE ON "ReportParagraph" BEGIN
    DELETE FROM "ReportTextFts" WHERE rowid = old."id";
    DELETE FROM "ReportGramFts" WHERE rowid = old."id";
END;
