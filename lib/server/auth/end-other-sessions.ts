import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { recordEvent } from "@/lib/server/audit/record-event";
import { endOtherSessions } from "./sessions";

/** 结束其他会话 on 我的账号: every session of the account but this one ends; the count and its audit line are one transaction. */
export async function endMyOtherSessions(db: Db, actor: Actor, currentToken: string | undefined): Promise<{ ok: true; ended: number }> {
  return db.transaction(async (tx) => {
    const ended = await endOtherSessions(tx, actor.id, currentToken);
    if (ended > 0) await recordEvent(tx, { action: "end_sessions", actor, detail: `结束${ended}个会话` });
    return { ok: true, ended } as const;
  });
}
