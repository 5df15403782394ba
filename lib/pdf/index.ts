/**
 * The typeset document (GB/T 9704-2012): a report in, PDF bytes out.
 *
 * lib/pdf has its own package.json ({"type": "module"}) because
 * @react-pdf/renderer is ESM-only: under tsx (the CLI, the benchmark) a
 * CommonJS-typed file that imports it fails on @react-pdf/hyphenate's
 * import-only exports. CommonJS callers load this folder with `await import()`.
 */
export { renderReportPdf, type RenderOptions } from "./render";
export { exportReportPdf, type ExportResult } from "./export";
export { checkCoverage, describeMissing, type Coverage, type MissingChar } from "./coverage";
export { contentDisposition, reportPdfFileName } from "./file-name";
export { fontReport, type FontReport, type FontReportRow } from "./fonts/report";
export { parsePdfVersion, PDF_VERSIONS, type PdfVersion } from "./version";
