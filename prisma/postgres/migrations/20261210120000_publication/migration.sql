-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "creditCode" TEXT;

-- CreateTable
CREATE TABLE "PublicationSerial" (
    "organizationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PublicationSerial_pkey" PRIMARY KEY ("organizationId","year")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_creditCode_key" ON "Organization"("creditCode");

-- AddForeignKey
ALTER TABLE "PublicationSerial" ADD CONSTRAINT "PublicationSerial_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

