import "server-only";
import type { Db } from "@/lib/db/client";
import type { Report } from "@/lib/report/schema";
import type { ReportIssue } from "@/lib/report/zod";
import { readContent } from "./content";

export interface StoredReport {
  id: string;
  organizationId: string;
  organizationName: string;
  year: number;
  status: string;
  version: number;
  updatedAt: Date;
  /** 已报送 and 已公开 dates, once the workflow got there. */
  sentAt: Date | null;
  publishedAt: Date | null;
  /** When a reviewer first opened it after its last 提交审核 (null: not yet; the drafter may still 撤回). */
  reviewOpenedAt: Date | null;
  report: Report;
  /** Problems reading stored content (written by an incompatible version); empty normally. */
  storageIssues: ReportIssue[];
}

export async function getReport(db: Db, reportId: string): Promise<StoredReport | null> {
  const row = await db.report.findUnique({ where: { id: reportId }, include: { organization: { select: { name: true } } } });
  if (!row) return null;
  const { report, issues } = readContent(row.content);
  return {
    id: row.id,
    organizationId: row.organizationId,
    organizationName: row.organization.name,
    year: row.year,
    status: row.status,
    version: row.version,
    updatedAt: row.updatedAt,
    sentAt: row.sentAt,
    publishedAt: row.publishedAt,
    reviewOpenedAt: row.reviewOpenedAt,
    report,
    storageIssues: issues,
  };
}
