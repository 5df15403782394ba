"use client";
import { useActionState } from "react";
import type { SendReminderResult } from "@/lib/server/reminders/send-reminder.schema";

/** 催报 one late unit; says at once whether the reminder went out. */
export function RemindButton({ organizationId, name, year, action }: { organizationId: string; name: string; year: number; action: (prev: unknown, form: FormData) => Promise<SendReminderResult> }) {
  const [state, send, pending] = useActionState(action, null);
  return (
    <form action={send} style={{ display: "inline" }}>
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="year" value={year} />
      <button disabled={pending} aria-label={`催报${name}`}>
        催报
      </button>
      {state && (
        <span role="status" className={state.ok ? "muted" : "error"}>
          {state.ok ? " 已催报" : ` ${state.message}`}
        </span>
      )}
    </form>
  );
}
