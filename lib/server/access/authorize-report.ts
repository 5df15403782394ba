import "server-only";
import type { Db } from "@/lib/db/client";
import { can, type ReportAction, type ReportTarget } from "@/lib/access/permissions";
import type { Actor } from "@/lib/access/roles";
import { recordEvent } from "@/lib/server/audit/record-event";
import { reportTarget } from "./report-target";

export type Authorization =
  | { ok: true; target: ReportTarget & { reportId: string } }
  /** missing and forbidden look the same to the caller, so ids of other offices' reports reveal nothing. */
  | { ok: false; reason: "missing" | "forbidden" | "state" };

/**
 * The check behind every page, action and route that touches a report.
 * A refusal because of who the actor is gets logged: it is either a bug or
 * someone editing ids in a URL or a request. A refusal because of the
 * report's state (editing an approved report) is an ordinary message.
 */
export async function authorizeReport(db: Db, actor: Actor, reportId: string, action: ReportAction): Promise<Authorization> {
  const target = await reportTarget(db, reportId);
  if (!target) return { ok: false, reason: "missing" };
  if (can(actor, action, target)) return { ok: true, target };
  // Would the action be allowed in some state? Then only the state is wrong.
  const stateOnly = ["draft", "submitted", "approved", "sent"].some((status) => can(actor, action, { ...target, status }));
  if (stateOnly) return { ok: false, reason: "state" };
  await recordEvent(db, { action: "forbidden", actor, reportId, detail: `${action} → ${target.organizationId}` });
  return { ok: false, reason: "forbidden" };
}
