import "server-only";
import { strToU8, zipSync } from "fflate";
import type { Db } from "@/lib/db/client";
import type { Report } from "@/lib/report/schema";
import { reportPdfFileName } from "@/lib/pdf/file-name";
import { publicPageHtml } from "@/lib/publication/public-page";
import { publicIndexHtml } from "@/lib/publication/public-index";
import { customFiguresFor } from "@/lib/server/figures/list-custom-figures";
import { cacheKey, publicCaches, type PublicFile } from "./public-cache";
import { findPublished, publishedYears, readPublished, type PublishedRef } from "./published-report";
import { exportService } from "@/lib/export-queue";

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
  const html = publicPageHtml(report, { pdf: `${base}/pdf`, docx: `${base}/docx`, index: `/gongkai/${organizationId}` });
  return { ref, html: pages.set(cacheKey(ref), html) };
}

/** A public file, or when the export queue is full the seconds after which to ask again; null: not published. */
export type PublicDownload = PublicFile | { busy: number } | null;

/**
 * The published report's PDF (the 公开版), rendered once per version by the
 * export workers behind their bounded queue (lib/export-queue), as a signed-in
 * download is: anyone may ask for it, so a burst of first requests must wait
 * there instead of rendering in the thread that serves pages.
 */
export async function publicPdf(db: Db, organizationId: string, yearParam: string): Promise<PublicDownload> {
  return publicFile(db, organizationId, yearParam, "pdfs", async (report, customFigures) => {
    const queued = await exportService().pdf(report, { customFigures });
    if (!queued.ok) return { busy: queued.retryAfterSeconds };
    return queued.value.ok ? { bytes: new Uint8Array(queued.value.pdf), fileName: queued.value.fileName } : null;
  });
}

/** The published report as a Word document (lib/docx), built once per version, behind the same kind of queue. */
export async function publicDocx(db: Db, organizationId: string, yearParam: string): Promise<PublicDownload> {
  return publicFile(db, organizationId, yearParam, "docxs", async (report, customFigures) => {
    const queued = await exportService().docx(report, { customFigures });
    if (!queued.ok) return { busy: queued.retryAfterSeconds };
    return queued.value.ok ? { bytes: new Uint8Array(queued.value.docx), fileName: queued.value.fileName } : null;
  });
}

async function publicFile(
  db: Db,
  organizationId: string,
  yearParam: string,
  kind: "pdfs" | "docxs",
  make: (report: Report, customFigures: Awaited<ReturnType<typeof customFiguresFor>>) => Promise<PublicDownload>,
): Promise<PublicDownload> {
  const ref = await findPublished(db, organizationId, yearParam);
  if (!ref) return null;
  const cache = publicCaches()[kind];
  const cached = cache.get(cacheKey(ref));
  if (cached) return cached;
  const report = await readPublished(db, ref);
  if (!report) return null;
  // The custom figures decide a 草稿 mark as the signed-in download does; a published report passed them.
  const file = await make(report, await customFiguresFor(db, organizationId));
  return file && "bytes" in file ? cache.set(cacheKey(ref), file) : file;
}

/**
 * The page, the PDF and the DOCX in one zip for the site's own CMS: the page
 * links the files beside it by their names, and has no link back into this app.
 */
export async function publicZip(db: Db, organizationId: string, yearParam: string): Promise<{ zip: Uint8Array; fileName: string } | { busy: number } | null> {
  const ref = await findPublished(db, organizationId, yearParam);
  const pdf = ref && (await publicPdf(db, organizationId, yearParam));
  if (pdf && "busy" in pdf) return pdf;
  const docx = pdf && (await publicDocx(db, organizationId, yearParam));
  if (docx && "busy" in docx) return docx;
  const report = ref && docx && (await readPublished(db, ref));
  if (!pdf || !docx || !report) return null;
  const htmlName = reportPdfFileName(report.header, "html");
  const html = publicPageHtml(report, { pdf: pdf.fileName, docx: docx.fileName, index: null });
  // PDF and DOCX are compressed already; storing them saves the time without costing size.
  const zip = zipSync({
    [htmlName]: [strToU8(html), { level: 6 }],
    [pdf.fileName]: [pdf.bytes, { level: 0 }],
    [docx.fileName]: [docx.bytes, { level: 0 }],
  });
  return { zip, fileName: reportPdfFileName(report.header, "zip") };
}

/** An organization's public index of published years, or null when there is no such organization. */
export async function publicIndex(db: Db, organizationId: string): Promise<string | null> {
  const found = await publishedYears(db, organizationId);
  if (!found) return null;
  const years = found.years.map((y) => ({ ...y, href: publicPath(organizationId, y.year), zip: `${publicPath(organizationId, y.year)}/zip` }));
  return publicIndexHtml(found.organizationName, years);
}
