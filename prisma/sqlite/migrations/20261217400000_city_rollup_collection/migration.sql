-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "fromName" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "senderId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Reminder_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DataRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "figureIds" TEXT NOT NULL,
    "deadline" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DataRequest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DataReply" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "values" TEXT NOT NULL DEFAULT '{}',
    "submittedAt" DATETIME,
    "submittedBy" TEXT,
    "acceptedAt" DATETIME,
    CONSTRAINT "DataReply_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "DataRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DataReply_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FigureSource" (
    "reportId" TEXT NOT NULL,
    "figureId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("reportId", "figureId"),
    CONSTRAINT "FigureSource_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (ADD COLUMN rather than redefining Organization, which every other table refers to)
ALTER TABLE "Organization" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'government';
ALTER TABLE "Organization" ADD COLUMN "contactName" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Organization" ADD COLUMN "contactPhone" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Organization" ADD COLUMN "parentReadsDrafts" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Reminder_organizationId_createdAt_idx" ON "Reminder"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "DataRequest_organizationId_year_idx" ON "DataRequest"("organizationId", "year");

-- CreateIndex
CREATE INDEX "DataReply_organizationId_idx" ON "DataReply"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "DataReply_requestId_organizationId_key" ON "DataReply"("requestId", "organizationId");

