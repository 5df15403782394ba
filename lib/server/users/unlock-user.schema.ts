import { z } from "@/lib/report/zod";
import { recordId, type ActionRefusal, type ActionResult, type Refusal } from "@/lib/server/actions/action.schema";

/** 解锁, as the admin page's button sends it. */
export const unlockUserInput = z.object({ userId: recordId });
export type UnlockUserInput = z.output<typeof unlockUserInput>;

export type UnlockUserResult = ActionResult<{ wasLocked: boolean }, ActionRefusal | Refusal<"missing">>;
