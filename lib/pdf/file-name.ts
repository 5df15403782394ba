import type { Report } from "@/lib/report/schema";

/** Characters Windows, macOS or a browser's download dialog will not accept in a file name. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

/**
 * The download's file name as offices file these reports:
 * 老城区2020年度法治政府建设工作报告.pdf (short name, year, document kind).
 * Falls back to the full name, and leaves out the year while it is unset.
 */
export function reportPdfFileName(header: Pick<Report["header"], "organizationShortName" | "organizationName" | "year">, ext = "pdf"): string {
  const who = (header.organizationShortName.trim() || header.organizationName.trim()).replace(UNSAFE, "").replace(/\s+/g, "");
  const year = header.year === null ? "" : `${header.year}年度`;
  return `${who}${year}法治政府建设工作报告.${ext}`;
}

/** The 报送版 says so in its name, so that the two versions of one report never overwrite each other in a download folder. */
export function submissionFileName(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? `${fileName}（报送版）` : `${fileName.slice(0, dot)}（报送版）${fileName.slice(dot)}`;
}

/**
 * A Content-Disposition header for that name: an ASCII fallback for old
 * clients and the UTF-8 name (RFC 6266 / RFC 5987) that browsers use.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
