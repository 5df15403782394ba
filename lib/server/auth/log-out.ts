import "server-only";
import type { Db } from "@/lib/db/client";
import { recordEvent } from "@/lib/server/audit/record-event";
import { endSession, sessionActor } from "./sessions";

/** 退出: the session ends, and its audit line is written in the same transaction. */
export async function logOut(db: Db, token: string): Promise<void> {
  const actor = await sessionActor(db, token);
  await db.transaction(async (tx) => {
    await endSession(tx, token);
    if (actor) await recordEvent(tx, { action: "logout", actor });
  });
}
