"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/server/db";
import { logIn } from "@/lib/server/auth/log-in";
import { endSession, SESSION_COOKIE, sessionActor } from "@/lib/server/auth/sessions";
import { recordEvent } from "@/lib/server/audit/record-event";

export interface LogInState {
  username: string;
  error?: string;
}

/** Only same-site paths: a crafted ?next= must not send people to another host after login. */
function safeNext(next: FormDataEntryValue | null): string {
  const path = typeof next === "string" ? next : "";
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

export async function logInAction(_prev: LogInState, form: FormData): Promise<LogInState> {
  const username = String(form.get("username") ?? "");
  const password = String(form.get("password") ?? "");
  if (!username.trim() || !password) return { username, error: "请输入用户名和密码" };
  const result = await logIn(db(), { username, password });
  if (result.status === "locked") {
    const at = result.until.toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", hour12: false });
    return { username, error: `密码错误次数过多，账号已锁定至 ${at}` };
  }
  if (result.status === "invalid") return { username, error: "用户名或密码不正确" };
  (await cookies()).set(SESSION_COOKIE, result.token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    expires: result.expiresAt,
    // Intranet installations often run on plain http; mark the cookie secure only where https is used.
    secure: process.env.COOKIE_SECURE === "1",
  });
  redirect(safeNext(form.get("next")));
}

export async function logOutAction(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) {
    const actor = await sessionActor(db(), token);
    await endSession(db(), token);
    if (actor) await recordEvent(db(), { action: "logout", actor });
  }
  jar.delete(SESSION_COOKIE);
  redirect("/login");
}
