"use client";
import { useActionState } from "react";
import { logInAction, type LogInState } from "./actions";

export function LogInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<LogInState, FormData>(logInAction, { username: "" });
  return (
    <form action={action} className="card" style={{ maxWidth: 380 }} aria-label="登录">
      <input type="hidden" name="next" value={next} />
      <div className="field">
        <label htmlFor="username">用户名</label>
        <input id="username" name="username" autoComplete="username" defaultValue={state.username} required />
      </div>
      <div className="field">
        <label htmlFor="password">密码</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      {state.error && (
        <p className="error" role="alert">
          {state.error}
        </p>
      )}
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "登录中…" : "登录"}
      </button>
    </form>
  );
}
