-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "anchor" TEXT NOT NULL DEFAULT 'part',
ADD COLUMN     "field" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "parentId" TEXT,
ADD COLUMN     "prefix" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "quote" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "start" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "suffix" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Comment_parentId_idx" ON "Comment"("parentId");

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

