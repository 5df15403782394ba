import "server-only";
import { pdfEngine } from "@/lib/pdf/engine/load";

/**
 * The PDF export as app/reports/[reportId]/pdf runs it: the engine `npm run
 * build` bundles, in production; the sources otherwise (lib/pdf/engine/load.ts
 * says why).
 */
export async function loadPdfExport(): Promise<Pick<typeof import("@/lib/pdf/export"), "exportReportPdf">> {
  const engine = process.env.NODE_ENV === "production" ? pdfEngine() : null;
  return engine ?? import("@/lib/pdf/export");
}
