"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/server/db";
import { action, formInput, withValues, type Authorize } from "@/lib/server/actions/action";
import { REFUSALS } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { answers, collects } from "@/lib/server/collection/may-collect";
import { createRequest } from "@/lib/server/collection/create-request";
import { saveReply } from "@/lib/server/collection/save-reply";
import { acceptReply } from "@/lib/server/collection/accept-reply";
import { remindDepartment } from "@/lib/server/collection/remind-department";
import {
  acceptReplyInput,
  createRequestInput,
  remindDepartmentInput,
  replyFormInput,
  saveReplyInput,
  type AcceptReplyResult,
  type CreateRequestResult,
  type RemindDepartmentResult,
  type SaveReplyResult,
} from "@/lib/server/collection/collection.schema";

const only =
  (may: typeof collects, what: string): Authorize<unknown> =>
  async (actor) => {
    if (may(actor)) return null;
    await recordEvent(db(), { action: "forbidden", actor, detail: what });
    return REFUSALS.forbidden;
  };

const create = action(createRequestInput, only(collects, "数据征集"), async (input, actor) => {
  const result = await createRequest(db(), actor, input);
  if (result.ok) revalidatePath("/collection");
  return result;
});
export async function createRequestAction(_prev: unknown, form: unknown): Promise<CreateRequestResult> {
  return withValues(await create(formInput(form)), form);
}

const save = action(saveReplyInput, only(answers, "填报征集数据"), async (input, actor) => {
  const result = await saveReply(db(), actor, input);
  if (result.ok) revalidatePath("/collection");
  return result;
});
export async function saveReplyAction(_prev: unknown, form: unknown): Promise<SaveReplyResult> {
  return withValues(await save(replyFormInput(formInput(form))), form);
}

const accept = action(acceptReplyInput, only(collects, "采纳征集数据"), async (input, actor) => {
  const result = await acceptReply(db(), actor, input.replyId);
  if (result.ok) revalidatePath("/collection");
  return result;
});
export async function acceptReplyAction(_prev: unknown, form: unknown): Promise<AcceptReplyResult> {
  return accept(formInput(form));
}

const remind = action(remindDepartmentInput, only(collects, "催报部门"), async (input, actor) => {
  const result = await remindDepartment(db(), actor, input.replyId);
  if (result.ok) revalidatePath("/collection");
  return result;
});
export async function remindDepartmentAction(_prev: unknown, form: unknown): Promise<RemindDepartmentResult> {
  return remind(formInput(form));
}
