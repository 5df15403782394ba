import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { newOrganizationSchema } from "@/lib/access/forms";
import { toReportIssues, type ReportIssue } from "@/lib/report/zod";
import { recordEvent } from "@/lib/server/audit/record-event";

export async function createOrganization(db: Db, admin: Actor, input: unknown): Promise<{ status: "ok" } | { status: "invalid"; issues: ReportIssue[] }> {
  const parsed = newOrganizationSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", issues: toReportIssues(parsed.error) };
  const { parentId, ...data } = parsed.data;
  if (await db.organization.findUnique({ where: { name: data.name } })) {
    return { status: "invalid", issues: [{ path: "name", message: "已有同名单位" }] };
  }
  if (parentId && !(await db.organization.findUnique({ where: { id: parentId } }))) {
    return { status: "invalid", issues: [{ path: "parentId", message: "上级单位不存在" }] };
  }
  await db.organization.create({ data: { ...data, parentId: parentId || null } });
  await recordEvent(db, { action: "create_organization", actor: admin, detail: data.name });
  return { status: "ok" };
}

/**
 * The organizations a person can see: their own and everything below it.
 * The hierarchy is small (a city and its units), so it is read once and
 * walked in memory rather than asking for each organization's parents.
 */
export async function visibleOrganizationIds(db: Db, actor: Actor): Promise<string[]> {
  const all = await db.organization.findMany({ select: { id: true, parentId: true } });
  const children = new Map<string, string[]>();
  for (const o of all) if (o.parentId) children.set(o.parentId, [...(children.get(o.parentId) ?? []), o.id]);
  const out: string[] = [];
  const queue = all.some((o) => o.id === actor.organizationId) ? [actor.organizationId] : [];
  // `out.includes` guards against a cycle an admin might create by hand in the database.
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (out.includes(id)) continue;
    out.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return out;
}
