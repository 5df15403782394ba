/** The report as a GB/T 9704 Word document (DOCX) for WPS and Word. */
export { renderReportDocx } from "./render";
export { exportReportDocx, type DocxExportResult } from "./export";
