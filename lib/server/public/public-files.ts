import "server-only";
import { strToU8, zipSync } from "fflate";
import type { Db } from "@/lib/db/client";
import { reportPdfFileName } from "@/lib/pdf/file-name";
import { publicPageHtml } from "@/lib/publication/public-page";
import { publicIndexHtml } from "@/lib/publication/public-index";
import { customFiguresFor } from "@/lib/server/figures/list-custom-figures";
import { cacheKey, publicCaches, type PublicPdf } from "./public-cache";
import { findPublished, publishedYears, readPublished, type PublishedRef } from "./published-report";
import { loadPdfExport } from "./pdf-export";

/** The stable public address of an organization's report of a year. */
export const publicPath = (organizationId: string, year: number | string) => `/gongkai/${organizationId}/${year}`;

/** The public page of a published report (from the cache after its first request), or null: not published, or no such report. */
export async function publicPage(db: Db, organizationId: string, yearParam: string): Promise<{ ref: PublishedRef; html: string } | null> {
  const ref = await findPublished(db, organizationId, yearParam);
  if (!ref) return null;
  const { pages } = publicCaches();
  const cached = pages.get(cacheKey(ref));
  if (cached !== undefined) return { ref, html: cached };
  const report = await readPublished(db, ref);
  if (!report) return null;
  const base = publicPath(organizationId, yearParam);
  // DOCX: none yet; branch `docx` builds app/reports/[reportId]/docx, and the public page's link goes here (PublicLinks.docx).
  const html = publicPageHtml(report, { pdf: `${base}/pdf`, docx: null, index: `/gongkai/${organizationId}` });
  return { ref, html: pages.set(cacheKey(ref), html) };
}

/** The published report's PDF (the 公开版), rendered once per version. */
export async function publicPdf(db: Db, organizationId: string, yearParam: string): Promise<PublicPdf | null> {
  const ref = await findPublished(db, organizationId, yearParam);
  if (!ref) return null;
  const { pdfs } = publicCaches();
  const cached = pdfs.get(cacheKey(ref));
  if (cached) return cached;
  const report = await readPublished(db, ref);
  if (!report) return null;
  const { exportReportPdf } = await loadPdfExport();
  const organization = await db.report.findUniqueOrThrow({ where: { id: ref.id }, select: { organizationId: true } });
  const result = await exportReportPdf(report, { customFigures: await customFiguresFor(db, organization.organizationId) });
  if (!result.ok) return null;
  return pdfs.set(cacheKey(ref), { pdf: new Uint8Array(result.pdf), fileName: result.fileName });
}

/**
 * The page and the PDF in one zip for the site's own CMS: the page links the
 * PDF beside it by its file name, and has no link back into this app.
 */
export async function publicZip(db: Db, organizationId: string, yearParam: string): Promise<{ zip: Uint8Array; fileName: string } | null> {
  const ref = await findPublished(db, organizationId, yearParam);
  const pdf = ref && (await publicPdf(db, organizationId, yearParam));
  const report = ref && pdf && (await readPublished(db, ref));
  if (!pdf || !report) return null;
  const htmlName = reportPdfFileName(report.header, "html");
  const html = publicPageHtml(report, { pdf: pdf.fileName, docx: null, index: null });
  // The PDF is compressed already; storing it saves the time without costing size.
  const zip = zipSync({ [htmlName]: [strToU8(html), { level: 6 }], [pdf.fileName]: [pdf.pdf, { level: 0 }] });
  return { zip, fileName: reportPdfFileName(report.header, "zip") };
}

/** An organization's public index of published years, or null when there is no such organization. */
export async function publicIndex(db: Db, organizationId: string): Promise<string | null> {
  const found = await publishedYears(db, organizationId);
  if (!found) return null;
  const years = found.years.map((y) => ({ ...y, href: publicPath(organizationId, y.year), zip: `${publicPath(organizationId, y.year)}/zip` }));
  return publicIndexHtml(found.organizationName, years);
}
