/**
 * The two versions of one report (design/document-format.md): the 报送版
 * sent upward carries the 版头 of GB/T 9704 §7.2; the 公开版 published on
 * the website has none. The 公开版 is the default, as every export was before.
 */
export const PDF_VERSIONS = ["submission", "public"] as const;
export type PdfVersion = (typeof PDF_VERSIONS)[number];

/** A request's or a command line's word for the version; null when it names none of them. */
export function parsePdfVersion(value: string | null | undefined): PdfVersion | null {
  if (value === null || value === undefined || value === "") return "public";
  return PDF_VERSIONS.find((v) => v === value) ?? null;
}
