import { calendarDay, dayStart, formatDate } from "@/lib/time/format";
import type { Report } from "../schema";
import type { Finding } from "./finding";

/*
 * Recipients and deadlines of the annual report, as the 督察规定 fixes them
 * and provincial guides repeat them: by 3月1日 a government department
 * reports to its own Party committee and government and to the department
 * above, copying the local 法治建设议事协调机构; a county or district
 * government reports to its Party committee and people's congress standing
 * committee and to the Party committee and government above. Published by
 * 4月1日. A parent organization may set other dates (Organization.reportDue,
 * publishDue).
 */

export type BodyKind = "government" | "department";

/** 人民政府 (and 政府) are governments; every other organ (局, 委, 办…) reports as a department. */
export function bodyKind(organizationName: string): BodyKind {
  return /政府$/.test(organizationName.trim()) ? "government" : "department";
}

export const RECIPIENTS: Record<BodyKind, { to: readonly string[]; copyTo: readonly string[] }> = {
  government: { to: ["本级党委", "本级人大常委会", "上一级党委和政府"], copyTo: [] },
  department: { to: ["本级党委和政府", "上一级主管部门"], copyTo: ["本级法治建设议事协调机构"] },
};

export interface Deadlines {
  /** MM-DD of the year after the report's, as the parent organization sets it. */
  reportDue: string;
  publishDue: string;
  now: Date;
  sentAt?: Date | null;
  publishedAt?: Date | null;
}

const DAY_MS = 86_400_000;

/** A calendar day (YYYY-MM-DD) counted in whole days, so that two days subtract. */
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/**
 * The end of day MM-DD of the year after the reported one, in the app's time
 * zone (APP_TIME_ZONE, China time by default): the instant before the next
 * day starts there.
 */
export function deadline(year: number, monthDay: string): Date {
  const [m = 1, d = 1] = monthDay.split("-").map(Number);
  const nextDay = calendarDay(Date.UTC(year + 1, m - 1, d + 1), "UTC");
  const start = dayStart(nextDay);
  if (!start) throw new Error(`no such day: ${nextDay}`);
  return new Date(start.getTime() - 1);
}

/** Whole calendar days (in the app's time zone) from `now` to the deadline's day; negative when it has passed. */
export function daysLeft(due: Date, now: Date): number {
  return dayNumber(calendarDay(due)) - dayNumber(calendarDay(now));
}

export type Punctuality = "on-time" | "late" | "overdue" | "pending";

export function punctuality(doneAt: Date | null, due: Date, now: Date): Punctuality {
  if (doneAt) return doneAt <= due ? "on-time" : "late";
  return now > due ? "overdue" : "pending";
}

function dueFinding(what: string, due: Date, done: Date | null | undefined, now: Date): Finding | null {
  if (done) return null;
  const left = daysLeft(due, now);
  if (left < 0) return { rule: "deadline", severity: "warning", path: "", message: `${what}期限${formatDate(due)}已过，已逾期 ${-left} 天` };
  return { rule: "deadline", severity: "info", path: "", message: `${what}期限${formatDate(due)}，还有 ${left} 天` };
}

export function deadlineFindings(report: Report, deadlines: Deadlines | null): Finding[] {
  const { year, organizationName } = report.header;
  const findings: Finding[] = [];
  if (organizationName.trim() !== "") {
    const kind = bodyKind(organizationName);
    const r = RECIPIENTS[kind];
    const copy = r.copyTo.length ? `，抄送${r.copyTo.join("、")}` : "";
    findings.push({ rule: "recipients", severity: "info", path: "header.addressee", message: `${kind === "government" ? "政府" : "政府部门"}的年度报告应报送${r.to.join("、")}${copy}` });
    if (kind === "department" && report.header.distribution.copyTo.trim() === "") {
      findings.push({ rule: "recipients", severity: "warning", path: "header.distribution.copyTo", message: "政府部门的年度报告应抄送本级法治建设议事协调机构，抄送栏尚未填写" });
    }
  }
  if (year === null || !deadlines) return findings;
  const send = dueFinding("报送", deadline(year, deadlines.reportDue), deadlines.sentAt, deadlines.now);
  const publish = dueFinding("公开", deadline(year, deadlines.publishDue), deadlines.publishedAt, deadlines.now);
  return [...findings, ...(send ? [send] : []), ...(publish ? [publish] : [])];
}
