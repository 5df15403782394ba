"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/server/db";
import { action, signedIn } from "@/lib/server/actions/action";
import { markRead } from "@/lib/server/notices/mark-read";
import { markReadInput, type MarkReadResult } from "@/lib/server/notices/mark-read.schema";

/** 标为已读: only ever the person's own notices (markRead writes with their id). */
const mark = action(markReadInput, signedIn, async (input, actor) => {
  const result = await markRead(db(), actor.id, { noticeId: input.noticeId });
  revalidatePath("/notices");
  return result;
});

export async function markReadAction(noticeId: unknown): Promise<MarkReadResult> {
  return mark({ noticeId });
}
