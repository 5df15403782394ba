import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import type { Report } from "@/lib/report/schema";
import { invalid, type Refusal } from "@/lib/server/actions/action.schema";
import { writeContent } from "@/lib/server/reports/content";
import { chinaDay } from "@/lib/publication/china-date";
import { disclosureProblem } from "@/lib/publication/disclosure";
import { formatIndexNumber } from "@/lib/publication/index-number";

/**
 * What 公开发布 records: the 发布日期 the office entered in 基本信息 (the
 * day of the click only when none was entered), and the 索引号 as entered
 * or, when empty, the next one of the organization's serial for the year
 * of publication.
 */
export interface PublicationPlan {
  publishedOn: string;
  /** null: to be generated from creditCode. */
  indexNumber: string | null;
  creditCode: string;
}

/** The report page lists the issues under this sentence, as it does for 提交审核. */
const NOT_YET = "报告还不能公开发布";

/** Checked before anything is written, so that a refusal leaves the report as it was. */
export function planPublication(report: Report, creditCode: string | null, now: Date): PublicationPlan | Refusal<"invalid"> {
  const { disclosure, indexNumber, publishedOn } = report.header.publication;
  const problem = disclosureProblem(disclosure);
  if (problem) return invalid([{ path: "header.publication.disclosure", message: problem }], NOT_YET);
  const entered = indexNumber.trim();
  if (!entered && !creditCode) {
    return invalid([
      { path: "header.publication.indexNumber", message: "本单位尚未登记统一社会信用代码，无法生成索引号：请管理员在系统管理中填写，或在基本信息中填写索引号" },
    ], NOT_YET);
  }
  return { publishedOn: publishedOn || chinaDay(now), indexNumber: entered || null, creditCode: creditCode ?? "" };
}

/**
 * Writes what the plan decided into the report, as a revision of its own
 * (the published text must say what the public page shows), after the
 * status change succeeded, so that a lost race uses no serial number.
 * Returns the 索引号.
 */
export async function recordPublication(
  tx: Tx,
  actor: Actor,
  row: { id: string; organizationId: string; version: number },
  report: Report,
  plan: PublicationPlan,
): Promise<string> {
  let indexNumber = plan.indexNumber;
  if (indexNumber === null) {
    const year = Number(plan.publishedOn.slice(0, 4));
    const serial = await tx.publicationSerial.upsert({
      where: { organizationId_year: { organizationId: row.organizationId, year } },
      create: { organizationId: row.organizationId, year, last: 1 },
      update: { last: { increment: 1 } },
    });
    indexNumber = formatIndexNumber(plan.creditCode, year, serial.last);
  }
  const publication = report.header.publication;
  if (indexNumber === publication.indexNumber && plan.publishedOn === publication.publishedOn) return indexNumber;
  const content = writeContent({ ...report, header: { ...report.header, publication: { ...publication, indexNumber, publishedOn: plan.publishedOn } } });
  const version = row.version + 1;
  await tx.report.update({ where: { id: row.id }, data: { content, version } });
  await tx.revision.create({ data: { reportId: row.id, version, content, authorId: actor.id } });
  return indexNumber;
}
