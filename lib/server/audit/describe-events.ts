import "server-only";
import type { Db } from "@/lib/db/client";
import { ROLES, isRole } from "@/lib/access/roles";
import { commentableParts, commentPath } from "@/lib/report/commentable-parts";
import { TRANSITIONS, isTransition } from "@/lib/workflow/transitions";
import { readContent } from "@/lib/server/reports/content";
import { formatDateTime } from "@/lib/time/format";
import { AUDIT_ACTIONS } from "./record-event";

/** One line of the audit log as an administrator reads it: every field in words, no ids, no English keys. */
export interface AuditLine {
  id: string;
  /** 2021年2月24日 20:41:05, in the office's time zone. */
  at: string;
  /** 张三（zhangsan）, or the username as typed for a login attempt. */
  who: string;
  organization: string;
  action: string;
  /** 洛阳市老城区人民政府2020年度法治政府建设年度报告 — the report's title, or its unit and year. */
  report: string;
  detail: string;
}

interface Event {
  id: string;
  at: Date;
  action: string;
  userId: string | null;
  username: string | null;
  organizationId: string | null;
  reportId: string | null;
  detail: string;
}

const REPORT_ACTIONS: Record<string, string> = { read: "查看", export: "导出", edit: "编辑", comment: "提出意见", create: "新建报告" };
const actionWord = (key: string) => REPORT_ACTIONS[key] ?? (isTransition(key) ? TRANSITIONS[key].label : "访问");

/**
 * The details lines of older versions wrote with internal words (a refused
 * request named its action and an id, a comment its place as a path, a new
 * account its role key): said again in words, by the names of the things
 * they point at.
 */
function detailInWords(e: Event, names: { organization: (id: string) => string; part: (reportId: string, path: string) => string }): string {
  const d = e.detail;
  if (e.action === "comment") return d === "" ? "针对全文" : /^[\w:.-]+$/.test(d) && e.reportId ? `针对“${names.part(e.reportId, d)}”` : d;
  if (e.action === "create_user") return d.replace(/（(\w+)）$/, (whole, role: string) => (isRole(role) ? `（${ROLES[role]}）` : whole));
  if (e.action !== "forbidden") return d;
  let m: RegExpExecArray | null;
  if (d === "admin page") return "打开系统管理页面";
  if (d === "admin form") return "提交系统管理表单";
  if ((m = /^admin form: organization (.+)$/.exec(d))) return `管理单位“${names.organization(m[1] ?? "")}”`;
  if ((m = /^unlock (.+)$/.exec(d))) return `解锁账号 ${m[1]}（不在管理范围内）`;
  if ((m = /^custom figures: (.*)$/.exec(d))) return `自定义数据项：${m[1]}`;
  if ((m = /^(read|create) organization (.+)$/.exec(d))) return `${m[1] === "read" ? "查看" : "新建报告于"}单位“${names.organization(m[2] ?? "")}”`;
  if ((m = /^(\w+) → (.+)$/.exec(d))) return `${actionWord(m[1] ?? "")}（报告属于${names.organization(m[2] ?? "")}）`;
  return d;
}

/**
 * Names for a page of audit lines, read in a handful of queries: the people,
 * the organizations and the reports the lines point at. A report's content is
 * read only for comment lines, whose place is a part of that report.
 */
export async function describeEvents(db: Db, events: readonly Event[]): Promise<AuditLine[]> {
  const ids = (pick: (e: Event) => string | null) => [...new Set(events.map(pick).filter((x): x is string => x !== null))];
  // Logins, failed logins and locks carry the username only: the person is found by it while the account exists.
  const users = await db.user.findMany({
    where: { OR: [{ id: { in: ids((e) => e.userId) } }, { username: { in: ids((e) => (e.userId ? null : e.username)) } }] },
    select: { id: true, username: true, displayName: true },
  });
  const reports = await db.report.findMany({ where: { id: { in: ids((e) => e.reportId) } }, select: { id: true, title: true, year: true, organizationId: true } });
  const referenced = events.flatMap((e) => [/ organization (\S+)$/.exec(e.detail)?.[1], / → (\S+)$/.exec(e.detail)?.[1]]).filter((x): x is string => x !== undefined);
  const orgIds = [...new Set([...ids((e) => e.organizationId), ...reports.map((r) => r.organizationId), ...referenced])];
  const organizations = new Map((await db.organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  const commented = ids((e) => (e.action === "comment" ? e.reportId : null));
  const contents = new Map((await db.report.findMany({ where: { id: { in: commented } }, select: { id: true, content: true } })).map((r) => [r.id, readContent(r.content).report]));

  const organization = (id: string) => organizations.get(id) ?? "（已删除的单位）";
  const part = (reportId: string, path: string) => {
    const report = contents.get(reportId);
    if (!report) return "报告的一部分";
    const place = commentPath(report, path);
    return commentableParts(report).find((p) => p.path === place)?.label ?? "已删除的部分";
  };
  const reportName = (id: string) => {
    const r = reports.find((x) => x.id === id);
    if (!r) return "（已删除的报告）";
    return r.title.replace(/\s+/g, "") || `${organization(r.organizationId)}${r.year}年度报告`;
  };
  return events.map((e) => {
    const name = users.find((u) => (e.userId ? u.id === e.userId : u.username === e.username))?.displayName;
    return {
      id: e.id,
      at: formatDateTime(e.at, { seconds: true }),
      who: name ? `${name}（${e.username ?? ""}）` : (e.username ?? "—"),
      organization: e.organizationId ? organization(e.organizationId) : "—",
      action: e.action in AUDIT_ACTIONS ? AUDIT_ACTIONS[e.action as keyof typeof AUDIT_ACTIONS] : "其他操作",
      report: e.reportId ? reportName(e.reportId) : "",
      detail: detailInWords(e, { organization, part }),
    };
  });
}
