-- Revisions as stretches of editing (saves folded), with a name, the saves they hold and their size in characters.
-- Existing revisions each hold one save, made when they were created.

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "characters" INTEGER,
ADD COLUMN     "name" TEXT,
ADD COLUMN     "saveCount" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "savedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

UPDATE "Revision" SET "savedAt" = "createdAt";

-- The author is shown by name: revisions of an account that no longer exists keep no author.
UPDATE "Revision" SET "authorId" = NULL WHERE "authorId" IS NOT NULL AND "authorId" NOT IN (SELECT "id" FROM "User");

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

