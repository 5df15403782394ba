import "server-only";
import { forbidden } from "next/navigation";
import { isAdmin } from "@/lib/access/permissions";
import { db } from "@/lib/server/db";
import { requireActor } from "@/lib/server/auth/current-actor";
import { recordEvent } from "@/lib/server/audit/record-event";

/** Admin pages answer anyone else 无权访问 (403, app/forbidden.tsx); the attempt is logged. */
export async function requireAdmin() {
  const actor = await requireActor();
  if (!isAdmin(actor)) {
    await recordEvent(db(), { action: "forbidden", actor, detail: "打开系统管理页面" });
    forbidden();
  }
  return actor;
}
