/**
 * 公开方式 (公开属性) as 政府信息公开 catalogues classify a document: the
 * three classes of the 政府信息公开条例. A 法治政府建设年度报告 is to be made
 * public (督察规定), so 主动公开 is the default; a report marked 不予公开
 * cannot be published on the public page.
 */
export const DISCLOSURES = ["主动公开", "依申请公开", "不予公开"] as const;
export type Disclosure = (typeof DISCLOSURES)[number];

export const isDisclosure = (value: string): value is Disclosure => (DISCLOSURES as readonly string[]).includes(value);

/** Why a report with this 公开方式 cannot go on the public page; null when it can. */
export function disclosureProblem(value: string): string | null {
  const v = value.trim();
  if (!isDisclosure(v)) return `公开方式应为${DISCLOSURES.join("、")}之一，请在基本信息中选择`;
  if (v === "不予公开") return "公开方式为不予公开的报告不能公开发布";
  return null;
}
