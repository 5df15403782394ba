/**
 * What the engine bundle exports (bundle.mjs): the PDF export the server and
 * the export workers call, and the `report pdf` command, so that the CLI's
 * launcher runs the whole command from the one bundled file.
 */
export { exportReportPdf } from "../export";
export { describeMissing } from "../coverage";
export { definePdfCommand } from "@/lib/cli/pdf-program";
export { fontReport } from "../fonts/report";
