"use client";
import { useActionState } from "react";
import type { LogInRefusal } from "@/lib/server/auth/log-in.schema";
import { logInAction } from "./actions";

export function LogInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<LogInRefusal | null, FormData>(logInAction, null);
  return (
    <form action={action} className="card" style={{ maxWidth: 380 }} aria-label="登录">
      <input type="hidden" name="next" value={next} />
      <div className="field">
        <label htmlFor="username">用户名</label>
        {/* The page exists to sign in: the cursor starts where typing does. */}
        <input id="username" name="username" autoComplete="username" defaultValue={state?.values?.username ?? ""} required autoFocus />
      </div>
      <div className="field">
        <label htmlFor="password">密码</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      {state && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "登录中…" : "登录"}
      </button>
    </form>
  );
}
