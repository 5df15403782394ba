"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/server/db";
import { action, formInput, type Authorize } from "@/lib/server/actions/action";
import { REFUSALS } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { followsUnits } from "@/lib/server/rollup/follows-units";
import { sendReminder } from "@/lib/server/reminders/send-reminder";
import { sendReminderInput, type SendReminderResult } from "@/lib/server/reminders/send-reminder.schema";

/** 上级审阅 and administrators follow their units; anyone else's attempt is logged. */
const asFollower: Authorize<unknown> = async (actor) => {
  if (followsUnits(actor)) return null;
  await recordEvent(db(), { action: "forbidden", actor, detail: "催报" });
  return REFUSALS.forbidden;
};

const remind = action(sendReminderInput, asFollower, async (input, actor) => {
  const result = await sendReminder(db(), actor, input);
  if (result.ok) revalidatePath("/overview");
  return result;
});

export async function sendReminderAction(_prev: unknown, form: unknown): Promise<SendReminderResult> {
  return remind(formInput(form));
}
