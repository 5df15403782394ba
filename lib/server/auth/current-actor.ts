import "server-only";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { can, type ReportAction } from "@/lib/access/permissions";
import type { Actor } from "@/lib/access/roles";
import { db } from "@/lib/server/db";
import { authorizeReport } from "@/lib/server/access/authorize-report";
import { ancestorIds } from "@/lib/server/access/report-target";
import { recordEvent } from "@/lib/server/audit/record-event";
import { REFUSALS } from "@/lib/server/actions/action.schema";
import { SESSION_COOKIE, sessionActor } from "./sessions";

export async function currentActor(): Promise<Actor | null> {
  return sessionActor(db(), (await cookies()).get(SESSION_COOKIE)?.value);
}

/** Where a person whose password an administrator reset must go first. */
export const PASSWORD_CHANGE_PAGE = "/account";

/**
 * For pages: the signed-in person, or off to the login page. A person who
 * must choose a new password (an administrator reset it) is sent to the
 * account page from every other page; only that page passes `passwordChange`.
 */
export async function requireActor(options: { passwordChange?: boolean } = {}): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  if (actor.mustChangePassword && !options.passwordChange) redirect(PASSWORD_CHANGE_PAGE);
  return actor;
}

/** For pages about one report: a report the person may not see does not exist for them. */
export async function requireReport(reportId: string, action: ReportAction = "read") {
  const actor = await requireActor();
  const auth = await authorizeReport(db(), actor, reportId, action);
  if (!auth.ok) notFound();
  return { actor, target: auth.target };
}

/** For route handlers: a refusal instead of a redirect, so the caller chooses its answer (server actions use lib/server/actions/action). */
export async function authorizeRequest(reportId: string, action: ReportAction) {
  const actor = await currentActor();
  if (!actor) return { ok: false, refusal: REFUSALS.unauthenticated } as const;
  if (actor.mustChangePassword) return { ok: false, refusal: REFUSALS.forbidden } as const;
  const auth = await authorizeReport(db(), actor, reportId, action);
  if (auth.ok) return { ok: true, actor, target: auth.target } as const;
  return { ok: false, refusal: auth.reason === "state" ? REFUSALS.state : REFUSALS.forbidden } as const;
}

/**
 * For pages and actions about an organization's reports as a whole (its
 * years, comparisons, search, import, a new year's report): the same rule
 * as for one of its reports.
 */
export async function authorizeOrganization(actor: Actor, organizationId: string, action: "read" | "create") {
  const org = await db().organization.findUnique({ where: { id: organizationId }, select: { id: true } });
  if (!org) return false;
  // Reading an organization is reading its list of years; each report is then checked on its own, so
  // a parent sees that a unit has a draft without reading it (openToParent only lifts the status rule).
  const target = { organizationId, ancestorIds: await ancestorIds(db(), organizationId), status: "draft", openToParent: action === "read" };
  if (can(actor, action, target)) return true;
  await recordEvent(db(), { action: "forbidden", actor, organizationId, detail: `${action} organization ${organizationId}` });
  return false;
}

export async function requireOrganization(organizationId: string, action: "read" | "create" = "read") {
  const actor = await requireActor();
  if (!(await authorizeOrganization(actor, organizationId, action))) notFound();
  return actor;
}
