import { EDITABLE_STATUSES, canTransition, type Transition } from "@/lib/workflow/transitions";
import type { Actor } from "./roles";

/** What someone may want to do with a report. Transitions are checked against the status too. */
export type ReportAction = "read" | "export" | "edit" | "comment" | "create" | Transition;

/** A report as authorization sees it: whose it is, where that organization sits, its state. */
export interface ReportTarget {
  organizationId: string;
  /** Ids of the organization's parents, nearest first. */
  ancestorIds: readonly string[];
  status: string;
  /** The organization lets those above it read its reports before they are sent (Organization.parentReadsDrafts). */
  openToParent?: boolean;
}

/**
 * From 已报送 on a report is the parent's to read; before, it is the unit's
 * own work in progress, and its drafts and internal review stay with it
 * unless the unit opens them earlier.
 */
export const PARENT_READABLE_STATUSES: readonly string[] = ["sent", "published"];

/** Whether those above the report's organization may see it at all. */
export const openToParent = (target: Pick<ReportTarget, "status" | "openToParent">) =>
  target.openToParent === true || PARENT_READABLE_STATUSES.includes(target.status);

/** own: the actor's organization; unit: one below it (its districts, departments…); other: anything else. */
export function relationTo(actor: Actor, target: Pick<ReportTarget, "organizationId" | "ancestorIds">): "own" | "unit" | "other" {
  if (target.organizationId === actor.organizationId) return "own";
  return target.ancestorIds.includes(actor.organizationId) ? "unit" : "other";
}

const OWN: Record<Actor["role"], readonly ReportAction[]> = {
  drafter: ["read", "export", "edit", "comment", "create", "submit", "withdraw"],
  reviewer: ["read", "export", "edit", "comment", "create", "submit", "withdraw", "return", "approve", "send", "publish", "reopen"],
  admin: ["read", "export"],
  parentReviewer: ["read", "export", "comment"],
};

// A parent organization follows its units' reports; it never writes them.
const UNIT: Record<Actor["role"], readonly ReportAction[]> = {
  drafter: [],
  reviewer: [],
  admin: ["read", "export"],
  parentReviewer: ["read", "export", "comment"],
};

/** The one rule every page, action and route asks. Nothing is allowed on another organization's report. */
export function can(actor: Actor, action: ReportAction, target: ReportTarget): boolean {
  const relation = relationTo(actor, target);
  if (relation === "other") return false;
  const allowed = (relation === "own" ? OWN : UNIT)[actor.role];
  if (!allowed.includes(action)) return false;
  if (relation === "unit" && !openToParent(target)) return false;
  if (action === "edit") return EDITABLE_STATUSES.includes(target.status);
  if (action === "read" || action === "export" || action === "comment" || action === "create") return true;
  return canTransition(target.status, action);
}

/** Managing organizations, accounts and the audit log. */
export function isAdmin(actor: Actor): boolean {
  return actor.role === "admin";
}
