-- AlterTable
ALTER TABLE "Organization" ADD COLUMN "creditCode" TEXT;

-- CreateTable
CREATE TABLE "PublicationSerial" (
    "organizationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("organizationId", "year"),
    CONSTRAINT "PublicationSerial_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_creditCode_key" ON "Organization"("creditCode");

