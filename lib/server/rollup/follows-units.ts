import "server-only";
import type { Actor } from "@/lib/access/roles";

/** Who follows the units below their organization (总览, 汇总, 催报): its 上级审阅 and its administrators. */
export const followsUnits = (actor: Actor) => actor.role === "parentReviewer" || actor.role === "admin";

/** A year from a query string, or last year: the reports of a year are written in the next. */
export function yearParam(raw: string | null | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : new Date().getFullYear() - 1;
}
