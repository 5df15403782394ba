import "server-only";
import { notFound } from "next/navigation";
import { isAdmin } from "@/lib/access/permissions";
import { db } from "@/lib/server/db";
import { requireActor } from "@/lib/server/auth/current-actor";
import { recordEvent } from "@/lib/server/audit/record-event";

/** Admin pages do not exist for anyone else; the attempt is logged. */
export async function requireAdmin() {
  const actor = await requireActor();
  if (!isAdmin(actor)) {
    await recordEvent(db(), { action: "forbidden", actor, detail: "admin page" });
    notFound();
  }
  return actor;
}
