import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { EDITABLE_STATUSES } from "@/lib/workflow/transitions";

/** One thing waiting for the person, with where to do it. */
export interface TodoItem {
  kind: "review" | "revise" | "comments" | "read";
  reportId: string;
  /** 老城区2052年度报告 */
  report: string;
  /** 待审核, 退回修改, 3条意见待处理, 已报送待阅 */
  what: string;
  /** The link's words and target: 审核 → the report page, 修改 → the editor… */
  action: string;
  href: string;
  /** When it started waiting. */
  since: Date;
}

const named = (r: { year: number; organization: { shortName: string; name: string } }) => `${r.organization.shortName || r.organization.name}${r.year}年度报告`;
const reportSelect = { id: true, year: true, status: true, updatedAt: true, submittedAt: true, organization: { select: { shortName: true, name: true } } } as const;

/**
 * 待办: what waits for this person, by role. A reviewer: the submissions of
 * their organization. A drafter: reports returned for changes, and open
 * comments on reports they can still edit. A parent organization's reviewer:
 * reports sent up to them that they have not opened yet (their 报送 notice
 * is unread; opening the report marks it read). The header counts this
 * same list, so the two never disagree.
 */
export async function listTodo(db: Db, actor: Actor): Promise<TodoItem[]> {
  if (actor.role === "reviewer") {
    const rows = await db.report.findMany({ where: { organizationId: actor.organizationId, status: "submitted" }, select: reportSelect, orderBy: { year: "desc" } });
    return rows.map((r) => ({ kind: "review", reportId: r.id, report: named(r), what: "待审核", action: "审核", href: `/reports/${r.id}`, since: r.submittedAt ?? r.updatedAt }));
  }
  if (actor.role === "drafter") {
    const returned = await db.report.findMany({ where: { organizationId: actor.organizationId, status: "returned" }, select: reportSelect, orderBy: { year: "desc" } });
    const open = await db.comment.findMany({
      where: { resolvedAt: null, report: { organizationId: actor.organizationId, status: { in: [...EDITABLE_STATUSES] } } },
      select: { createdAt: true, report: { select: reportSelect } },
      orderBy: { createdAt: "asc" },
    });
    const byReport = new Map<string, { report: (typeof open)[number]["report"]; count: number; since: Date }>();
    for (const c of open) {
      const entry = byReport.get(c.report.id) ?? { report: c.report, count: 0, since: c.createdAt };
      entry.count += 1;
      byReport.set(c.report.id, entry);
    }
    return [
      ...returned.map((r): TodoItem => ({ kind: "revise", reportId: r.id, report: named(r), what: "退回修改", action: "修改", href: `/reports/${r.id}/edit`, since: r.updatedAt })),
      ...[...byReport.values()].map(({ report, count, since }): TodoItem => ({
        kind: "comments",
        reportId: report.id,
        report: named(report),
        what: `${count}条意见待处理`,
        action: "处理",
        href: `/reports/${report.id}/edit`,
        since,
      })),
    ];
  }
  if (actor.role === "parentReviewer") {
    const unread = await db.notice.findMany({
      where: { userId: actor.id, kind: "send", readAt: null, report: { status: "sent" } },
      select: { createdAt: true, report: { select: reportSelect } },
      orderBy: { createdAt: "desc" },
    });
    const seen = new Set<string>();
    return unread.flatMap(({ report, createdAt }): TodoItem[] => {
      if (!report || seen.has(report.id)) return [];
      seen.add(report.id);
      return [{ kind: "read", reportId: report.id, report: named(report), what: "已报送待阅", action: "阅读", href: `/reports/${report.id}`, since: createdAt }];
    });
  }
  return [];
}

/** The header's two numbers: the 待办 above and the unread notices. */
export async function headerCounts(db: Db, actor: Actor): Promise<{ todo: number; unread: number }> {
  const [todo, unread] = await Promise.all([listTodo(db, actor), db.notice.count({ where: { userId: actor.id, readAt: null } })]);
  return { todo: todo.length, unread };
}
