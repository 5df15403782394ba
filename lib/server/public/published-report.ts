import "server-only";
import type { Db } from "@/lib/db/client";
import type { Report } from "@/lib/report/schema";
import { readContent } from "@/lib/server/reports/content";

/**
 * Only 已公开 reports exist for the public: a draft, a report under review,
 * a sent one or one reopened after publication is not found, exactly like a
 * year that was never written. Addresses that cannot name a report (a year
 * that is not four digits, an id no organization could have) are not found
 * either, without a query.
 */
const ORGANIZATION_ID = /^[A-Za-z0-9_-]{1,64}$/;
const YEAR = /^\d{4}$/;

export const validOrganizationId = (id: string) => ORGANIZATION_ID.test(id);

export interface PublishedRef {
  id: string;
  /** The cache key's second half: every save or republication changes it. */
  version: number;
}

export async function findPublished(db: Db, organizationId: string, yearParam: string): Promise<PublishedRef | null> {
  if (!validOrganizationId(organizationId) || !YEAR.test(yearParam)) return null;
  return db.report.findFirst({ where: { organizationId, year: Number(yearParam), status: "published" }, select: { id: true, version: true } });
}

/** The published text; read only when the cache has no copy of this version. */
export async function readPublished(db: Db, ref: PublishedRef): Promise<Report | null> {
  const row = await db.report.findFirst({ where: { id: ref.id, version: ref.version, status: "published" }, select: { content: true } });
  return row ? readContent(row.content).report : null;
}

export interface PublishedYears {
  organizationName: string;
  years: { year: number; title: string; publishedOn: string }[];
}

/** An organization's published years; null when there is no such organization. */
export async function publishedYears(db: Db, organizationId: string): Promise<PublishedYears | null> {
  if (!validOrganizationId(organizationId)) return null;
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { name: true } });
  if (!org) return null;
  const rows = await db.report.findMany({ where: { organizationId, status: "published" }, orderBy: { year: "desc" }, select: { year: true, content: true } });
  return {
    organizationName: org.name,
    years: rows.map((r) => {
      const { header } = readContent(r.content).report;
      return { year: r.year, title: header.title.replace(/\s+/g, ""), publishedOn: header.publication.publishedOn };
    }),
  };
}
