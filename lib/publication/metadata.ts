import { chineseDate } from "@/lib/report/dates";
import type { Report } from "@/lib/report/schema";

/**
 * 主题分类 of these reports in 政务公开 catalogues. The report has no field
 * for it, and every 法治政府建设年度报告 files under the same one.
 */
export const TOPIC = "综合政务";
/** 体裁 (document genre) of an annual report. */
export const GENRE = "工作报告";

/** The 政务公开 metadata a public page carries, in the order government sites print them. */
export function publicMetadata(report: Report): { label: string; value: string }[] {
  const { header } = report;
  const { publication } = header;
  const day = (iso: string) => (iso ? chineseDate(iso) : "—");
  return [
    { label: "索引号", value: publication.indexNumber.trim() || "—" },
    { label: "主题分类", value: TOPIC },
    { label: "体裁", value: GENRE },
    { label: "发布机构", value: header.organizationName.trim() || header.signatory.trim() },
    { label: "成文日期", value: day(header.date) },
    { label: "发布日期", value: day(publication.publishedOn) },
    { label: "公开方式", value: publication.disclosure.trim() || "—" },
    { label: "文号", value: header.documentNumber.trim() || "无" },
  ];
}
